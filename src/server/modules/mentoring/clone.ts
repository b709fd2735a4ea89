import { inTransaction } from '#db/transaction.ts';
import { ZDate } from '#shared/contracts/common.ts';
import type { ProgramSettings } from '#shared/contracts/mentoring.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { conflict } from '../../errors.ts';
import { queueMails } from '../mail/mailer.ts';
import { notify } from '../notifications/repo.ts';
import { insertProgram, menteesOfProgram } from './program-repo.ts';
import { requireProgram, toProgram } from './programs.ts';
import { orgToday } from '../organisation/repo.ts';

const nextYear = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`.replace(/-02-29$/, '-02-28');

/**
 * Next year's program from this one (same settings, dates a year on, cohorts to be reviewed), and
 * succession: this year's mentees are invited to mentor in it.
 */
export async function cloneProgram(deps: AppDeps, ctx: RequestContext, programId: string, options: { inviteMenteesToMentor: boolean }) {
  const old = await requireProgram(deps, ctx, programId);
  const today = await orgToday(deps.db, ctx.org.orgId);
  const { id: _id, template: _template, phase: _phase, publishedAt: _publishedAt, ...current } = toProgram(old, today);
  const settings: ProgramSettings = {
    ...current,
    name: /\d{4}/.test(old.name) ? old.name.replace(/\d{4}/, (y) => String(Number(y) + 1)) : `${old.name} (next year)`,
    applicationsOpenOn: nextYear(old.applicationsOpenOn),
    applicationsCloseOn: nextYear(old.applicationsCloseOn),
    matchPublishOn: nextYear(old.matchPublishOn),
    endsOn: nextYear(old.endsOn),
    // Next year's cohorts and terms are new rows; the coordinator chooses them.
    scheduleCohortId: null,
  };
  if (!ZDate.safeParse(settings.endsOn).success) throw conflict('out_of_range', 'A year on, this program would end after 2999', 'endsOn');
  // The new program, the invitations and their e-mails are one transaction: none without the others.
  const { created, invited } = await inTransaction(deps.database, async ({ db, client }) => {
    const created = await insertProgram(db, ctx.org.orgId, old.template, settings, ctx.person.id, old.id);
    if (!options.inviteMenteesToMentor) return { created, invited: 0 };
    const mentees = await menteesOfProgram(db, ctx.org.orgId, old.id);
    const url = `${deps.config.appUrl}/o/${ctx.org.orgId}/mentoring/programs/${created.id}`;
    await notify(db, ctx.org.orgId, mentees.map((m) => ({ personId: m.id, title: `Mentor in ${settings.name}?`, body: 'You have been mentored this year. Next year, pass it on: applications open soon.', link: url })));
    await queueMails(
      deps.jobs,
      mentees.map((m) => ({
        to: m.email,
        subject: `Would you mentor in ${settings.name}?`,
        text: `Hello ${m.name},\n\nYou were mentored in ${old.name}. Next year's interns will need someone who has just been where they are. Applications for ${settings.name} open on ${settings.applicationsOpenOn}.\n\n${url}\n`,
      })),
      client,
    );
    return { created, invited: mentees.length };
  });
  return { program: toProgram(created, today), invited };
}
