import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupFacilitators, groupMemberships, rotationTerms } from '#db/schema/index.ts';
import { createPasswordReset } from '#server/modules/auth/index.ts';
import { hashToken } from '#server/tokens.ts';
import { ROLES } from '#shared/contracts/common.ts';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { addPerson, PASSWORD, seedOrganisation, type SeededOrg, type SeededPerson } from '#test/fixtures.ts';
import { seedGroups, type SeededGroups } from '#test/fixtures-groups.ts';
import { seedMentoring, type SeededMentoring } from '#test/fixtures-mentoring.ts';
import { exampleOf, type Hints, type JsonSchema, mutantsOf } from '#test/schema-examples.ts';

/**
 * DESIGN.md section 8: every endpoint, fuzzed from its OpenAPI schema, answers bad input with a 4xx
 * (a 400 naming the field), never a 5xx; and a valid example is never refused as bad input, which
 * would mean the schema and the service disagree. The caller holds every role and sits in the
 * seeded pair and group, so inputs that pass the schema reach the services and the database.
 */
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Parameter {
  in: 'path' | 'query';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}
interface Operation {
  method: Method;
  route: string;
  body?: JsonSchema;
  path: JsonSchema;
  query: JsonSchema;
}
interface Case {
  label: string;
  params: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
  raw?: { payload: string; contentType: string };
}

const SEED = 20_270_125;
/** Sign-out ends the session every other case uses; development-only routes have no input and are 404 outside development. */
const SKIPPED = new Set(['POST /api/auth/sign-out']);

let t: TestApp;
let a: SeededOrg;
let caller: SeededPerson;
let client: TestClient;
let mentoring: SeededMentoring;
let groups: SeededGroups;
let joined: SeededGroups;
let termId: string;
const resetToken = 'r'.repeat(43);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const daysAhead = (days: number) => daysAgo(-days);
const hoursAhead = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

beforeAll(async () => {
  t = await createTestApp();
  const db = t.deps.db;
  a = await seedOrganisation(db, 'Fuzz Hospital');
  caller = await addPerson(db, a, { key: 'all-roles', careerStage: 'consultant', roles: [...ROLES] });
  // The caller is the mentee of the seeded pair, facilitates one group and is a member of another
  // (no one may facilitate a group they are in); a reset link is open for the coordinator.
  mentoring = await seedMentoring(db, { ...a, member: caller });
  groups = await seedGroups(db, a);
  joined = await seedGroups(db, a);
  await db.insert(groupFacilitators).values({ orgId: a.orgId, groupId: groups.groupId, personId: caller.id });
  await db.insert(groupMemberships).values([
    { orgId: a.orgId, groupId: groups.groupId, personId: a.member.id, status: 'member', joinedAt: new Date() },
    { orgId: a.orgId, groupId: joined.groupId, personId: caller.id, status: 'member', joinedAt: new Date() },
  ]);
  await createPasswordReset(db, a.coordinator.id, hashToken(resetToken));
  const [term] = await db
    .insert(rotationTerms)
    .values({ orgId: a.orgId, cohortId: a.cohortId, name: 'T1', startsOn: '2027-01-25', endsOn: '2027-04-18' })
    .returning();
  termId = term!.id;
  client = new TestClient(t.app);
  await client.signIn(caller.email, PASSWORD);
});
afterAll(() => t.close());

/** Property names to valid values for one route: fixture ids, and what the schema cannot say. */
function hintsFor(route: string): Hints {
  const hints: Hints = {
    orgId: a.orgId,
    siteId: a.siteId,
    departmentId: a.departmentId,
    cohortId: a.cohortId,
    scheduleCohortId: a.cohortId,
    termId,
    personId: a.member.id,
    ...mentoring,
    ...groups,
    token: 'x'.repeat(43),
    side: 'mentee',
    round: 'midpoint',
    personIds: [caller.id],
    supervisorId: null,
    trainingModuleIds: [mentoring.moduleId],
    preferredGroupIds: [groups.groupId],
    detail: 'https://meet.example/fuzz',
    timeZone: 'Australia/Sydney',
    applicationsOpenOn: daysAgo(30),
    happenedOn: daysAgo(7),
    metOn: daysAgo(7),
    csv: 'email,name,roles\nfuzz-import@example.test,Fuzz Import,member\n',
    // Talk to a peer: a contact a phone call can use, times ahead that a claim or follow-up takes, days past.
    contactDetail: '0400 000 000',
    anonymous: false,
    contactBy: hoursAhead(1),
    followUpAt: hoursAhead(2),
    startsAt: hoursAhead(48),
    until: daysAhead(7),
    heldOn: daysAgo(7),
    completedOn: daysAgo(30),
    expiresOn: daysAhead(300),
    eventOn: daysAgo(2),
    inviteePersonIds: [a.member.id],
    attendedPersonIds: [],
    backupPersonId: null,
    leadPersonId: null,
    startTime: '08:00',
    endTime: '16:00',
  };
  if (/\/groups\/:groupId\/(membership|sessions\/:sessionId\/(rsvp|survey)$|calendar)/.test(route))
    return { ...hints, groupId: joined.groupId, sessionId: joined.sessionId };
  if (route.endsWith('/attendance')) return { ...hints, personIds: [a.member.id] };
  // A term lies within its cohort (PGY1 2027, 25 Jan 2027 – 23 Jan 2028) and beside T1 (25 Jan – 18 Apr 2027); the cohort keeps its terms inside.
  if (route === '/api/orgs/:orgId/cohorts/:cohortId') return { ...hints, startsOn: '2027-01-04', endsOn: '2028-01-30' };
  if (route === '/api/orgs/:orgId/cohorts/:cohortId/terms')
    return { ...hints, startsOn: '2027-08-02', endsOn: '2027-10-31' };
  if (route === '/api/orgs/:orgId/terms/:termId') return { ...hints, startsOn: '2027-01-25', endsOn: '2027-05-02' };
  if (route.endsWith('/password-reset/complete')) return { ...hints, token: resetToken };
  return hints;
}

