import type { Role } from '#shared/contracts/common.ts';
import type { CAREER_STAGES } from '#shared/contracts/profile.ts';
import type {
  ApplicationSide,
  Eligibility,
  Program,
  ProgramSettings,
  ProgramTemplate,
  Question,
} from '#shared/contracts/mentoring.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { AppError, badRequest, conflict, notFound } from '../../errors.ts';
import { notify } from '../notifications/index.ts';
import { findForeignReference, orgToday } from '../organisation/index.ts';
import { findPerson } from '../people/index.ts';
import * as repo from './program-repo.ts';
import { settingsFromTemplate, TEMPLATES } from './templates.ts';

const COORDINATING: Role[] = ['coordinator', 'org_admin'];
export const coordinates = (ctx: RequestContext) => ctx.org.roles.some((r) => COORDINATING.includes(r));

export function phaseOf(program: repo.ProgramRow, today: string): Program['phase'] {
  if (program.endsOn < today) return 'ended';
  if (program.publishedAt) return 'running';
  if (today < program.applicationsOpenOn) return 'upcoming';
  if (today <= program.applicationsCloseOn) return 'applications_open';
  return 'matching';
}

/**
 * Open for applications from the opening day until the program ends. Those after the closing day are
 * late: a new intern who starts mid-year can still have a mentor, matched by a later run (incremental
 * once pairs are published) without disturbing anyone's pair.
 */
export const acceptsApplications = (program: repo.ProgramRow, today: string) =>
  program.applicationsOpenOn <= today && today <= program.endsOn;

export function toProgram(row: repo.ProgramRow, today: string, nextProgramId: string | null = null): Program {
  return {
    id: row.id,
    template: row.template as ProgramTemplate,
    name: row.name,
    description: row.description,
    mentorEligibility: row.mentorEligibility as Eligibility,
    menteeEligibility: row.menteeEligibility as Eligibility,
    mentorCapacity: row.mentorCapacity,
    questions: row.questions as Question[],
    criteria: row.criteria,
    applicationsOpenOn: row.applicationsOpenOn,
    applicationsCloseOn: row.applicationsCloseOn,
    matchPublishOn: row.matchPublishOn,
    endsOn: row.endsOn,
    scheduleCohortId: row.scheduleCohortId,
    cadenceDays: row.cadenceDays,
    trainingModuleIds: row.trainingModuleIds,
    phase: phaseOf(row, today),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    nextProgramId,
  };
}

export const listTemplates = () => TEMPLATES;

/** The caller, in one program of their organisation. */
const youIn = (ctx: RequestContext, programId: string): repo.PersonInProgram => ({
  orgId: ctx.org.orgId,
  programId,
  personId: ctx.person.id,
});

export async function requireProgram(deps: AppDeps, ctx: RequestContext, programId: string) {
  const program = await repo.findProgram(deps.db, ctx.org.orgId, programId);
  if (!program) throw notFound('That program');
  return program;
}

async function assertOwnReferences(deps: AppDeps, ctx: RequestContext, settings: ProgramSettings) {
  const cohortIds = [
    ...settings.mentorEligibility.cohortIds,
    ...settings.menteeEligibility.cohortIds,
    ...(settings.scheduleCohortId ? [settings.scheduleCohortId] : []),
  ];
  for (const cohortId of new Set(cohortIds)) {
    if (await findForeignReference(deps.db, ctx.org.orgId, { cohortId }))
      throw badRequest('scheduleCohortId', 'Unknown cohort');
  }
  const found = await repo.trainingModulesOf(deps.db, ctx.org.orgId, settings.trainingModuleIds);
  if (found.length !== new Set(settings.trainingModuleIds).size)
    throw badRequest('trainingModuleIds', 'Unknown training module');
}

export async function createProgram(
  deps: AppDeps,
  ctx: RequestContext,
  input: { template: ProgramTemplate; name?: string | undefined },
) {
  const today = await orgToday(deps.db, ctx.org.orgId);
  const settings = settingsFromTemplate(input.template, await repo.listCohortDates(deps.db, ctx.org.orgId), today);
  if (input.name) settings.name = input.name;
  const created = await repo.insertProgram(deps.db, {
    orgId: ctx.org.orgId,
    template: input.template,
    settings,
    createdBy: ctx.person.id,
  });
  return toProgram(created, today);
}

