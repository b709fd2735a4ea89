import type { Pair } from '#shared/contracts/mentoring.ts';

/** The other person in the pair, from where the signed-in person stands. */
export function otherPerson(pair: Pair): Pair['mentor'] {
  return pair.myRole === 'mentor' ? pair.mentee : pair.mentor;
}

export function nextMeeting(pair: Pair): Pair['meetings'][number] | undefined {
  return pair.meetings.find((meeting) => meeting.happenedOn === null && meeting.coveredOn === null);
}

export function agreementAcceptedByMe(pair: Pair): boolean {
  if (pair.myRole === 'mentor') return pair.agreement.mentorAcceptedAt !== null;
  if (pair.myRole === 'mentee') return pair.agreement.menteeAcceptedAt !== null;
  return true;
}
