import type { Pair } from '#shared/contracts/mentoring.ts';
import { inTransaction } from '#db/transaction.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { spelledDate } from '../../spelled-date.ts';
import { queueMails } from '../mail/index.ts';
import { notify } from '../notifications/index.ts';
import { orgToday } from '../organisation/index.ts';
import { meetingsCalendar } from './calendar.ts';
import * as repo from './pair-repo.ts';
import { coordinatorIds } from './program-repo.ts';
import { coordinates, requireProgram } from './programs.ts';
import { gapsBetweenTerms } from './schedule.ts';

type Loaded = NonNullable<Awaited<ReturnType<typeof repo.findPairWithPeople>>>;

/**
 * The pair is seen by its two members and by coordinators; anyone else gets 404. Only the two
 * members write to it; coordinators see that meetings happen and their topics, never notes.
 */
async function loadPair(deps: AppDeps, ctx: RequestContext, pairId: string, purpose: 'read' | 'write') {
  const found = await repo.findPairWithPeople(deps.db, ctx.org.orgId, pairId);
  const member = found && (found.mentor.id === ctx.person.id || found.mentee.id === ctx.person.id);
  if (!found || (!member && (purpose === 'write' || !coordinates(ctx)))) throw notFound('That pair');
  const myRole: Pair['myRole'] =
    found.mentor.id === ctx.person.id ? 'mentor' : found.mentee.id === ctx.person.id ? 'mentee' : 'coordinator';
  return { ...found, myRole };
}

type Seen = Loaded & { myRole: Pair['myRole'] };

/** The calendar day (YYYY-MM-DD) an instant falls on in the organisation's time zone; one formatter per zone, kept (making one costs more than the rest of a pair's view). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const daysIn = (timeZone: string) => {
  let format = dayFormats.get(timeZone);
  if (!format)
    dayFormats.set(
      timeZone,
      (format = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone })),
    );
  return (at: Date) => format.format(at);
};

/** Issue 11 item 4: contact details are for the two people of a running pair, never a coordinator's view. */
const reachable = (seen: Seen) => seen.myRole !== 'coordinator' && seen.pair.status === 'active';

/** Pairs as their viewer sees them, in a few queries however many pairs there are (a mentor has several). */
async function views(deps: AppDeps, ctx: RequestContext, seen: Seen[], { withContact = true } = {}): Promise<Pair[]> {
  const ids = seen.map((s) => s.pair.id);
  if (ids.length === 0) return [];
  // How to reach each other is shown in the pair space only; the list of one's pairs (every Mentoring page load) skips its two queries.
  const inTouch = withContact ? seen.filter(reachable) : [];
  const [meetings, goals, contacts, coordinators] = await Promise.all([
    repo.meetingsOf(deps.db, ids),
    repo.goalsOf(deps.db, ids),
    repo.sharedContactsOf(deps.db, ctx.org.orgId, [...new Set(inTouch.flatMap((s) => [s.mentor.id, s.mentee.id]))]),
    inTouch.length > 0 ? repo.coordinatorsToAsk(deps.db, ctx.org.orgId) : [],
  ]);
  const nothingShared = { email: null, phone: null, note: null };
  const dayOf = daysIn(ctx.org.timeZone);
  return seen.map((loaded) => {
    const { pair } = loaded;
    const own = meetings.filter((m) => m.pairId === pair.id);
    const gaps = gapsBetweenTerms(own);
    return {
      id: pair.id,
      program: {
        id: loaded.program.id,
        name: loaded.program.name,
        endsOn: loaded.program.endsOn,
        cadenceDays: loaded.program.cadenceDays,
      },
      followsTerms: own.some((m) => m.termId !== null),
      mentor: { id: loaded.mentor.id, name: loaded.mentor.name },
      mentee: { id: loaded.mentee.id, name: loaded.mentee.name },
      myRole: loaded.myRole,
      status: pair.status,
      startedOn: dayOf(pair.createdAt),
      agreement: {
        mentorAcceptedAt: loaded.mentorAcceptedAt?.toISOString() ?? null,
        menteeAcceptedAt: loaded.menteeAcceptedAt?.toISOString() ?? null,
      },
      goals:
        loaded.myRole === 'coordinator'
          ? []
          : goals.filter((g) => g.pairId === pair.id).map(({ id, title, progress }) => ({ id, title, progress })),
      meetings: own.map(({ pairId: _, termId: _term, termName: _name, reminderSentAt: _sent, ...m }) => ({
        ...m,
        gapNote: gaps.get(m.id)?.note ?? null,
        coveredOn: gaps.get(m.id)?.coveredOn ?? null,
      })) as Pair['meetings'],
      rematchRequested: loaded.rematchRequested,
      contact:
        withContact && reachable(loaded)
          ? {
              partner: contacts.get(loaded.myRole === 'mentor' ? loaded.mentee.id : loaded.mentor.id) ?? nothingShared,
              mine: contacts.get(ctx.person.id) ?? nothingShared,
              coordinators,
            }
          : null,
    };
  });
}

