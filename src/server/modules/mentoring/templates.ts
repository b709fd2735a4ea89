import type { ProgramSettings, ProgramTemplate, Question } from '#shared/contracts/mentoring.ts';

export const TEMPLATES: { key: ProgramTemplate; name: string; description: string }[] = [
  {
    key: 'intern_peer_mentoring',
    name: 'Intern peer mentoring',
    description:
      "Second-year doctors mentor this year's interns through the training year. Pairs meet before and after each rotation term: settling in, rostering and leave, exams, night shifts, and someone to debrief with.",
  },
  {
    key: 'student_peer_mentoring',
    name: 'Student peer mentoring',
    description:
      'Senior medical students mentor junior students: study, placements, exams, and finding their feet in the hospital.',
  },
];

const COMMON_QUESTIONS: Question[] = [
  {
    id: 'hopes',
    kind: 'short_text',
    label: 'What would you like to get out of the program?',
    side: 'both',
    required: false,
    options: [],
  },
  {
    id: 'contact',
    kind: 'choice',
    label: 'How would you prefer to meet?',
    side: 'both',
    required: true,
    options: ['In person', 'Video call', 'Phone', 'No preference'],
  },
  {
    id: 'confidence',
    kind: 'scale',
    label: 'How settled do you feel in the hospital right now? (1 = not at all, 5 = very)',
    side: 'mentee',
    required: false,
    options: [],
  },
];

interface Cohort {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * A template's settings for this organisation: cohorts are recognised by name ("PGY1 …" mentees and
 * "PGY2 …" mentors for interns), dates follow the mentee cohort's year, or start from today.
 */
export function settingsFromTemplate(template: ProgramTemplate, cohorts: Cohort[], today: string): ProgramSettings {
  const find = (pattern: RegExp) =>
    cohorts.filter((c) => pattern.test(c.name)).sort((a, b) => (a.startsOn < b.startsOn ? 1 : -1))[0];
  const info = TEMPLATES.find((t) => t.key === template)!;
  const intern = template === 'intern_peer_mentoring';
  const menteeCohort = intern ? find(/pgy ?1|intern/i) : find(/year [1-3]|junior/i);
  const mentorCohort = intern ? find(/pgy ?2/i) : find(/year [4-6]|senior/i);
  const start = menteeCohort && menteeCohort.startsOn > today ? menteeCohort.startsOn : addDays(today, 21);
  const open = addDays(start, -28) > today ? addDays(start, -28) : today;
  return {
    name: `${info.name} ${start.slice(0, 4)}`,
    description: info.description,
    menteeEligibility: {
      cohortIds: menteeCohort ? [menteeCohort.id] : [],
      careerStages: intern ? ['pgy1'] : ['student_preclinical', 'student_clinical'],
      roles: [],
    },
    mentorEligibility: {
      cohortIds: mentorCohort ? [mentorCohort.id] : [],
      careerStages: intern ? ['pgy2', 'resident', 'registrar'] : ['student_clinical'],
      roles: [],
    },
    mentorCapacity: 2,
    questions: COMMON_QUESTIONS,
    criteria: {
      sameSite: 3,
      sharedSpecialty: 2,
      wantedSpecialty: 4,
      sharedLanguage: 1,
      availability: 2,
      shiftPattern: 1,
      sharedExperience: 1.5,
      menteePreference: 3,
    },
    applicationsOpenOn: open,
    applicationsCloseOn: addDays(start, -7) > open ? addDays(start, -7) : addDays(open, 14),
    matchPublishOn: addDays(start, -7) > open ? addDays(start, -3) : addDays(open, 17),
    endsOn: menteeCohort && menteeCohort.endsOn > addDays(open, 60) ? menteeCohort.endsOn : addDays(open, 365),
    scheduleCohortId: menteeCohort?.id ?? null,
    cadenceDays: intern ? 91 : 28,
    trainingModuleIds: [],
  };
}
