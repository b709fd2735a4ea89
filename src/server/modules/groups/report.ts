import {
  behindOnSupervision,
  FEWER_THAN_5,
  type GroupReport,
  MIN_RESPONSES,
  type SurveyResults,
} from '#shared/contracts/groups.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import * as facilitation from './facilitation-repo.ts';
import * as groups from './group-repo.ts';
import { requireProgram } from './groups.ts';
import { type ReleasedAnswer, releasedAnswers } from './survey-repo.ts';
import { orgToday } from '../organisation/index.ts';

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (answers: ReleasedAnswer[], pick: (a: ReleasedAnswer) => number) =>
  round1(answers.reduce((s, a) => s + pick(a), 0) / answers.length);
const shuffled = <T>(items: T[]) =>
  items
    .map((v) => ({ v, k: Math.random() }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.v);

/** Privacy rule 4: from fewer than 5 answers nothing is shown, not even how many there are. */
export function surveyResults(rows: ReleasedAnswer[]): SurveyResults {
  if (rows.length < MIN_RESPONSES) {
    const hidden = { suppressed: true, value: null };
    return {
      responses: hidden,
      meanHelpful: hidden,
      meanLessAlone: hidden,
      meanAbleToCope: hidden,
      changes: [],
      note: FEWER_THAN_5,
    };
  }
  const shown = (value: number) => ({ suppressed: false, value });
  return {
    responses: shown(rows.length),
    meanHelpful: shown(mean(rows, (r) => r.helpful)),
    meanLessAlone: shown(mean(rows, (r) => r.lessAlone)),
    meanAbleToCope: shown(mean(rows, (r) => r.ableToCope)),
    changes: shuffled(rows.map((r) => r.change).filter((c) => c !== '')),
    note: null,
  };
}

/**
 * The coordinator's view of a program: places, wait-lists, attendance (head counts from the logs),
 * survey results (suppressed below 5), and groups whose facilitators are behind on supervision.
 */
export async function groupProgramReport(deps: AppDeps, ctx: RequestContext, programId: string): Promise<GroupReport> {
  const program = await requireProgram(deps, ctx, programId);
  const today = await orgToday(deps.db, ctx.org.orgId);
  const rows = await groups.groupsOfProgram(deps.db, ctx.org.orgId, programId);
  const ids = rows.map((r) => r.id);
  const counts = await groups.placeCounts(deps.db, ids);
  const facilitators = await groups.facilitatorsOf(deps.db, ids);
  const attendance = await facilitation.attendanceOf(deps.db, ctx.org.orgId, ids);
  const held = await facilitation.heldSessionDates(deps.db, ctx.org.orgId, ids);
  const supervised = await facilitation.lastSupervision(deps.db, ids);
  const answers = await releasedAnswers(deps.db, ctx.org.orgId, programId);
  // The program's figures count only groups whose own figures are shown: otherwise the program's
  // minus the shown groups' would give away a hidden group's answers. (Answers are released in
  // batches of 5 per group, so this only matters for answers that reached the table another way.)
  const perGroup = new Map<string, number>();
  for (const a of answers) perGroup.set(a.groupId, (perGroup.get(a.groupId) ?? 0) + 1);
  const countable = answers.filter((a) => perGroup.get(a.groupId)! >= MIN_RESPONSES);
  return {
    program: { id: program.id, name: program.name },
    survey: surveyResults(countable),
    groups: rows.map((g) => {
      const sessions = held.filter((h) => h.groupId === g.id);
      const behind = facilitators
        .filter((f) => f.groupId === g.id)
        .filter((f) => {
          const last = supervised.find((s) => s.groupId === g.id && s.facilitatorId === f.id)?.metOn ?? null;
          return behindOnSupervision(
            sessions.map((s) => s.sessionOn),
            last,
            today,
          );
        });
      const lastMet =
        supervised
          .filter((s) => s.groupId === g.id)
          .map((s) => s.metOn)
          .sort()
          .at(-1) ?? null;
      const logs = attendance.filter((a) => a.groupId === g.id);
      return {
        id: g.id,
        name: g.name,
        members: counts.get(g.id)?.member ?? 0,
        maxMembers: g.maxMembers,
        waitlist: counts.get(g.id)?.waiting ?? 0,
        sessionsHeld: sessions.length,
        attendance: logs.map((a) => ({ sessionOn: a.sessionOn, count: a.count })),
        escalations: logs.filter((a) => a.escalation).length,
        survey: surveyResults(answers.filter((a) => a.groupId === g.id)),
        supervision: {
          overdue: behind.length > 0,
          facilitatorsBehind: behind.map((f) => ({ id: f.id, name: f.name })),
          lastMetOn: lastMet,
        },
      };
    }),
  };
}

/** Quoted where needed; a leading =, +, - or @ is defused so a spreadsheet never runs a group's name as a formula. */
function csvCell(v: string | number): string {
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
const figure = (c: { suppressed: boolean; value: number | null }) => (c.suppressed ? FEWER_THAN_5 : (c.value ?? ''));

/** The same report as CSV for coordinators, with the same suppression: a hidden figure reads "fewer than 5 responses". */
export function reportCsv(report: GroupReport): string {
  const header = [
    'group',
    'members',
    'max members',
    'wait-list',
    'sessions held',
    'mean attendance',
    'supervision overdue',
    'responses',
    'helpful (1-5)',
    'less alone (1-5)',
    'more able to cope (1-5)',
  ];
  const line = (
    name: string,
    g: Pick<
      GroupReport['groups'][number],
      'members' | 'maxMembers' | 'waitlist' | 'sessionsHeld' | 'attendance'
    > | null,
    overdue: string,
    s: SurveyResults,
  ) =>
    [
      name,
      g?.members ?? '',
      g?.maxMembers ?? '',
      g?.waitlist ?? '',
      g?.sessionsHeld ?? '',
      g && g.attendance.length ? round1(g.attendance.reduce((n, a) => n + a.count, 0) / g.attendance.length) : '',
      overdue,
      figure(s.responses),
      figure(s.meanHelpful),
      figure(s.meanLessAlone),
      figure(s.meanAbleToCope),
    ]
      .map(csvCell)
      .join(',');
  const lines = [
    header.join(','),
    ...report.groups.map((g) => line(g.name, g, g.supervision.overdue ? 'yes' : 'no', g.survey)),
    line(`All groups of ${report.program.name}`, null, '', report.survey),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
