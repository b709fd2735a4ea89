import type { AppDeps } from '../../deps.ts';

export async function eraseAfterRetention(_deps: AppDeps): Promise<void> {}
export async function remindFollowUps(_deps: AppDeps): Promise<void> {}