/** The operations of the OpenAPI document that take input, writes that destroy seeded records last. */
function operations(): Operation[] {
  const document = t.app.swagger() as {
    paths: Record<
      string,
      Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>
    >;
  };
  const developmentOnly = new Set(
    t.app.routeAccess.filter((r) => r.access.kind === 'development-only').map((r) => `${r.method} ${r.url}`),
  );
  const asObject = (parameters: Parameter[]): JsonSchema => ({
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
    required: parameters.filter((p) => p.required).map((p) => p.name),
  });
  const found: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, spec] of Object.entries(methods)) {
      const route = path.replace(/\{(\w+)\}/g, ':$1');
      const key = `${method.toUpperCase()} ${route}`;
      if (SKIPPED.has(key) || developmentOnly.has(key)) continue;
      const parameters = spec.parameters ?? [];
      const body = spec.requestBody?.content['application/json']?.schema;
      if (!body && parameters.length === 0) continue;
      found.push({
        method: method.toUpperCase() as Method,
        route,
        body,
        path: asObject(parameters.filter((p) => p.in === 'path')),
        query: asObject(parameters.filter((p) => p.in === 'query')),
      });
    }
  }
  const destructive = (o: Operation) => o.method === 'DELETE' || /\/(end|publish)$/.test(o.route);
  return found.sort((x, y) => Number(destructive(x)) - Number(destructive(y)));
}

const asText = (value: unknown) => (typeof value === 'string' ? value : value === null ? '' : JSON.stringify(value));
/** Mutants of the path or query as a whole (null, a number…) mean nothing in a URL; those of one parameter do. */
const isParameterSet = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && asText(value).length <= 10_000;

/** Like encodeURIComponent, but a lone surrogate goes out as the bytes a broken client would send (not UTF-8). */
const encodeSegment = (text: string) =>
  [...text]
    .map((ch) => {
      const unit = ch.charCodeAt(0);
      if (ch.length === 1 && unit >= 0xd800 && unit <= 0xdfff)
        return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
          .map((b) => `%${b.toString(16).toUpperCase()}`)
          .join('');
      return encodeURIComponent(ch);
    })
    .join('');

function urlOf(operation: Operation, c: Case): string {
  const path = operation.route.replace(/:(\w+)/g, (_, name: string) => encodeSegment(asText(c.params[name] ?? '')));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(c.query ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) search.append(name, asText(v));
  }
  return search.size > 0 ? `${path}?${search}` : path;
}

