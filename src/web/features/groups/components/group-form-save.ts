import type { Group, GroupSettings } from '#shared/contracts/groups.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useCreateGroup } from '../api/create-group.ts';
import { useSetFacilitators } from '../api/set-facilitators.ts';
import { useUpdateGroup } from '../api/update-group.ts';

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * Saves a group's settings and facilitators, two calls. Facilitators are removed before the settings are
 * saved (a lower maximum of facilitators is refused while they are still there) and added after (a higher
 * one must be saved first). `remember` hears of every step that worked, so a retry after a refused
 * facilitator updates the group just created rather than creating it twice.
 */
export function useSaveGroup(programId: string) {
  const { orgId } = useCurrentOrg();
  const create = useCreateGroup(orgId, programId);
  const update = useUpdateGroup(orgId);
  const facilitate = useSetFacilitators(orgId);

  async function save(
    saved: Group | null,
    settings: GroupSettings,
    facilitatorIds: string[],
    remember: (group: Group) => void,
  ): Promise<Group> {
    const current = saved?.facilitators.map((f) => f.id) ?? [];
    const changeFacilitators = !sameIds(current, facilitatorIds);
    const removing = saved !== null && changeFacilitators && facilitatorIds.length < current.length;
    let group = saved;
    if (group && removing)
      remember((group = await facilitate.mutateAsync({ groupId: group.id, personIds: facilitatorIds })));
    group = group ? await update.mutateAsync({ groupId: group.id, settings }) : await create.mutateAsync(settings);
    remember(group);
    if (changeFacilitators && !removing)
      remember((group = await facilitate.mutateAsync({ groupId: group.id, personIds: facilitatorIds })));
    return group;
  }

  return { save, pending: create.isPending || update.isPending || facilitate.isPending };
}
