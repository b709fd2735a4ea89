import { inTransaction, type TransactionScope } from '#db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { queueMails } from '../mail/index.ts';
import { notify } from '../notifications/index.ts';
import { contactsOf, peopleRelatedTo } from '../people/index.ts';
import { programFor, type PeerProgramRow } from './program-repo.ts';
import { nobodyFreeNotice, offerMail, offerNotice } from './routing-mails.ts';
import * as repo from './routing-repo.ts';
import type { RosterPerson, RoutableRequest, StepMove } from './routing-repo.ts';

/** Steps of routing (see the schema): on shift now, other available supporters, the backup, the lead, nobody left. */
export const STEP = { onShift: 0, available: 1, backup: 2, lead: 3, nobodyLeft: 4 } as const;

/** Requests routed per transaction by the job: a batch's offers, notifications and e-mails commit together. */
const BATCH = 1000;

type Scope = Pick<TransactionScope, 'db' | 'client'>;

/**
 * The job: routes every waiting request never routed or whose step's time is up, across all organisations,
 * in batches until none is left. Each batch is claimed with SKIP LOCKED and moved with a conditional update in
 * one transaction, so two runs at once (two instances, or a restart mid-run) route each step of a request once.
 */
export async function routeWaitingRequests(deps: AppDeps): Promise<{ routed: number }> {
  let routed = 0;
  for (;;) {
    const batch = await inTransaction(deps.database, async (scope) => {
      const due = await repo.claimDueRequests(scope.db, BATCH);
      return { claimed: due.length, moved: await routeRequests(deps, scope, due) };
    });
    routed += batch.moved;
    if (batch.claimed < BATCH) return { routed };
  }
}

/**
 * Routes these requests one step on (a request never routed: its own step) in the caller's transaction: the
 * people of the first step that has anyone get an offer and an in-app notification each, and an e-mail (one per
 * person for all this run offers them); a step with nobody is skipped at once; with nobody left at all the request
 * stays waiting at the last step, open to everyone offered before, and its requester is told who they can call.
 * Candidates are loaded once per organisation. Answers how many requests moved.
 */
export async function routeRequests(deps: AppDeps, scope: Scope, requests: RoutableRequest[]): Promise<number> {
  const moves: StepMove[] = [];
  const offers: { orgId: string; requestId: string; personId: string; step: number }[] = [];
  for (const [orgId, ofOrg] of groupBy(requests, (r) => r.orgId)) {
    const program = await programFor(scope.db, orgId);
    const chooser = await candidateChooser(scope, program, ofOrg);
    for (const request of ofOrg) {
      const plan = chooser.plan(request);
      moves.push({
        requestId: request.id,
        fromStep: request.step,
        toStep: plan.step,
        dueInMinutes: plan.step === STEP.nobodyLeft ? null : program.ackMinutes,
      });
      for (const personId of plan.people) offers.push({ orgId, requestId: request.id, personId, step: plan.step });
    }
  }
  // Only requests still where they were read get their offers: another run may have moved one meanwhile.
  const moved = await repo.moveToSteps(scope.db, moves);
  const made = offers.filter((o) => moved.has(o.requestId));
  await repo.insertOffers(scope.db, made);

  const byId = new Map(requests.map((r) => [r.id, r]));
  const notices = made.map((o) => ({
    orgId: o.orgId,
    item: { personId: o.personId, ...offerNotice(byId.get(o.requestId)!) },
  }));
  for (const m of moves) {
    const r = byId.get(m.requestId)!;
    if (moved.has(r.id) && m.toStep === STEP.nobodyLeft && m.fromStep < STEP.nobodyLeft && r.requesterId)
      notices.push({ orgId: r.orgId, item: { personId: r.requesterId, ...nobodyFreeNotice(r) } });
  }
  for (const [orgId, ofOrg] of groupBy(notices, (n) => n.orgId))
    await notify(
      scope.db,
      orgId,
      ofOrg.map((n) => n.item),
    );
  const offeredTo = groupBy(made, (o) => o.personId);
  const contacts = await contactsOf(scope.db, [...offeredTo.keys()]);
  await queueMails(
    deps.jobs,
    [...offeredTo].map(([personId, theirs]) =>
      offerMail(
        deps.config.appUrl,
        contacts.get(personId)!.email,
        theirs.map((o) => byId.get(o.requestId)!),
      ),
    ),
    scope.client,
  );
  return moved.size;
}

