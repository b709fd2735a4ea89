import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchingError } from '#matching/errors.ts';
import { solveMatching } from '#matching/solve.ts';
import type { MatchingInstance } from '#matching/types.ts';

const base = (): MatchingInstance => ({
  mentors: [
    { id: 'm1', capacity: 1 },
    { id: 'm2', capacity: 2 },
  ],
  mentees: [{ id: 'e1' }, { id: 'e2' }],
  pairs: [
    { mentor: 'm1', mentee: 'e1', score: 5 },
    { mentor: 'm1', mentee: 'e2', score: 4 },
    { mentor: 'm2', mentee: 'e2', score: 3 },
  ],
});

function refusal(instance: unknown): { code: string; field: string | undefined } {
  try {
    solveMatching(instance as MatchingInstance);
  } catch (error) {
    expect(error).toBeInstanceOf(MatchingError);
    const { code, field } = error as MatchingError;
    return { code, field };
  }
  throw new Error('expected the instance to be refused');
}

describe('bad instances get a clear error', () => {
  const cases: [string, (i: MatchingInstance) => unknown, string, string | undefined][] = [
    ['not an object', () => 'hello', 'invalid_instance', 'instance'],
    ['mentors missing', (i) => ({ ...i, mentors: undefined }), 'invalid_instance', 'mentors'],
    ['no mentors', (i) => ({ ...i, mentors: [] }), 'no_mentors', 'mentors'],
    ['no mentees', (i) => ({ ...i, mentees: [] }), 'no_mentees', 'mentees'],
    ['no candidates', (i) => ({ ...i, pairs: [] }), 'no_candidates', 'pairs'],
    [
      'capacity 0',
      (i) => ({ ...i, mentors: [{ id: 'm1', capacity: 0 }, i.mentors[1]] }),
      'invalid_capacity',
      'mentors[0].capacity',
    ],
    [
      'fractional capacity',
      (i) => ({ ...i, mentors: [{ id: 'm1', capacity: 1.5 }, i.mentors[1]] }),
      'invalid_capacity',
      'mentors[0].capacity',
    ],
    [
      'capacity as text',
      (i) => ({ ...i, mentors: [{ id: 'm1', capacity: '2' }, i.mentors[1]] }),
      'invalid_capacity',
      'mentors[0].capacity',
    ],
    ['empty id', (i) => ({ ...i, mentees: [{ id: '' }, i.mentees[1]] }), 'invalid_id', 'mentees[0].id'],
    [
      'duplicate mentor id',
      (i) => ({ ...i, mentors: [...i.mentors, { id: 'm1', capacity: 1 }] }),
      'duplicate_id',
      'mentors[2].id',
    ],
    ['duplicate mentee id', (i) => ({ ...i, mentees: [...i.mentees, { id: 'e2' }] }), 'duplicate_id', 'mentees[2].id'],
    [
      'duplicate pair',
      (i) => ({ ...i, pairs: [...i.pairs, { mentor: 'm2', mentee: 'e2', score: 1 }] }),
      'duplicate_pair',
      'pairs[3]',
    ],
    [
      'unknown mentor',
      (i) => ({ ...i, pairs: [...i.pairs, { mentor: 'zz', mentee: 'e1', score: 1 }] }),
      'unknown_mentor',
      'pairs[3].mentor',
    ],
    [
      'unknown mentee',
      (i) => ({ ...i, pairs: [...i.pairs, { mentor: 'm2', mentee: 'zz', score: 1 }] }),
      'unknown_mentee',
      'pairs[3].mentee',
    ],
    [
      'NaN score',
      (i) => ({ ...i, pairs: [...i.pairs, { mentor: 'm2', mentee: 'e1', score: NaN }] }),
      'invalid_score',
      'pairs[3].score',
    ],
    [
      'infinite score',
      (i) => ({ ...i, pairs: [...i.pairs, { mentor: 'm2', mentee: 'e1', score: Infinity }] }),
      'invalid_score',
      'pairs[3].score',
    ],
    [
      'score as text',
      (i) => ({ ...i, pairs: [...i.pairs, { mentor: 'm2', mentee: 'e1', score: '7' }] }),
      'invalid_score',
      'pairs[3].score',
    ],
    [
      'huge score',
      (i) => ({ ...i, pairs: [...i.pairs, { mentor: 'm2', mentee: 'e1', score: 1e300 }] }),
      'invalid_score',
      'pairs[3].score',
    ],
    ['pin not a candidate', (i) => ({ ...i, pins: [{ mentor: 'm2', mentee: 'e1' }] }), 'pin_not_candidate', 'pins[0]'],
    [
      'pin forbidden',
      (i) => ({ ...i, pins: [{ mentor: 'm1', mentee: 'e1' }], forbids: [{ mentor: 'm1', mentee: 'e1' }] }),
      'pin_forbidden',
      'pins[0]',
    ],
    [
      'pin beyond capacity',
      (i) => ({
        ...i,
        pins: [
          { mentor: 'm1', mentee: 'e1' },
          { mentor: 'm1', mentee: 'e2' },
        ],
      }),
      'pin_over_capacity',
      'pins[1]',
    ],
    [
      'mentee pinned twice',
      (i) => ({
        ...i,
        pins: [
          { mentor: 'm1', mentee: 'e2' },
          { mentor: 'm2', mentee: 'e2' },
        ],
      }),
      'duplicate_pin',
      'pins[1]',
    ],
    [
      'pin with unknown mentor',
      (i) => ({ ...i, pins: [{ mentor: 'm9', mentee: 'e2' }] }),
      'unknown_mentor',
      'pins[0].mentor',
    ],
    [
      'forbid with unknown mentee',
      (i) => ({ ...i, forbids: [{ mentor: 'm1', mentee: 'e9' }] }),
      'unknown_mentee',
      'forbids[0].mentee',
    ],
    ['unknown mode', (i) => ({ ...i, mode: 'best' }), 'invalid_mode', 'mode'],
    [
      'preferences for an unknown mentee',
      (i) => ({ ...i, preferences: { mentees: { e9: ['m1'] } } }),
      'invalid_preferences',
      'preferences.mentees.e9',
    ],
    [
      'preference naming an unknown mentor',
      (i) => ({ ...i, preferences: { mentees: { e1: ['m9'] } } }),
      'invalid_preferences',
      'preferences.mentees.e1[0]',
    ],
    [
      'mentor ranked twice',
      (i) => ({ ...i, preferences: { mentees: { e1: ['m1', 'm1'] } } }),
      'invalid_preferences',
      'preferences.mentees.e1[1]',
    ],
  ];
  it.each(cases)('%s', (_, change, code, field) => {
    expect(refusal(change(base()))).toEqual({ code, field });
  });

  it('refuses a mode passed as an option the same way', () => {
    expect(() => solveMatching(base(), { mode: 'best' as 'fair' })).toThrow(MatchingError);
  });

  it('never crashes on arbitrary input: a result or a MatchingError', () => {
    const person = fc.record({
      id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.anything()),
      capacity: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.anything()),
    });
    const pair = fc.record({
      mentor: fc.oneof(fc.constantFrom('a', 'b'), fc.anything()),
      mentee: fc.oneof(fc.constantFrom('a', 'c'), fc.anything()),
      score: fc.oneof(fc.double(), fc.anything()),
    });
    const instance = fc.oneof(
      fc.anything(),
      fc.record({
        mentors: fc.array(person),
        mentees: fc.array(person),
        pairs: fc.array(pair),
        pins: fc.option(fc.array(pair), { nil: undefined }),
        mode: fc.option(fc.anything(), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(instance, (value) => {
        try {
          solveMatching(value as MatchingInstance);
        } catch (error) {
          expect(error).toBeInstanceOf(MatchingError);
        }
      }),
      { numRuns: 2000, seed: 23 },
    );
  });

  it('serialises errors with code, message and field', () => {
    const error = new MatchingError('no_mentors', 'The instance has no mentors.', 'mentors');
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'no_mentors',
      message: 'The instance has no mentors.',
      field: 'mentors',
    });
  });
});
