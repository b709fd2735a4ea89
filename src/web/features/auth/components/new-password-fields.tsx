import { PasswordInput } from '@mantine/core';
import type { FieldErrors } from '#web/lib/form-errors.ts';

interface PasswordFieldProps {
  label: string;
  description?: string;
  autoComplete: 'current-password' | 'new-password';
  value: string;
  onChange: (password: string) => void;
  error: string | undefined;
}

/** A password a person types to sign in or chooses anew. */
export function PasswordField({ onChange, ...props }: PasswordFieldProps) {
  return <PasswordInput {...props} required onChange={(e) => onChange(e.currentTarget.value)} />;
}

export interface NewPassword {
  password: string;
  confirm: string;
}

interface NewPasswordFieldsProps extends NewPassword {
  label: string;
  description?: string;
  onChange: (value: NewPassword) => void;
  fieldErrors: FieldErrors;
}

/** A new password and the same again, checked with ZNewPassword (new-password.ts). */
export function NewPasswordFields({
  password,
  confirm,
  label,
  description,
  onChange,
  fieldErrors,
}: NewPasswordFieldsProps) {
  return (
    <>
      <PasswordField
        label={label}
        description={description}
        autoComplete="new-password"
        value={password}
        onChange={(value) => onChange({ password: value, confirm })}
        error={fieldErrors.password}
      />
      <PasswordField
        label="Type it again"
        autoComplete="new-password"
        value={confirm}
        onChange={(value) => onChange({ password, confirm: value })}
        error={fieldErrors.confirm}
      />
    </>
  );
}
