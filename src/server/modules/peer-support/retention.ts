import { inTransaction } from '#db/transaction.ts';
import { TOPIC_LABELS } from '#shared/contracts/peer-support.ts';
import type { AppDeps } from '../../deps.ts';
import { queueMails } from '../mail/index.ts';
import { forgetNotificationsLinkedTo, notify } from '../notifications/index.ts';
import { contactsOf } from '../people/index.ts';
import { dueFollowUps, eraseDueRequests, FOLLOW_UP_REMINDER_TITLE, markFollowUpsReminded } from './retention-repo.ts';
import { requesterLink, supporterLink } from './routing-mails.ts';
import { clockTime } from './supporting.ts';

/** Hours a follow-up the requester asked for may wait before its supporter is reminded. */
export const ASKED_FOLLOW_UP_REMIND_HOURS = 4;

/**
 * What identifies a requester is kept only for the program's retention period after the request closed or was
 * cancelled; then it is erased and only counts remain (docs/privacy.md, "Talk to a peer"). Batches until none is
 * left; safe to run twice (an erased request is never picked again).
 */
export async function eraseAfterRetention(deps: AppDeps): Promise<{ erased: number }> {
  let erased = 0;
  for (;;) {
    const batch = await inTransaction(deps.database, async ({ db }) => {
      const requests = await eraseDueRequests(db);
      // The requester's notifications name the request in their link: kept, they would tie the person to it.
      await forgetNotificationsLinkedTo(db, requests.map(requesterLink));
      return requests.length;
    });
    erased += batch;
    if (batch === 0) return { erased };
  }
}

/**
 * Reminds a supporter, once, of a follow-up they owe: a booked one whose time has come, or one the requester asked
 * for that is still not done a few hours later. In-app and by e-mail; neither names the requester.
 */
export async function remindFollowUps(deps: AppDeps): Promise<{ reminded: number }> {
  return inTransaction(deps.database, async (scope) => {
    const due = await dueFollowUps(scope.db, ASKED_FOLLOW_UP_REMIND_HOURS);
    if (due.length === 0) return { reminded: 0 };
    await markFollowUpsReminded(
      scope.db,
      due.map((f) => f.id),
    );
    const what = (f: (typeof due)[number]) =>
      `${f.followUpAt ? `The follow-up you booked for ${clockTime(f.followUpAt, f.timeZone)}` : 'A follow-up you were asked for'} ` +
      `(${TOPIC_LABELS[f.topic].toLowerCase()}) is due. Mark it done once you have been in touch.`;
    for (const f of due) {
      await notify(scope.db, f.orgId, [
        {
          personId: f.supporterId,
          title: FOLLOW_UP_REMINDER_TITLE,
          body: what(f),
          link: supporterLink({ orgId: f.orgId, id: f.id }),
        },
      ]);
    }
    const supporters = await contactsOf(
      scope.db,
      due.map((f) => f.supporterId),
    );
    await queueMails(
      deps.jobs,
      due.flatMap((f) => {
        const supporter = supporters.get(f.supporterId);
        if (!supporter) return [];
        return [
          {
            to: supporter.email,
            subject: FOLLOW_UP_REMINDER_TITLE,
            text: `Hello ${supporter.name},\n\n${what(f)}\n\n${deps.config.appUrl}${supporterLink({ orgId: f.orgId, id: f.id })}\n`,
          },
        ];
      }),
      scope.client,
    );
    return { reminded: due.length };
  });
}
