import type { PeerProgram } from '#shared/contracts/peer-support.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { badRequest } from '../../errors.ts';
import { programFor } from './program-repo.ts';
import { type ProgramSettings, saveProgramSettings } from './program-settings-repo.ts';
import { membersAmong } from './supporters-repo.ts';

/** The organisation's peer support program as its lead sees and sets it. */
export async function programOf(deps: AppDeps, ctx: RequestContext): Promise<PeerProgram> {
  const orgId = ctx.org.orgId;
  const program = await programFor(deps.db, orgId);
  const ids = [program.backupPersonId, program.leadPersonId].filter((id): id is string => id !== null);
  const people = await membersAmong(deps.db, orgId, ids);
  // Someone who has left the organisation is no longer its backup or lead: shown as nobody, and routing skips them.
  const ref = (id: string | null) => {
    const person = id ? people.get(id) : undefined;
    return person ? { id: person.id, name: person.name } : null;
  };
  return {
    id: program.id,
    name: program.name,
    ackMinutes: program.ackMinutes,
    supportersPerStep: program.supportersPerStep,
    followUpHours: program.followUpHours,
    retentionDays: program.retentionDays,
    defaultWeeklyCap: program.defaultWeeklyCap,
    supervisionEveryDays: program.supervisionEveryDays,
    shiftReminderHours: program.shiftReminderHours,
    eventOfferHours: program.eventOfferHours,
    backup: ref(program.backupPersonId),
    lead: ref(program.leadPersonId),
  };
}

/** Saves the program's settings; its backup and lead must be members of the organisation. */
export async function updateProgram(
  deps: AppDeps,
  ctx: RequestContext,
  settings: ProgramSettings,
): Promise<PeerProgram> {
  const orgId = ctx.org.orgId;
  const ids = [settings.backupPersonId, settings.leadPersonId].filter((id): id is string => id !== null);
  const people = await membersAmong(deps.db, orgId, ids);
  for (const field of ['backupPersonId', 'leadPersonId'] as const) {
    const id = settings[field];
    if (id && !people.has(id)) throw badRequest(field, 'Choose someone in this organisation');
  }
  await programFor(deps.db, orgId);
  await saveProgramSettings(deps.db, orgId, settings);
  return programOf(deps, ctx);
}
