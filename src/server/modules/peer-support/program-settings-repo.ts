import { sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';

export interface ProgramSettings {
  name: string;
  ackMinutes: number;
  supportersPerStep: number;
  followUpHours: number;
  retentionDays: number;
  defaultWeeklyCap: number;
  supervisionEveryDays: number;
  shiftReminderHours: number;
  eventOfferHours: number;
  backupPersonId: string | null;
  leadPersonId: string | null;
}

/** Saves the program's settings (the program exists: programFor made it). */
export async function saveProgramSettings(db: Executor, orgId: string, s: ProgramSettings): Promise<void> {
  await db.execute(sql`
    UPDATE peer_support_programs SET name = ${s.name}, ack_minutes = ${s.ackMinutes},
      supporters_per_step = ${s.supportersPerStep}, follow_up_hours = ${s.followUpHours},
      retention_days = ${s.retentionDays}, default_weekly_cap = ${s.defaultWeeklyCap},
      supervision_every_days = ${s.supervisionEveryDays}, shift_reminder_hours = ${s.shiftReminderHours},
      event_offer_hours = ${s.eventOfferHours}, backup_person_id = ${s.backupPersonId},
      lead_person_id = ${s.leadPersonId}
    WHERE org_id = ${orgId}`);
}
