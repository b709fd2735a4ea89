import type { Executor } from '#db/client.ts';
import type { AssessorKind, AssessorRelation } from '#shared/contracts/assessors.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { badRequest, notFound } from '../../errors.ts';
import * as repo from './assessor-repo.ts';

/** Colleagues found per search: enough to pick one, too few to page through the staff list. */
const COLLEAGUES_PER_SEARCH = 8;

/**
 * The "no assessor" rule as the rest of Kindred asks it (DESIGN.md rule 6): among these people, who may never
 * be matched, grouped or routed with whom. Symmetric, and of either source (recorded by the organisation or
 * declared by the trainee); it says only that two people are related, never how or who said so, so what is
 * refused because of it gives nothing of a private declaration away.
 */
export interface AssessorConflicts {
  between(a: string, b: string): boolean;
  /** Everyone among the people asked about who is related to this person. */
  of(personId: string): ReadonlySet<string>;
}

/** Everyone related either way to each of these people (an empty set for most people, in one indexed query). */
export async function peopleRelatedTo(
  db: Executor,
  orgId: string,
  personIds: string[],
): Promise<Map<string, Set<string>>> {
  const related = new Map<string, Set<string>>(personIds.map((id) => [id, new Set()]));
  for (const r of await repo.relationsInvolving(db, orgId, personIds)) {
    related.get(r.traineeId)?.add(r.assessorId);
    related.get(r.assessorId)?.add(r.traineeId);
  }
  return related;
}

export async function assessorConflicts(
  db: Executor,
  orgId: string,
  personIds: Iterable<string>,
): Promise<AssessorConflicts> {
  const related = new Map<string, Set<string>>();
  const link = (a: string, b: string) => (related.get(a) ?? related.set(a, new Set()).get(a)!).add(b);
  for (const r of await repo.relatedPairsAmong(db, orgId, [...new Set(personIds)])) {
    link(r.traineeId, r.assessorId);
    link(r.assessorId, r.traineeId);
  }
  const none: ReadonlySet<string> = new Set();
  return { between: (a, b) => related.get(a)?.has(b) ?? false, of: (personId) => related.get(personId) ?? none };
}

async function requireMembers(deps: AppDeps, ctx: RequestContext, personIds: string[]) {
  const found = await repo.membersAmong(deps.db, ctx.org.orgId, personIds);
  if (personIds.some((id) => !found.has(id))) throw notFound('That person');
}

/** A person's relationships as the organisation recorded them; what they declared themself is not among them. */
export async function recordedRelations(
  deps: AppDeps,
  ctx: RequestContext,
  personId: string,
): Promise<{ relations: AssessorRelation[] }> {
  await requireMembers(deps, ctx, [personId]);
  const rows = await repo.relationsOfPerson(deps.db, ctx.org.orgId, personId, 'organisation');
  const names = await repo.namesOf(deps.db, ctx.org.orgId, [
    ...new Set(rows.flatMap((r) => [r.traineeId, r.assessorId])),
  ]);
  const ref = (id: string) => ({ id, name: names.get(id) ?? 'Former member' });
  return { relations: rows.map((r) => ({ trainee: ref(r.traineeId), assessor: ref(r.assessorId), kind: r.kind })) };
}

type RelationInput = { traineeId: string; assessorId: string; kind: AssessorKind };

export async function recordRelation(
  deps: AppDeps,
  ctx: RequestContext,
  input: RelationInput,
): Promise<AssessorRelation> {
  if (input.traineeId === input.assessorId)
    throw badRequest('assessorId', 'Choose someone other than the person themself');
  await requireMembers(deps, ctx, [input.traineeId, input.assessorId]);
  await repo.insertRelations(deps.db, [{ orgId: ctx.org.orgId, ...input, source: 'organisation' }]);
  const names = await repo.namesOf(deps.db, ctx.org.orgId, [input.traineeId, input.assessorId]);
  return {
    trainee: { id: input.traineeId, name: names.get(input.traineeId)! },
    assessor: { id: input.assessorId, name: names.get(input.assessorId)! },
    kind: input.kind,
  };
}

export async function removeRelation(deps: AppDeps, ctx: RequestContext, input: RelationInput) {
  if (!(await repo.deleteRelation(deps.db, { orgId: ctx.org.orgId, ...input, source: 'organisation' })))
    throw notFound('That relationship');
}

/** The people the caller declared as supervising, assessing or managing them: theirs alone to read. */
export async function ownAssessors(deps: AppDeps, ctx: RequestContext) {
  const rows = await repo.declaredBy(deps.db, ctx.org.orgId, ctx.person.id);
  return { assessors: rows.map((r) => ({ person: { id: r.assessorId, name: r.name }, kind: r.kind })) };
}

export async function declareAssessor(
  deps: AppDeps,
  ctx: RequestContext,
  input: { personId: string; kind: AssessorKind },
) {
  if (input.personId === ctx.person.id) throw badRequest('personId', 'Choose someone other than yourself');
  await requireMembers(deps, ctx, [input.personId]);
  await repo.insertRelations(deps.db, [
    { orgId: ctx.org.orgId, traineeId: ctx.person.id, assessorId: input.personId, kind: input.kind, source: 'self' },
  ]);
  return ownAssessors(deps, ctx);
}

export async function withdrawAssessor(
  deps: AppDeps,
  ctx: RequestContext,
  input: { personId: string; kind: AssessorKind },
) {
  const key = {
    orgId: ctx.org.orgId,
    traineeId: ctx.person.id,
    assessorId: input.personId,
    kind: input.kind,
    source: 'self' as const,
  };
  if (!(await repo.deleteRelation(deps.db, key))) throw notFound('That person on your list');
}

export async function findColleagues(deps: AppDeps, ctx: RequestContext, text: string) {
  const search = { orgId: ctx.org.orgId, exceptId: ctx.person.id, text, limit: COLLEAGUES_PER_SEARCH };
  return { people: await repo.findColleagues(deps.db, search) };
}
