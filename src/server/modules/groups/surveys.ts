import { inTransaction, type TransactionScope } from '#db/transaction.ts';
import { MIN_RESPONSES } from '#shared/contracts/groups.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { conflict, notFound } from '../../errors.ts';
import { holdAnswer, releaseScopes } from '../anonymous-answers/index.ts';
import { queueMails } from '../mail/index.ts';
import { notify } from '../notifications/index.ts';
import { formatWhen } from './calendar.ts';
import { findGroup } from './group-repo.ts';
import * as repo from './survey-repo.ts';
import { findSession } from './session-repo.ts';
import { orgToday } from '../organisation/index.ts';

/** A survey stays open this long after its session ends. */
export const SURVEY_DAYS = 7;

/** Invites people who came to a session to its anonymous survey, by notification and e-mail, in the caller's transaction. */
export async function inviteToSurvey(
  deps: AppDeps,
  scope: TransactionScope,
  session: { id: string; orgId: string; groupId: string; groupName: string; startsAt: Date; timeZone: string },
  people: { id: string; name: string; email: string }[],
) {
  const path = `/o/${session.orgId}/groups/${session.groupId}/sessions/${session.id}/survey`;
  const when = formatWhen(session.startsAt, session.timeZone);
  await notify(
    scope.db,
    session.orgId,
    people.map((p) => ({
      personId: p.id,
      title: `How was ${session.groupName}?`,
      body: 'Four questions, anonymous: your answer is never linked to you.',
      link: path,
    })),
  );
  await queueMails(
    deps.jobs,
    people.map((p) => ({
      to: p.email,
      subject: `${session.groupName}: how was the session? (anonymous, 1 minute)`,
      text:
        `Hello ${p.name},\n\nThank you for coming to "${session.groupName}" on ${when}. Four short questions ` +
        `help the facilitators and the program. Your answers are anonymous: they are stored apart from your ` +
        `name, released only in batches of at least ${MIN_RESPONSES}, and shown only once ${MIN_RESPONSES} ` +
        `people have answered.\n\nThe survey is open for ${SURVEY_DAYS} days: ${deps.config.appUrl}${path}\n`,
    })),
    scope.client,
  );
}

/**
 * Run by the scheduled job: after each session, everyone who came (by the register once taken, else
 * by saying yes) is invited to the anonymous survey, once. Marked sent in the transaction that queues the mail.
 */
export async function sendSurveyInvitations(deps: AppDeps): Promise<number> {
  return inTransaction(deps.database, async (scope) => {
    const ended = await repo.claimEndedSessions(scope.db, SURVEY_DAYS);
    for (const s of ended) {
      await inviteToSurvey(deps, scope, s, await repo.attendeesOf(scope.db, s.id));
    }
    await repo.markSurveySent(
      scope.db,
      ended.map((s) => s.id),
    );
    return ended.length;
  });
}

export async function openSurveys(deps: AppDeps, ctx: RequestContext) {
  const open = await repo.openSurveysOf(deps.db, {
    orgId: ctx.org.orgId,
    personId: ctx.person.id,
    withinDays: SURVEY_DAYS,
  });
  return open.map((s) => ({
    sessionId: s.sessionId,
    group: { id: s.groupId, name: s.groupName },
    sessionOn: s.sessionOn,
    closesOn: s.closesOn,
  }));
}

/**
 * Takes one attendee's answer, once. "Has answered" is recorded at once; the answer joins the
 * group's pool of held answers, and is released with the others only when at least 5 are waiting.
 */
export async function submitSurvey(
  deps: AppDeps,
  ctx: RequestContext,
  { groupId, sessionId, answer }: { groupId: string; sessionId: string; answer: repo.Answer },
) {
  const group = await findGroup(deps.db, ctx.org.orgId, groupId);
  const session = group && (await findSession(deps.db, { orgId: ctx.org.orgId, groupId, sessionId }));
  if (!group || !session || !(await repo.came(deps.db, sessionId, ctx.person.id))) throw notFound('That survey');
  const ends = session.startsAt.getTime() + session.durationMinutes * 60_000;
  if (session.cancelledAt || ends > Date.now())
    throw conflict('survey_not_open', 'The survey opens when the session ends', 'helpful');
  if (ends + SURVEY_DAYS * 86_400_000 < Date.now())
    throw conflict('survey_closed', `The survey closed ${SURVEY_DAYS} days after the session`, 'helpful');
  const answered = { orgId: ctx.org.orgId, sessionId, personId: ctx.person.id };
  if (
    !(await holdAnswer(deps.database, deps.sealer, repo.groupSurveys, groupId, {
      hasAnswered: answered,
      answer: { orgId: ctx.org.orgId, programId: group.programId, groupId, ...answer },
    }))
  ) {
    throw conflict('already_answered', 'You have already answered this survey', 'helpful');
  }
  await releaseHeldAnswers(deps, [{ orgId: ctx.org.orgId, groupId }]);
}

/**
 * Releases a group's held answers into the answers table once at least 5 are waiting, in its own
 * transaction (also run by the scheduled job). Fewer are never released, so every released answer
 * is one of at least 5 from the same group that no stored order or transaction can tell apart.
 */
export async function releaseHeldAnswers(deps: AppDeps, only?: { orgId: string; groupId: string }[]): Promise<number> {
  const candidates = only ?? (await repo.poolSizes(deps.db, MIN_RESPONSES));
  const scopes = candidates.map((c) => ({ orgId: c.orgId, scopeId: c.groupId }));
  return releaseScopes(deps.database, deps.sealer, repo.groupSurveys, scopes, {
    minimum: MIN_RESPONSES,
    today: (orgId) => orgToday(deps.db, orgId),
  });
}