/** The valid example first, then every mutant of the path, query and body, then fast-check's garbage. */
function casesFor(operation: Operation, index: number): { valid: Case; bad: Case[] } {
  const h = hintsFor(operation.route);
  const params = exampleOf(operation.path, h) as Record<string, unknown>;
  const query = exampleOf(operation.query, h) as Record<string, unknown>;
  const body = operation.body ? exampleOf(operation.body, h, SEED + index) : undefined;
  const valid: Case = { label: 'valid example', params, query, body };
  const bad: Case[] = [];
  for (const m of mutantsOf(operation.path, params, h))
    if (isParameterSet(m.value)) bad.push({ ...valid, label: `path ${m.label}`, params: m.value });
  if (Object.keys(operation.query.properties ?? {}).length > 0) {
    for (const m of mutantsOf(operation.query, query, h))
      if (isParameterSet(m.value)) bad.push({ ...valid, label: `query ${m.label}`, query: m.value });
  }
  if (operation.body) {
    for (const m of mutantsOf(operation.body, body, h)) bad.push({ ...valid, label: `body ${m.label}`, body: m.value });
    const json = 'application/json';
    bad.push(
      { ...valid, label: 'no body', body: undefined },
      { ...valid, label: 'malformed JSON', raw: { payload: '{"name":', contentType: json } },
      { ...valid, label: 'JSON null', raw: { payload: 'null', contentType: json } },
      {
        ...valid,
        label: '__proto__ at the top',
        raw: { payload: '{"__proto__":{"polluted":"yes"}}', contentType: json },
      },
      {
        ...valid,
        label: 'constructor.prototype at the top',
        raw: { payload: '{"constructor":{"prototype":{"polluted":"yes"}}}', contentType: json },
      },
      { ...valid, label: 'text/plain', raw: { payload: JSON.stringify(body), contentType: 'text/plain' } },
    );
  }
  bad.push(...garbage(operation, valid, SEED + index));
  return { valid, bad };
}

/** Bounded random input: whole bodies, one property of the valid body replaced, random query strings and ids. */
function garbage(operation: Operation, valid: Case, seed: number): Case[] {
  const junk = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.double(),
    fc.integer(),
    fc.constant(null),
  );
  const out: Case[] = [];
  const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number) => fc.sample(arbitrary, { seed, numRuns });
  for (const [name] of Object.entries(operation.path.properties ?? {})) {
    for (const value of sample(fc.string({ unit: 'binary', maxLength: 60 }), 3))
      out.push({
        ...valid,
        label: `random ${name} ${JSON.stringify(value)}`,
        params: { ...valid.params, [name]: value },
      });
  }
  const queryNames = Object.keys(operation.query.properties ?? {});
  if (queryNames.length > 0) {
    for (const query of sample(
      fc.dictionary(
        fc.constantFrom(...queryNames, 'extra'),
        fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.array(fc.string(), { maxLength: 3 })),
      ),
      8,
    )) {
      out.push({ ...valid, label: `random query ${JSON.stringify(query)}`, query });
    }
  }
  if (operation.body) {
    for (const body of sample(fc.jsonValue({ maxDepth: 4 }), 4))
      out.push({ ...valid, label: `random body ${JSON.stringify(body).slice(0, 80)}`, body });
    const keys = Object.keys((valid.body ?? {}) as object);
    if (keys.length > 0) {
      for (const [key, value] of sample(fc.tuple(fc.constantFrom(...keys), junk), 8)) {
        out.push({
          ...valid,
          label: `random ${key} ${JSON.stringify(value)?.slice(0, 80)}`,
          body: { ...(valid.body as object), [key]: value },
        });
      }
    }
  }
  return out;
}

let addresses = 0;
/** Each case comes from its own address, so the per-address limits of the public routes do not turn it into a 429. */
function send(operation: Operation, c: Case) {
  addresses += 1;
  const remoteAddress = `10.${(addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;
  if (c.raw)
    return client.request(operation.method, urlOf(operation, c), c.raw.payload, {
      headers: { 'content-type': c.raw.contentType },
      remoteAddress,
    });
  return client.request(operation.method, urlOf(operation, c), c.body, { remoteAddress });
}

function fieldOf(body: string): unknown {
  try {
    return JSON.parse(body).error?.field;
  } catch {
    return undefined;
  }
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

describe('fuzzing every endpoint from the OpenAPI document', () => {
  it('answers bad input with a 4xx naming the field, never a 5xx, and takes valid examples', async () => {
    const problems: string[] = [];
    let sent = 0;
    const reached = new Set<string>();
    const ops = operations();
    for (const [index, operation] of ops.entries()) {
      const name = `${operation.method} ${operation.route}`;
      const { valid, bad } = casesFor(operation, index);
      const check = async (c: Case, isValid: boolean) => {
        const res = await send(operation, c);
        sent += 1;
        const where = `${name} [${c.label}] → ${res.statusCode} ${res.body.slice(0, 200)}`;
        if (res.statusCode >= 500) problems.push(where);
        else if (res.statusCode === 400 && isValid) problems.push(`valid example refused: ${where}`);
        else if (res.statusCode === 400 && typeof fieldOf(res.body) !== 'string')
          problems.push(`400 without a field: ${where}`);
        if (isValid && res.statusCode < 300) reached.add(name);
      };
      await check(valid, true);
      await inBatches(bad, 4, (c) => check(c, false));
    }
    expect(problems).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(ops.length).toBeGreaterThanOrEqual(90);
    expect(sent).toBeGreaterThan(5_000);
    expect(reached.size).toBeGreaterThanOrEqual(80);
  });
});
