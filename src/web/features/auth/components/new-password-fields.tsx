import { PasswordInput } from '@mantine/core';
import type { FieldErrors } from '#web/lib/form-errors.ts';

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
export function NewPasswordFields({ password, confirm, label, description, onChange, fieldErrors }: NewPasswordFieldsProps) {
  return (
    <>
      <PasswordInput
        label={label}
        description={description}
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => onChange({ password: e.currentTarget.value, confirm })}
        error={fieldErrors.password}
      />
      <PasswordInput
        label="Type it again"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(e) => onChange({ password, confirm: e.currentTarget.value })}
        error={fieldErrors.confirm}
      />
    </>
  );
}
