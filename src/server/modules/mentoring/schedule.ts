/**
 * A pair's meeting plan: one meeting before and one after each rotation term still to come, due by
 * the term's first and last day, so the plan reads in date order.
 */
export interface PlannedMeeting {
  label: string;
  dueOn: string;
  termId: string | null;
}

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export function planMeetings(input: {
  today: string;
  endsOn: string;
  cadenceDays: number;
  terms: { id: string; name: string; startsOn: string; endsOn: string }[];
}): PlannedMeeting[] {
  const { today, endsOn } = input;
  const clamp = (d: string) => (d < today ? today : d > endsOn ? endsOn : d);
  const coming = input.terms.filter((t) => t.endsOn >= today && t.startsOn <= endsOn);
  if (coming.length > 0) {
    return coming.flatMap((t) => [
      ...(t.startsOn >= today ? [{ label: `Before ${t.name}`, dueOn: clamp(t.startsOn), termId: t.id }] : []),
      { label: `After ${t.name}`, dueOn: clamp(t.endsOn), termId: t.id },
    ]);
  }
  // No terms to follow: meet at the program's cadence until it ends.
  const plan: PlannedMeeting[] = [];
  for (let due = addDays(today, 7), n = 1; due <= endsOn && n <= 26; due = addDays(due, input.cadenceDays), n++) {
    plan.push({ label: `Meeting ${n}`, dueOn: due, termId: null });
  }
  return plan;
}

/** How far either side of the gap between two terms a meeting may fall and still count for both. */
export const GAP_SLACK_DAYS = 14;

export interface PlanEntry {
  id: string;
  dueOn: string | null;
  happenedOn: string | null;
  termId: string | null;
  termName: string | null;
}

export interface GapCover {
  /** The other meeting of the gap. */
  sharedWith: string;
  /** Said on both meetings of the gap, so the plan tells the pair before they plan two meetings. */
  note: string;
  /** The day of the meeting held in the gap (logged on the other one of the two), when there is one. */
  coveredOn: string | null;
}

/**
 * Back-to-back meetings: "After Term 1" (due on its last day) and "Before Term 2" (due on the next
 * term's first) follow each other in the plan and belong to different terms. One meeting in the gap
 * between them, give or take GAP_SLACK_DAYS, counts for both: logged on either, it covers the other.
 */
export function gapsBetweenTerms(meetings: PlanEntry[]): Map<string, GapCover> {
  const planned = meetings.filter((m) => m.dueOn && m.termId).sort((a, b) => a.dueOn!.localeCompare(b.dueOn!));
  const gaps = new Map<string, GapCover>();
  for (let i = 1; i < planned.length; i++) {
    const [after, before] = [planned[i - 1]!, planned[i]!];
    if (after.termId === before.termId) continue;
    const opens = addDays(after.dueOn!, -GAP_SLACK_DAYS);
    const closes = addDays(before.dueOn!, GAP_SLACK_DAYS);
    const inGap = (m: PlanEntry) =>
      m.happenedOn && m.happenedOn >= opens && m.happenedOn <= closes ? m.happenedOn : null;
    const note = `One meeting between ${after.termName ?? 'one term'} and ${before.termName ?? 'the next'} counts for both`;
    gaps.set(after.id, { sharedWith: before.id, note, coveredOn: after.happenedOn ? null : inGap(before) });
    gaps.set(before.id, { sharedWith: after.id, note, coveredOn: before.happenedOn ? null : inGap(after) });
  }
  return gaps;
}
