import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import type { SeededPerson } from '#test/fixtures.ts';
import { givenPeerWorld, givenPerson, givenRequest, givenSupporter } from '#test/fixtures-peer-support.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('claiming under concurrency', () => {
  it('gives a request to exactly one of 20 supporters claiming it at the same moment', async () => {
    const w = await givenPeerWorld(t);
    const requester = await givenPerson(w, 'mem-kit');
    const supporters: SeededPerson[] = [];
    for (let i = 0; i < 20; i++) supporters.push(await givenSupporter(w, `sup-${i}`, { onShift: false }));
    const request = await givenRequest(w, requester, { offeredTo: supporters });
    // Signed in beforehand, so the claims themselves start together.
    const clients = await Promise.all(supporters.map((s) => w.as(s)));
    const contactBy = new Date(Date.now() + 30 * 60_000).toISOString();

    const answers = await Promise.all(
      clients.map((c) => c.post(`${w.api}/peer-support/requests/${request.id}/claim`, { contactBy })),
    );

    const won = answers.flatMap((a, i) => (a.statusCode === 200 ? [supporters[i]!] : []));
    expect(won).toHaveLength(1);
    const lost = answers.filter((a) => a.statusCode === 409);
    expect(lost).toHaveLength(19);
    expect(lost.every((a) => a.json().error.code === 'already_claimed')).toBe(true);
    const [row] = await w.query('SELECT status, claimed_by FROM peer_requests WHERE id = $1', [request.id]);
    expect(row).toEqual({ status: 'claimed', claimed_by: won[0]!.id });
    // The requester is told once, of the one who won.
    const told = await w.query('SELECT title FROM notifications WHERE person_id = $1', [requester.id]);
    expect(told).toHaveLength(1);
  });
});
