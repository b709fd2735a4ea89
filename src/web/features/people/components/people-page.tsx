import { Alert, Button, Group, Pagination, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '#shared/contracts/common.ts';
import type { Person } from '#shared/contracts/people.ts';
import { ConfirmRemoval } from '#web/components/confirm-modal.tsx';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { hasRole, useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import { usePeople } from '../api/get-people.ts';
import { useRemovePerson } from '../api/remove-person.ts';
import { useResendInvitation } from '../api/resend-invitation.ts';
import { AssessorRelationsModal } from './assessor-relations-modal.tsx';
import { EditPersonModal } from './edit-person-modal.tsx';
import { InvitePersonModal } from './invite-person-modal.tsx';
import { PeopleList } from './people-list.tsx';

const PAGE_SIZE = 25;

export function PeoplePage() {
  const org = useCurrentOrg();
  const canEdit = hasRole(org, 'org_admin');
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query, 300);
  const [role, setRole] = useState<Role | null>(null);
  const [page, setPage] = useState(1);
  const people = usePeople(org.orgId, { q: debouncedQuery, role, page, pageSize: PAGE_SIZE });

  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<Person | null>(null);
  const [removing, setRemoving] = useState<Person | null>(null);
  const [relating, setRelating] = useState<Person | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const resend = useResendInvitation(org.orgId);
  const remove = useRemovePerson(org.orgId);

  const total = people.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  function resendInvitation(person: Person) {
    setNotice(null);
    resend.mutate(person.id, {
      onSuccess: (sent) =>
        setNotice(
          `A new invitation is on its way to ${sent.email}. It works until ${formatDateTime(sent.expiresAt, org.timeZone)}.`,
        ),
      onError: (error) => setNotice(`The invitation to ${person.email} could not be sent: ${errorMessage(error)}`),
    });
  }

  return (
    <>
      <PageHeader
        title="People"
        description={`Everyone in ${org.orgName}.`}
        actions={
          canEdit && (
            <Group mt="sm">
              <Button onClick={() => setInviting(true)}>Invite someone</Button>
            </Group>
          )
        }
      />
      <Stack gap="md">
        {notice && (
          <Alert
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setNotice(null)}
          >
            {notice}
          </Alert>
        )}
        <Group align="flex-end" gap="sm" grow preventGrowOverflow={false}>
          <TextInput
            label="Search"
            description="Name or e-mail"
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setPage(1);
            }}
            miw={220}
          />
          <Select
            label="Role"
            description="Show only people with this role"
            placeholder="Any role"
            data={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            value={role}
            onChange={(value) => {
              setRole(value as Role | null);
              setPage(1);
            }}
            clearable
            miw={200}
          />
        </Group>
        {people.isPending && <PageLoader label="Loading people" />}
        {people.isError && <QueryError error={people.error} onRetry={() => void people.refetch()} />}
        {people.data && (
          <>
            <Text size="sm" role="status" aria-live="polite">
              {total === 0
                ? 'Nobody matches.'
                : `${total.toLocaleString()} ${total === 1 ? 'person' : 'people'}${pages > 1 ? `, page ${page} of ${pages}` : ''}`}
            </Text>
            <PeopleList
              people={people.data.people}
              canEdit={canEdit}
              onEdit={setEditing}
              onResend={resendInvitation}
              onRemove={setRemoving}
              onAssessors={setRelating}
            />
            {pages > 1 && (
              <Pagination
                total={pages}
                value={page}
                onChange={setPage}
                getControlProps={(control) => ({
                  'aria-label':
                    control === 'next'
                      ? 'Next page'
                      : control === 'previous'
                        ? 'Previous page'
                        : control === 'first'
                          ? 'First page'
                          : 'Last page',
                })}
                getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
              />
            )}
          </>
        )}
      </Stack>
      <InvitePersonModal
        opened={inviting}
        onClose={() => setInviting(false)}
        onInvited={(sent) =>
          setNotice(`Invitation sent to ${sent.email}. It works until ${formatDateTime(sent.expiresAt, org.timeZone)}.`)
        }
      />
      {editing && <EditPersonModal person={editing} onClose={() => setEditing(null)} />}
      {relating && <AssessorRelationsModal person={relating} onClose={() => setRelating(null)} />}
      <ConfirmRemoval
        target={removing}
        remove={remove}
        onClose={() => setRemoving(null)}
        title="Remove from organisation?"
        confirmLabel="Remove"
      >
        {removing?.name} ({removing?.email}) will no longer be part of {org.orgName}. Their account and any other
        organisations they belong to are not affected.
      </ConfirmRemoval>
    </>
  );
}
