import {
  CONTACT_METHOD_LABELS,
  TOPIC_LABELS,
  URGENCY_LABELS,
  type SupporterRequest,
} from '#shared/contracts/peer-support.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import { formatByTime } from './request-time.ts';

/** "Training and exams", for a supporter's list. */
export const topicOf = (request: SupporterRequest) => TOPIC_LABELS[request.topic];

/** "Now · Phone call · not from their department": what a supporter needs to decide, and nothing more. */
export function askedFor(request: SupporterRequest): string {
  const parts = [URGENCY_LABELS[request.urgency], CONTACT_METHOD_LABELS[request.contactMethod]];
  if (request.anonymous) parts.push('anonymous');
  if (request.notMyDepartment) parts.push('someone not from their department');
  if (request.similarStage) parts.push('someone at a similar career stage');
  return parts.join(' · ');
}

/** Where a request the supporter took stands, and what is due next. */
export function takenStatus(request: SupporterRequest, timeZone: string): string {
  if (request.status === 'cancelled') return 'Withdrawn by the person who asked';
  if (request.status === 'closed') {
    if (request.followUpDoneAt) return 'Closed; follow-up done';
    if (request.followUpRequestedAt) return 'They asked for a follow-up';
    if (request.followUpAt) return `Follow-up booked for ${formatDateTime(request.followUpAt, timeZone)}`;
    return 'Closed';
  }
  if (request.firstContactAt) return `In touch since ${formatByTime(request.firstContactAt, timeZone)}`;
  return request.contactBy ? `Contact them by ${formatByTime(request.contactBy, timeZone)}` : 'Contact them soon';
}
