import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { ZGroupProgramSettings } from '#shared/contracts/groups.ts';
import { FormError } from '#web/components/query-state.tsx';
import { SaveStatus } from '#web/components/save-status.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { focusFirstInvalid } from '#web/lib/focus-first-invalid.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import type { GroupProgram } from '../api/get-group-program.ts';
import { useUpdateGroupProgram, type GroupProgramSettings } from '../api/update-group-program.ts';

const FIELDS = ['name', 'description'] as const;

/** The program's name and the description members read before they join one of its groups. */
export function ProgramSettingsForm({ program }: { program: GroupProgram }) {
  const { orgId } = useCurrentOrg();
  const save = useUpdateGroupProgram(orgId, program.id);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [values, setValues] = useState<GroupProgramSettings>({ name: program.name, description: program.description });
  const formRef = useRef<HTMLFormElement>(null);

  function change<K extends keyof GroupProgramSettings>(key: K, value: GroupProgramSettings[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    save.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZGroupProgramSettings, values);
    if (!body) return focusFirstInvalid(formRef.current);
    save.mutate(body, {
      onError: (error) => {
        showError(error);
        focusFirstInvalid(formRef.current);
      },
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Section title="About the program">
        <Stack gap="sm" maw={720}>
          <FormError message={formError} />
          <TextInput label="Name" required value={values.name} onChange={(e) => change('name', e.currentTarget.value)} maxLength={120} error={errorFor('name')} />
          <Textarea
            label="Description"
            description="What members read before they join a group."
            autosize
            minRows={3}
            maxLength={2000}
            value={values.description}
            onChange={(e) => change('description', e.currentTarget.value)}
            error={errorFor('description')}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save settings
            </Button>
            <SaveStatus saved={save.isSuccess} message="Settings saved" />
          </Group>
        </Stack>
      </Section>
    </form>
  );
}
