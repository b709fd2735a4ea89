import { NewFromTemplateModal } from '#web/components/new-from-template-modal.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useCreateProgram } from '../api/create-program.ts';
import { useTemplates } from '../api/get-templates.ts';

/** Starts a mentoring program from a template, which fills in its dates, criteria and questions. */
export function NewProgramModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { orgId } = useCurrentOrg();
  const templates = useTemplates(orgId);
  const create = useCreateProgram(orgId);
  return (
    <NewFromTemplateModal
      opened={opened}
      onClose={onClose}
      title="New program"
      intro="Choose a template. You can change everything it fills in before applications open."
      nameDescription="Leave empty to use the template's name and year."
      submitLabel="Create program"
      templates={templates}
      create={create}
      managePath={(id) => `/o/${orgId}/mentoring/programs/${id}/manage`}
    />
  );
}
