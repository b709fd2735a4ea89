import { buildCandidateGraph, type CandidateGraph } from '#matching/candidate-graph.ts';
import { MatchingError } from '#matching/errors.ts';
import type { CandidatePair, MatchingMode, PairRef, Preferences } from '#matching/types.ts';

/** An instance that passed every check, with ids turned into indices. */
export interface PreparedInstance {
  mode: MatchingMode;
  mentorIds: string[];
  menteeIds: string[];
  capacity: Int32Array;
  pairs: CandidatePair[];
  /** Every candidate pair (forbidden ones too); `pairIndex` points into `pairs`. */
  graph: CandidateGraph;
  /** Per pair, as indices. */
  pairMentor: Int32Array;
  pairMentee: Int32Array;
  pairScore: Float64Array;
  /** Per pair: 1 when the coordinator forbids it. */
  forbidden: Uint8Array;
  /** Per mentee: the pair pinned for it, or -1. */
  pinnedPair: Int32Array;
  mentorIndex: Map<string, number>;
  menteeIndex: Map<string, number>;
  preferences: Preferences | undefined;
}

const MODES: readonly MatchingMode[] = ['optimal', 'fair', 'stable'];

/** Checks an instance that may come straight from JSON; throws a `MatchingError` naming the field. */
export function prepareInstance(input: unknown): PreparedInstance {
  const instance = asRecord(input, 'instance');
  const mentors = asArray(instance.mentors, 'mentors');
  const mentees = asArray(instance.mentees, 'mentees');
  const pairs = asArray(instance.pairs, 'pairs');
  if (mentors.length === 0) throw new MatchingError('no_mentors', 'The instance has no mentors.', 'mentors');
  if (mentees.length === 0) throw new MatchingError('no_mentees', 'The instance has no mentees.', 'mentees');
  if (pairs.length === 0) throw new MatchingError('no_candidates', 'The instance has no candidate pairs.', 'pairs');

  const mentorIndex = indexIds(mentors, 'mentors');
  const menteeIndex = indexIds(mentees, 'mentees');
  const capacity = new Int32Array(mentors.length);
  mentors.forEach((raw, j) => {
    const value = (raw as Record<string, unknown>).capacity;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 1_000_000) {
      throw new MatchingError(
        'invalid_capacity',
        'Capacity must be a whole number from 1 to 1,000,000.',
        `mentors[${j}].capacity`,
      );
    }
    capacity[j] = value;
  });

  const edges = {
    mentee: new Int32Array(pairs.length),
    mentor: new Int32Array(pairs.length),
    score: new Float64Array(pairs.length),
  };
  // Pairs usually come grouped by mentee: remembering the last one saves half the lookups.
  let lastMentee: unknown = undefined;
  let lastMenteeIndex = -1;
  pairs.forEach((raw, k) => {
    const pair = asRecord(raw, `pairs[${k}]`);
    edges.mentor[k] = lookup(mentorIndex, pair.mentor, 'unknown_mentor', `pairs[${k}].mentor`);
    if (pair.mentee !== lastMentee || lastMenteeIndex < 0) {
      lastMenteeIndex = lookup(menteeIndex, pair.mentee, 'unknown_mentee', `pairs[${k}].mentee`);
      lastMentee = pair.mentee;
    }
    edges.mentee[k] = lastMenteeIndex;
    edges.score[k] = finiteNumber(pair.score, `pairs[${k}].score`);
    if (pair.breakdown !== undefined) {
      const breakdown = asRecord(pair.breakdown, `pairs[${k}].breakdown`);
      for (const [name, points] of Object.entries(breakdown)) finiteNumber(points, `pairs[${k}].breakdown.${name}`);
    }
  });
  const graph = buildCandidateGraph(mentees.length, capacity, edges);
  rejectDuplicatePairs(graph);

  const prepared: PreparedInstance = {
    mode: readMode(instance.mode),
    mentorIds: mentors.map((m) => (m as { id: string }).id),
    menteeIds: mentees.map((m) => (m as { id: string }).id),
    capacity,
    pairs: pairs as CandidatePair[],
    graph,
    pairMentor: edges.mentor,
    pairMentee: edges.mentee,
    pairScore: edges.score,
    forbidden: new Uint8Array(pairs.length),
    pinnedPair: new Int32Array(mentees.length).fill(-1),
    mentorIndex,
    menteeIndex,
    preferences: undefined,
  };
  // Forbidding a pair that is not a candidate changes nothing, so it is allowed.
  for (const ref of readRefs(instance.forbids, 'forbids', prepared)) {
    const pair = findPair(prepared, ref);
    if (pair >= 0) prepared.forbidden[pair] = 1;
  }
  applyPins(prepared, readRefs(instance.pins, 'pins', prepared));
  prepared.preferences = readPreferences(instance.preferences, prepared);
  return prepared;
}

interface IndexedRef {
  mentor: number;
  mentee: number;
}

function applyPins(prepared: PreparedInstance, pins: IndexedRef[]): void {
  const pinnedLoad = new Int32Array(prepared.capacity.length);
  pins.forEach((ref, k) => {
    const field = `pins[${k}]`;
    const who = `${prepared.mentorIds[ref.mentor]} and ${prepared.menteeIds[ref.mentee]}`;
    if (prepared.pinnedPair[ref.mentee]! >= 0) {
      throw new MatchingError('duplicate_pin', `Mentee ${prepared.menteeIds[ref.mentee]} is pinned twice.`, field);
    }
    const pair = findPair(prepared, ref);
    if (pair < 0) throw new MatchingError('pin_not_candidate', `The pin ${who} is not a candidate pair.`, field);
    if (prepared.forbidden[pair] === 1)
      throw new MatchingError('pin_forbidden', `The pin ${who} is also forbidden.`, field);
    if (++pinnedLoad[ref.mentor]! > prepared.capacity[ref.mentor]!) {
      throw new MatchingError(
        'pin_over_capacity',
        `Mentor ${prepared.mentorIds[ref.mentor]} has more pins than places.`,
        field,
      );
    }
    prepared.pinnedPair[ref.mentee] = pair;
  });
}

