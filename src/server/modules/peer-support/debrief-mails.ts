import type { TransactionScope } from '#db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { spelledDate } from '../../spelled-date.ts';
import { queueMails } from '../mail/index.ts';
import { notify } from '../notifications/index.ts';
import { contactsOf } from '../people/index.ts';
import type { DebriefRecord } from './debrief-repo.ts';

// What people are told about team debriefs, in-app and by e-mail. Nothing here describes the event: a debrief
// carries only its date and department (adverse events can end in litigation; DESIGN.md rule 6).

const formatWhen = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-AU', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
  })
    .format(at)
    .replace(', ', ' at ');

const afterEvent = (d: DebriefRecord) =>
  `the event of ${spelledDate(d.eventOn)}${d.department ? ` in ${d.department}` : ''}`;

interface Audience {
  orgId: string;
  timeZone: string;
  debrief: DebriefRecord;
}

async function tell(
  deps: AppDeps,
  scope: TransactionScope,
  orgId: string,
  messages: { personId: string; title: string; body: string; link: string; mail: (name: string) => string }[],
) {
  await notify(
    scope.db,
    orgId,
    messages.map(({ personId, title, body, link }) => ({ personId, title, body, link })),
  );
  const people = await contactsOf(
    scope.db,
    messages.map((m) => m.personId),
  );
  await queueMails(
    deps.jobs,
    messages
      .filter((m) => people.has(m.personId))
      .map((m) => ({
        to: people.get(m.personId)!.email,
        subject: m.title,
        text: m.mail(people.get(m.personId)!.name),
      })),
    scope.client,
  );
}

/** The invitation to everyone who was there ("offered, never required"), and their assignment to the two supporters. */
export async function sendDebriefInvitations(
  deps: AppDeps,
  scope: TransactionScope,
  { orgId, timeZone, debrief }: Audience,
  { inviteeIds, rescheduled }: { inviteeIds: string[]; rescheduled: boolean },
): Promise<void> {
  const when = formatWhen(debrief.startsAt!, timeZone);
  const talk = `/o/${orgId}/talk`;
  const runs = `/o/${orgId}/peer-support`;
  const by = debrief.supporters.map((s) => s.name).join(' and ');
  await tell(deps, scope, orgId, [
    ...inviteeIds.map((personId) => ({
      personId,
      title: rescheduled ? 'A team debrief has a new time' : 'You are invited to a team debrief',
      body: `${when}, ${debrief.place}. Offered, never required.`,
      link: talk,
      mail: (name: string) =>
        `Hello ${name},\n\nA team debrief is offered to the people who were there at ${afterEvent(debrief)}.\n\n` +
        `When: ${when}\nWhere: ${debrief.place}\nRun by two trained peer supporters: ${by}\n\n` +
        `It is offered, never required. Come if it would help; stay away if not, and nobody will ask why. ` +
        `What is said there stays there, and nothing from it goes into any assessment or file.\n\n` +
        `If you would rather talk to a peer on your own, you can ask for a one-to-one from the same page:\n` +
        `${deps.config.appUrl}${talk}\n`,
    })),
    ...debrief.supporters.map((s) => ({
      personId: s.id,
      title: rescheduled ? 'A debrief you run has a new time' : 'You are running a team debrief',
      body: `${when}, ${debrief.place}.`,
      link: runs,
      mail: (name: string) =>
        `Hello ${name},\n\nYou are asked to run a team debrief with ${by}, after ${afterEvent(debrief)}.\n\n` +
        `When: ${when}\nWhere: ${debrief.place}\n\nWho is invited, and their answers, are on your page:\n` +
        `${deps.config.appUrl}${runs}\n`,
    })),
  ]);
}

/** Everyone invited and both supporters hear that a scheduled debrief will not take place. */
export async function sendDebriefCancelled(
  deps: AppDeps,
  scope: TransactionScope,
  { orgId, timeZone, debrief }: Audience,
  inviteeIds: string[],
): Promise<void> {
  const when = formatWhen(debrief.startsAt!, timeZone);
  await tell(
    deps,
    scope,
    orgId,
    [...inviteeIds, ...debrief.supporters.map((s) => s.id)].map((personId) => ({
      personId,
      title: 'A team debrief is cancelled',
      body: `The debrief of ${when} will not take place.`,
      link: `/o/${orgId}/talk`,
      mail: (name: string) =>
        `Hello ${name},\n\nThe team debrief of ${when} (${debrief.place}) will not take place.\n\n` +
        `You can still talk to a peer one-to-one at any time:\n${deps.config.appUrl}/o/${orgId}/talk\n`,
    })),
  );
}

/** The program's lead (or, when it names none, the people who run it) hears a debrief was asked for. */
export async function sendDebriefRequested(
  deps: AppDeps,
  scope: TransactionScope,
  { orgId, debrief }: Omit<Audience, 'timeZone'>,
  leadIds: string[],
): Promise<void> {
  const manage = `/o/${orgId}/peer-support/manage`;
  await tell(
    deps,
    scope,
    orgId,
    leadIds.map((personId) => ({
      personId,
      title: 'A team debrief was asked for',
      body: `After ${afterEvent(debrief)}, for ${debrief.invited} people. Assign two supporters and a time.`,
      link: manage,
      mail: (name: string) =>
        `Hello ${name},\n\nA team debrief was asked for after ${afterEvent(debrief)}, for ${debrief.invited} people.\n\n` +
        `Assign two peer supporters and a time:\n${deps.config.appUrl}${manage}\n`,
    })),
  );
}
