import { useRef, useState, type FormEvent } from 'react';
import type { ZodType } from 'zod';
import { focusFirstInvalid } from './focus-first-invalid.ts';
import { useFormErrors } from './form-errors.ts';

interface SettingsFormOptions<Values, Body> {
  fields: readonly string[];
  /** The shared contract the values must meet before they are sent. */
  schema: ZodType<Body>;
  initial: Values | (() => Values);
  save: { reset: () => void; mutate: (body: Body, options: { onError: (error: unknown) => void }) => void };
}

/**
 * A settings form saved by one mutation: an edit clears the "saved" note, the contract is checked
 * before sending, and a refusal (ours or the server's) puts focus on the field that needs attention.
 */
export function useSettingsForm<Values, Body>({ fields, schema, initial, save }: SettingsFormOptions<Values, Body>) {
  const { formError, validate, showError, errorFor } = useFormErrors(fields);
  const [values, setValues] = useState<Values>(initial);
  const formRef = useRef<HTMLFormElement>(null);

  function change<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    save.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(schema, values);
    if (!body) return focusFirstInvalid(formRef.current);
    save.mutate(body, {
      onError: (error) => {
        showError(error);
        focusFirstInvalid(formRef.current);
      },
    });
  }

  return { values, change, submit, formRef, formError, errorFor };
}
