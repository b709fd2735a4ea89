import { Button, Group, List, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  ASSESSOR_KIND_LABELS,
  ASSESSOR_KINDS,
  type AssessorKind,
  type AssessorRelation,
} from '#shared/contracts/assessors.ts';
import type { Person } from '#shared/contracts/people.ts';
import { PersonSearchSelect } from '#web/components/person-search-select.tsx';
import { FormError, PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { useAssessorRelations } from '../api/get-assessor-relations.ts';
import { getPeople } from '../api/get-people.ts';
import { useRecordAssessorRelation } from '../api/record-assessor-relation.ts';
import { useRemoveAssessorRelation } from '../api/remove-assessor-relation.ts';

/** "Their supervisor" puts the other person on the assessor's side; "someone they supervise" on the trainee's. */
type Side = 'theirs' | 'they';
const RELATIONSHIPS = ASSESSOR_KINDS.flatMap((kind) => (['theirs', 'they'] as const).map((side) => ({ side, kind })));
const WORDS: Record<Side, Record<AssessorKind, string>> = {
  theirs: { supervisor: 'Their supervisor', assessor: 'Their assessor', line_manager: 'Their line manager' },
  they: {
    supervisor: 'Someone they supervise',
    assessor: 'Someone they assess',
    line_manager: 'Someone they line-manage',
  },
};

function RelationList({
  title,
  relations,
  otherOf,
  onRemove,
  removing,
}: {
  title: string;
  relations: AssessorRelation[];
  otherOf: (r: AssessorRelation) => { name: string };
  onRemove: (r: AssessorRelation) => void;
  removing: boolean;
}) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {relations.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody recorded.
        </Text>
      ) : (
        <List
          spacing={4}
          listStyleType="none"
          styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}
        >
          {relations.map((r) => (
            <List.Item key={`${r.trainee.id}-${r.assessor.id}-${r.kind}`}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {otherOf(r).name}{' '}
                  <Text span c="dimmed" size="sm">
                    ({ASSESSOR_KIND_LABELS[r.kind].toLowerCase()})
                  </Text>
                </Text>
                <Button
                  variant="default"
                  size="compact-sm"
                  aria-label={`Remove ${otherOf(r).name} (${ASSESSOR_KIND_LABELS[r.kind].toLowerCase()})`}
                  disabled={removing}
                  onClick={() => onRemove(r)}
                >
                  Remove
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/**
 * Who supervises, assesses or line-manages this person, as the organisation records it (DESIGN.md rule 6).
 * What the person declared themself is theirs alone and never shown here.
 */
export function AssessorRelationsModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { orgId } = useCurrentOrg();
  const relations = useAssessorRelations(orgId, person.id);
  const record = useRecordAssessorRelation(orgId);
  const remove = useRemoveAssessorRelation(orgId);
  const [relationship, setRelationship] = useState<string | null>(null);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [missing, setMissing] = useState<'relationship' | 'person' | null>(null);

  const all = relations.data?.relations ?? [];
  const removeRelation = (r: AssessorRelation) =>
    remove.mutate({ traineeId: r.trainee.id, assessorId: r.assessor.id, kind: r.kind });

  function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = RELATIONSHIPS.find((r) => `${r.side}:${r.kind}` === relationship);
    if (!chosen || !otherId) {
      setMissing(!chosen ? 'relationship' : 'person');
      return;
    }
    setMissing(null);
    const body =
      chosen.side === 'theirs'
        ? { traineeId: person.id, assessorId: otherId, kind: chosen.kind }
        : { traineeId: otherId, assessorId: person.id, kind: chosen.kind };
    record.mutate(body, { onSuccess: () => setOtherId(null) });
  }

  return (
    <Modal opened onClose={onClose} title={`Supervisors and assessors: ${person.name}`} size="lg">
      <Stack>
        <Text size="sm">
          Kindred never matches or groups two people when one supervises, assesses or line-manages the other. People may
          also add their own on their profile; those stay private to them and are not shown here.
        </Text>
        {relations.isPending && <PageLoader label="Loading" />}
        {relations.isError && <QueryError error={relations.error} onRetry={() => void relations.refetch()} />}
        {relations.data && (
          <>
            <RelationList
              title="Supervised, assessed or managed by"
              relations={all.filter((r) => r.trainee.id === person.id)}
              otherOf={(r) => r.assessor}
              onRemove={removeRelation}
              removing={remove.isPending}
            />
            <RelationList
              title="Supervises, assesses or manages"
              relations={all.filter((r) => r.assessor.id === person.id)}
              otherOf={(r) => r.trainee}
              onRemove={removeRelation}
              removing={remove.isPending}
            />
          </>
        )}
        <FormError
          message={remove.isError ? errorMessage(remove.error) : record.isError ? errorMessage(record.error) : null}
        />
        <form onSubmit={submit} noValidate aria-label="Record a relationship">
          <Stack>
            <Select
              label="Relationship"
              data={RELATIONSHIPS.map((r) => ({ value: `${r.side}:${r.kind}`, label: WORDS[r.side][r.kind] }))}
              value={relationship}
              onChange={setRelationship}
              error={missing === 'relationship' ? 'Choose a relationship' : undefined}
              allowDeselect={false}
            />
            <PersonSearchSelect
              label="Person"
              description="Search by name or e-mail"
              queryKey={['orgs', orgId, 'people', 'assessor-search']}
              search={async (text) =>
                (await getPeople(orgId, { q: text, role: null, page: 1, pageSize: 8 })).people
                  .filter((p) => p.id !== person.id)
                  .map((p) => ({ id: p.id, label: `${p.name} (${p.email})` }))
              }
              value={otherId}
              onChange={(id) => {
                setOtherId(id);
                record.reset();
              }}
              error={missing === 'person' ? 'Choose a person' : undefined}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Done
              </Button>
              <Button type="submit" loading={record.isPending}>
                Record
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
