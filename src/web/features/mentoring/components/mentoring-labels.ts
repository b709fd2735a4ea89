import type { ApplicationSide, MEETING_FORMATS, PROGRAM_PHASES, QUESTION_KINDS } from '#shared/contracts/mentoring.ts';

export const PHASE_LABELS: Record<(typeof PROGRAM_PHASES)[number], string> = {
  upcoming: 'Opens soon',
  applications_open: 'Applications open',
  matching: 'Matching',
  running: 'Running',
  ended: 'Ended',
};

export const PHASE_COLORS: Record<(typeof PROGRAM_PHASES)[number], string> = {
  upcoming: 'gray',
  applications_open: 'kindred',
  matching: 'orange',
  running: 'blue',
  ended: 'gray',
};

export const SIDE_LABELS: Record<ApplicationSide, string> = { mentor: 'Mentor', mentee: 'Mentee' };

export const FORMAT_LABELS: Record<(typeof MEETING_FORMATS)[number], string> = {
  in_person: 'In person',
  video: 'Video call',
  phone: 'Phone',
  messages: 'Messages',
};

export const QUESTION_KIND_LABELS: Record<(typeof QUESTION_KINDS)[number], string> = {
  short_text: 'Short text',
  choice: 'One choice',
  multi_choice: 'Several choices',
  scale: 'Scale 1 to 5',
};

/** Said wherever someone joins or works in a pair: what mentoring here is, and what it is not, between the program's peers. */
export const peerSupportLine = (peers = 'doctors in training and medical students') =>
  `This is peer support between ${peers}. It is not supervision, assessment, counselling or therapy.`;
