import { inTransaction } from '#db/transaction.ts';
import type { RosterSlot, Shift } from '#shared/contracts/peer-support.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { conflict, forbidden, notFound } from '../../errors.ts';
import { queueMails } from '../mail/index.ts';
import { notify } from '../notifications/index.ts';
import { contactsOf } from '../people/index.ts';
import { shiftHours, shiftReminderMail, shiftTakenMail, supporterPageLink } from './roster-mails.ts';
import * as repo from './roster-repo.ts';
import { membersAmong } from './supporters-repo.ts';

const DAY_MS = 86_400_000;
/** The lead's roster shows the shifts of the next two weeks. */
const ROSTER_DAYS = 14;

/** The weekly slots and the dated shifts of the next 14 days. */
export async function rosterFor(deps: AppDeps, ctx: RequestContext): Promise<{ slots: RosterSlot[]; shifts: Shift[] }> {
  const orgId = ctx.org.orgId;
  const now = new Date();
  const [slots, shifts] = await Promise.all([
    repo.listSlots(deps.db, { orgId }),
    repo.shiftsBetween(deps.db, { orgId, from: now, to: new Date(now.getTime() + ROSTER_DAYS * DAY_MS) }),
  ]);
  return { slots, shifts };
}

/** Only a peer supporter of the organisation may stand on the roster (409 not_a_supporter, on `personId`). */
async function mustBeSupporter(deps: AppDeps, orgId: string, personId: string | null) {
  if (!personId) return;
  const member = (await membersAmong(deps.db, orgId, [personId])).get(personId);
  if (!member?.isSupporter) throw conflict('not_a_supporter', undefined, 'personId');
}

export async function createSlot(deps: AppDeps, ctx: RequestContext, values: repo.SlotValues): Promise<RosterSlot> {
  const orgId = ctx.org.orgId;
  await mustBeSupporter(deps, orgId, values.personId);
  const slotId = await inTransaction(deps.database, async ({ db }) => {
    const id = await repo.insertSlot(db, orgId, values);
    await repo.materialise(db, { slotId: id });
    return id;
  });
  return (await repo.listSlots(deps.db, { orgId, slotId }))[0]!;
}

/**
 * Changes a weekly slot. Its shifts not yet over that nobody changed for their date follow it (made again with the
 * new supporter and times); a shift someone covered or swapped keeps who is on it.
 */
export async function updateSlot(
  deps: AppDeps,
  ctx: RequestContext,
  { slotId, values }: { slotId: string; values: repo.SlotValues },
): Promise<RosterSlot> {
  const orgId = ctx.org.orgId;
  await mustBeSupporter(deps, orgId, values.personId);
  await inTransaction(deps.database, async ({ db }) => {
    if (!(await repo.updateSlot(db, { orgId, slotId }, values))) throw notFound('That slot');
    await repo.dropUnchangedShifts(db, { orgId, slotId });
    await repo.materialise(db, { slotId });
  });
  return (await repo.listSlots(deps.db, { orgId, slotId }))[0]!;
}

export async function deleteSlot(deps: AppDeps, ctx: RequestContext, slotId: string): Promise<void> {
  if (!(await repo.deleteSlot(deps.db, { orgId: ctx.org.orgId, slotId }))) throw notFound('That slot');
}

/** The lead puts a supporter (or nobody) on one shift, for that date only: e.g. covering it themselves. */
export async function assignShift(
  deps: AppDeps,
  ctx: RequestContext,
  { shiftId, personId }: { shiftId: string; personId: string | null },
): Promise<Shift> {
  const orgId = ctx.org.orgId;
  const shift = await repo.findShift(deps.db, { orgId, shiftId });
  if (!shift) throw notFound('That shift');
  await mustBeSupporter(deps, orgId, personId);
  if (!(await repo.assignShift(deps.db, { orgId, shiftId, personId })))
    throw conflict('shift_started', 'This shift is over');
  return (await repo.shiftById(deps.db, { orgId, shiftId }))!;
}

