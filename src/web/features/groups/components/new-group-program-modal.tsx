import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { GroupTemplate } from '#shared/contracts/groups.ts';
import { FormError, PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useCreateGroupProgram } from '../api/create-group-program.ts';
import { useGroupTemplates } from '../api/get-group-templates.ts';

const FIELDS = ['template', 'name'] as const;

/** Starts a program of peer support groups from one of the four templates; its groups are added next. */
export function NewGroupProgramModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const templates = useGroupTemplates(orgId);
  const create = useCreateGroupProgram(orgId);
  const { formError, checkRequired, showError, errorFor, clear } = useFormErrors(FIELDS);
  const [template, setTemplate] = useState<GroupTemplate | null>(null);
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
      { onSuccess: (program) => void navigate(`/o/${orgId}/groups/programs/${program.id}/manage`), onError: showError },
    );
  }

  return (
    <Modal opened={opened} onClose={close} title="New group program" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">Choose what the groups are for. The template fills in a description and a session plan that facilitators can adapt.</Text>
          <FormError message={formError} />
          {templates.isPending && <PageLoader label="Loading templates" />}
          {templates.isError && <QueryError error={templates.error} onRetry={() => void templates.refetch()} />}
          {templates.data && (
            <Radio.Group size="md" label="Template" value={template} onChange={(value) => setTemplate(value as GroupTemplate)} error={errorFor('template')} withAsterisk>
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
          <TextInput label="Name" description="Leave empty to use the template's name." value={name} onChange={(e) => setName(e.currentTarget.value)} error={errorFor('name')} maxLength={120} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create group program
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
