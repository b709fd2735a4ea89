import { Badge, Button, Card, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ASSESSOR_KIND_LABELS, ASSESSOR_KINDS, type AssessorKind } from '#shared/contracts/assessors.ts';
import { PersonSearchSelect } from '#web/components/person-search-select.tsx';
import { FormError, PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { useDeclareAssessor, useWithdrawAssessor } from '../api/declare-assessor.ts';
import { findColleagues, useOwnAssessors } from '../api/get-own-assessors.ts';

/**
 * The trainee's side of the "no assessor" rule (DESIGN.md rule 6): the people who supervise, assess or manage
 * them. Read only by them and by the matching, never listed to staff (people/assessors.test.ts proves it).
 */
export function OwnAssessorsSection() {
  const { orgId } = useCurrentOrg();
  const own = useOwnAssessors(orgId);
  const declare = useDeclareAssessor(orgId);
  const withdraw = useWithdrawAssessor(orgId);
  const [personId, setPersonId] = useState<string | null>(null);
  const [kind, setKind] = useState<AssessorKind | null>(null);
  const [missing, setMissing] = useState<'person' | 'kind' | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!personId || !kind) {
      setMissing(!personId ? 'person' : 'kind');
      return;
    }
    setMissing(null);
    declare.mutate({ personId, kind }, { onSuccess: () => setPersonId(null) });
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="assessors-heading" bg="kindred.0">
      <Group gap="sm" mb="xs">
        <Title order={2} size="h3" id="assessors-heading">
          People who supervise, assess or manage me
        </Title>
        <Badge variant="filled" radius="sm">
          Only you can see this
        </Badge>
      </Group>
      <Text mb="md">Used only so Kindred never matches or groups you with them; nobody else sees this list.</Text>
      {own.isPending && <PageLoader label="Loading your list" />}
      {own.isError && <QueryError error={own.error} onRetry={() => void own.refetch()} />}
      {own.data && (
        <Stack>
          {own.data.assessors.length === 0 ? (
            <Text c="dimmed">Nobody on your list yet.</Text>
          ) : (
            <List
              spacing="xs"
              listStyleType="none"
              aria-label="On your list"
              styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}
            >
              {own.data.assessors.map((a) => (
                <List.Item key={`${a.person.id}-${a.kind}`}>
                  <Group justify="space-between" wrap="nowrap" gap="sm">
                    <Text style={{ overflowWrap: 'anywhere' }}>
                      {a.person.name}{' '}
                      <Text span c="dimmed">
                        ({ASSESSOR_KIND_LABELS[a.kind].toLowerCase()})
                      </Text>
                    </Text>
                    <Button
                      variant="default"
                      size="compact-md"
                      aria-label={`Take ${a.person.name} (${ASSESSOR_KIND_LABELS[a.kind].toLowerCase()}) off your list`}
                      loading={
                        withdraw.isPending &&
                        withdraw.variables?.personId === a.person.id &&
                        withdraw.variables.kind === a.kind
                      }
                      onClick={() => withdraw.mutate({ personId: a.person.id, kind: a.kind })}
                    >
                      Remove
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
          <FormError
            message={
              withdraw.isError ? errorMessage(withdraw.error) : declare.isError ? errorMessage(declare.error) : null
            }
          />
          <form onSubmit={submit} noValidate aria-label="Add someone to your list">
            <Stack>
              <PersonSearchSelect
                label="Person"
                description="Part of their name, or their whole e-mail address. Only people of your organisation who have joined Kindred are found."
                queryKey={['orgs', orgId, 'me', 'assessors', 'candidates']}
                search={async (text) =>
                  (await findColleagues(orgId, text)).people.map((p) => ({ id: p.id, label: p.name }))
                }
                value={personId}
                onChange={(id) => {
                  setPersonId(id);
                  declare.reset();
                }}
                error={missing === 'person' ? 'Choose a person' : undefined}
                size="md"
              />
              <Select
                label="They are my"
                data={ASSESSOR_KINDS.map((k) => ({ value: k, label: ASSESSOR_KIND_LABELS[k] }))}
                value={kind}
                onChange={(value) => setKind(value as AssessorKind | null)}
                error={missing === 'kind' ? 'Choose one' : undefined}
                size="md"
                allowDeselect={false}
              />
              <Group>
                <Button type="submit" loading={declare.isPending}>
                  Add to my list
                </Button>
              </Group>
            </Stack>
          </form>
        </Stack>
      )}
    </Card>
  );
}
