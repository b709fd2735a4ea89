import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { PASSWORD, seedOrganisation, type SeededOrg } from '#test/fixtures.ts';

let t: TestApp;
let org: SeededOrg;
let member: TestClient;
const url = () => `/api/orgs/${org.orgId}/me/partner-contact`;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedOrganisation(t.deps.db, 'Contact Hospital');
  member = new TestClient(t.app);
  await member.signIn(org.member.email, PASSWORD);
});
afterAll(() => t.close());

describe('how a mentoring partner can reach you', () => {
  it('shares nothing until the person chooses, offering their account e-mail to share', async () => {
    expect((await member.get(url())).json()).toEqual({
      email: null,
      phone: null,
      note: null,
      accountEmail: org.member.email,
    });
  });

  it('saves what the person chooses, and takes it back', async () => {
    const chosen = {
      email: 'member.personal@example.org',
      phone: '(02) 9555 0123',
      note: 'Text first; I am on nights this week',
    };
    expect((await member.put(url(), chosen)).json()).toEqual({ ...chosen, accountEmail: org.member.email });
    expect((await member.put(url(), { email: null, phone: '+61 400 000 111', note: null })).json()).toMatchObject({
      email: null,
      phone: '+61 400 000 111',
      note: null,
    });
    expect((await member.get(url())).json()).toMatchObject({ email: null, phone: '+61 400 000 111', note: null });
  });

  it('names the field of a bad e-mail, phone number or note', async () => {
    const saved = { email: null, phone: '+61 400 000 111', note: null };
    expect((await member.put(url(), saved)).statusCode).toBe(200);
    for (const [field, value] of [
      ['email', 'not an address'],
      ['email', 'me@'],
      ['phone', 'call me'],
      ['phone', '12345'],
      ['phone', '1234567890123456'],
      ['phone', '04 1234+5678'],
      ['note', 'x'.repeat(201)],
      ['note', '   '],
    ] as const) {
      const res = await member.put(url(), { ...saved, [field]: value });
      expect(res.statusCode, `${field}: ${value}`).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    // None of them changed what was saved.
    expect((await member.get(url())).json()).toMatchObject(saved);
  });
});
