import type { AppDeps } from '../../deps.ts';

export async function materialiseShifts(_deps: AppDeps): Promise<void> {}
export async function remindShifts(_deps: AppDeps): Promise<void> {}
