import type { Executor } from '#db/client.ts';
import { peopleRelatedTo } from '../people/index.ts';
import { peopleAroundGroups } from './group-repo.ts';

/**
 * The "no assessor" rule in groups (DESIGN.md rule 6): a trainee is never shown to their supervisor, assessor or
 * line manager through a group, so nobody goes into a group whose facilitators or people (members, wait-list,
 * offers) include someone they are related to either way. Answers, per person asked about, the groups that are
 * closed to them; a group closed this way is treated as one not open to them, which says nothing of why.
 * `members` leaves the facilitators out: for a facilitator, whose co-facilitator may well be their supervisor.
 */
export async function groupsClosedByRelations(
  db: Executor,
  {
    orgId,
    personIds,
    groupIds,
    among = 'everyone',
  }: { orgId: string; personIds: string[]; groupIds: string[]; among?: 'everyone' | 'members' },
) {
  const closed = new Map<string, Set<string>>(personIds.map((id) => [id, new Set()]));
  // Most people are related to nobody: then no group needs looking into (a member's list of groups is a hot path).
  const related = await peopleRelatedTo(db, orgId, personIds);
  if ([...related.values()].every((others) => others.size === 0)) return closed;
  const around = (await peopleAroundGroups(db, orgId, groupIds)).filter((a) => among === 'everyone' || !a.facilitates);
  for (const personId of personIds) {
    for (const a of around) if (related.get(personId)!.has(a.personId)) closed.get(personId)!.add(a.groupId);
  }
  return closed;
}

/** Whether the group is closed to this one person by the rule. */
export async function isClosedByRelations(
  db: Executor,
  { orgId, personId, groupId }: { orgId: string; personId: string; groupId: string },
) {
  const closed = await groupsClosedByRelations(db, { orgId, personIds: [personId], groupIds: [groupId] });
  return closed.get(personId)!.size > 0;
}