export async function getProgram(deps: AppDeps, ctx: RequestContext, programId: string) {
  return toProgram(
    await requireProgram(deps, ctx, programId),
    await orgToday(deps.db, ctx.org.orgId),
    await repo.successorOf(deps.db, ctx.org.orgId, programId),
  );
}

export async function updateProgram(deps: AppDeps, ctx: RequestContext, programId: string, settings: ProgramSettings) {
  const current = await requireProgram(deps, ctx, programId);
  await assertOwnReferences(deps, ctx, settings);
  if (current.publishedAt && settings.mentorCapacity < current.mentorCapacity) {
    throw conflict(
      'program_running',
      'Matches are published; mentor capacity can grow but not shrink',
      'mentorCapacity',
    );
  }
  const row = await repo.updateProgram(deps.db, ctx.org.orgId, programId, settings);
  return toProgram(
    row!,
    await orgToday(deps.db, ctx.org.orgId),
    await repo.successorOf(deps.db, ctx.org.orgId, programId),
  );
}

type Placement = NonNullable<Awaited<ReturnType<typeof repo.findMemberPlacement>>>;

/** Empty lists in an eligibility rule mean "anyone"; each filled list must match. */
export function isEligible(rule: Eligibility, who: Placement): boolean {
  if (rule.cohortIds.length > 0 && (!who.cohortId || !rule.cohortIds.includes(who.cohortId))) return false;
  if (rule.careerStages.length > 0 && (!who.careerStage || !(rule.careerStages as string[]).includes(who.careerStage)))
    return false;
  if (rule.roles.length > 0 && !rule.roles.some((r) => who.roles.includes(r))) return false;
  return true;
}

/** The sides a member may apply on: those whose rule takes them, and those they were invited to. */
function eligibleSides(
  program: repo.ProgramRow,
  who: Placement | null,
  invited: { programId: string; side: ApplicationSide }[],
): ApplicationSide[] {
  if (!who) return [];
  const sides: ApplicationSide[] = [];
  const isInvited = (side: ApplicationSide) => invited.some((i) => i.programId === program.id && i.side === side);
  if (isEligible(program.mentorEligibility as Eligibility, who) || isInvited('mentor')) sides.push('mentor');
  if (isEligible(program.menteeEligibility as Eligibility, who) || isInvited('mentee')) sides.push('mentee');
  return sides;
}

/** Where the member stands: their placement, and the invitations they hold. */
async function standing(deps: AppDeps, ctx: RequestContext) {
  const [who, invited] = await Promise.all([
    repo.findMemberPlacement(deps.db, ctx.org.orgId, ctx.person.id),
    repo.invitationsOf(deps.db, ctx.org.orgId, ctx.person.id),
  ]);
  return { who, invited };
}

export async function listPrograms(deps: AppDeps, ctx: RequestContext) {
  const today = await orgToday(deps.db, ctx.org.orgId);
  const rows = await repo.listProgramsWithCounts(deps.db, ctx.org.orgId);
  const yours = { orgId: ctx.org.orgId, personId: ctx.person.id };
  const { who, invited } = await standing(deps, ctx);
  const visible = [];
  for (const row of rows) {
    const phase = phaseOf(row.program, today);
    if (!coordinates(ctx)) {
      // An invitation shows the program before applications open, so the invited person can find it.
      const wasInvited = phase !== 'ended' && invited.some((i) => i.programId === row.program.id);
      const own = await repo.listOwnApplications(deps.db, { ...yours, programId: row.program.id });
      const applied = own.length > 0;
      if (
        !applied &&
        !wasInvited &&
        (!acceptsApplications(row.program, today) || eligibleSides(row.program, who, invited).length === 0)
      )
        continue;
    }
    visible.push({
      id: row.program.id,
      name: row.program.name,
      template: row.program.template as ProgramTemplate,
      phase,
      applicationsOpenOn: row.program.applicationsOpenOn,
      applicationsCloseOn: row.program.applicationsCloseOn,
      endsOn: row.program.endsOn,
      mentorApplications: row.mentorApplications,
      menteeApplications: row.menteeApplications,
      activePairs: row.activePairs,
    });
  }
  return visible;
}