const view = async (deps: AppDeps, ctx: RequestContext, seen: Seen) => (await views(deps, ctx, [seen]))[0]!;

export async function getPair(deps: AppDeps, ctx: RequestContext, pairId: string) {
  return view(deps, ctx, await loadPair(deps, ctx, pairId, 'read'));
}

export async function myPairs(deps: AppDeps, ctx: RequestContext) {
  const found = await repo.pairsWithPeopleOf(deps.db, ctx.org.orgId, ctx.person.id);
  return views(
    deps,
    ctx,
    found.map((f) => ({ ...f, myRole: f.mentor.id === ctx.person.id ? ('mentor' as const) : ('mentee' as const) })),
    { withContact: false },
  );
}

async function write(deps: AppDeps, ctx: RequestContext, pairId: string, change: (loaded: Loaded) => Promise<void>) {
  const loaded = await loadPair(deps, ctx, pairId, 'write');
  if (loaded.pair.status !== 'active') throw conflict('pair_ended', 'This pair has ended');
  await change(loaded);
  return view(deps, ctx, await loadPair(deps, ctx, pairId, 'write'));
}

export const acceptAgreement = (deps: AppDeps, ctx: RequestContext, pairId: string) =>
  write(deps, ctx, pairId, () =>
    repo.acceptAgreement(deps.db, { orgId: ctx.org.orgId, pairId, personId: ctx.person.id }),
  );

export const addGoal = (
  deps: AppDeps,
  ctx: RequestContext,
  pairId: string,
  goal: { title: string; progress: number },
) => write(deps, ctx, pairId, () => repo.insertGoal(deps.db, ctx.org.orgId, pairId, goal));

export const updateGoal = (
  deps: AppDeps,
  ctx: RequestContext,
  { pairId, goalId, goal }: { pairId: string; goalId: string; goal: { title: string; progress: number } },
) =>
  write(deps, ctx, pairId, async () => {
    if (!(await repo.updateGoal(deps.db, { pairId, goalId, goal }))) throw notFound('That goal');
  });

/** A meeting is logged once it has happened (today or earlier where the organisation is), and not before the pair began. */
export const logMeeting = (
  deps: AppDeps,
  ctx: RequestContext,
  {
    pairId,
    meetingId,
    log,
  }: { pairId: string; meetingId: string; log: { happenedOn: string; format: string; topics: string[] } },
) =>
  write(deps, ctx, pairId, async (loaded) => {
    const dayOf = daysIn(ctx.org.timeZone);
    if (log.happenedOn > dayOf(new Date()))
      throw badRequest('happenedOn', 'A meeting is logged once it has happened: choose today or an earlier day');
    const startedOn = dayOf(loaded.pair.createdAt);
    if (log.happenedOn < startedOn)
      throw badRequest('happenedOn', `You were matched on ${spelledDate(startedOn)}: choose that day or later`);
    const logged = await repo.logMeeting(deps.db, { pairId, meetingId, log: { ...log, loggedBy: ctx.person.id } });
    if (!logged) throw notFound('That meeting');
  });

export async function ownNotes(deps: AppDeps, ctx: RequestContext, pairId: string) {
  await loadPair(deps, ctx, pairId, 'write');
  const notes = await repo.ownNotes(deps.db, { pairId, authorId: ctx.person.id });
  return notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() }));
}

export async function addNote(deps: AppDeps, ctx: RequestContext, pairId: string, body: string) {
  await loadPair(deps, ctx, pairId, 'write');
  const note = await repo.insertNote(deps.db, { orgId: ctx.org.orgId, pairId, authorId: ctx.person.id, body });
  return { ...note, createdAt: note.createdAt.toISOString() };
}

/** No-fault: either side may ask, the other is not told why; coordinators are notified to handle it. */
export const requestRematch = (deps: AppDeps, ctx: RequestContext, pairId: string) =>
  write(deps, ctx, pairId, async (loaded) => {
    if (await repo.openRematchRequest(deps.db, pairId)) return;
    await repo.insertRematchRequest(deps.db, { orgId: ctx.org.orgId, pairId, requestedBy: ctx.person.id });
    const coordinators = await coordinatorIds(deps.db, ctx.org.orgId);
    await notify(
      deps.db,
      ctx.org.orgId,
      coordinators.map((personId) => ({
        personId,
        title: `A rematch was requested in ${loaded.program.name}`,
        body: 'One side of a pair asked for a new match. It is no-fault; see the program’s pairs.',
        link: `/o/${ctx.org.orgId}/mentoring/programs/${loaded.program.id}/manage?tab=pairs`,
      })),
    );
  });

/** The Pairs tab of a program. */
export async function listProgramPairs(deps: AppDeps, ctx: RequestContext, programId: string) {
  const program = await requireProgram(deps, ctx, programId);
  const today = await orgToday(deps.db, ctx.org.orgId);
  return programPairs(deps, ctx, { programId: program.id, today, cadenceDays: program.cadenceDays });
}

