import { Badge, Button, Collapse, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Pair } from '#shared/contracts/mentoring.ts';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatDate } from '#web/lib/org-time.ts';
import { useAcceptAgreement } from '../api/accept-agreement.ts';
import { agreementAcceptedByMe } from './pair-summary.ts';
import { Section } from '#web/components/section.tsx';

/** "every 6 weeks", or "every 10 days" when the cadence is not whole weeks. */
const every = (days: number) =>
  days % 7 === 0 ? (days === 7 ? 'every week' : `every ${days / 7} weeks`) : `every ${days} days`;

/** The agreement's meeting promise fits the plan: rotation terms where the program follows them, its cadence where not. */
function agreementTerms(pair: Pair) {
  const meet = pair.followsTerms
    ? 'We aim to meet before and after each rotation term'
    : `We aim to meet at least ${every(pair.program.cadenceDays)}`;
  return [
    'We meet as peers. This is peer support: not supervision, assessment, counselling or therapy.',
    'What we talk about stays between us, unless one of us or someone else is at risk of harm. Then we get help, and we say so.',
    'Nothing from our meetings goes into training portfolios, assessments, progress reviews or reports about either of us.',
    'We do not discuss identifiable patients or the details of cases.',
    `${meet}, and say early if we cannot make it.`,
    'Either of us can ask for a new match at any time. No fault, and no reason needed.',
  ];
}

function Acceptance({ role, name, acceptedAt }: { role: string; name: string; acceptedAt: string | null }) {
  const { timeZone } = useCurrentOrg();
  return (
    <Group gap="xs">
      <Text size="sm" fw={600}>
        {name} ({role}):
      </Text>
      {acceptedAt ? (
        <Badge color="kindred" variant="light" radius="sm">
          Accepted on {formatDate(acceptedAt, timeZone)}
        </Badge>
      ) : (
        <Badge color="gray" variant="light" radius="sm">
          Not yet accepted
        </Badge>
      )}
    </Group>
  );
}

export function PairAgreement({ pair }: { pair: Pair }) {
  const { orgId } = useCurrentOrg();
  const accept = useAcceptAgreement(orgId, pair.id);
  const mine = agreementAcceptedByMe(pair);
  const bothAccepted = pair.agreement.mentorAcceptedAt !== null && pair.agreement.menteeAcceptedAt !== null;
  // Once both have accepted, the terms fold away so the meetings come first on a phone.
  const [reading, setReading] = useState(!bothAccepted);
  return (
    <Section title="Our agreement">
      <Paper withBorder p="md">
        <Stack gap="md">
          {bothAccepted && (
            <Group justify="space-between" gap="xs">
              <Text>
                You have both accepted the agreement: peer support, in confidence unless someone is at risk of harm.
              </Text>
              <Button
                variant="subtle"
                px={0}
                onClick={() => setReading((r) => !r)}
                aria-expanded={reading}
                aria-controls={`agreement-${pair.id}`}
              >
                {reading ? 'Hide the agreement' : 'Read the agreement'}
              </Button>
            </Group>
          )}
          <Collapse in={reading} id={`agreement-${pair.id}`}>
            <List spacing="xs">
              {agreementTerms(pair).map((term) => (
                <List.Item key={term}>{term}</List.Item>
              ))}
            </List>
          </Collapse>
          <Stack gap={6}>
            <Acceptance role="mentor" name={pair.mentor.name} acceptedAt={pair.agreement.mentorAcceptedAt} />
            <Acceptance role="mentee" name={pair.mentee.name} acceptedAt={pair.agreement.menteeAcceptedAt} />
          </Stack>
          {!mine && pair.status === 'active' && (
            <>
              <FormError message={accept.isError ? errorMessage(accept.error) : null} />
              <Group>
                <Button onClick={() => accept.mutate(undefined)} loading={accept.isPending}>
                  I accept this agreement
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Paper>
    </Section>
  );
}