export async function programForMember(deps: AppDeps, ctx: RequestContext, programId: string) {
  const program = await requireProgram(deps, ctx, programId);
  const today = await orgToday(deps.db, ctx.org.orgId);
  const { who, invited } = await standing(deps, ctx);
  const eligibleAs = eligibleSides(program, who, invited);
  const you = youIn(ctx, programId);
  const mine = await repo.listOwnApplications(deps.db, you);
  const done = new Set((await repo.completedModules(deps.db, ctx.org.orgId, [ctx.person.id])).map((c) => c.moduleId));
  const modules = await repo.trainingModulesOf(deps.db, ctx.org.orgId, program.trainingModuleIds);
  const paired = await repo.activePairCounts(deps.db, you);
  const { criteria: _criteria, nextProgramId: _next, ...visible } = toProgram(program, today);
  return {
    program: visible,
    eligibleAs,
    myApplications: mine.map((a) => ({
      side: a.side,
      answers: a.answers,
      wantsHelpWith: a.wantsHelpWith,
      avoidPersonIds: a.avoidPersonIds,
      preferredPersonIds: a.preferredPersonIds,
      capacity: a.capacity,
      createdAt: a.createdAt.toISOString(),
      activePairs: paired[a.side],
    })),
    trainingToDo: eligibleAs.includes('mentor') ? modules.filter((m) => !done.has(m.id)) : [],
    notOpenToYou: eligibleAs.length === 0 && mine.length === 0 ? await whyNotOpen(deps, ctx, program, who) : null,
  };
}

/**
 * A member of the organisation who opens a program not open to them is told why and whom to ask, not "not
 * found": the program is no secret within the organisation (another organisation's stays 404, rule 1).
 */
async function whyNotOpen(deps: AppDeps, ctx: RequestContext, program: repo.ProgramRow, who: Placement | null) {
  const cohorts = new Map((await repo.listCohortDates(deps.db, ctx.org.orgId)).map((c) => [c.id, c.name]));
  const names = (rule: Eligibility) => ({
    cohorts: rule.cohortIds.map((id) => cohorts.get(id) ?? 'a cohort no longer listed'),
    careerStages: rule.careerStages,
    roles: rule.roles,
  });
  const creator = program.createdBy ? await findPerson(deps.db, ctx.org.orgId, program.createdBy) : null;
  const runsIt = creator?.status === 'active' && creator.roles.some((r) => COORDINATING.includes(r as Role));
  return {
    mentors: names(program.mentorEligibility as Eligibility),
    mentees: names(program.menteeEligibility as Eligibility),
    you: {
      cohort: who?.cohortId ? (cohorts.get(who.cohortId) ?? null) : null,
      careerStage: (who?.careerStage ?? null) as (typeof CAREER_STAGES)[number] | null,
      roles: (who?.roles ?? []) as Role[],
    },
    coordinator: runsIt ? creator.name : null,
  };
}

function checkAnswers(questions: Question[], side: ApplicationSide, answers: Record<string, unknown>) {
  for (const q of questions.filter((q) => q.side === 'both' || q.side === side)) {
    const field = `answers.${q.id}`;
    const value = answers[q.id];
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (q.required) throw badRequest(field, `Please answer "${q.label}"`);
      continue;
    }
    const ok =
      (q.kind === 'short_text' && typeof value === 'string') ||
      (q.kind === 'choice' && typeof value === 'string' && q.options.includes(value)) ||
      (q.kind === 'multi_choice' && Array.isArray(value) && value.every((v) => q.options.includes(v))) ||
      (q.kind === 'scale' && typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5);
    if (!ok) throw badRequest(field, `That is not a valid answer to "${q.label}"`);
  }
  const known = new Set(questions.map((q) => q.id));
  const stray = Object.keys(answers).find((k) => !known.has(k));
  if (stray) throw badRequest(`answers.${stray}`, 'There is no such question');
}

