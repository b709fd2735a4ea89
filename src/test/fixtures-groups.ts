import type { Database } from '#db/client.ts';
import { groupPrograms, groupSessions, supportGroups } from '#db/schema/index.ts';
import type { SeededOrg } from './fixtures.ts';

export interface SeededGroups {
  groupProgramId: string;
  groupId: string;
  sessionId: string;
}

const PLAN = { checkIn: 'How are you arriving?', theme: 'A shift that stayed with you', checkOut: 'One thing you take away', signposting: 'EAP 1800 000 000' };

/** A group program with one open group and one coming session, written straight to the database. */
export async function seedGroups(db: Database, org: SeededOrg): Promise<SeededGroups> {
  const orgId = org.orgId;
  const [program] = await db.insert(groupPrograms).values({ orgId, template: 'department_peer_support', name: 'Seeded peer support' }).returning();
  const [group] = await db
    .insert(supportGroups)
    .values({
      orgId,
      programId: program!.id,
      name: 'Seeded group',
      firstSessionOn: '2099-01-06',
      startTime: '18:00',
      locationKind: 'video',
      locationDetail: 'https://meet.example/seeded',
      eligibility: { departmentIds: [], cohortIds: [], roles: [] },
      plan: PLAN,
    })
    .returning();
  const [session] = await db
    .insert(groupSessions)
    .values({ orgId, groupId: group!.id, series: 0, number: 0, startsAt: new Date('2099-01-06T07:00:00Z'), durationMinutes: 45, locationKind: 'video', locationDetail: 'https://meet.example/seeded' })
    .returning();
  return { groupProgramId: program!.id, groupId: group!.id, sessionId: session!.id };
}
