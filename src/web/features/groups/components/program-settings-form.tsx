import { Stack } from '@mantine/core';
import { ZGroupProgramSettings } from '#shared/contracts/groups.ts';
import { ProgramAboutFields } from '#web/components/program-about-fields.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { SaveButton } from '#web/components/save-status.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useSettingsForm } from '#web/lib/settings-form.ts';
import type { GroupProgram } from '../api/get-group-program.ts';
import { useUpdateGroupProgram } from '../api/update-group-program.ts';

const FIELDS = ['name', 'description'] as const;

/** The program's name and the description members read before they join one of its groups. */
export function ProgramSettingsForm({ program }: { program: GroupProgram }) {
  const { orgId } = useCurrentOrg();
  const save = useUpdateGroupProgram(orgId, program.id);
  const { values, change, submit, formRef, formError, errorFor } = useSettingsForm({
    fields: FIELDS,
    schema: ZGroupProgramSettings,
    initial: { name: program.name, description: program.description },
    save,
  });

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Section title="About the program">
        <Stack gap="sm" maw={720}>
          <FormError message={formError} />
          <ProgramAboutFields
            values={values}
            onChange={change}
            errorFor={errorFor}
            descriptionHint="What members read before they join a group."
          />
          <SaveButton pending={save.isPending} saved={save.isSuccess} message="Settings saved">
            Save settings
          </SaveButton>
        </Stack>
      </Section>
    </form>
  );
}
