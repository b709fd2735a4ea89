import { Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { FormError, PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { FormActions } from './form-actions.tsx';

const FIELDS = ['template', 'name'] as const;

export interface TemplateChoice<Key extends string> {
  key: Key;
  name: string;
  description: string;
}

interface NewFromTemplateModalProps<Key extends string> {
  opened: boolean;
  onClose: () => void;
  title: string;
  intro: string;
  /** Says what an empty name becomes. */
  nameDescription: string;
  submitLabel: string;
  templates: UseQueryResult<TemplateChoice<Key>[]>;
  create: {
    isPending: boolean;
    reset: () => void;
    mutate: (
      body: { template: Key; name: string | undefined },
      options: { onSuccess: (created: { id: string }) => void; onError: (error: unknown) => void },
    ) => void;
  };
  /** Where the new program is managed; the modal goes there once it is created. */
  managePath: (id: string) => string;
}

/** Starts a program from one of the feature's templates, with an optional name of its own. */
export function NewFromTemplateModal<Key extends string>({
  opened,
  onClose,
  title,
  intro,
  nameDescription,
  submitLabel,
  templates,
  create,
  managePath,
}: NewFromTemplateModalProps<Key>) {
  const navigate = useNavigate();
  const { formError, checkRequired, showError, errorFor, clear } = useFormErrors(FIELDS);
  const [template, setTemplate] = useState<Key | null>(null);
  const [name, setName] = useState('');

  function close() {
    setTemplate(null);
    setName('');
    clear();
    create.reset();
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!checkRequired({ template: template ? undefined : 'Choose a template' }) || !template) return;
    create.mutate(
      { template, name: name.trim() || undefined },
      { onSuccess: (created) => void navigate(managePath(created.id)), onError: showError },
    );
  }

  return (
    <Modal opened={opened} onClose={close} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{intro}</Text>
          <FormError message={formError} />
          {templates.isPending && <PageLoader label="Loading templates" />}
          {templates.isError && <QueryError error={templates.error} onRetry={() => void templates.refetch()} />}
          {templates.data && (
            <Radio.Group
              size="md"
              label="Template"
              value={template}
              onChange={(value) => setTemplate(value as Key)}
              error={errorFor('template')}
              withAsterisk
            >
              <Stack gap="sm" mt="xs">
                {templates.data.map((t) => (
                  <Radio.Card key={t.key} value={t.key} p="md" radius="md" aria-label={t.name}>
                    <Group wrap="nowrap" align="flex-start">
                      <Radio.Indicator aria-hidden />
                      <div>
                        <Text fw={700}>{t.name}</Text>
                        <Text size="sm" mt={4}>
                          {t.description}
                        </Text>
                      </div>
                    </Group>
                  </Radio.Card>
                ))}
              </Stack>
            </Radio.Group>
          )}
          <TextInput
            label="Name"
            description={nameDescription}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errorFor('name')}
            maxLength={120}
          />
          <FormActions onCancel={close} pending={create.isPending}>
            {submitLabel}
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
