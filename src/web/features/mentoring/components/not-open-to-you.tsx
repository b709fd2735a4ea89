import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ROLE_LABELS } from '#shared/contracts/common.ts';
import type { EligibilityNames } from '#shared/contracts/mentoring.ts';
import { CAREER_STAGE_LABELS } from '#shared/contracts/profile.ts';
import { Section } from '#web/components/section.tsx';
import type { ProgramForMember } from '../api/get-program-for-me.ts';

const either = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/** "mentors in PGY2 2027", "mentees at the stage Intern (PGY1)", or "any mentor". */
function whoSide(side: 'mentor' | 'mentee', rule: EligibilityNames): string {
  const parts = [
    rule.cohorts.length > 0 ? `in ${either(rule.cohorts)}` : null,
    rule.careerStages.length > 0
      ? `at the stage ${either(rule.careerStages.map((s) => CAREER_STAGE_LABELS[s]))}`
      : null,
    rule.roles.length > 0 ? `with the role ${either(rule.roles.map((r) => ROLE_LABELS[r].toLowerCase()))}` : null,
  ].filter((p) => p !== null);
  return parts.length === 0 ? `any ${side}` : `${side}s ${parts.join(' and ')}`;
}

/** A program a member cannot join: why, where they stand, and what they can do instead (not a dead end). */
export function NotOpenToYou({ why, orgId }: { why: NonNullable<ProgramForMember['notOpenToYou']>; orgId: string }) {
  const stagesMatter = why.mentors.careerStages.length > 0 || why.mentees.careerStages.length > 0;
  return (
    <Section title="This program is not open to you">
      <Stack gap="xs">
        <Text>
          It is for {whoSide('mentor', why.mentors)} and {whoSide('mentee', why.mentees)}.{' '}
          {why.you.cohort ? `Your cohort is ${why.you.cohort}.` : 'You are not in a cohort yet.'}
          {stagesMatter &&
            (why.you.careerStage
              ? ` Your career stage is ${CAREER_STAGE_LABELS[why.you.careerStage]}.`
              : ' Your profile gives no career stage.')}
        </Text>
        <Text>
          If you think it should be open to you, check that{' '}
          <Anchor component={Link} to={`/o/${orgId}/profile`}>
            your profile
          </Anchor>{' '}
          is up to date (your cohort is set by your organisation), or ask{' '}
          {why.coordinator ? `${why.coordinator}, who runs this program` : "the program's coordinator"}.
        </Text>
        <Anchor component={Link} to={`/o/${orgId}/mentoring`}>
          See the programs open to you
        </Anchor>
      </Stack>
    </Section>
  );
}
