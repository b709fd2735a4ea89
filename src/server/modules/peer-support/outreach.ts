import type { DebriefInvitation } from '#shared/contracts/peer-support.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';

export async function lapseEventOffers(_deps: AppDeps): Promise<void> {}

/** The open offers of a peer made to the caller after an event (only theirs). */
export async function eventOffersFor(
  _deps: AppDeps,
  _ctx: RequestContext,
): Promise<{ id: string; eventOn: string; expiresAt: string }[]> {
  return [];
}

/** Debriefs the caller is invited to. */
export async function debriefInvitationsFor(_deps: AppDeps, _ctx: RequestContext): Promise<DebriefInvitation[]> {
  return [];
}
