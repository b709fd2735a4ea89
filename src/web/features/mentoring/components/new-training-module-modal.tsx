import { Modal, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZTrainingModuleBody } from '#shared/contracts/mentoring.ts';
import { FormActions } from '#web/components/form-actions.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useCreateTrainingModule } from '../api/create-training-module.ts';
import type { TrainingModule } from '../api/get-training-modules.ts';

const FIELDS = ['title', 'body', 'minutes'] as const;

/** A simple training page: a title, the text to read, and how long it takes. */
export function NewTrainingModuleModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: TrainingModule) => void;
}) {
  const { orgId } = useCurrentOrg();
  const create = useCreateTrainingModule(orgId);
  const { formError, validate, showError, errorFor, clear } = useFormErrors(FIELDS);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [minutes, setMinutes] = useState<number | string>(10);

  function close() {
    setTitle('');
    setBody('');
    setMinutes(10);
    clear();
    create.reset();
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const valid = validate(ZTrainingModuleBody, { title, body, minutes: Number(minutes) });
    if (!valid) return;
    create.mutate(valid, {
      onSuccess: (created) => {
        onCreated(created);
        close();
      },
      onError: showError,
    });
  }

  return (
    <Modal opened={opened} onClose={close} title="New training module" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput
            label="Title"
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={120}
            error={errorFor('title')}
            data-autofocus
          />
          <NumberInput
            label="Minutes it takes"
            required
            min={1}
            max={240}
            value={minutes}
            onChange={setMinutes}
            error={errorFor('minutes')}
            size="md"
          />
          <Textarea
            label="Text"
            description="What a mentor reads. Blank lines start new paragraphs."
            required
            autosize
            minRows={6}
            maxRows={16}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={errorFor('body')}
          />
          <FormActions onCancel={close} pending={create.isPending}>
            Add module
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
