import type { Debrief, RosterSlot, Suppressible } from '#shared/contracts/peer-support.ts';

/** 0 = Monday … 6 = Sunday, as the roster counts them in the organisation's time zone. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Privacy rule 4: a figure over fewer than 5 people is never shown as a number. */
export const FEWER_THAN_5 = 'fewer than 5';

export function figureText(figure: Suppressible, unit = ''): string {
  if (figure.suppressed || figure.value === null) return FEWER_THAN_5;
  return `${figure.value}${unit}`;
}

/** "20:00 to 08:00 the next morning" for a slot that runs past midnight. */
export function slotHours(slot: Pick<RosterSlot, 'startTime' | 'endTime'>): string {
  const overnight = slot.endTime < slot.startTime;
  return `${slot.startTime} to ${slot.endTime}${overnight ? ' (next day)' : ''}`;
}

export const DEBRIEF_STATUS_LABELS: Record<Debrief['status'], string> = {
  requested: 'Waiting for a time',
  scheduled: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
};

export const DEBRIEF_STATUS_COLOURS: Record<Debrief['status'], string> = {
  requested: 'orange',
  scheduled: 'kindred',
  held: 'gray',
  cancelled: 'gray',
};

/** How many came, as a requester or the lead may know it: a count, under 5 hidden, never who. */
export function cameText(debrief: Pick<Debrief, 'status' | 'invited' | 'came'>): string {
  if (debrief.status === 'requested') return `${debrief.invited} to invite`;
  const invited = `${debrief.invited} invited`;
  if (debrief.status !== 'held') return invited;
  return `${invited} · ${figureText(debrief.came)} came`;
}
