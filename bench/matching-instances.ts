import type { MatchingInstance } from '#matching/index.ts';

/**
 * Seeded generator of realistic mentoring intakes: mentors and mentees spread over sites,
 * specialties, languages, time slots and shift patterns, mentors offering 1–3 places, and each
 * mentee given about `candidatesPerMentee` candidates, mostly at their own site (coordinators
 * rarely pair across sites). Scores follow the default criteria of `scorePairs`, so they have
 * fractions and many near-ties, as real scores do.
 */
export interface GeneratorOptions {
  mentees: number;
  mentors: number;
  seed: number;
  /** Omit for a complete instance (every mentor a candidate for every mentee). */
  candidatesPerMentee?: number;
}

/** sfc32: small, fast, and the same sequence on every machine for a given seed. */
export function seededRandom(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

interface Person {
  site: number;
  specialty: number;
  language: number;
  slots: number;
  shift: number;
  experiences: number;
}

const SLOTS = 14;

export function generateInstance(options: GeneratorOptions): MatchingInstance {
  const random = seededRandom(options.seed);
  const below = (k: number): number => Math.floor(random() * k);
  const siteCount = Math.max(3, Math.round(options.mentors / 100));
  const person = (): Person => {
    let slots = 0;
    for (let k = 0; k < 3 + below(6); k++) slots |= 1 << below(SLOTS);
    return {
      site: below(siteCount),
      specialty: below(30),
      language: random() < 0.8 ? 0 : 1 + below(8),
      slots,
      shift: below(3),
      experiences: (random() < 0.15 ? 1 : 0) | (random() < 0.1 ? 2 : 0) | (random() < 0.05 ? 4 : 0),
    };
  };
  const mentorPeople = Array.from({ length: options.mentors }, person);
  const menteePeople = Array.from({ length: options.mentees }, person);
  const mentors = mentorPeople.map((_, j) => ({ id: `m${j}`, capacity: 1 + below(3) }));
  const mentees = menteePeople.map((_, i) => ({ id: `e${i}` }));

  const bySite: number[][] = Array.from({ length: siteCount }, () => []);
  mentorPeople.forEach((p, j) => bySite[p.site]!.push(j));

  const pairs: MatchingInstance['pairs'] = [];
  const seen = new Int32Array(options.mentors).fill(-1);
  menteePeople.forEach((mentee, i) => {
    let count = 0;
    const add = (j: number): void => {
      if (seen[j] === i) return;
      seen[j] = i;
      count++;
      pairs.push({ mentor: mentors[j]!.id, mentee: mentees[i]!.id, score: score(mentorPeople[j]!, mentee, random) });
    };
    if (options.candidatesPerMentee === undefined) {
      for (let j = 0; j < options.mentors; j++) add(j);
      return;
    }
    const local = bySite[mentee.site]!;
    const wanted = Math.min(options.candidatesPerMentee, options.mentors);
    const fromSite = Math.min(local.length, Math.round(wanted * 0.6));
    for (let t = 0; t < fromSite; t++) add(local[below(local.length)]!);
    let guard = 0;
    while (count < wanted && guard++ < wanted * 20) add(below(options.mentors));
  });
  return { mentors, mentees, pairs, mode: 'optimal' };
}

function bits(x: number): number {
  let count = 0;
  for (let v = x; v !== 0; v &= v - 1) count++;
  return count;
}

/** The default weights of `scorePairs`, plus a small personal-fit term a profile cannot capture. */
function score(mentor: Person, mentee: Person, random: () => number): number {
  let total = 0;
  if (mentor.site === mentee.site) total += 3;
  if (mentor.specialty === mentee.specialty) total += 4;
  if (mentor.language === mentee.language && mentee.language !== 0) total += 1;
  total += (2 * bits(mentor.slots & mentee.slots)) / Math.max(1, bits(mentee.slots));
  if (mentor.shift === mentee.shift) total += 1;
  if ((mentor.experiences & mentee.experiences) !== 0) total += 1.5;
  return Math.round((total + random()) * 1000) / 1000;
}
