import { inTransaction, type TransactionScope } from '#db/transaction.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { AppError, badRequest, conflict, notFound } from '../../errors.ts';
import { type OutgoingMail, queueMails } from '../mail/index.ts';
import { findOrganisation } from '../organisation/index.ts';
import { type CalendarSession, formatWhen, groupCalendar, organizerOf, sessionInvite } from './calendar.ts';
import * as groups from './group-repo.ts';
import { currentMembers, currentMembership } from './membership-repo.ts';
import * as repo from './session-repo.ts';

type Scope = Pick<TransactionScope, 'db' | 'client'>;

const toCalendarSession = (s: repo.Session): CalendarSession => ({
  id: s.id,
  startsAt: s.startsAt,
  durationMinutes: s.durationMinutes,
  location: s.locationDetail,
  sequence: s.sequence,
  cancelled: s.cancelledAt !== null,
});

/** Everyone a session concerns: the group's members and its facilitators. */
async function recipientsOf(db: Scope['db'], groupId: string) {
  const people = [...(await currentMembers(db, groupId)), ...(await groups.facilitatorsOf(db, [groupId]))];
  return [...new Map(people.map((p) => [p.id, { id: p.id, name: p.name, email: p.email }])).values()];
}

/** Queues, in the caller's transaction, each person's updated invites for sessions that changed. */
async function sendUpdates(deps: AppDeps, scope: Scope, group: groups.Group, changed: repo.Session[]) {
  if (changed.length === 0) return;
  const org = await findOrganisation(scope.db, group.orgId);
  const url = `${deps.config.appUrl}/o/${group.orgId}/groups/${group.id}`;
  const organizer = organizerOf(deps.config.mailFrom);
  const lines = changed.map((s) => {
    const what = s.cancelledAt ? ': cancelled' : ` (${s.durationMinutes} minutes, ${s.locationDetail})`;
    return `- ${formatWhen(s.startsAt, org!.timeZone)}${what}`;
  });
  const subject =
    changed.length === 1 && changed[0]!.cancelledAt
      ? `${group.name}: a session is cancelled`
      : `${group.name}: session times have changed`;
  const mails: OutgoingMail[] = (await recipientsOf(scope.db, group.id)).map((p) => ({
    to: p.email,
    subject,
    text:
      `Hello ${p.name},\n\nThe schedule of your peer support group "${group.name}" has changed:\n${lines.join('\n')}` +
      `\n\nThe calendar entries attached replace the ones you had.\n\n${url}\n`,
    attachments: changed.map((s) =>
      sessionInvite(toCalendarSession(s), { groupName: group.name, url, organizer, attendee: p }),
    ),
  }));
  await queueMails(deps.jobs, mails, scope.client);
}

const sameSlot = (slot: repo.SessionSlot, session: repo.Session) =>
  slot.startsAt.getTime() === session.startsAt.getTime() &&
  slot.durationMinutes === session.durationMinutes &&
  slot.locationKind === session.locationKind &&
  slot.locationDetail === session.locationDetail;

/**
 * After a schedule change (the group row already carries the new series), the coming sessions move
 * onto the new schedule in order, keeping their ids, so invites already in calendars are updated
 * rather than duplicated; sessions the new schedule has no room for are cancelled.
 */
export async function retimeAfterScheduleChange(deps: AppDeps, scope: Scope, group: groups.Group) {
  const coming = await repo.futureSessions(scope.db, group.id);
  const slots = await repo.comingSlots(scope.db, group.id);
  const changed: repo.Session[] = [];
  for (const [i, session] of coming.entries()) {
    const slot = slots[i];
    if (!slot) changed.push(await repo.changeSession(scope.db, session.id, { cancelled: true }));
    else if (sameSlot(slot, session)) await repo.renumberSession(scope.db, session.id, slot.series, slot.number);
    else changed.push(await repo.changeSession(scope.db, session.id, slot));
  }
  await repo.ensureSessions(scope.db, group.id);
  await sendUpdates(deps, scope, group, changed);
}

async function mayManageSessions(deps: AppDeps, ctx: RequestContext, groupId: string, coordinates: boolean) {
  if (coordinates) return;
  const facilitates = await groups.isFacilitatorOf(deps.db, { orgId: ctx.org.orgId, groupId, personId: ctx.person.id });
  if (!facilitates) throw notFound('That group');
}

export interface SessionChange {
  startsAt?: string | undefined;
  durationMinutes?: number | undefined;
  location?: { kind: 'video' | 'room'; detail: string } | undefined;
  cancelled?: boolean | undefined;
}

