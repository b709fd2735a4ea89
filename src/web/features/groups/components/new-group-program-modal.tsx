import { NewFromTemplateModal } from '#web/components/new-from-template-modal.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useCreateGroupProgram } from '../api/create-group-program.ts';
import { useGroupTemplates } from '../api/get-group-templates.ts';

/** Starts a program of peer support groups from one of the four templates; its groups are added next. */
export function NewGroupProgramModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { orgId } = useCurrentOrg();
  const templates = useGroupTemplates(orgId);
  const create = useCreateGroupProgram(orgId);
  return (
    <NewFromTemplateModal
      opened={opened}
      onClose={onClose}
      title="New group program"
      intro="Choose what the groups are for. The template fills in a description and a session plan that facilitators can adapt."
      nameDescription="Leave empty to use the template's name."
      submitLabel="Create group program"
      templates={templates}
      create={create}
      managePath={(id) => `/o/${orgId}/groups/programs/${id}/manage`}
    />
  );
}
