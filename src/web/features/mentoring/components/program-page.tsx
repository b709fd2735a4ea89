import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { PROGRAM_AUDIENCE, type ApplicationSide } from '#shared/contracts/mentoring.ts';
import { ConfirmModal } from '#web/components/confirm-modal.tsx';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { hasRole, useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatCalendarDate, formatDate, todayIn } from '#web/lib/org-time.ts';
import { useProgramForMe } from '../api/get-program-for-me.ts';
import { useWithdrawMyApplication } from '../api/withdraw-my-application.ts';
import { peerSupportLine, SIDE_LABELS } from './mentoring-labels.ts';
import { NotOpenToYou } from './not-open-to-you.tsx';
import { PhaseBadge } from './phase-badge.tsx';
import { appliesLate, programWhen, takesApplications } from './program-dates.ts';
import { Section } from '#web/components/section.tsx';

const ARTICLE: Record<ApplicationSide, string> = { mentor: 'a mentor', mentee: 'a mentee' };

/** A program as a member sees it: what it is, whether they may apply, and what they applied for. */
export function ProgramPage() {
  const { programId = '' } = useParams();
  const org = useCurrentOrg();
  const { orgId, timeZone } = org;
  const location = useLocation();
  const forMe = useProgramForMe(orgId, programId);
  const withdraw = useWithdrawMyApplication(orgId, programId);
  const [withdrawing, setWithdrawing] = useState<ApplicationSide | null>(null);
  const justApplied = (location.state as { applied?: ApplicationSide } | null)?.applied;

  if (forMe.isPending) return <PageLoader label="Loading the program" />;
  if (forMe.isError) return <QueryError error={forMe.error} onRetry={() => void forMe.refetch()} />;
  const { program, eligibleAs, myApplications, trainingToDo, notOpenToYou } = forMe.data;
  const today = todayIn(timeZone);
  const open = takesApplications(program, today);
  const late = open && appliesLate(program, today);
  const canApplyAs = eligibleAs.filter((side) => !myApplications.some((a) => a.side === side));
  const base = `/o/${orgId}/mentoring/programs/${program.id}`;

  return (
    <>
      <PageHeader
        title={program.name}
        description={
          late
            ? `Applications closed on ${formatCalendarDate(program.applicationsCloseOn)}; late applications are welcome until ${formatCalendarDate(program.endsOn)}`
            : programWhen(program)
        }
        actions={
          <Group mt="xs">
            <PhaseBadge phase={program.phase} />
          </Group>
        }
      />
      <Stack gap="xl" maw={760}>
        {justApplied && myApplications.some((a) => a.side === justApplied) && (
          <Alert color="kindred" variant="light" role="status" title="Application sent">
            You applied as {ARTICLE[justApplied]}.{' '}
            {late
              ? 'Your coordinator matches late applications as places allow'
              : `Matches are planned for ${formatCalendarDate(program.matchPublishOn)}`}
            ; you will hear from us in the app and by e-mail.
          </Alert>
        )}
        {program.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{program.description}</Text>}
        <Alert variant="light" color="blue" title="Peer support">
          {peerSupportLine(PROGRAM_AUDIENCE[program.template].peers)} What you share stays between you and your mentor
          or mentee, unless someone is at risk of harm.
        </Alert>

        {myApplications.length > 0 && (
          <Section title="Your applications">
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {myApplications.map((application) => (
                <Paper key={application.side} component="li" withBorder p="md">
                  <Text fw={600}>As {ARTICLE[application.side]}</Text>
                  <Text size="sm" c="dimmed">
                    Sent on {formatDate(application.createdAt, timeZone)}
                  </Text>
                  {application.activePairs > 0 && (
                    <Text size="sm" mt="xs">
                      {application.side === 'mentee'
                        ? 'You have a mentor.'
                        : `You mentor ${application.activePairs} ${application.activePairs === 1 ? 'person' : 'people'} here.`}{' '}
                      <Anchor component={Link} to={`/o/${orgId}/mentoring`}>
                        Go to your pair space
                      </Anchor>
                    </Text>
                  )}
                  {/* A matched mentee's application is settled (a new match is asked for in the pair space); a mentor may still change how many they take. */}
                  {open && !(application.side === 'mentee' && application.activePairs > 0) && (
                    <Group mt="sm" gap="sm">
                      <Button
                        component={Link}
                        to={`${base}/apply/${application.side}`}
                        variant="default"
                        size="sm"
                        aria-label={`Change my ${SIDE_LABELS[application.side].toLowerCase()} application`}
                      >
                        Change
                      </Button>
                      {application.activePairs === 0 && (
                        <Button
                          variant="subtle"
                          color="red"
                          size="sm"
                          onClick={() => setWithdrawing(application.side)}
                          aria-label={`Withdraw my ${SIDE_LABELS[application.side].toLowerCase()} application`}
                        >
                          Withdraw
                        </Button>
                      )}
                    </Group>
                  )}
                </Paper>
              ))}
            </Stack>
          </Section>
        )}

        {open && canApplyAs.length > 0 && (
          <Section title="Apply">
            {late ? (
              <Text mb="sm">
                Applications closed on {formatCalendarDate(program.applicationsCloseOn)}, but you can still apply. Late
                applicants are matched as places allow, without changing anyone's existing pair.
              </Text>
            ) : (
              <Text mb="sm">
                Applying takes a few minutes. You can change or withdraw your application until applications close.
              </Text>
            )}
            <Group gap="sm">
              {canApplyAs.map((side) => (
                <Button
                  key={side}
                  component={Link}
                  to={`${base}/apply/${side}`}
                  variant={side === 'mentee' ? 'filled' : 'light'}
                >
                  Apply as {ARTICLE[side]}
                </Button>
              ))}
            </Group>
          </Section>
        )}
        {notOpenToYou && <NotOpenToYou why={notOpenToYou} orgId={orgId} />}
        {program.phase === 'upcoming' && eligibleAs.length > 0 && (
          <Text>You can apply from {formatCalendarDate(program.applicationsOpenOn)}.</Text>
        )}

        {trainingToDo.length > 0 && (
          <Section title="Training before you mentor">
            <Text mb="sm">Mentors complete these short modules before they are matched.</Text>
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {trainingToDo.map((trainingModule) => (
                <li key={trainingModule.id}>
                  <Anchor component={Link} to={`/o/${orgId}/mentoring/training/${trainingModule.id}`}>
                    {trainingModule.title}
                  </Anchor>
                </li>
              ))}
            </Stack>
          </Section>
        )}

        <Group gap="lg">
          <Anchor component={Link} to={`/o/${orgId}/mentoring`}>
            Back to Mentoring
          </Anchor>
          {hasRole(org, 'coordinator', 'org_admin') && (
            <Anchor component={Link} to={`${base}/manage`}>
              Manage this program
            </Anchor>
          )}
        </Group>
      </Stack>
      <ConfirmModal
        opened={withdrawing !== null}
        title="Withdraw your application?"
        confirmLabel="Withdraw"
        pending={withdraw.isPending}
        error={withdraw.isError ? errorMessage(withdraw.error) : null}
        onClose={() => {
          setWithdrawing(null);
          withdraw.reset();
        }}
        onConfirm={() => {
          if (withdrawing) withdraw.mutate(withdrawing, { onSuccess: () => setWithdrawing(null) });
        }}
      >
        You will not be matched {withdrawing === 'mentor' ? 'with a mentee' : 'with a mentor'} in {program.name}. You
        can apply again while applications are open.
      </ConfirmModal>
    </>
  );
}