/** A supporter asks for someone to cover their own shift (or takes the request back), before it starts. */
export async function setCoverWanted(
  deps: AppDeps,
  ctx: RequestContext,
  { shiftId, wanted }: { shiftId: string; wanted: boolean },
): Promise<Shift> {
  const orgId = ctx.org.orgId;
  const shift = await repo.findShift(deps.db, { orgId, shiftId });
  if (!shift) throw notFound('That shift');
  if (shift.personId !== ctx.person.id) throw forbidden();
  if (shift.startsAt <= new Date()) throw conflict('shift_started');
  if (!(await repo.markCoverWanted(deps.db, { orgId, shiftId, personId: ctx.person.id, wanted })))
    throw conflict('shift_started');
  return (await repo.shiftById(deps.db, { orgId, shiftId }))!;
}

/**
 * Another supporter takes a shift that needs someone (its supporter wants cover, nobody is on it, or its supporter
 * is on a break). Of two taking it at once exactly one gets it; the other hears shift_taken. Whoever was on it is
 * told, in Kindred and by e-mail.
 */
export async function takeShift(deps: AppDeps, ctx: RequestContext, shiftId: string): Promise<Shift> {
  const orgId = ctx.org.orgId;
  const shift = await repo.findShift(deps.db, { orgId, shiftId });
  if (!shift) throw notFound('That shift');
  if (shift.startsAt <= new Date()) throw conflict('shift_started');
  if (shift.personId === ctx.person.id) throw conflict('shift_taken', 'This shift is already yours');
  await inTransaction(deps.database, async ({ db, client }) => {
    const taken = await repo.takeShift(db, { orgId, shiftId, personId: ctx.person.id });
    if (!taken) throw conflict('shift_taken');
    const previous = taken.previousPersonId;
    if (!previous) return;
    const hours = shiftHours(shift.startsAt, shift.endsAt, ctx.org.timeZone);
    const url = `${deps.config.appUrl}${supporterPageLink(orgId)}`;
    const takenBy = ctx.person.name;
    await notify(db, orgId, [
      {
        personId: previous,
        title: `${takenBy} is covering your shift`,
        body: `${hours}: you are off the roster for it.`,
        link: supporterPageLink(orgId),
      },
    ]);
    const to = (await contactsOf(db, [previous])).get(previous);
    if (to) await queueMails(deps.jobs, [shiftTakenMail(to, { hours, takenBy, url })], client);
  });
  return (await repo.shiftById(deps.db, { orgId, shiftId }))!;
}

/**
 * Keeps every slot's shifts of the next 4 weeks made (scheduled job; safe to run twice, as the slot and start of a
 * shift are unique).
 */
export async function materialiseShifts(deps: AppDeps, asOf?: Date): Promise<void> {
  await repo.materialise(deps.db, asOf ? { asOf } : {});
}

/**
 * Reminds each supporter of their shift once, the program's reminder time before it starts (in Kindred and by
 * e-mail). The shift is marked reminded in the same transaction as the reminders are written and queued.
 */
export async function remindShifts(deps: AppDeps): Promise<void> {
  await inTransaction(deps.database, async ({ db, client }) => {
    const due = await repo.claimDueReminders(db);
    if (due.length === 0) return;
    for (const orgId of new Set(due.map((d) => d.orgId))) {
      await notify(
        db,
        orgId,
        due
          .filter((d) => d.orgId === orgId)
          .map((d) => ({
            personId: d.personId,
            title: 'You are on call soon',
            body: `Talk to a peer: ${shiftHours(d.startsAt, d.endsAt, d.timeZone)}.`,
            link: supporterPageLink(orgId),
          })),
      );
    }
    await queueMails(
      deps.jobs,
      due.map((d) =>
        shiftReminderMail(d, {
          hours: shiftHours(d.startsAt, d.endsAt, d.timeZone),
          url: `${deps.config.appUrl}${supporterPageLink(d.orgId)}`,
        }),
      ),
      client,
    );
  });
}