/** The coordinator's view of a program's pairs: at risk when no meeting for longer than the cadence. */
export async function programPairs(
  deps: AppDeps,
  ctx: RequestContext,
  { programId, today, cadenceDays }: { programId: string; today: string; cadenceDays: number },
) {
  const rows = await repo.programPairOverview(deps.db, ctx.org.orgId, programId);
  const daysSince = (date: string) => (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000;
  // The day the pair was made, in the organisation's time zone like `today` (not UTC's).
  const matchedOn = daysIn(ctx.org.timeZone);
  return rows.map((r) => ({
    id: r.id,
    mentor: r.mentor,
    mentee: r.mentee,
    status: r.status,
    meetingsHeld: r.meetingsHeld,
    lastMetOn: r.lastMetOn,
    topics: r.topics as Pair['meetings'][number]['topics'],
    atRisk: r.status === 'active' && daysSince(r.lastMetOn ?? matchedOn(r.createdAt)) > cadenceDays,
    rematchRequested: r.rematchRequested,
    agreementAccepted: r.agreements >= 2,
  }));
}

/** A pair of one program and the program's coordinator (a pair of another program is not found). */
type PairOfProgram = { programId: string; pairId: string };

async function coordinatedPair(deps: AppDeps, ctx: RequestContext, { programId, pairId }: PairOfProgram) {
  const found = await repo.findPairWithPeople(deps.db, ctx.org.orgId, pairId);
  if (!found || found.program.id !== programId) throw notFound('That pair');
  return found;
}

/** Ends a pair (after a rematch request, or by the coordinator's decision); both sides are told, without a reason. */
export async function endPair(deps: AppDeps, ctx: RequestContext, { programId, pairId }: PairOfProgram) {
  const found = await coordinatedPair(deps, ctx, { programId, pairId });
  if (found.pair.status !== 'active') throw conflict('pair_ended', 'This pair has already ended');
  await repo.endPair(deps.db, ctx.org.orgId, pairId);
  await notify(
    deps.db,
    ctx.org.orgId,
    [found.mentor, found.mentee].map((p) => ({
      personId: p.id,
      title: `Your pair in ${found.program.name} has ended`,
      body: 'This is no-fault. The coordinator will offer a new match where one is wanted.',
      link: `/o/${ctx.org.orgId}/mentoring`,
    })),
  );
}

/**
 * A friendly reminder to a quiet pair, at most once every 3 days. The mark, the e-mails and the
 * in-app notices are one transaction: a crash never leaves a pair marked as reminded but not told.
 */
export async function nudgePair(deps: AppDeps, ctx: RequestContext, { programId, pairId }: PairOfProgram) {
  const found = await coordinatedPair(deps, ctx, { programId, pairId });
  if (found.pair.status !== 'active') throw conflict('pair_ended', 'This pair has ended');
  const url = `${deps.config.appUrl}/o/${ctx.org.orgId}/mentoring/pairs/${pairId}`;
  await inTransaction(deps.database, async ({ db, client }) => {
    if (!(await repo.claimNudge(db, ctx.org.orgId, pairId)))
      throw conflict('recently_nudged', 'This pair was reminded in the last 3 days');
    await queueMails(
      deps.jobs,
      [
        { to: found.mentor, other: found.mentee },
        { to: found.mentee, other: found.mentor },
      ].map(({ to, other }) => ({
        to: to.email,
        subject: `Time to catch up with ${other.name}?`,
        text: `Hello ${to.name},\n\nIt has been a while since you and ${other.name} logged a meeting in ${found.program.name}. A coffee or a call counts. If something is in the way, tell your coordinator: a new match is always no-fault.\n\nYour pair space: ${url}\n`,
      })),
      client,
    );
    await notify(
      db,
      ctx.org.orgId,
      [found.mentor, found.mentee].map((p) => ({
        personId: p.id,
        title: 'Time to catch up?',
        body: `A reminder from your ${found.program.name} coordinator.`,
        link: `/o/${ctx.org.orgId}/mentoring/pairs/${pairId}`,
      })),
    );
  });
}

/** The pair's meeting plan as a calendar file, for either side of the pair. */
export async function pairCalendar(deps: AppDeps, ctx: RequestContext, pairId: string) {
  const loaded = await loadPair(deps, ctx, pairId, 'write');
  const meetings = await repo.meetingsOf(deps.db, [pairId]);
  const gaps = gapsBetweenTerms(meetings);
  const other = loaded.myRole === 'mentor' ? loaded.mentee : loaded.mentor;
  return meetingsCalendar({
    programName: loaded.program.name,
    otherName: other.name,
    url: `${deps.config.appUrl}/o/${ctx.org.orgId}/mentoring/pairs/${pairId}`,
    meetings: meetings
      .filter((m) => m.dueOn && !m.happenedOn && !gaps.get(m.id)?.coveredOn)
      .map((m) => ({ id: m.id, label: m.label, dueOn: m.dueOn! })),
  });
}
