import type { Facilitation, FacilitatedSession } from '../api/get-facilitation.ts';

/** The grace the coordinator's report allows (server: groups/report.ts): supervision after a session, within 14 days. */
const SUPERVISION_GRACE_DAYS = 14;
const DAY = 86_400_000;

const dayIn = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(new Date(iso));
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY;

/** A session counts as held once it has started, unless it was cancelled. */
export function isHeld(session: Pick<FacilitatedSession, 'startsAt' | 'cancelled'>, now = Date.now()): boolean {
  return !session.cancelled && Date.parse(session.startsAt) <= now;
}

export function sessionsWithoutLog(sessions: readonly FacilitatedSession[], now = Date.now()): FacilitatedSession[] {
  return sessions.filter((s) => isHeld(s, now) && s.log === null);
}

/**
 * Facilitators behind on supervision, by the same rule as the coordinator's report: a session held more
 * than 14 days ago with no supervision meeting of theirs on or after its day.
 */
export function facilitatorsBehind(facilitation: Facilitation, today: string, timeZone: string): Facilitation['group']['facilitators'] {
  const heldDays = facilitation.sessions.filter((s) => isHeld(s)).map((s) => dayIn(s.startsAt, timeZone));
  return facilitation.group.facilitators.filter((f) => {
    const last = facilitation.supervision.filter((r) => r.facilitator.id === f.id).map((r) => r.metOn).sort().at(-1) ?? null;
    return heldDays.some((on) => (last === null || on > last) && daysBetween(on, today) > SUPERVISION_GRACE_DAYS);
  });
}