/** One session moved, shortened, moved to another place or cancelled, by a coordinator or the group's facilitator. */
export async function changeOneSession(
  deps: AppDeps,
  ctx: RequestContext,
  {
    coordinates,
    groupId,
    sessionId,
    change,
  }: { coordinates: boolean; groupId: string; sessionId: string; change: SessionChange },
) {
  await mayManageSessions(deps, ctx, groupId, coordinates);
  return inTransaction(deps.database, async (scope) => {
    const group = await groups.findGroup(scope.db, ctx.org.orgId, groupId);
    if (!group) throw notFound('That group');
    await repo.lockSession(scope.db, sessionId);
    const session = await repo.findSession(scope.db, { orgId: ctx.org.orgId, groupId, sessionId });
    if (!session) throw notFound('That session');
    if (session.startsAt <= new Date())
      throw conflict('session_started', 'This session has already started', 'startsAt');
    const startsAt = change.startsAt ? new Date(change.startsAt) : undefined;
    if (startsAt && startsAt <= new Date()) {
      throw badRequest('startsAt', 'A session can only be moved to a time still to come');
    }
    const updated = await repo.changeSession(scope.db, sessionId, {
      startsAt,
      durationMinutes: change.durationMinutes,
      locationKind: change.location?.kind,
      locationDetail: change.location?.detail,
      cancelled: change.cancelled,
    });
    await sendUpdates(deps, scope, group, [updated]);
    return {
      id: updated.id,
      startsAt: updated.startsAt.toISOString(),
      durationMinutes: updated.durationMinutes,
      cancelled: updated.cancelledAt !== null,
      myRsvp: null,
    };
  });
}

/** RSVP: members of the group only, and only before the session starts. */
export async function rsvp(
  deps: AppDeps,
  ctx: RequestContext,
  { groupId, sessionId, response }: { groupId: string; sessionId: string; response: 'yes' | 'no' },
) {
  const orgId = ctx.org.orgId;
  const group = await groups.findGroup(deps.db, orgId, groupId);
  if (!group) throw notFound('That group');
  const membership = await currentMembership(deps.db, groupId, ctx.person.id);
  if (membership?.status !== 'member') {
    throw new AppError('not_a_member', 'Only members of the group can say whether they will come', 'response');
  }
  const session = await repo.findSession(deps.db, { orgId, groupId, sessionId });
  if (!session) throw notFound('That session');
  if (session.cancelledAt) throw conflict('session_cancelled', 'This session is cancelled', 'response');
  if (session.startsAt <= new Date()) throw conflict('session_started', 'This session has already started', 'response');
  await repo.saveRsvp(deps.db, { orgId, sessionId, personId: ctx.person.id, response });
  return {
    id: session.id,
    startsAt: session.startsAt.toISOString(),
    durationMinutes: session.durationMinutes,
    cancelled: false,
    myRsvp: response,
  };
}

/** The group's coming sessions as a calendar file, for its members and facilitators. */
export async function calendarFor(deps: AppDeps, ctx: RequestContext, groupId: string) {
  const group = await groups.findGroup(deps.db, ctx.org.orgId, groupId);
  const member = (await currentMembership(deps.db, groupId, ctx.person.id))?.status === 'member';
  const mayRead =
    member || (await groups.isFacilitatorOf(deps.db, { orgId: ctx.org.orgId, groupId, personId: ctx.person.id }));
  if (!group || !mayRead) throw notFound('That group');
  const since = new Date(Date.now() - 86_400_000);
  const sessions = (await repo.sessionsOf(deps.db, groupId)).filter((s) => s.startsAt > since);
  const url = `${deps.config.appUrl}/o/${ctx.org.orgId}/groups/${groupId}`;
  const organizer = organizerOf(deps.config.mailFrom);
  return groupCalendar(sessions.map(toCalendarSession), { groupName: group.name, url, organizer });
}

const REMIND_HOURS = 48;

/**
 * Run by the scheduled job: each member and facilitator gets an e-mail with the invite two days
 * before a session. Marked sent in the transaction that queues the mail, rows claimed SKIP LOCKED:
 * once, never twice, never lost. A moved session is reminded again.
 */
export async function sendSessionReminders(deps: AppDeps): Promise<number> {
  return inTransaction(deps.database, async (scope) => {
    const due = await repo.claimDueReminders(scope.db, REMIND_HOURS);
    const organizer = organizerOf(deps.config.mailFrom);
    const mails: OutgoingMail[] = [];
    for (const s of due) {
      const url = `${deps.config.appUrl}/o/${s.orgId}/groups/${s.groupId}`;
      const session: CalendarSession = {
        id: s.id,
        startsAt: s.startsAt,
        durationMinutes: s.durationMinutes,
        location: s.locationDetail,
        sequence: s.sequence,
        cancelled: false,
      };
      const when = formatWhen(s.startsAt, s.timeZone);
      for (const p of await recipientsOf(scope.db, s.groupId)) {
        mails.push({
          to: p.email,
          subject: `${s.groupName}: next session ${when}`,
          text:
            `Hello ${p.name},\n\nYour peer support group "${s.groupName}" meets ${when} for ${s.durationMinutes} ` +
            `minutes: ${s.locationDetail}\n\nLet the group know whether you can come: ${url}\n`,
          attachments: [sessionInvite(session, { groupName: s.groupName, url, organizer, attendee: p })],
        });
      }
    }
    await queueMails(deps.jobs, mails, scope.client);
    await repo.markReminded(
      scope.db,
      due.map((s) => s.id),
    );
    return due.length;
  });
}

/** Run by the scheduled job: keeps every open group's coming sessions materialised. */
export async function extendSchedules(deps: AppDeps): Promise<number> {
  let created = 0;
  for (const id of await repo.openGroupIds(deps.db)) created += await repo.ensureSessions(deps.db, id);
  return created;
}
