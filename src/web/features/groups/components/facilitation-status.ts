import { behindOnSupervision } from '#shared/contracts/groups.ts';
import { todayIn } from '#web/lib/org-time.ts';
import type { Facilitation, FacilitatedSession } from '../api/get-facilitation.ts';

/** A session counts as held once it has started, unless it was cancelled. */
export function isHeld(session: Pick<FacilitatedSession, 'startsAt' | 'cancelled'>, now = Date.now()): boolean {
  return !session.cancelled && Date.parse(session.startsAt) <= now;
}

export function sessionsWithoutLog(sessions: readonly FacilitatedSession[], now = Date.now()): FacilitatedSession[] {
  return sessions.filter((s) => isHeld(s, now) && s.log === null);
}

/** Facilitators behind on supervision, by the rule the coordinator's report uses (`behindOnSupervision`). */
export function facilitatorsBehind(
  facilitation: Facilitation,
  today: string,
  timeZone: string,
): Facilitation['group']['facilitators'] {
  const heldDays = facilitation.sessions.filter((s) => isHeld(s)).map((s) => todayIn(timeZone, new Date(s.startsAt)));
  return facilitation.group.facilitators.filter((f) => {
    const last =
      facilitation.supervision
        .filter((r) => r.facilitator.id === f.id)
        .map((r) => r.metOn)
        .sort()
        .at(-1) ?? null;
    return behindOnSupervision(heldDays, last, today);
  });
}
