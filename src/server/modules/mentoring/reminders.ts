import { sql } from 'drizzle-orm';
import { inTransaction } from '#db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { type OutgoingMail, queueMails } from '../mail/index.ts';
import { meetingsCalendar } from './calendar.ts';
import { meetingsOf } from './pair-repo.ts';
import { gapsBetweenTerms } from './schedule.ts';

const DAYS_AHEAD = 7;
const BATCH = 500;

interface DueMeeting {
  id: string;
  org_id: string;
  pair_id: string;
  label: string;
  due_on: string;
  program_name: string;
  mentor_name: string;
  mentor_email: string;
  mentee_name: string;
  mentee_email: string;
}

/**
 * E-mails both sides of a pair, with a calendar invite, when a planned meeting is a week away.
 * The reminder is marked sent in the transaction that queues its e-mail: after a crash or restart
 * it is sent once, never twice and never lost. Rows are claimed with SKIP LOCKED so several
 * instances can run this at once. Batches of 500 follow one another until none is left.
 */
export async function sendDueReminders(deps: AppDeps): Promise<number> {
  let sent = 0;
  for (let batch = await sendReminderBatch(deps); batch.claimed > 0; batch = await sendReminderBatch(deps)) sent += batch.sent;
  return sent;
}

function sendReminderBatch(deps: AppDeps): Promise<{ claimed: number; sent: number }> {
  return inTransaction(deps.database, async ({ db, client }) => {
    const { rows } = await db.execute<DueMeeting & Record<string, unknown>>(sql`
      SELECT m.id, m.org_id, m.pair_id, m.label, to_char(m.due_on, 'YYYY-MM-DD') AS due_on, pr.name AS program_name,
             mentor.name AS mentor_name, mentor.email AS mentor_email, mentee.name AS mentee_name, mentee.email AS mentee_email
      FROM pair_meetings m
      JOIN mentoring_pairs p ON p.id = m.pair_id AND p.status = 'active'
      JOIN mentoring_programs pr ON pr.id = p.program_id
      JOIN organisations o ON o.id = m.org_id
      JOIN persons mentor ON mentor.id = p.mentor_id
      JOIN persons mentee ON mentee.id = p.mentee_id
      WHERE m.happened_on IS NULL AND m.reminder_sent_at IS NULL
        AND m.due_on <= (now() AT TIME ZONE o.time_zone)::date + ${DAYS_AHEAD}::int
        AND m.due_on >= (now() AT TIME ZONE o.time_zone)::date
      ORDER BY m.due_on
      LIMIT ${BATCH}
      FOR UPDATE OF m SKIP LOCKED`);
    if (rows.length === 0) return { claimed: 0, sent: 0 };
    const due = remindable(rows, await meetingsOf(db, [...new Set(rows.map((r) => r.pair_id))]));
    const mails: OutgoingMail[] = due.flatMap(({ meeting: m, gapNote }) => {
      const url = `${deps.config.appUrl}/o/${m.org_id}/mentoring/pairs/${m.pair_id}`;
      return [
        { to: m.mentor_email, name: m.mentor_name, other: m.mentee_name },
        { to: m.mentee_email, name: m.mentee_name, other: m.mentor_name },
      ].map((who) => ({
        to: who.to,
        subject: `Mentoring: "${m.label}" with ${who.other} is due by ${m.due_on}`,
        text: `Hello ${who.name},\n\nYour ${m.program_name} meeting "${m.label}" with ${who.other} is due by ${m.due_on}.${gapNote ? ` ${gapNote}.` : ''} The invite is attached; agree a time together, and log the meeting in Kindred afterwards: ${url}\n`,
        attachments: [
          { filename: 'meeting.ics', contentType: 'text/calendar; charset=utf-8', content: meetingsCalendar({ programName: m.program_name, otherName: who.other, url, meetings: [{ id: m.id, label: m.label, dueOn: m.due_on }] }) },
        ],
      }));
    });
    await queueMails(deps.jobs, mails, client);
    await db.execute(sql`UPDATE pair_meetings SET reminder_sent_at = now() WHERE id = ANY(${sql.param(rows.map((r) => r.id))}::uuid[])`);
    return { claimed: rows.length, sent: due.length };
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
