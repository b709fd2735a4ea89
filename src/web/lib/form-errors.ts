import { useCallback, useState } from 'react';
import type { ZodType } from 'zod';
import { ApiError } from './api-client.ts';

export type FieldErrors = Record<string, string>;

/** A message a person can act on, whatever went wrong. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Please try again.';
}

/** "interests.2" belongs to the form's "interests" field. */
function belongsToForm(path: string, fields: readonly string[]): boolean {
  return fields.some((field) => path === field || path.startsWith(`${field}.`));
}

/**
 * Errors of one form: client-side validation with the shared zod contract first, then the
 * server's answer, shown on the field it names (or above the form if the form has no such field).
 */
export function useFormErrors(fields: readonly string[]) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const validate = useCallback(<T>(schema: ZodType<T>, values: unknown): T | null => {
    setFormError(null);
    const result = schema.safeParse(values);
    if (result.success) {
      setFieldErrors({});
      return result.data;
    }
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const key = issue.path.join('.');
      errors[key] ??= issue.message;
    }
    setFieldErrors(errors);
    return null;
  }, []);

  /** For forms that skip zod: `messages` holds a message for each field that is missing. */
  const checkRequired = useCallback((messages: Record<string, string | undefined>): boolean => {
    setFormError(null);
    const errors: FieldErrors = {};
    for (const [field, message] of Object.entries(messages)) if (message) errors[field] = message;
    setFieldErrors(errors);
    return Object.keys(errors).length === 0;
  }, []);

  const showError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.field && belongsToForm(error.field, fields)) {
        setFormError(null);
        setFieldErrors({ [error.field]: error.message });
      } else {
        setFormError(errorMessage(error));
      }
    },
    [fields],
  );

  const clear = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  /** Takes a field's message away once the person has changed it (the rest stay until the next try). */
  const clearField = useCallback((field: string) => {
    setFieldErrors((errors) => {
      if (!(field in errors)) return errors;
      const { [field]: _answered, ...rest } = errors;
      return rest;
    });
  }, []);

  /** The message for a field, or for anything inside it ("interests" shows the error of "interests.2"). */
  const errorFor = useCallback(
    (field: string): string | undefined =>
      fieldErrors[field] ?? Object.entries(fieldErrors).find(([path]) => path.startsWith(`${field}.`))?.[1],
    [fieldErrors],
  );

  return { fieldErrors, formError, validate, checkRequired, showError, clear, clearField, errorFor };
}
