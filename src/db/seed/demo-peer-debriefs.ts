import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { debriefInvitees, teamDebriefs } from '../schema/index.ts';
import type { Asker } from './demo-peer-requests.ts';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const DAY = 86_400_000;
const HOUR = 3_600_000;
const day = (today: string, offset: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + offset * DAY).toISOString().slice(0, 10);

/** Three team debriefs: one just requested, one scheduled (the member invited), one held with its attendance. */
export async function seedDebriefs(
  tx: Tx,
  input: {
    orgId: string;
    today: string;
    timeZone: string;
    now: number;
    memberId: string;
    memberDepartmentId: string | null;
    coordinatorId: string;
    supporters: string[];
    wellbeingLeads: string[];
    supervisors: string[];
    login: string;
    askers: Asker[];
    departments: { id: string; name: string }[];
  },
) {
  const { orgId, today, timeZone, now } = input;
  const dept = (name: string) => input.departments.find((d) => d.name === name)!.id;
  const from = (departmentId: string | null, n: number, skip = 0) =>
    input.askers
      .filter((a) => a.departmentId === departmentId)
      .slice(skip, skip + n)
      .map((a) => a.id);
  const local = (on: string, time: string) => sql`(${on}::date + ${time}::time) AT TIME ZONE ${timeZone}`;
  const [requested, scheduled, held] = await tx
    .insert(teamDebriefs)
    .values([
      {
        orgId,
        requestedBy: input.supervisors[0]!,
        eventOn: day(today, -1),
        departmentId: dept('Emergency Medicine'),
        createdAt: new Date(now - 10 * HOUR),
      },
      {
        orgId,
        requestedBy: input.coordinatorId,
        eventOn: day(today, -4),
        departmentId: input.memberDepartmentId,
        status: 'scheduled' as const,
        startsAt: local(day(today, 2), '13:00'),
        place: 'Wellbeing hub, level 2',
        supporterAId: input.login,
        supporterBId: input.supporters[0]!,
        createdAt: new Date(now - 3 * DAY),
      },
      {
        orgId,
        requestedBy: input.wellbeingLeads[0]!,
        eventOn: day(today, -40),
        departmentId: dept('Intensive Care'),
        status: 'held' as const,
        startsAt: local(day(today, -36), '14:00'),
        place: 'ICU seminar room',
        supporterAId: input.supporters[1]!,
        supporterBId: input.supporters[6]!,
        heldAt: sql`(${day(today, -36)}::date + '15:15'::time) AT TIME ZONE ${timeZone}`,
        createdAt: new Date(now - 39 * DAY),
      },
    ])
    .returning({ id: teamDebriefs.id });
  const invited = new Date(now - 2 * DAY);
  await tx.insert(debriefInvitees).values([
    ...from(dept('Emergency Medicine'), 6).map((personId) => ({ orgId, debriefId: requested!.id, personId })),
    ...[input.memberId, ...from(input.memberDepartmentId, 6)].map((personId, i) => ({
      orgId,
      debriefId: scheduled!.id,
      personId,
      response: i === 0 ? null : ([null, 'coming', 'coming', 'coming', 'not_coming', null] as const)[i - 1]!,
      invitedAt: invited,
    })),
    // 12 invited, 7 came: shown, as those who stayed away are 5 or more (debriefs.ts, cameFigure).
    ...from(dept('Intensive Care'), 12, 6).map((personId, i) => ({
      orgId,
      debriefId: held!.id,
      personId,
      response: i < 8 ? ('coming' as const) : i < 10 ? ('not_coming' as const) : null,
      attended: i < 7,
      invitedAt: new Date(now - 38 * DAY),
    })),
  ]);
}
