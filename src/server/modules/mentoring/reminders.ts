import { inTransaction } from '#db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { type OutgoingMail, queueMails } from '../mail/index.ts';
import { meetingsCalendar } from './calendar.ts';
import { meetingsOf } from './pair-repo.ts';
import { claimDueMeetings, type DueMeeting, markReminded } from './reminders-repo.ts';
import { gapsBetweenTerms } from './schedule.ts';

const DAYS_AHEAD = 7;
const BATCH = 500;

/**
 * E-mails both sides of a pair, with a calendar invite, when a planned meeting is a week away.
 * The reminder is marked sent in the transaction that queues its e-mail: after a crash or restart
 * it is sent once, never twice and never lost. Rows are claimed with SKIP LOCKED so several
 * instances can run this at once. Batches of 500 follow one another until none is left.
 */
export async function sendDueReminders(deps: AppDeps): Promise<number> {
  let sent = 0;
  for (let batch = await sendReminderBatch(deps); batch.claimed > 0; batch = await sendReminderBatch(deps))
    sent += batch.sent;
  return sent;
}

function sendReminderBatch(deps: AppDeps): Promise<{ claimed: number; sent: number }> {
  return inTransaction(deps.database, async ({ db, client }) => {
    const claimed = await claimDueMeetings(db, { daysAhead: DAYS_AHEAD, limit: BATCH });
    if (claimed.length === 0) return { claimed: 0, sent: 0 };
    const due = remindable(claimed, await meetingsOf(db, [...new Set(claimed.map((m) => m.pairId))]));
    const mails: OutgoingMail[] = due.flatMap(({ meeting: m, gapNote }) => {
      const url = `${deps.config.appUrl}/o/${m.orgId}/mentoring/pairs/${m.pairId}`;
      return [
        { ...m.mentor, other: m.mentee.name },
        { ...m.mentee, other: m.mentor.name },
      ].map((who) => ({
        to: who.email,
        subject: `Mentoring: "${m.label}" with ${who.other} is due by ${m.dueOn}`,
        text:
          `Hello ${who.name},\n\nYour ${m.programName} meeting "${m.label}" with ${who.other} is due by ${m.dueOn}.` +
          `${gapNote ? ` ${gapNote}.` : ''} The invite is attached; agree a time together, and log the meeting in ` +
          `Kindred afterwards: ${url}\n`,
        attachments: [
          {
            filename: 'meeting.ics',
            contentType: 'text/calendar; charset=utf-8',
            content: meetingsCalendar({
              programName: m.programName,
              otherName: who.other,
              url,
              meetings: [{ id: m.id, label: m.label, dueOn: m.dueOn }],
            }),
          },
        ],
      }));
    });
    await queueMails(deps.jobs, mails, client);
    await markReminded(
      db,
      claimed.map((m) => m.id),
    );
    return { claimed: claimed.length, sent: due.length };
  });
}

/**
 * One meeting in the gap between two terms counts for both (schedule.ts), so the pair is reminded once
 * for the gap: not for a meeting the gap's held meeting covers, nor for the second of the two. Those are
 * marked like reminded ones all the same, so the batches move on.
 */
function remindable(claimed: DueMeeting[], plans: Awaited<ReturnType<typeof meetingsOf>>) {
  const byPair = new Map<string, typeof plans>();
  for (const m of plans) byPair.set(m.pairId, [...(byPair.get(m.pairId) ?? []), m]);
  const gaps = new Map([...byPair.values()].flatMap((plan) => [...gapsBetweenTerms(plan)]));
  const reminded = new Set(plans.filter((m) => m.reminderSentAt).map((m) => m.id));
  const due: { meeting: DueMeeting; gapNote: string | null }[] = [];
  for (const meeting of claimed) {
    const gap = gaps.get(meeting.id);
    if (gap && (gap.coveredOn || reminded.has(gap.sharedWith))) continue;
    reminded.add(meeting.id);
    due.push({ meeting, gapNote: gap?.note ?? null });
  }
  return due;
}
