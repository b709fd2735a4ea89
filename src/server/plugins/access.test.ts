import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { addPerson, PASSWORD, seedOrganisation, type SeededOrg } from '#test/fixtures.ts';
import { ROLES } from '#shared/contracts/common.ts';
import { seedGroups, type SeededGroups } from '#test/fixtures-groups.ts';
import { seedMentoring, type SeededMentoring } from '#test/fixtures-mentoring.ts';
import { seedPeerSupport, type SeededPeerSupport } from '#test/fixtures-peer-support.ts';

/**
 * The tenant-isolation matrix (DESIGN.md section 8): every API route the app has, called by every kind of
 * caller. New routes join the matrix by themselves, because it reads the app's own route table.
 */
let t: TestApp;
let a: SeededOrg;
let b: SeededOrg;
let termId: string;
let mentoring: SeededMentoring;
let groups: SeededGroups;
let peerSupport: SeededPeerSupport;
let peerSupportOfB: SeededPeerSupport;
const callers: Record<'anonymous' | 'outsider' | 'member' | 'coordinator' | 'admin' | 'allRoles', TestClient> =
  {} as never;

beforeAll(async () => {
  t = await createTestApp();
  a = await seedOrganisation(t.deps.db, 'Alpha Hospital');
  b = await seedOrganisation(t.deps.db, 'Beta Hospital');
  callers.anonymous = new TestClient(t.app);
  callers.outsider = new TestClient(t.app);
  await callers.outsider.signIn(b.admin.email, PASSWORD);
  callers.member = new TestClient(t.app);
  await callers.member.signIn(a.member.email, PASSWORD);
  callers.coordinator = new TestClient(t.app);
  await callers.coordinator.signIn(a.coordinator.email, PASSWORD);
  callers.admin = new TestClient(t.app);
  await callers.admin.signIn(a.admin.email, PASSWORD);
  // Holds every role, so routes only some roles open (a facilitator's) go through the bad-input sweep too.
  callers.allRoles = new TestClient(t.app);
  await callers.allRoles.signIn(
    (await addPerson(t.deps.db, a, { key: 'all-roles', careerStage: 'consultant', roles: [...ROLES] })).email,
    PASSWORD,
  );
  mentoring = await seedMentoring(t.deps.db, a);
  groups = await seedGroups(t.deps.db, a);
  peerSupport = await seedPeerSupport(t.deps.db, a);
  peerSupportOfB = await seedPeerSupport(t.deps.db, b);
  termId = (
    await callers.admin.post(`/api/orgs/${a.orgId}/cohorts/${a.cohortId}/terms`, {
      name: 'T1',
      startsOn: '2027-01-25',
      endsOn: '2027-04-18',
    })
  ).json().id;
});
afterAll(() => t.close());

/** Fills a route's parameters with real ids of organisation A, so a 404 can only come from the guard. */
function urlFor(template: string, org: SeededOrg): string {
  const ids: Record<string, string> = {
    orgId: org.orgId,
    siteId: org.siteId,
    departmentId: org.departmentId,
    cohortId: org.cohortId,
    termId,
    personId: org.member.id,
    token: 'x'.repeat(43),
    ...mentoring,
    ...groups,
    ...peerSupport,
    side: 'mentee',
    round: 'midpoint',
  };
  return template.replace(/:(\w+)/g, (_, name: string) => {
    if (!ids[name]) throw new Error(`The matrix does not know how to fill :${name} in ${template}; add it`);
    return ids[name];
  });
}

const orgRoutes = () => t.app.routeAccess.filter((r) => r.access.kind === 'org');
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

