import { Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZUpdateMeRequest } from '#shared/contracts/auth.ts';
import { FormError } from '#web/components/query-state.tsx';
import { SaveButton } from '#web/components/save-status.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useUpdateMyName } from '../api/update-my-name.ts';

const FIELDS = ['name'] as const;

export function NameForm() {
  const { person } = useCurrentOrg();
  const updateName = useUpdateMyName();
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [name, setName] = useState(person.name);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZUpdateMeRequest, { name });
    if (body) updateName.mutate(body, { onError: showError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput
          label="Your name"
          description={`Shown to your peers in every organisation you belong to. You sign in as ${person.email}.`}
          autoComplete="name"
          required
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            updateName.reset();
          }}
          error={errorFor('name')}
        />
        <SaveButton pending={updateName.isPending} saved={updateName.isSuccess}>
          Save name
        </SaveButton>
      </Stack>
    </form>
  );
}
