import { describeAssignment } from '#matching/explain.ts';
import { MatchingError } from '#matching/errors.ts';
import { solveMatching } from '#matching/solve.ts';
import type { EditedMatchingResult, MatchingInstance, MatchingResult, PairRef } from '#matching/types.ts';
import { findPair, prepareInstance } from '#matching/validate.ts';

export interface RematchOptions {
  /** Keep the mentee away from the mentor they had (default true: a no-fault rematch wants someone new). */
  avoidPrevious?: boolean;
}

/**
 * Finds a new mentor for one mentee and changes nothing else: every other pair of `previous`
 * stays, and the mentee takes the best free place among its candidates (or stays unmatched
 * when every eligible mentor is full).
 */
export function rematch(
  instance: MatchingInstance,
  previous: Pick<MatchingResult, 'pairs'>,
  mentee: string,
  options: RematchOptions = {},
): EditedMatchingResult {
  const old = previous.pairs.find((p) => p.mentee === mentee);
  if (!instance.mentees.some((m) => m.id === mentee)) {
    throw new MatchingError('unknown_mentee', `No mentee has the id ${mentee}.`, 'mentee');
  }
  const kept = previous.pairs.filter((p) => p.mentee !== mentee);
  const forbids = [...(instance.forbids ?? [])];
  if (old && (options.avoidPrevious ?? true)) forbids.push({ mentor: old.mentor, mentee });
  return solveAround(instance, kept, new Set([mentee]), forbids);
}

/**
 * Places mentees who were not matched in `previous` — late applicants added to `instance`,
 * and anyone left over — into the places still free, without moving any existing pair.
 */
export function addLateApplicants(
  instance: MatchingInstance,
  previous: Pick<MatchingResult, 'pairs'>,
): EditedMatchingResult {
  const matched = new Set(previous.pairs.map((p) => p.mentee));
  const open = new Set(instance.mentees.map((m) => m.id).filter((id) => !matched.has(id)));
  return solveAround(instance, previous.pairs, open, instance.forbids ?? []);
}

/** Solves with `kept` pinned and only `open` mentees free to move; reports against the full instance. */
function solveAround(
  instance: MatchingInstance,
  kept: PairRef[],
  open: Set<string>,
  forbids: PairRef[],
): EditedMatchingResult {
  const keptMentees = new Set(kept.map((p) => p.mentee));
  const partial = solveMatching({
    ...instance,
    mentees: instance.mentees.filter((m) => open.has(m.id) || keptMentees.has(m.id)),
    pairs: instance.pairs.filter((p) => open.has(p.mentee) || keptMentees.has(p.mentee)),
    pins: kept.map((p) => ({ mentor: p.mentor, mentee: p.mentee })),
    forbids,
  });
  // The instance's own pins no longer bind a mentee who is being rematched.
  const full = prepareInstance({
    ...instance,
    pins: (instance.pins ?? []).filter((p) => !open.has(p.mentee)),
    forbids,
  });
  const assigned = new Int32Array(full.menteeIds.length).fill(-1);
  for (const pair of partial.pairs) {
    assigned[full.menteeIndex.get(pair.mentee)!] = findPair(full, {
      mentor: full.mentorIndex.get(pair.mentor)!,
      mentee: full.menteeIndex.get(pair.mentee)!,
    });
  }
  return describeAssignment(full, assigned, partial.mode);
}
