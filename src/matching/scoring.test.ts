import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchingError } from '#matching/errors.ts';
import { brokenRule, scorePairs, type MenteeProfile, type MentorProfile } from '#matching/scoring.ts';
import { solveMatching } from '#matching/solve.ts';

const mentor = (over: Partial<MentorProfile> = {}): MentorProfile => ({
  id: 'm',
  capacity: 1,
  trained: true,
  seniority: 3,
  ...over,
});
const mentee = (over: Partial<MenteeProfile> = {}): MenteeProfile => ({ id: 'e', seniority: 1, ...over });
const only = {
  sameSite: 0,
  sharedSpecialty: 0,
  wantedSpecialty: 0,
  sharedLanguage: 0,
  availability: 0,
  shiftPattern: 0,
  sharedExperience: 0,
  menteePreference: 0,
};

describe('scorePairs', () => {
  it('adds each criterion that holds, with its points in the breakdown', () => {
    const { pairs } = scorePairs(
      [
        mentor({
          site: 'North',
          specialties: ['surgery'],
          languages: ['en', 'ar'],
          availability: ['mon', 'tue'],
          shiftPattern: 'nights',
          experiences: ['parent'],
        }),
      ],
      [
        mentee({
          site: 'North',
          specialties: ['surgery'],
          wantedSpecialties: ['surgery'],
          languages: ['ar'],
          availability: ['mon', 'wed'],
          shiftPattern: 'nights',
          experiences: ['parent'],
          preferredMentors: ['x', 'm'],
        }),
      ],
    );
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.breakdown).toEqual({
      sameSite: 3,
      sharedSpecialty: 2,
      wantedSpecialty: 4,
      sharedLanguage: 1,
      availability: 1,
      shiftPattern: 1,
      sharedExperience: 1.5,
      menteePreference: 1.5,
    });
    expect(pairs[0]!.score).toBe(15);
  });

  it('uses the coordinator weights', () => {
    const { pairs } = scorePairs([mentor({ site: 'A' })], [mentee({ site: 'A' })], { ...only, sameSite: 10 });
    expect(pairs[0]!.score).toBe(10);
  });

  it('excludes pairs that break a hard rule and counts why per mentee', () => {
    const mentors = [
      mentor({ id: 'untrained', trained: false }),
      mentor({ id: 'junior', seniority: 1 }),
      mentor({ id: 'assessor', conflicts: ['e'] }),
      mentor({ id: 'declined' }),
      mentor({ id: 'forbidden' }),
      mentor({ id: 'declared' }),
      mentor({ id: 'fine' }),
    ];
    const { pairs, excluded } = scorePairs(
      mentors,
      [mentee({ avoidMentors: ['declined'] })],
      {},
      {
        forbids: [{ mentor: 'forbidden', mentee: 'e' }],
        conflicts: [{ mentor: 'declared', mentee: 'e' }],
      },
    );
    expect(pairs.map((p) => p.mentor)).toEqual(['fine']);
    expect(excluded).toEqual({
      e: {
        mentor_untrained: 1,
        mentor_not_senior_enough: 1,
        conflict_of_interest: 2,
        mentee_declined: 1,
        coordinator_forbids: 1,
      },
    });
  });

  it('can waive training and seniority', () => {
    const rules = { requireTrained: false, minSeniorityGap: 0 };
    expect(brokenRule(mentor({ trained: false, seniority: 1 }), mentee(), rules)).toBeNull();
  });

  it('refuses a pin that breaks a hard rule, naming the rule', () => {
    expect(() =>
      scorePairs([mentor({ trained: false })], [mentee()], {}, { pins: [{ mentor: 'm', mentee: 'e' }] }),
    ).toThrow(
      expect.objectContaining({ code: 'pin_breaks_rule', message: expect.stringContaining('mentor_untrained') }),
    );
  });

  it('keeps each mentee’s best candidates, and pinned ones', () => {
    const mentors = ['a', 'b', 'c', 'd'].map((id, k) =>
      mentor({ id, availability: ['s1', 's2', 's3', 's4'].slice(0, k + 1) }),
    );
    const { pairs } = scorePairs(
      mentors,
      [mentee({ availability: ['s1', 's2', 's3', 's4'] })],
      {},
      { candidatesPerMentee: 2, pins: [{ mentor: 'a', mentee: 'e' }] },
    );
    expect(pairs.map((p) => p.mentor)).toEqual(['a', 'c', 'd']);
  });

  it('refuses negative or non-numeric weights', () => {
    expect(() => scorePairs([mentor()], [mentee()], { sameSite: -1 })).toThrow(MatchingError);
    expect(() => scorePairs([mentor()], [mentee()], { sameSite: Number.NaN })).toThrow(MatchingError);
  });

  it.each([
    ['minSeniorityGap', 'abc'],
    ['minSeniorityGap', Number.NaN],
    ['candidatesPerMentee', -1],
    ['candidatesPerMentee', 'x'],
    ['candidatesPerMentee', 1.5],
    ['requireTrained', 'no'],
  ])('refuses the rule %s = %s instead of quietly switching it off', (name, value) => {
    expect(() => scorePairs([mentor()], [mentee()], {}, { [name]: value })).toThrow(
      expect.objectContaining({ name: 'MatchingError', code: 'invalid_instance', field: `rules.${name}` }),
    );
  });
});

describe('scorePairs then solveMatching', () => {
  it('never pairs people a hard rule keeps apart', () => {
    const tags = fc.subarray(['a', 'b', 'c']);
    const mentorArb = fc.record({
      trained: fc.boolean(),
      seniority: fc.integer({ min: 0, max: 3 }),
      site: fc.constantFrom('N', 'S'),
      specialties: tags,
      capacity: fc.integer({ min: 1, max: 2 }),
    });
    const menteeArb = fc.record({
      seniority: fc.integer({ min: 0, max: 2 }),
      site: fc.constantFrom('N', 'S'),
      wantedSpecialties: tags,
      avoid: fc.nat(),
      conflict: fc.nat(),
    });
    fc.assert(
      fc.property(
        fc.array(mentorArb, { minLength: 1, maxLength: 4 }),
        fc.array(menteeArb, { minLength: 1, maxLength: 6 }),
        (rawMentors, rawMentees) => {
          const mentors: MentorProfile[] = rawMentors.map((m, j) => ({ ...m, id: `m${j}` }));
          const mentees: MenteeProfile[] = rawMentees.map((e, i) => ({
            id: `e${i}`,
            seniority: e.seniority,
            site: e.site,
            wantedSpecialties: e.wantedSpecialties,
            avoidMentors: [`m${e.avoid % mentors.length}`],
            conflicts: [`m${e.conflict % mentors.length}`],
          }));
          const { pairs } = scorePairs(mentors, mentees);
          if (pairs.length === 0) return;
          const result = solveMatching({
            mentors: mentors.map((m) => ({ id: m.id, capacity: m.capacity })),
            mentees: mentees.map((e) => ({ id: e.id })),
            pairs,
          });
          for (const pair of result.pairs) {
            const mentor = mentors.find((m) => m.id === pair.mentor)!;
            const mentee = mentees.find((e) => e.id === pair.mentee)!;
            expect(brokenRule(mentor, mentee)).toBeNull();
          }
        },
      ),
      { numRuns: 500, seed: 31 },
    );
  });
});