export async function apply(
  deps: AppDeps,
  ctx: RequestContext,
  programId: string,
  input: {
    side: ApplicationSide;
    answers: Record<string, string | string[] | number>;
    wantsHelpWith: string[];
    avoidPersonIds: string[];
    preferredPersonIds: string[];
    capacity: number | null;
  },
) {
  const program = await requireProgram(deps, ctx, programId);
  const today = await orgToday(deps.db, ctx.org.orgId);
  const { who, invited } = await standing(deps, ctx);
  const sides = eligibleSides(program, who, invited);
  const you = youIn(ctx, programId);
  const mine = await repo.listOwnApplications(deps.db, you);
  if (sides.length === 0 && mine.length === 0) throw notFound('That program');
  if (!acceptsApplications(program, today))
    throw conflict('applications_closed', 'Applications to this program are not open', 'side');
  if (!sides.includes(input.side))
    throw new AppError('not_eligible', `This program does not take you as a ${input.side}`, 'side');
  if (input.side === 'mentee' && (await repo.activePairCounts(deps.db, you)).mentee > 0) {
    throw conflict(
      'already_matched',
      'You have a mentor in this program; to change that, ask for a new match in your pair space',
      'side',
    );
  }
  checkAnswers(program.questions as Question[], input.side, input.answers);
  if (input.side === 'mentor' && input.capacity !== null && input.capacity > program.mentorCapacity) {
    throw badRequest('capacity', `Mentors in this program take at most ${program.mentorCapacity} mentees`);
  }
  for (const [field, ids] of [
    ['avoidPersonIds', input.avoidPersonIds],
    ['preferredPersonIds', input.preferredPersonIds],
  ] as const) {
    if (ids.includes(ctx.person.id)) throw badRequest(field, 'That is you');
    if (ids.length === 0) continue;
    if ((await repo.countMembersAmong(deps.db, ctx.org.orgId, ids)) !== new Set(ids).size)
      throw badRequest(field, 'Unknown person');
  }
  await repo.upsertApplication(deps.db, {
    ...you,
    application: {
      ...input,
      capacity: input.side === 'mentor' ? input.capacity : null,
      avoidPersonIds: input.side === 'mentee' ? input.avoidPersonIds : [],
      preferredPersonIds: input.side === 'mentee' ? input.preferredPersonIds : [],
    },
  });
  if (today > program.applicationsCloseOn && !mine.some((a) => a.side === input.side)) {
    // A late application waits for the coordinator to run matching again: tell them it came.
    await notify(
      deps.db,
      ctx.org.orgId,
      (await repo.coordinatorIds(deps.db, ctx.org.orgId)).map((personId) => ({
        personId,
        title: `A late application to ${program.name}`,
        body: `A new ${input.side} applied after applications closed. Run matching again to place them; existing pairs stay as they are.`,
        link: `/o/${ctx.org.orgId}/mentoring/programs/${programId}/manage?tab=matching`,
      })),
    );
  }
  return programForMember(deps, ctx, programId);
}

export async function withdraw(deps: AppDeps, ctx: RequestContext, programId: string, side: ApplicationSide) {
  await requireProgram(deps, ctx, programId);
  // Withdrawing would leave the pair running as if nothing happened: the pair space is where a pair ends.
  const you = youIn(ctx, programId);
  if ((await repo.activePairCounts(deps.db, you))[side] > 0) {
    throw conflict(
      'already_matched',
      `You are matched in this program as ${side === 'mentor' ? 'a mentor' : 'a mentee'}; to end a pair, ask for a new match in its pair space or talk to your coordinator`,
      'side',
    );
  }
  if (!(await repo.withdrawApplication(deps.db, { ...you, side }))) throw notFound('That application');
}

export async function listApplications(deps: AppDeps, ctx: RequestContext, programId: string) {
  const program = await requireProgram(deps, ctx, programId);
  const rows = await repo.listApplicationsForMatching(deps.db, ctx.org.orgId, programId);
  const done = await repo.completedModules(
    deps.db,
    ctx.org.orgId,
    rows.map((r) => r.application.personId),
  );
  const trained = (personId: string) =>
    program.trainingModuleIds.every((m) => done.some((d) => d.personId === personId && d.moduleId === m));
  return rows.map((r) => ({
    person: { id: r.application.personId, name: r.name },
    side: r.application.side,
    answers: r.application.answers,
    wantsHelpWith: r.application.wantsHelpWith,
    capacity: r.application.capacity,
    trained: trained(r.application.personId),
    createdAt: r.application.createdAt.toISOString(),
  }));
}

/** Names of the people a mentee might prefer or avoid: the program's possible mentors. */
export async function mentorPool(deps: AppDeps, ctx: RequestContext, programId: string) {
  const program = await requireProgram(deps, ctx, programId);
  await programForMember(deps, ctx, programId);
  const rule = program.mentorEligibility as Eligibility;
  const [rows, invited] = await Promise.all([
    repo.activeMemberPlacements(deps.db, ctx.org.orgId),
    repo.invitedTo(deps.db, ctx.org.orgId, programId, 'mentor'),
  ]);
  const wasInvited = new Set(invited.map((i) => i.personId));
  return rows
    .filter((r) => r.personId !== ctx.person.id && (isEligible(rule, r) || wasInvited.has(r.personId)))
    .map((r) => ({ id: r.personId, name: r.name }));
}
