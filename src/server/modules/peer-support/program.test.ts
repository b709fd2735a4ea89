import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import { givenPeerWorld, givenPerson } from '#test/fixtures-peer-support.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SETTINGS = {
  name: 'Peer responders',
  ackMinutes: 20,
  supportersPerStep: 2,
  followUpHours: 48,
  retentionDays: 30,
  defaultWeeklyCap: 4,
  supervisionEveryDays: 30,
  shiftReminderHours: 6,
  eventOfferHours: 24,
  backupPersonId: null,
  leadPersonId: null,
};

describe('the program settings', () => {
  it('shows the defaults, and saves what the lead sets with a backup and a lead from the organisation', async () => {
    const w = await givenPeerWorld(t);
    const url = `${w.api}/peer-support/program`;
    expect((await w.lead.get(url)).json()).toMatchObject({
      name: 'Talk to a peer',
      ackMinutes: 30,
      defaultWeeklyCap: 3,
      shiftReminderHours: 12,
      backup: null,
      lead: null,
    });

    const backup = await givenPerson(w, 'bea-backup', { roles: ['member', 'peer_supporter'] });
    const saved = await w.lead.put(url, {
      ...SETTINGS,
      backupPersonId: backup.id,
      leadPersonId: w.org.coordinator.id,
    });
    expect(saved.statusCode).toBe(200);
    const expected = {
      ...SETTINGS,
      backup: { id: backup.id, name: 'Bea Backup' },
      lead: { id: w.org.coordinator.id, name: w.org.coordinator.name },
    };
    delete (expected as Partial<typeof expected>).backupPersonId;
    delete (expected as Partial<typeof expected>).leadPersonId;
    expect(saved.json()).toMatchObject(expected);
    expect((await w.lead.get(url)).json()).toMatchObject(expected);
  });

  it('makes the program on first sight for an organisation that has none yet', async () => {
    const w = await givenPeerWorld(t);
    await w.query('DELETE FROM peer_support_programs WHERE org_id = $1', [w.org.orgId]);
    const res = await w.lead.get(`${w.api}/peer-support/program`);
    expect(res.statusCode).toBe(200);
    expect(res.json().name).toBe('Talk to a peer');
  });

  it('refuses a backup or lead from another organisation, naming the field, and bad numbers', async () => {
    const w = await givenPeerWorld(t);
    const other = await givenPeerWorld(t, {}, 'Other Hospital');
    const url = `${w.api}/peer-support/program`;
    const backup = await w.lead.put(url, { ...SETTINGS, backupPersonId: other.org.member.id });
    expect(backup.statusCode).toBe(400);
    expect(backup.json().error.field).toBe('backupPersonId');
    const lead = await w.lead.put(url, { ...SETTINGS, leadPersonId: other.org.coordinator.id });
    expect(lead.statusCode).toBe(400);
    expect(lead.json().error.field).toBe('leadPersonId');
    const ack = await w.lead.put(url, { ...SETTINGS, ackMinutes: 2 });
    expect(ack.statusCode).toBe(400);
    expect(ack.json().error.field).toBe('ackMinutes');
    expect((await w.lead.get(url)).json().ackMinutes).toBe(30);
  });

  it('is for lead roles only (403 to a member, a supporter; 404 to another organisation)', async () => {
    const w = await givenPeerWorld(t);
    const other = await givenPeerWorld(t, {}, 'Elsewhere');
    const url = `${w.api}/peer-support/program`;
    const supporter = await givenPerson(w, 'sam-sup', { roles: ['member', 'peer_supporter'] });
    expect((await (await w.as(w.org.member)).get(url)).statusCode).toBe(403);
    expect((await (await w.as(supporter)).put(url, SETTINGS)).statusCode).toBe(403);
    expect((await other.lead.get(url)).statusCode).toBe(404);
    expect((await other.lead.put(url, SETTINGS)).statusCode).toBe(404);
    const wellbeingLead = await givenPerson(w, 'wen-lead', { roles: ['member', 'wellbeing_lead'] });
    expect((await (await w.as(wellbeingLead)).get(url)).statusCode).toBe(200);
  });
});