describe('tenant isolation', () => {
  it('covers a meaningful number of routes', () => {
    expect(orgRoutes().length).toBeGreaterThanOrEqual(25);
  });

  it("answers 404 to a person of another organisation on every organisation route, leaving A's data as it was", async () => {
    const before = (await callers.admin.get(`/api/orgs/${a.orgId}/people`)).body;
    for (const route of orgRoutes()) {
      const res = await callers.outsider.request(
        route.method as Method,
        urlFor(route.url, a),
        route.method === 'GET' ? undefined : {},
      );
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(404);
    }
    expect((await callers.admin.get(`/api/orgs/${a.orgId}/people`)).body).toBe(before);
  });

  it("answers 404 when an id of another organisation is used under one's own organisation", async () => {
    const admin = callers.admin;
    const checks: [Method, string, unknown?][] = [
      ['PATCH', `/api/orgs/${a.orgId}/sites/${b.siteId}`, { name: 'Taken over' }],
      ['DELETE', `/api/orgs/${a.orgId}/sites/${b.siteId}`],
      ['PATCH', `/api/orgs/${a.orgId}/departments/${b.departmentId}`, { name: 'Taken over', siteId: null }],
      ['GET', `/api/orgs/${a.orgId}/cohorts/${b.cohortId}/terms`],
      [
        'POST',
        `/api/orgs/${a.orgId}/cohorts/${b.cohortId}/terms`,
        { name: 'T', startsOn: '2027-01-01', endsOn: '2027-02-01' },
      ],
      [
        'PATCH',
        `/api/orgs/${a.orgId}/people/${b.member.id}`,
        { roles: ['member'], siteId: null, departmentId: null, cohortId: null },
      ],
      ['DELETE', `/api/orgs/${a.orgId}/people/${b.member.id}`],
      ['POST', `/api/orgs/${a.orgId}/people/${b.member.id}/invitation`],
      ['GET', `/api/orgs/${a.orgId}/talk/requests/${peerSupportOfB.requestId}`],
      ['GET', `/api/orgs/${a.orgId}/peer-support/requests/${peerSupportOfB.requestId}`],
      ['POST', `/api/orgs/${a.orgId}/talk/event-offers/${peerSupportOfB.offerId}/decline`],
      ['PUT', `/api/orgs/${a.orgId}/peer-support/shifts/${peerSupportOfB.shiftId}`, { personId: null }],
      ['DELETE', `/api/orgs/${a.orgId}/peer-support/roster/slots/${peerSupportOfB.slotId}`],
      ['POST', `/api/orgs/${a.orgId}/peer-support/debriefs/${peerSupportOfB.debriefId}/cancel`],
      ['DELETE', `/api/orgs/${a.orgId}/peer-support/supporters/${b.member.id}/training/${peerSupportOfB.trainingId}`],
    ];
    for (const [method, url, body] of checks) {
      const res = await admin.request(method, url, body ?? (method === 'GET' ? undefined : {}));
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it('answers 401 to an anonymous caller on every route that needs a session', async () => {
    for (const route of t.app.routeAccess.filter((r) => r.access.kind === 'org' || r.access.kind === 'signed-in')) {
      const res = await callers.anonymous.request(
        route.method as Method,
        urlFor(route.url, a),
        route.method === 'GET' ? undefined : {},
      );
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('refuses members and coordinators the routes their roles do not open, with 403', async () => {
    for (const [name, roles] of [
      ['member', ['member']],
      ['coordinator', ['member', 'coordinator']],
    ] as const) {
      for (const route of orgRoutes()) {
        const access = route.access as { roles: readonly string[] | 'any-member' };
        if (access.roles === 'any-member' || access.roles.some((r) => (roles as readonly string[]).includes(r)))
          continue;
        const res = await callers[name].request(
          route.method as Method,
          urlFor(route.url, a),
          route.method === 'GET' ? undefined : {},
        );
        expect(res.statusCode, `${name}: ${route.method} ${route.url}`).toBe(403);
      }
    }
  });
});

describe('bad input', () => {
  const bodies: unknown[] = [
    {},
    { name: 42, email: ['x'], csv: 7, resources: 'none', roles: 'all', startsOn: 'soon' },
    [1, 2, 3],
    'just text',
  ];

  it('answers every write with a 4xx naming the field, never a 5xx', async () => {
    // Sign-out takes no input, and would end the session the rest of the matrix uses.
    const writes = t.app.routeAccess.filter(
      (r) => ['POST', 'PUT', 'PATCH'].includes(r.method) && r.url !== '/api/auth/sign-out',
    );
    let checked = 0;
    for (const route of writes) {
      for (const body of bodies) {
        const res = await callers.allRoles.request(route.method as Method, urlFor(route.url, a), body);
        expect(res.statusCode, `${route.method} ${route.url} ${JSON.stringify(body)}: ${res.body}`).toBeLessThan(500);
        if (res.statusCode === 400) {
          expect(res.json().error.field, `${route.method} ${route.url}`).toEqual(expect.any(String));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(writes.length);
  });

  it('answers a malformed id in the path with 400 or 404, never 500', async () => {
    for (const route of t.app.routeAccess.filter((r) => /:(?!orgId)\w+/.test(r.url) && r.url.startsWith('/api/'))) {
      const url = route.url.replace(/:(\w+)/g, (_, name: string) =>
        name === 'orgId' ? a.orgId : "not-a-uuid'; drop table persons;--",
      );
      const res = await callers.allRoles.request(route.method as Method, url, route.method === 'GET' ? undefined : {});
      expect([400, 404], `${route.method} ${url}`).toContain(res.statusCode);
    }
  });

  it('answers invalid JSON with 400 naming the body', async () => {
    await callers.admin.get('/api/auth/session');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });
});