interface Plan {
  step: number;
  people: string[];
}

/**
 * Who a request of this organisation goes to at each step, from everything loaded once: the roster (supporters,
 * the backup and the lead), the no-assessor relations of the requesters, and who was offered each request already.
 */
async function candidateChooser(scope: Scope, program: PeerProgramRow, requests: RoutableRequest[]) {
  const orgId = program.orgId;
  const designated = [program.backupPersonId, program.leadPersonId].filter((id): id is string => id !== null);
  const roster = await repo.rosterOf(scope.db, { orgId, alsoPersonIds: designated });
  const people = new Map(roster.map((p) => [p.personId, p]));
  const requesterIds = [...new Set(requests.map((r) => r.requesterId).filter((id): id is string => id !== null))];
  // The no-assessor rule (docs/privacy.md, rule 6): of either source, recorded or self-declared.
  const related = await peopleRelatedTo(scope.db, orgId, requesterIds);
  const offered = await repo.offeredSoFar(
    scope.db,
    requests.filter((r) => r.routed).map((r) => r.id),
  );
  // Trained, not on a break, under their cap: the same for every request, so decided once.
  const available = roster.filter(
    (p) => p.isSupporter && p.trained && !p.onBreak && p.load < (p.weeklyCap ?? program.defaultWeeklyCap),
  );
  // Offers of waiting requests each holds, counting this run's: equally loaded people share the requests, rather
  // than the same few being paged for every one.
  const pending = new Map(roster.map((p) => [p.personId, p.pendingOffers]));

  const allowedFor = (request: RoutableRequest, person: RosterPerson) =>
    person.personId !== request.requesterId &&
    !(request.requesterId && related.get(request.requesterId)?.has(person.personId)) &&
    !(
      request.notMyDepartment &&
      request.requesterDepartmentId &&
      person.departmentId === request.requesterDepartmentId
    ) &&
    !offered.get(request.id)?.has(person.personId);

  // A similar career stage is a preference, not a filter: it orders candidates, then the least loaded, then who
  // holds fewest offers, then the roster's order (by id). Folded into one number, and the best few picked in one
  // pass rather than sorting the roster for each of a thousand requests.
  const supportersFor = (request: RoutableRequest, onShiftOnly: boolean) => {
    const stage = request.similarStage ? request.requesterCareerStage : null;
    const best: { personId: string; rank: number }[] = [];
    for (const p of available) {
      if ((onShiftOnly && !p.onShift) || !allowedFor(request, p)) continue;
      const rank = (stage !== null && p.careerStage === stage ? 0 : 1e12) + p.load * 1e7 + pending.get(p.personId)!;
      if (best.length === program.supportersPerStep && rank >= best[best.length - 1]!.rank) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.rank > rank) at--;
      best.splice(at, 0, { personId: p.personId, rank });
      if (best.length > program.supportersPerStep) best.pop();
    }
    return best.map((b) => b.personId);
  };

  // The backup and the lead are named by the program, not drawn from the roster (no role, training, break or cap
  // asked of them): their step is skipped when no active member is named, or the one named is the requester, is
  // related to them (no-assessor rule), is of their department when they asked otherwise, or already has it.
  const designatedFor = (request: RoutableRequest, personId: string | null) => {
    const person = personId ? people.get(personId) : undefined;
    return person && allowedFor(request, person) ? [person.personId] : [];
  };

  const candidatesAt = (request: RoutableRequest, step: number): string[] => {
    if (step === STEP.onShift) return supportersFor(request, true);
    if (step === STEP.available) return supportersFor(request, false);
    if (step === STEP.backup) return designatedFor(request, program.backupPersonId);
    return designatedFor(request, program.leadPersonId);
  };

  return {
    plan(request: RoutableRequest): Plan {
      for (let step = request.routed ? request.step + 1 : request.step; step < STEP.nobodyLeft; step++) {
        const chosen = candidatesAt(request, step);
        if (chosen.length === 0) continue;
        for (const id of chosen) pending.set(id, (pending.get(id) ?? 0) + 1);
        return { step, people: chosen };
      }
      return { step: STEP.nobodyLeft, people: [] };
    },
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) (groups.get(key(item)) ?? groups.set(key(item), []).get(key(item))!).push(item);
  return groups;
}
