import { inTransaction } from '#db/transaction.ts';
import type { ContactChoice, Coverage, SupporterSelf, SupporterSummary } from '#shared/contracts/peer-support.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { badRequest, notFound } from '../../errors.ts';
import { orgToday } from '../organisation/index.ts';
import { openRequest } from './asking.ts';
import { type PeerProgramRow, programFor } from './program-repo.ts';
import { shiftsBetween } from './roster-repo.ts';
import * as repo from './supporters-repo.ts';

const DAY_MS = 86_400_000;
/** A supporter sees their shifts, and those wanting cover, of the next two weeks. */
const OWN_SHIFT_DAYS = 14;
/** The coverage panel looks a week ahead. */
const COVERAGE_DAYS = 7;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The program's rules applied to a supporter's facts on the organisation's today. */
function standingOf(facts: repo.SupporterFacts, program: PeerProgramRow, today: string) {
  const lastOn = facts.lastSupervisionOn ?? facts.since;
  return {
    // Trained: a training record that has not expired (an expiry of today still counts).
    trained: facts.latestExpiry !== null && facts.latestExpiry >= today,
    weeklyCap: facts.ownCap ?? program.defaultWeeklyCap,
    onBreak: facts.breakUntil !== null && facts.breakUntil >= today,
    // Overdue once the program's interval has passed since their last session, or since they became a supporter.
    supervisionOverdue: addDays(lastOn, program.supervisionEveryDays) < today,
  };
}

/** The caller's own record and the shifts of theirs, and wanting cover, in the next two weeks. */
export async function selfView(deps: AppDeps, ctx: RequestContext): Promise<SupporterSelf> {
  const me = { orgId: ctx.org.orgId, personId: ctx.person.id };
  await repo.ensureSupporterRecord(deps.db, me);
  const [program, today, [facts], training, supervision] = await Promise.all([
    programFor(deps.db, me.orgId),
    orgToday(deps.db, me.orgId),
    repo.supporterFacts(deps.db, me),
    repo.trainingOf(deps.db, me.orgId, [me.personId]),
    repo.supervisionOf(deps.db, me),
  ]);
  if (!facts) throw notFound('That supporter');
  const standing = standingOf(facts, program, today);
  const from = new Date();
  const to = new Date(from.getTime() + OWN_SHIFT_DAYS * DAY_MS);
  const [shifts, coverWanted] = await Promise.all([
    shiftsBetween(deps.db, { orgId: me.orgId, from, to, filter: { personId: me.personId } }),
    shiftsBetween(deps.db, { orgId: me.orgId, from, to, filter: { needsSomeoneExcept: me.personId } }),
  ]);
  return {
    trained: standing.trained,
    training: training.get(me.personId) ?? [],
    supervisor: facts.supervisor,
    supervision,
    supervisionOverdue: standing.supervisionOverdue,
    weeklyCap: standing.weeklyCap,
    loadThisWeek: facts.loadThisWeek,
    openRequests: facts.openRequests,
    breakUntil: standing.onBreak ? facts.breakUntil : null,
    shifts,
    coverWanted,
  };
}

/**
 * "I need a break": off the roster until a day (inclusive), no reason asked; null ends it. While it lasts, routing
 * passes them over and their shifts in it show as empty, for anyone to take or the lead to cover.
 */
export async function takeBreak(deps: AppDeps, ctx: RequestContext, until: string | null): Promise<SupporterSelf> {
  if (until !== null && until < (await orgToday(deps.db, ctx.org.orgId)))
    throw badRequest('until', 'Choose today or a day to come');
  await repo.saveBreak(deps.db, { orgId: ctx.org.orgId, personId: ctx.person.id, until });
  return selfView(deps, ctx);
}

/** Records a supervision session (with the supporter's named supervisor), held today or before. */
export async function recordSupervision(
  deps: AppDeps,
  ctx: RequestContext,
  { personId, heldOn, minutes }: { personId: string; heldOn: string; minutes: number },
): Promise<repo.SupervisionRecord> {
  const orgId = ctx.org.orgId;
  if (heldOn > (await orgToday(deps.db, orgId))) throw badRequest('heldOn', 'A session cannot be in the future');
  await repo.ensureSupporterRecord(deps.db, { orgId, personId });
  return repo.insertSupervision(deps.db, { orgId, personId }, { heldOn, minutes });
}

/**
 * A supporter asks a peer for a debrief for themselves: a request like any other (routed, timed, confidential),
 * about 'supporter_debrief', so it never needs a reason and reaches another supporter, never the one who asked.
 */
export async function askDebrief(deps: AppDeps, ctx: RequestContext, choice: ContactChoice): Promise<{ id: string }> {
  return inTransaction(deps.database, (scope) =>
    openRequest(deps, scope, {
      orgId: ctx.org.orgId,
      requesterId: ctx.person.id,
      topic: 'supporter_debrief',
      urgency: 'today',
      contactMethod: choice.contactMethod,
      contactDetail: choice.contactDetail ?? null,
      anonymous: choice.anonymous,
      notMyDepartment: false,
      similarStage: false,
      origin: 'asked',
    }),
  );
}

// ─── The lead ────────────────────────────────────────────────────────────────────────────────────────

