import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { Pair } from '#shared/contracts/mentoring.ts';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { otherPerson } from './pair-summary.ts';

type Shared = NonNullable<Pair['contact']>['partner'];

const sharesAnything = (c: Shared) => c.email !== null || c.phone !== null || c.note !== null;

/** What the viewer shares, in a few words: "your e-mail and phone number". */
function whatYouShare(mine: Shared): string {
  const parts = [mine.email && 'an e-mail address', mine.phone && 'a phone number', mine.note && 'a note'].filter(
    Boolean,
  ) as string[];
  return parts.length === 0
    ? 'nothing yet'
    : parts.length === 1
      ? parts[0]!
      : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Until Kindred has messages: how the two of a running pair reach each other, or who can put them in touch. */
export function PairContact({ pair }: { pair: Pair }) {
  const { orgId } = useCurrentOrg();
  if (!pair.contact) return null;
  const { partner, mine, coordinators } = pair.contact;
  const other = otherPerson(pair);
  return (
    <Section title={`How to reach ${other.name}`}>
      <Paper withBorder p="md">
        <Stack gap="xs">
          {sharesAnything(partner) ? (
            <>
              {partner.email && (
                <Text>
                  E-mail: <Anchor href={`mailto:${partner.email}`}>{partner.email}</Anchor>
                </Text>
              )}
              {partner.phone && (
                <Text>
                  Phone: <Anchor href={`tel:${partner.phone.replace(/[^\d+]/g, '')}`}>{partner.phone}</Anchor>
                </Text>
              )}
              {partner.note && (
                <Text>
                  {other.name} says: “{partner.note}”
                </Text>
              )}
            </>
          ) : (
            <Text>
              {other.name} has not shared contact details yet. Share yours in your profile so they can reach you; their
              details appear here once they add theirs.
              {coordinators.length > 0 ? (
                <>
                  {' '}
                  Or ask {coordinators.length === 1 ? 'your coordinator' : 'a coordinator'},{' '}
                  {coordinators.map((c, i) => (
                    <Fragment key={c.id}>
                      {i > 0 && (i === coordinators.length - 1 ? ' or ' : ', ')}
                      <Anchor href={`mailto:${c.email}`}>{c.name}</Anchor>
                    </Fragment>
                  ))}
                  , to put you in touch.
                </>
              ) : (
                ` Or ask whoever runs ${pair.program.name} to put you in touch.`
              )}
            </Text>
          )}
          <Text size="sm">
            {other.name} sees {whatYouShare(mine)} from you.{' '}
            <Anchor component={Link} to={`/o/${orgId}/profile#partner-contact`}>
              {sharesAnything(mine) ? 'Change what you share' : 'Choose what to share'}
            </Anchor>
          </Text>
        </Stack>
      </Paper>
    </Section>
  );
}
