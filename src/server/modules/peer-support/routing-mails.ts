import { TOPIC_LABELS, type RequestTopic, type Urgency } from '#shared/contracts/peer-support.ts';
import type { OutgoingMail } from '../mail/index.ts';

/** What a request's notices may say about it: its topic and how soon. Never who asked (docs/privacy.md). */
export interface RequestAbout {
  id: string;
  orgId: string;
  topic: RequestTopic;
  urgency: Urgency;
}

/** An in-app notification, as `notify` takes it. */
export interface Notice {
  title: string;
  body: string;
  link: string;
}

const HOW_SOON: Record<Urgency, string> = { now: 'now', today: 'today', this_week: 'this week' };

/** Where a supporter opens a request offered to them or taken by them. */
export const supporterLink = (r: { id: string; orgId: string }) => `/o/${r.orgId}/peer-support/requests/${r.id}`;
/** Where the requester follows their own request. */
export const requesterLink = (r: { id: string; orgId: string }) => `/o/${r.orgId}/talk/requests/${r.id}`;

const about = (r: RequestAbout) => `${TOPIC_LABELS[r.topic].toLowerCase()}, ${HOW_SOON[r.urgency]}`;

/**
 * The offer to a supporter. E-mail and notification name no one: a message on a lock screen or in a shared inbox
 * must not say who asked for help (docs/privacy.md, "Talk to a peer").
 */
export function offerNotice(r: RequestAbout): Notice {
  return {
    title: 'Someone asked to talk to a peer',
    body: `Someone asked to talk about ${about(r)}. The first supporter to take it answers them.`,
    link: supporterLink(r),
  };
}

/**
 * The e-mail of one run's offers to one supporter: one request, or, when a run offers them several at once (after
 * a quiet spell, or a restart), one e-mail listing them all rather than a pile of them.
 */
export function offerMail(appUrl: string, to: string, requests: RequestAbout[]): OutgoingMail {
  const [only] = requests;
  if (requests.length === 1 && only)
    return {
      to,
      subject: 'Someone asked to talk to a peer',
      text:
        `Hello,\n\nSomeone asked to talk about ${about(only)}. If you can take it, open it in Kindred and say by ` +
        `when you will make contact; the first supporter to take it answers them, and the others are told it is ` +
        `taken.\n\n${appUrl}${supporterLink(only)}\n\nIf you cannot take it, there is nothing to do: it goes on to ` +
        `others.\n`,
    };
  return {
    to,
    subject: `${requests.length} people asked to talk to a peer`,
    text:
      `Hello,\n\n${requests.length} people asked to talk to a peer. If you can take one, open it in Kindred and ` +
      `say by when you will make contact; the first supporter to take each answers that person.\n\n` +
      requests.map((r) => `- About ${about(r)}: ${appUrl}${supporterLink(r)}\n`).join('') +
      `\nIf you cannot take them, there is nothing to do: they go on to others.\n`,
  };
}

/** To everyone offered the request, and its supporter if someone took it: the requester withdrew it. */
export function withdrawnNotice(r: RequestAbout): Notice {
  return {
    title: 'A request was withdrawn',
    body: `The request to talk about ${about(r)} was withdrawn by the person who asked. Nothing more to do.`,
    link: supporterLink(r),
  };
}

export function withdrawnMail(appUrl: string, to: string, r: RequestAbout): OutgoingMail {
  return {
    to,
    subject: 'A request you took was withdrawn',
    text:
      `Hello,\n\nThe request to talk about ${about(r)} that you took was withdrawn by the person who asked. ` +
      `There is no need to contact them.\n\n${appUrl}${supporterLink(r)}\n`,
  };
}

/** To the supporter who closed the request: its requester would like a follow-up. */
export function followUpNotice(r: RequestAbout): Notice {
  return {
    title: 'A follow-up was asked for',
    body: `The person you talked with about ${about(r)} would like a follow-up.`,
    link: supporterLink(r),
  };
}

export function followUpMail(appUrl: string, to: string, r: RequestAbout): OutgoingMail {
  return {
    to,
    subject: 'A follow-up was asked for',
    text:
      `Hello,\n\nThe person you talked with about ${about(r)} would like a follow-up. Open the request in ` +
      `Kindred to see how to reach them, and record it when it is done.\n\n${appUrl}${supporterLink(r)}\n`,
  };
}

/** To the requester when every step was tried: the request stays open, and who they can call meanwhile. */
export function nobodyFreeNotice(r: RequestAbout): Notice {
  return {
    title: 'No one is free right now',
    body:
      'Your request stays open, and anyone it went to can still take it. Meanwhile, here is who you can call ' +
      'straight away.',
    link: requesterLink(r),
  };
}
