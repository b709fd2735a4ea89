import type { AppDeps } from '../../deps.ts';

/** Routes every waiting request whose step is due (or that was never routed). Stub until written. */
export async function routeWaitingRequests(_deps: AppDeps): Promise<{ routed: number }> {
  return { routed: 0 };
}
