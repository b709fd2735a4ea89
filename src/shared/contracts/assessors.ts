import { z } from 'zod';
import { ZId } from './common.ts';

/**
 * Who supervises, assesses or line-manages whom (DESIGN.md rule 6, "no assessor"): such two people are never
 * matched, grouped or routed together, in either direction.
 */
export const ASSESSOR_KINDS = ['supervisor', 'assessor', 'line_manager'] as const;
export const ZAssessorKind = z.enum(ASSESSOR_KINDS);
export type AssessorKind = z.infer<typeof ZAssessorKind>;

export const ASSESSOR_KIND_LABELS: Record<AssessorKind, string> = {
  supervisor: 'Supervisor',
  assessor: 'Assessor',
  line_manager: 'Line manager',
};

const ZPersonName = z.object({ id: ZId, name: z.string() });

/** One relationship the organisation recorded: `assessor` supervises, assesses or line-manages `trainee`. */
export const ZAssessorRelation = z.object({ trainee: ZPersonName, assessor: ZPersonName, kind: ZAssessorKind });
export type AssessorRelation = z.infer<typeof ZAssessorRelation>;

/** A person's relationships as the organisation recorded them: never those the person declared themself. */
export const ZPersonAssessorRelations = z.object({ relations: z.array(ZAssessorRelation) });

export const ZAssessorRelationBody = z.object({ traineeId: ZId, assessorId: ZId, kind: ZAssessorKind });

/** The people a person declared as supervising, assessing or managing them; only they (and the matching) read it. */
export const ZOwnAssessor = z.object({ person: ZPersonName, kind: ZAssessorKind });
export type OwnAssessor = z.infer<typeof ZOwnAssessor>;
export const ZOwnAssessors = z.object({ assessors: z.array(ZOwnAssessor) });
export const ZOwnAssessorBody = z.object({ personId: ZId, kind: ZAssessorKind });

/**
 * Finding a colleague to declare: by part of a name, or by a whole e-mail address. The answer is names only,
 * a few at a time, as a member already sees them elsewhere (a program's mentor pool).
 */
export const ZColleagueQuery = z.object({ q: z.string().trim().min(2, 'Type at least 2 letters').max(200) });
export const ZColleagues = z.object({ people: z.array(ZPersonName) });
