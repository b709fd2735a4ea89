import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { PASSWORD, seedOrganisation, type SeededOrg } from '#test/fixtures.ts';
import { RESETS_PER_ACCOUNT, THROTTLE } from './service.ts';

let t: TestApp;
let org: SeededOrg;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedOrganisation(t.deps.db, 'Auth Hospital');
});
afterAll(() => t.close());

describe('sign-in and sessions', () => {
  it('signs in with e-mail and password, lists memberships, and signs out', async () => {
    const client = new TestClient(t.app);
    const res = await client.post('/api/auth/sign-in', { email: org.member.email.toUpperCase(), password: PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json().memberships).toEqual([{ orgId: org.orgId, orgName: 'Auth Hospital', roles: ['member'] }]);
    const cookie = res.cookies.find((c) => c.name === 'kindred_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect((await client.get('/api/auth/session')).statusCode).toBe(200);
    expect((await client.post('/api/auth/sign-out')).statusCode).toBe(204);
    // Signed out, the session probe is an answer, not an error: no 401 in the console of every signed-out page.
    const after = await client.get('/api/auth/session');
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({ person: null, memberships: [] });
  });

  it('stores no session token in the database, only its hash', async () => {
    const client = new TestClient(t.app);
    const res = await client.signIn(org.member.email, PASSWORD);
    const token = res.cookies.find((c) => c.name === 'kindred_session')!.value;
    const { rows } = await t.deps.database.pool.query('SELECT token_hash FROM sessions');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r: { token_hash: string }) => r.token_hash === token)).toBe(false);
  });

  it('marks session cookies Secure when the app runs on https', async () => {
    const https = await createTestApp({ env: { APP_URL: 'https://kindred.example' } });
    try {
      const seeded = await seedOrganisation(https.deps.db, 'Secure Hospital');
      const res = await new TestClient(https.app).signIn(seeded.member.email, PASSWORD);
      expect(res.cookies.find((c) => c.name === 'kindred_session')!.secure).toBe(true);
    } finally {
      await https.close();
    }
  });

  it('answers a wrong password and an unknown account alike', async () => {
    const client = new TestClient(t.app);
    const wrong = await client.post('/api/auth/sign-in', {
      email: org.coordinator.email,
      password: 'not the password',
    });
    const unknown = await client.post('/api/auth/sign-in', {
      email: 'nobody@nowhere.test',
      password: 'not the password',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');
    expect(unknown.json().error).toEqual(wrong.json().error);
  });

  it('names the field of bad input', async () => {
    const res = await new TestClient(t.app).post('/api/auth/sign-in', { email: 'not-an-email', password: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('email');
  });
});

describe('sign-in limits', () => {
  // Each test signs in from its own address, as a hospital behind its own NAT would.
  const signInFrom = (address: string, email: string, password: string) =>
    new TestClient(t.app).request('POST', '/api/auth/sign-in', { email, password }, { remoteAddress: address });
  // Moves every recorded failure back in time: the waits run from the last failure.
  const timePasses = (seconds: number) =>
    t.deps.database.pool.query(`UPDATE sign_in_failures SET at = at - make_interval(secs => $1)`, [seconds]);

  it('lets a correct sign-in through from an address that has failed 25+ times across accounts', async () => {
    const seeded = await seedOrganisation(t.deps.db, 'Busy NAT Hospital');
    const hospital = '10.11.0.1';
    // Colleagues mistyping at shift change: 28 accounts, one of them five times over.
    for (let i = 0; i < THROTTLE.address.freeAccounts - 2; i++) {
      expect((await signInFrom(hospital, `colleague${i}@nat.test`, 'typo')).statusCode).toBe(401);
    }
    for (let i = 0; i < 4; i++)
      expect((await signInFrom(hospital, 'colleague0@nat.test', `typo ${i}`)).statusCode).toBe(401);
    expect((await signInFrom(hospital, seeded.member.email, PASSWORD)).statusCode).toBe(200);
    // Someone who mistypes and then gets it right clears their failures: they stop counting against the address,
    // so one more colleague's typo still leaves the address below the bar.
    expect((await signInFrom(hospital, seeded.coordinator.email, 'typo')).statusCode).toBe(401);
    expect((await signInFrom(hospital, seeded.coordinator.email, PASSWORD)).statusCode).toBe(200);
    expect((await signInFrom(hospital, 'one.more@nat.test', 'typo')).statusCode).toBe(401);
    expect((await signInFrom(hospital, seeded.admin.email, PASSWORD)).statusCode).toBe(200);
  });

  it(`locks one account after ${THROTTLE.account.freeTries} failures, even for the right password, and only that account`, async () => {
    const seeded = await seedOrganisation(t.deps.db, 'Throttle Hospital');
    const guesser = '10.12.0.1';
    for (let i = 0; i < THROTTLE.account.freeTries; i++) {
      expect((await signInFrom(guesser, seeded.admin.email, `guess ${i}`)).statusCode).toBe(401);
    }
    const locked = await signInFrom('10.12.0.2', seeded.admin.email, PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toEqual({
      code: 'too_many_attempts',
      message: 'Too many failed sign-ins with this e-mail address. Wait a minute, or reset your password.',
    });
    // A made-up address is answered the same, so the lock tells nobody whether an account exists.
    for (let i = 0; i < THROTTLE.account.freeTries; i++)
      await signInFrom(guesser, 'nobody.here@throttle.test', `guess ${i}`);
    expect((await signInFrom(guesser, 'nobody.here@throttle.test', 'guess')).json().error).toEqual(locked.json().error);
    // Another person on the guesser's own address is not locked out.
    expect((await signInFrom(guesser, seeded.member.email, PASSWORD)).statusCode).toBe(200);

    // The lock is short, and each failure after it doubles it.
    await timePasses(61);
    expect((await signInFrom(guesser, seeded.admin.email, 'guess again')).statusCode).toBe(401);
    expect((await signInFrom(guesser, seeded.admin.email, PASSWORD)).json().error.message).toMatch(
      /Wait 2 minutes, or reset your password/,
    );
    await timePasses(121);
    expect((await signInFrom(guesser, seeded.admin.email, PASSWORD)).statusCode).toBe(200);
  });

  it(`slows an address whose failures span ${THROTTLE.address.freeAccounts} accounts, and lets it try again after the wait`, async () => {
    const seeded = await seedOrganisation(t.deps.db, 'Sprayed Hospital');
    const sprayer = '10.13.0.1';
    for (let i = 0; i < THROTTLE.address.freeAccounts; i++) {
      expect((await signInFrom(sprayer, `spray${i}@nowhere.test`, 'Summer2027!')).statusCode).toBe(401);
    }
    const slowed = await signInFrom(sprayer, seeded.member.email, PASSWORD);
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json().error.message).toBe(
      'Too many failed sign-ins from your network, across many accounts. Wait 30 seconds and try again.',
    );
    // Elsewhere, the same person signs in as usual.
    expect((await signInFrom('10.13.0.2', seeded.member.email, PASSWORD)).statusCode).toBe(200);
    // A slowing, not a wall: after the wait one more try goes through, and each further account sprayed lengthens the wait.
    await timePasses(31);
    expect((await signInFrom(sprayer, 'spray-next@nowhere.test', 'Summer2027!')).statusCode).toBe(401);
    expect((await signInFrom(sprayer, seeded.coordinator.email, PASSWORD)).json().error.message).toMatch(
      /Wait a minute and try again/,
    );
    await timePasses(61);
    expect((await signInFrom(sprayer, seeded.coordinator.email, PASSWORD)).statusCode).toBe(200);
  });

  it('lifts the lock when the password is reset through the e-mailed link', async () => {
    const seeded = await seedOrganisation(t.deps.db, 'Locked Out Hospital');
    const client = new TestClient(t.app);
    for (let i = 0; i < THROTTLE.account.freeTries + 2; i++)
      await signInFrom('10.14.0.1', seeded.member.email, `guess ${i}`);
    const locked = await client.post('/api/auth/sign-in', { email: seeded.member.email, password: PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toMatch(/reset your password/);

    expect((await client.post('/api/auth/password-reset/request', { email: seeded.member.email })).statusCode).toBe(
      202,
    );
    const token = new URL(t.mail.linkIn(await t.mail.next(seeded.member.email))).searchParams.get('token')!;
    expect(
      (await client.post('/api/auth/password-reset/complete', { token, password: 'my fresh password' })).statusCode,
    ).toBe(204);
    expect(
      (await client.post('/api/auth/sign-in', { email: seeded.member.email, password: 'my fresh password' }))
        .statusCode,
    ).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the token, and accepts it with the token', async () => {
    const client = new TestClient(t.app);
    await client.signIn(org.admin.email, PASSWORD);
    const refused = await client.request(
      'POST',
      `/api/orgs/${org.orgId}/sites`,
      { name: 'No token site' },
      { csrf: false },
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('csrf_invalid');
    const accepted = await client.post(`/api/orgs/${org.orgId}/sites`, { name: 'Token site' });
    expect(accepted.statusCode).toBe(201);
  });

  it('refuses a token that belongs to another browser', async () => {
    const a = new TestClient(t.app);
    await a.signIn(org.admin.email, PASSWORD);
    const foreign = await t.app.inject({ method: 'GET', url: '/api/auth/csrf' });
    const token = foreign.json<{ token: string }>().token;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/orgs/${org.orgId}/sites`,
      payload: { name: 'Forged site' },
      headers: { 'x-csrf-token': token },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('password reset', () => {
  it('e-mails a one-time link that sets a new password and ends old sessions', async () => {
    const seeded = await seedOrganisation(t.deps.db, 'Reset Hospital');
    const old = new TestClient(t.app);
    await old.signIn(seeded.member.email, PASSWORD);

    const client = new TestClient(t.app);
    expect((await client.post('/api/auth/password-reset/request', { email: seeded.member.email })).statusCode).toBe(
      202,
    );
    const message = await t.mail.next(seeded.member.email);
    expect(message.subject).toMatch(/reset/i);
    const token = new URL(t.mail.linkIn(message)).searchParams.get('token')!;

    const done = await client.post('/api/auth/password-reset/complete', { token, password: 'a brand new password' });
    expect(done.statusCode).toBe(204);
    expect((await old.get('/api/auth/session')).json().person).toBeNull();
    expect(
      (await client.post('/api/auth/sign-in', { email: seeded.member.email, password: PASSWORD })).statusCode,
    ).toBe(401);
    await client.signIn(seeded.member.email, 'a brand new password');

    const again = await client.post('/api/auth/password-reset/complete', { token, password: 'yet another password' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toMatchObject({ code: 'invalid_token', field: 'token' });
  });

  it('answers 202 for an unknown address and sends nothing', async () => {
    const before = t.mail.messages.length;
    const res = await new TestClient(t.app).post('/api/auth/password-reset/request', { email: 'ghost@nowhere.test' });
    expect(res.statusCode).toBe(202);
    await new Promise((r) => setTimeout(r, 1500));
    expect(t.mail.messages.filter((m) => m.to.includes('ghost@nowhere.test'))).toHaveLength(0);
    expect(t.mail.messages.length).toBe(before);
  });

  it(`sends one account at most ${RESETS_PER_ACCOUNT} reset e-mails in 15 minutes, answering 202 all the same`, async () => {
    const seeded = await seedOrganisation(t.deps.db, 'Mailbombed Hospital');
    const client = new TestClient(t.app);
    for (let i = 0; i < RESETS_PER_ACCOUNT + 2; i++) {
      expect((await client.post('/api/auth/password-reset/request', { email: seeded.member.email })).statusCode).toBe(
        202,
      );
    }
    for (let i = 0; i < RESETS_PER_ACCOUNT; i++) await t.mail.next(seeded.member.email);
    await new Promise((r) => setTimeout(r, 1500));
    expect(t.mail.messages.filter((m) => m.to.includes(seeded.member.email))).toHaveLength(RESETS_PER_ACCOUNT);
  });

  it('refuses a short password, naming the field', async () => {
    const res = await new TestClient(t.app).post('/api/auth/password-reset/complete', {
      token: 'x'.repeat(43),
      password: 'short',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('password');
  });
});

describe('invitations', () => {
  it('invites by e-mail; the invitee accepts through the link, sets a password and is signed in', async () => {
    const admin = new TestClient(t.app);
    await admin.signIn(org.admin.email, PASSWORD);
    const sent = await admin.post(`/api/orgs/${org.orgId}/invitations`, {
      email: 'New.Intern@Auth.test',
      name: 'Nia Intern',
      roles: ['member'],
    });
    expect(sent.statusCode).toBe(201);

    const message = await t.mail.next('new.intern@auth.test');
    const token = new URL(t.mail.linkIn(message)).searchParams.get('token')!;
    const invitee = new TestClient(t.app);
    const view = await invitee.get(`/api/auth/invitations/${token}`);
    expect(view.json()).toEqual({
      orgName: 'Auth Hospital',
      email: 'new.intern@auth.test',
      name: 'Nia Intern',
      hasPassword: false,
    });

    const accepted = await invitee.post('/api/auth/invitations/accept', {
      token,
      name: 'Nia Intern',
      password: 'my own password 1',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().memberships[0].orgId).toBe(org.orgId);
    expect((await invitee.get(`/api/orgs/${org.orgId}/me/profile`)).statusCode).toBe(200);

    expect((await new TestClient(t.app).get(`/api/auth/invitations/${token}`)).statusCode).toBe(404);
  });

  it('asks someone who already has an account for their existing password', async () => {
    const other = await seedOrganisation(t.deps.db, 'Second Auth Hospital');
    const admin = new TestClient(t.app);
    await admin.signIn(org.admin.email, PASSWORD);
    expect(
      (await admin.post(`/api/orgs/${org.orgId}/invitations`, { email: other.member.email, name: 'Whoever' }))
        .statusCode,
    ).toBe(201);
    const token = new URL(t.mail.linkIn(await t.mail.next(other.member.email))).searchParams.get('token')!;
    const invitee = new TestClient(t.app);
    expect((await invitee.get(`/api/auth/invitations/${token}`)).json().hasPassword).toBe(true);
    const wrong = await invitee.post('/api/auth/invitations/accept', {
      token,
      name: other.member.name,
      password: 'not my password',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.field).toBe('password');
    const right = await invitee.post('/api/auth/invitations/accept', {
      token,
      name: other.member.name,
      password: PASSWORD,
    });
    expect(
      right
        .json()
        .memberships.map((m: { orgId: string }) => m.orgId)
        .sort(),
    ).toEqual([org.orgId, other.orgId].sort());
  });
});
