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
