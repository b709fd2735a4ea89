import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { ConfirmRemoval } from '#web/components/confirm-modal.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { NamedRecordForm, type RecordFormProps, type RecordKind, type Save } from './named-record-form.tsx';

interface Item {
  id: string;
  name: string;
}

interface EditableListProps<T extends Item, Body> {
  kind: RecordKind<Body>;
  /** The records: while they load the list says so, and if they fail it offers to try again. */
  query: UseQueryResult<T[]>;
  /** The order the rows are shown in, if not the server's. */
  order?: (a: T, b: T) => number;
  emptyText: string;
  describe?: (item: T) => ReactNode;
  save: { create: Save<Body>; update: Save<Body & { id: string }>; remove: UseMutationResult<void, Error, string> };
  /** The form that adds a record when `item` is absent and edits it otherwise: a name alone unless given. */
  renderForm?: (props: RecordFormProps<T, Body>) => ReactNode;
  /** What else a row shows below its name (a cohort's rotation terms). */
  renderDetails?: (item: T) => ReactNode;
  headingOrder?: 3 | 5;
  /** Where the list sits, for screen readers when a page has several lists of the same kind ("PGY1 2027"). */
  context?: string;
}

/** The shape every set-up list shares: rows with edit and delete, and an add form below. */
export function EditableList<T extends Item, Body>({ query, order, ...props }: EditableListProps<T, Body>) {
  if (query.isPending) return <PageLoader label={`Loading ${props.kind.noun}s`} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return <Rows {...props} items={order ? [...query.data].sort(order) : query.data} />;
}

function Rows<T extends Item, Body>(props: Omit<EditableListProps<T, Body>, 'query' | 'order'> & { items: T[] }) {
  const { kind, items, emptyText, describe, save, renderDetails, headingOrder = 3, context } = props;
  const { renderForm = (form: RecordFormProps<T, Body>) => <NamedRecordForm {...form} /> } = props;
  const [editing, setEditing] = useState<T | null>(null);
  const [removing, setRemoving] = useState<T | null>(null);
  const [adding, setAdding] = useState(false);
  const { create, update, remove } = save;
  const noun = kind.noun;

  return (
    <Stack gap="sm">
      {items.length === 0 && <Text c="dimmed">{emptyText}</Text>}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <Paper key={item.id} component="li" withBorder p="md">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <div>
                <Title order={headingOrder} size="h5">
                  {item.name}
                </Title>
                {describe && (
                  <Text size="sm" c="dimmed">
                    {describe(item)}
                  </Text>
                )}
              </div>
              <Group gap="xs">
                <Button
                  variant="default"
                  size="sm"
                  onClick={() => setEditing(item)}
                  aria-label={`Edit ${noun} ${item.name}`}
                >
                  Edit
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  size="sm"
                  onClick={() => setRemoving(item)}
                  aria-label={`Delete ${noun} ${item.name}`}
                >
                  Delete
                </Button>
              </Group>
            </Group>
            {renderDetails?.(item)}
          </Paper>
        ))}
      </Stack>
      {adding ? (
        <Paper withBorder p="md" bg="gray.0">
          <Title order={headingOrder} size="h5" mb="sm">
            New {noun}
          </Title>
          {renderForm({ kind, onDone: () => setAdding(false), create, update })}
        </Paper>
      ) : (
        <Group>
          <Button
            variant="light"
            onClick={() => setAdding(true)}
            aria-label={context ? `Add a ${noun} to ${context}` : undefined}
          >
            Add a {noun}
          </Button>
        </Group>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={`Edit ${noun}`}>
        {editing && renderForm({ kind, item: editing, onDone: () => setEditing(null), create, update })}
      </Modal>
      <ConfirmRemoval
        target={removing}
        remove={remove}
        onClose={() => setRemoving(null)}
        title={`Delete ${noun}?`}
        confirmLabel="Delete"
      >
        Delete {removing?.name}? This cannot be undone. A {noun} that people or records still refer to cannot be
        deleted.
      </ConfirmRemoval>
    </Stack>
  );
}
