import { solveMatching } from '#matching/solve.ts';
import type { CandidatePair, MatchingMode, MatchingResult, PairRef } from '#matching/types.ts';

/** A peer support group: at most `capacity` members (default 6) meeting at one time slot. */
export interface SupportGroup {
  id: string;
  timeSlot: string;
  department?: string;
  site?: string;
  capacity?: number;
}

export interface GroupMember {
  id: string;
  /** Time slots the member can attend; a group is only offered at one of them. */
  availability: string[];
  department?: string;
  site?: string;
  /** Group ids the member asked for, best first. */
  preferredGroups?: string[];
}

export interface GroupWeights {
  sameDepartment: number;
  sameSite: number;
  memberPreference: number;
}

export const DEFAULT_GROUP_WEIGHTS: GroupWeights = { sameDepartment: 3, sameSite: 1, memberPreference: 2 };

export interface GroupOptions {
  weights?: Partial<GroupWeights>;
  mode?: MatchingMode;
  /** Members a coordinator places by hand (`mentor` is the group id, `mentee` the member id). */
  pins?: PairRef[];
  forbids?: PairRef[];
}

export const GROUP_SIZE = 6;

/**
 * Assigns members to peer support groups with the matching engine: groups play the mentors
 * (capacity 6 unless set), members the mentees. A member can only join a group meeting at a
 * time they are available; then same department, same site and the member's own choices add
 * points, on top of 1 point for any placement. The result names groups in `mentor`.
 */
export function allocateGroups(
  members: GroupMember[],
  groups: SupportGroup[],
  options: GroupOptions = {},
): MatchingResult {
  const w = { ...DEFAULT_GROUP_WEIGHTS, ...options.weights };
  const pairs: CandidatePair[] = [];
  for (const member of members) {
    const slots = new Set(member.availability);
    const preferred = member.preferredGroups ?? [];
    for (const group of groups) {
      if (!slots.has(group.timeSlot)) continue;
      const rank = preferred.indexOf(group.id);
      const breakdown = {
        placed: 1,
        sameDepartment: group.department !== undefined && group.department === member.department ? w.sameDepartment : 0,
        sameSite: group.site !== undefined && group.site === member.site ? w.sameSite : 0,
        memberPreference: rank < 0 ? 0 : (w.memberPreference * (preferred.length - rank)) / preferred.length,
      };
      const score = breakdown.placed + breakdown.sameDepartment + breakdown.sameSite + breakdown.memberPreference;
      pairs.push({ mentor: group.id, mentee: member.id, score, breakdown });
    }
  }
  return solveMatching({
    mentors: groups.map((g) => ({ id: g.id, capacity: g.capacity ?? GROUP_SIZE })),
    mentees: members.map((m) => ({ id: m.id })),
    pairs,
    pins: options.pins ?? [],
    forbids: options.forbids ?? [],
    mode: options.mode ?? 'optimal',
  });
}