/** The pair index of (mentor, mentee), or -1. */
export function findPair(prepared: PreparedInstance, ref: IndexedRef): number {
  const { graph } = prepared;
  for (let e = graph.start[ref.mentee]!; e < graph.start[ref.mentee + 1]!; e++) {
    if (graph.mentor[e] === ref.mentor) return graph.pairIndex[e]!;
  }
  return -1;
}

function rejectDuplicatePairs(graph: CandidateGraph): void {
  const seenBy = new Int32Array(graph.mentorCount).fill(-1);
  for (let i = 0; i < graph.menteeCount; i++) {
    for (let e = graph.start[i]!; e < graph.start[i + 1]!; e++) {
      if (seenBy[graph.mentor[e]!] === i) {
        throw new MatchingError(
          'duplicate_pair',
          'This mentor and mentee are already a candidate pair.',
          `pairs[${graph.pairIndex[e]}]`,
        );
      }
      seenBy[graph.mentor[e]!] = i;
    }
  }
}

function readRefs(value: unknown, field: string, prepared: PreparedInstance): IndexedRef[] {
  if (value === undefined) return [];
  return asArray(value, field).map((raw: unknown, k: number) => {
    const ref = asRecord(raw, `${field}[${k}]`) as Partial<PairRef>;
    return {
      mentor: lookup(prepared.mentorIndex, ref.mentor, 'unknown_mentor', `${field}[${k}].mentor`),
      mentee: lookup(prepared.menteeIndex, ref.mentee, 'unknown_mentee', `${field}[${k}].mentee`),
    };
  });
}

function readPreferences(value: unknown, prepared: PreparedInstance): Preferences | undefined {
  if (value === undefined) return undefined;
  const preferences = asRecord(value, 'preferences');
  const side = (
    key: 'mentees' | 'mentors',
    own: Map<string, number>,
    other: Map<string, number>,
  ): Record<string, string[]> | undefined => {
    if (preferences[key] === undefined) return undefined;
    const lists = asRecord(preferences[key], `preferences.${key}`);
    for (const [id, list] of Object.entries(lists)) {
      const field = `preferences.${key}.${id}`;
      if (!own.has(id)) throw new MatchingError('invalid_preferences', `Preferences for unknown id ${id}.`, field);
      const ids = asArray(list, field);
      const seen = new Set<unknown>();
      ids.forEach((other_id, k) => {
        if (typeof other_id !== 'string' || !other.has(other_id)) {
          throw new MatchingError(
            'invalid_preferences',
            `Unknown id ${String(other_id)} in a preference list.`,
            `${field}[${k}]`,
          );
        }
        if (seen.has(other_id))
          throw new MatchingError('invalid_preferences', `${other_id} is ranked twice.`, `${field}[${k}]`);
        seen.add(other_id);
      });
    }
    return lists as Record<string, string[]>;
  };
  const mentees = side('mentees', prepared.menteeIndex, prepared.mentorIndex);
  const mentors = side('mentors', prepared.mentorIndex, prepared.menteeIndex);
  return { ...(mentees && { mentees }), ...(mentors && { mentors }) };
}

export function readMode(value: unknown): MatchingMode {
  if (value === undefined) return 'optimal';
  if (typeof value === 'string' && (MODES as readonly string[]).includes(value)) return value as MatchingMode;
  throw new MatchingError('invalid_mode', `Mode must be one of ${MODES.join(', ')}.`, 'mode');
}

function indexIds(people: unknown[], field: string): Map<string, number> {
  const index = new Map<string, number>();
  people.forEach((raw, k) => {
    const person = asRecord(raw, `${field}[${k}]`);
    if (typeof person.id !== 'string' || person.id.length === 0) {
      throw new MatchingError('invalid_id', 'An id must be a non-empty string.', `${field}[${k}].id`);
    }
    if (index.has(person.id))
      throw new MatchingError('duplicate_id', `The id ${person.id} appears twice.`, `${field}[${k}].id`);
    index.set(person.id, k);
  });
  return index;
}

function lookup(
  index: Map<string, number>,
  id: unknown,
  code: 'unknown_mentor' | 'unknown_mentee',
  field: string,
): number {
  const found = typeof id === 'string' ? index.get(id) : undefined;
  if (found === undefined) {
    throw new MatchingError(
      code,
      `No ${code === 'unknown_mentor' ? 'mentor' : 'mentee'} has the id ${String(id)}.`,
      field,
    );
  }
  return found;
}

/** Sums of a million scores stay exact to well below 1e-6 of the total. */
const SCORE_LIMIT = 1e9;

function finiteNumber(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > SCORE_LIMIT) {
    throw new MatchingError(
      'invalid_score',
      `A score must be a finite number between -${SCORE_LIMIT} and ${SCORE_LIMIT}.`,
      field,
    );
  }
  return value;
}

function asRecord(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MatchingError('invalid_instance', 'Expected an object.', field);
  }
  return value as Record<string, unknown>;
}

function asArray(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new MatchingError('invalid_instance', 'Expected a list.', field);
  return value;
}
