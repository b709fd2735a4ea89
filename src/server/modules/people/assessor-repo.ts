import { and, asc, eq, ilike, inArray, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { assessorRelations, members, persons } from '#db/schema/index.ts';
import type { AssessorKind } from '#shared/contracts/assessors.ts';
import { nameSeenByOrganisation } from './repo.ts';

export type RelationSource = 'organisation' | 'self';
export interface RelationKey {
  orgId: string;
  traineeId: string;
  assessorId: string;
  kind: AssessorKind;
  source: RelationSource;
}

/** Which of these people belong to the organisation (invited or active). */
export async function membersAmong(db: Executor, orgId: string, personIds: string[]) {
  if (personIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: members.personId })
    .from(members)
    .where(and(eq(members.orgId, orgId), inArray(members.personId, personIds)));
  return new Set(rows.map((r) => r.id));
}

/**
 * Names as the organisation sees them: until someone accepts their invitation, the name it typed, never the
 * name on an account they may hold elsewhere (issue 11 item 15).
 */
export async function namesOf(db: Executor, orgId: string, personIds: string[]) {
  if (personIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({
      id: persons.id,
      name: nameSeenByOrganisation,
    })
    .from(members)
    .innerJoin(persons, eq(persons.id, members.personId))
    .where(and(eq(members.orgId, orgId), inArray(members.personId, personIds)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Records a relationship; recording it again changes nothing. */
export async function insertRelations(db: Executor, rows: RelationKey[]) {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(assessorRelations)
    .values(rows)
    .onConflictDoNothing()
    .returning({ traineeId: assessorRelations.traineeId });
  return inserted.length;
}

export async function deleteRelation(db: Executor, key: RelationKey) {
  const rows = await db
    .delete(assessorRelations)
    .where(
      and(
        eq(assessorRelations.orgId, key.orgId),
        eq(assessorRelations.traineeId, key.traineeId),
        eq(assessorRelations.assessorId, key.assessorId),
        eq(assessorRelations.kind, key.kind),
        eq(assessorRelations.source, key.source),
      ),
    )
    .returning({ traineeId: assessorRelations.traineeId });
  return rows.length > 0;
}

/** The relationships of one source in which the person is either side. */
export async function relationsOfPerson(db: Executor, orgId: string, personId: string, source: RelationSource) {
  return db
    .select({
      traineeId: assessorRelations.traineeId,
      assessorId: assessorRelations.assessorId,
      kind: assessorRelations.kind,
    })
    .from(assessorRelations)
    .where(
      and(
        eq(assessorRelations.orgId, orgId),
        eq(assessorRelations.source, source),
        or(eq(assessorRelations.traineeId, personId), eq(assessorRelations.assessorId, personId)),
      ),
    )
    .orderBy(asc(assessorRelations.createdAt));
}

/** The people a trainee declared themself. */
export async function declaredBy(db: Executor, orgId: string, traineeId: string) {
  return db
    .select({ assessorId: assessorRelations.assessorId, kind: assessorRelations.kind, name: persons.name })
    .from(assessorRelations)
    .innerJoin(persons, eq(persons.id, assessorRelations.assessorId))
    .where(
      and(
        eq(assessorRelations.orgId, orgId),
        eq(assessorRelations.traineeId, traineeId),
        eq(assessorRelations.source, 'self'),
      ),
    )
    .orderBy(asc(assessorRelations.createdAt));
}

/** Every relationship, of either source, between two of these people: only the two ids, never kind or source. */
export async function relatedPairsAmong(db: Executor, orgId: string, personIds: string[]) {
  if (personIds.length < 2) return [];
  return db
    .selectDistinct({ traineeId: assessorRelations.traineeId, assessorId: assessorRelations.assessorId })
    .from(assessorRelations)
    .where(
      and(
        eq(assessorRelations.orgId, orgId),
        inArray(assessorRelations.traineeId, personIds),
        inArray(assessorRelations.assessorId, personIds),
      ),
    );
}

/** Every relationship, of either source, that involves one of these people: only the two ids, never kind or source. */
export async function relationsInvolving(db: Executor, orgId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectDistinct({ traineeId: assessorRelations.traineeId, assessorId: assessorRelations.assessorId })
    .from(assessorRelations)
    .where(
      and(
        eq(assessorRelations.orgId, orgId),
        or(inArray(assessorRelations.traineeId, personIds), inArray(assessorRelations.assessorId, personIds)),
      ),
    );
}

/** Active members whose name holds the text, or whose whole e-mail address it is: a few names, no addresses. */
export async function findColleagues(
  db: Executor,
  { orgId, exceptId, text, limit }: { orgId: string; exceptId: string; text: string; limit: number },
) {
  const pattern = `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ id: persons.id, name: persons.name })
    .from(members)
    .innerJoin(persons, eq(persons.id, members.personId))
    .where(
      and(
        eq(members.orgId, orgId),
        eq(members.status, 'active'),
        ne(members.personId, exceptId),
        or(ilike(persons.name, pattern), sql`lower(${persons.email}) = ${text.toLowerCase()}`),
      ),
    )
    .orderBy(asc(persons.name), asc(persons.id))
    .limit(limit);
}
