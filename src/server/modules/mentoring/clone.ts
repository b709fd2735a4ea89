import { inTransaction } from '#db/transaction.ts';
import { ZDate } from '#shared/contracts/common.ts';
import { PROGRAM_AUDIENCE, type ProgramSettings } from '#shared/contracts/mentoring.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { alreadyDone, conflict } from '../../errors.ts';
import { queueMails, successionMail } from '../mail/index.ts';
import { spelledDate } from '../../spelled-date.ts';
import { notify } from '../notifications/index.ts';
import {
  insertInvitations,
  insertProgram,
  listCohortDates,
  lockProgram,
  menteesOfProgram,
  successorOf,
} from './program-repo.ts';
import { requireProgram, toProgram } from './programs.ts';
import { findOrganisation, orgToday } from '../organisation/index.ts';

/** A name with its year moved on one ("Intern peer mentoring 2027" becomes "… 2028"); null when it names no year. */
const nameAYearOn = (name: string) => (/\d{4}/.test(name) ? name.replace(/\d{4}/, (y) => String(Number(y) + 1)) : null);

/** Next year's namesake of a cohort ("PGY1 2027" becomes "PGY1 2028") where the organisation has made it. */
function cohortAYearOn(cohortId: string, cohorts: { id: string; name: string }[]): string | null {
  const name = cohorts.find((c) => c.id === cohortId)?.name;
  const next = name && nameAYearOn(name);
  return (next && cohorts.find((c) => c.name === next)?.id) ?? null;
}

const nextYear = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`.replace(/-02-29$/, '-02-28');

/**
 * Next year's program from this one (same settings, dates a year on, each cohort replaced by next
 * year's namesake where it exists, the rest for the coordinator to review), and succession: this
 * year's mentees are invited to mentor in it. The invitation itself makes them eligible as mentors, so
 * it holds even before they move to next year's cohort.
 */
export async function cloneProgram(
  deps: AppDeps,
  ctx: RequestContext,
  programId: string,
  options: { inviteMenteesToMentor: boolean },
) {
  const old = await requireProgram(deps, ctx, programId);
  const today = await orgToday(deps.db, ctx.org.orgId);
  const cohorts = await listCohortDates(deps.db, ctx.org.orgId);
  const yearOn = (ids: string[]) => ids.map((id) => cohortAYearOn(id, cohorts) ?? id);
  const {
    id: _id,
    template,
    phase: _phase,
    publishedAt: _publishedAt,
    nextProgramId: _next,
    ...current
  } = toProgram(old, today);
  const settings: ProgramSettings = {
    ...current,
    name: nameAYearOn(old.name) ?? `${old.name} (next year)`,
    applicationsOpenOn: nextYear(old.applicationsOpenOn),
    applicationsCloseOn: nextYear(old.applicationsCloseOn),
    matchPublishOn: nextYear(old.matchPublishOn),
    endsOn: nextYear(old.endsOn),
    mentorEligibility: { ...current.mentorEligibility, cohortIds: yearOn(current.mentorEligibility.cohortIds) },
    menteeEligibility: { ...current.menteeEligibility, cohortIds: yearOn(current.menteeEligibility.cohortIds) },
    // The meeting plan follows next year's rotation terms; without that cohort, the coordinator chooses.
    scheduleCohortId: old.scheduleCohortId ? cohortAYearOn(old.scheduleCohortId, cohorts) : null,
  };
  if (!ZDate.safeParse(settings.endsOn).success)
    throw conflict('out_of_range', 'A year on, this program would end after 2999', 'endsOn');
  // The new program, the invitations and their e-mails are one transaction: none without the others.
  const { created, invited } = await inTransaction(deps.database, async ({ db, client }) => {
    // Once only: a second click, or a second coordinator at the same moment, finds next year's program there.
    await lockProgram(db, old.id);
    const existing = await successorOf(db, ctx.org.orgId, old.id);
    if (existing)
      throw alreadyDone('already_set_up', "Next year's program has already been set up from this one", existing);
    const created = await insertProgram(db, {
      orgId: ctx.org.orgId,
      template: old.template,
      settings,
      createdBy: ctx.person.id,
      previousProgramId: old.id,
    });
    if (!options.inviteMenteesToMentor) return { created, invited: 0 };
    const mentees = await menteesOfProgram(db, ctx.org.orgId, old.id);
    const opensOn = spelledDate(
      settings.applicationsOpenOn,
      (await findOrganisation(db, ctx.org.orgId))?.country ?? '',
    );
    await insertInvitations(
      db,
      ctx.org.orgId,
      created.id,
      'mentor',
      mentees.map((m) => m.id),
    );
    const url = `${deps.config.appUrl}/o/${ctx.org.orgId}/mentoring/programs/${created.id}`;
    await notify(
      db,
      ctx.org.orgId,
      mentees.map((m) => ({
        personId: m.id,
        title: `Mentor in ${settings.name}?`,
        body: 'You have been mentored this year. Next year, pass it on: applications open soon.',
        link: url,
      })),
    );
    await queueMails(
      deps.jobs,
      mentees.map((m) =>
        successionMail({
          to: m.email,
          name: m.name,
          programName: old.name,
          nextProgramName: settings.name,
          nextMentees: PROGRAM_AUDIENCE[template].mentees,
          opensOn,
          url,
        }),
      ),
      client,
    );
    return { created, invited: mentees.length };
  });
  return { program: toProgram(created, today), invited };
}