function summaryOf(
  facts: repo.SupporterFacts,
  training: repo.TrainingRecord[],
  program: PeerProgramRow,
  today: string,
): SupporterSummary {
  const standing = standingOf(facts, program, today);
  return {
    supporter: { id: facts.personId, name: facts.name },
    trainedUntil: standing.trained ? facts.latestExpiry : null,
    training,
    weeklyCap: standing.weeklyCap,
    ownCap: facts.ownCap,
    loadThisWeek: facts.loadThisWeek,
    onBreak: standing.onBreak,
    supervisor: facts.supervisor,
    lastSupervisionOn: facts.lastSupervisionOn,
    supervisionOverdue: standing.supervisionOverdue,
  };
}

/** Everyone holding the peer supporter role, or one of them (404 for anyone else). */
export async function supporterSummaries(
  deps: AppDeps,
  ctx: RequestContext,
  only: { personId?: string } = {},
): Promise<SupporterSummary[]> {
  const orgId = ctx.org.orgId;
  const [program, today, facts] = await Promise.all([
    programFor(deps.db, orgId),
    orgToday(deps.db, orgId),
    repo.supporterFacts(deps.db, { orgId, ...only }),
  ]);
  if (only.personId && facts.length === 0) throw notFound('That supporter');
  const training = await repo.trainingOf(
    deps.db,
    orgId,
    facts.map((f) => f.personId),
  );
  return facts.map((f) => summaryOf(f, training.get(f.personId) ?? [], program, today));
}

/** 404 unless the person holds the peer supporter role here. */
async function mustBeSupporter(deps: AppDeps, orgId: string, personId: string) {
  if (!(await repo.membersAmong(deps.db, orgId, [personId])).get(personId)?.isSupporter)
    throw notFound('That supporter');
}

/** The lead sets a supporter's own cap (null: the program's) and their named supervisor, a member here. */
export async function updateSettings(
  deps: AppDeps,
  ctx: RequestContext,
  { personId, weeklyCap, supervisorId }: { personId: string; weeklyCap: number | null; supervisorId: string | null },
): Promise<SupporterSummary> {
  const orgId = ctx.org.orgId;
  await mustBeSupporter(deps, orgId, personId);
  if (supervisorId === personId) throw badRequest('supervisorId', 'Choose someone other than the supporter');
  if (supervisorId && !(await repo.membersAmong(deps.db, orgId, [supervisorId])).has(supervisorId))
    throw badRequest('supervisorId', 'Choose someone in this organisation');
  await repo.saveSettings(deps.db, { orgId, personId }, { weeklyCap, supervisorId });
  return (await supporterSummaries(deps, ctx, { personId }))[0]!;
}

export async function addTraining(
  deps: AppDeps,
  ctx: RequestContext,
  { personId, ...record }: { personId: string; title: string; completedOn: string; expiresOn: string },
): Promise<repo.TrainingRecord> {
  const orgId = ctx.org.orgId;
  await mustBeSupporter(deps, orgId, personId);
  if (record.completedOn > (await orgToday(deps.db, orgId)))
    throw badRequest('completedOn', 'Training cannot be completed in the future');
  return repo.insertTraining(deps.db, { orgId, personId, recordedBy: ctx.person.id }, record);
}

export async function removeTraining(
  deps: AppDeps,
  ctx: RequestContext,
  ids: { personId: string; trainingId: string },
): Promise<void> {
  if (!(await repo.deleteTraining(deps.db, { orgId: ctx.org.orgId, ...ids }))) throw notFound('That training record');
}

/** The lead records a supervision session of a supporter. */
export async function recordSupervisionFor(
  deps: AppDeps,
  ctx: RequestContext,
  session: { personId: string; heldOn: string; minutes: number },
): Promise<repo.SupervisionRecord> {
  await mustBeSupporter(deps, ctx.org.orgId, session.personId);
  return recordSupervision(deps, ctx, session);
}

/**
 * What needs the lead before the roster lets someone down: shifts of the next 7 days nobody is on (empty, its
 * supporter on a break or no longer a supporter, or asking for cover), and supporters who cannot be reached, are at
 * their cap, overdue for supervision, or have no current training.
 */
export async function coverage(deps: AppDeps, ctx: RequestContext): Promise<Coverage> {
  const orgId = ctx.org.orgId;
  const from = new Date();
  const [program, today, facts, emptyShifts] = await Promise.all([
    programFor(deps.db, orgId),
    orgToday(deps.db, orgId),
    repo.supporterFacts(deps.db, { orgId }),
    shiftsBetween(deps.db, {
      orgId,
      from,
      to: new Date(from.getTime() + COVERAGE_DAYS * DAY_MS),
      filter: 'needs_someone',
    }),
  ]);
  const result: Coverage = {
    emptyShifts,
    noWorkingContact: [],
    overCap: [],
    supervisionOverdue: [],
    trainingExpired: [],
  };
  for (const f of facts) {
    const supporter = { id: f.personId, name: f.name };
    const standing = standingOf(f, program, today);
    const unreachable = [
      ...(f.status === 'invited' ? ['has never signed in, so nothing Kindred sends reaches them'] : []),
      ...(f.hasPhone ? [] : ['has no phone number on their profile']),
    ];
    if (unreachable.length > 0) result.noWorkingContact.push({ supporter, reason: capitalise(unreachable.join('; ')) });
    // At the cap counts: routing passes over anyone not under it.
    if (f.loadThisWeek >= standing.weeklyCap)
      result.overCap.push({ supporter, load: f.loadThisWeek, cap: standing.weeklyCap });
    if (standing.supervisionOverdue) result.supervisionOverdue.push({ supporter, lastOn: f.lastSupervisionOn });
    if (!standing.trained) result.trainingExpired.push({ supporter, expiredOn: f.latestExpiry });
  }
  return result;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
