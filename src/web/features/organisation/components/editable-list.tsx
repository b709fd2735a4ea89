import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { ConfirmModal } from '#web/components/confirm-modal.tsx';
import { errorMessage } from '#web/lib/form-errors.ts';

interface Item {
  id: string;
  name: string;
}

interface EditableListProps<T extends Item> {
  /** Singular noun for labels: "site", "department". */
  noun: string;
  items: T[];
  emptyText: string;
  describe?: (item: T) => ReactNode;
  /** A create form when `item` is absent, an edit form otherwise; calls `onDone` after saving. */
  renderForm: (props: { item?: T; onDone: () => void }) => ReactNode;
  remove: UseMutationResult<void, Error, string>;
  /** What else a row shows below its name (a cohort's rotation terms). */
  renderDetails?: (item: T) => ReactNode;
  headingOrder?: 3 | 5;
  /** Where the list sits, for screen readers when a page has several lists of the same kind ("PGY1 2027"). */
  context?: string;
}

/** The shape every set-up list shares: rows with edit and delete, and an add form below. */
export function EditableList<T extends Item>({ noun, items, emptyText, describe, renderForm, remove, renderDetails, headingOrder = 3, context }: EditableListProps<T>) {
  const [editing, setEditing] = useState<T | null>(null);
  const [removing, setRemoving] = useState<T | null>(null);
  const [adding, setAdding] = useState(false);

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
                <Button variant="default" size="sm" onClick={() => setEditing(item)} aria-label={`Edit ${noun} ${item.name}`}>
                  Edit
                </Button>
                <Button variant="subtle" color="red" size="sm" onClick={() => setRemoving(item)} aria-label={`Delete ${noun} ${item.name}`}>
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
          {renderForm({ onDone: () => setAdding(false) })}
        </Paper>
      ) : (
        <Group>
          <Button variant="light" onClick={() => setAdding(true)} aria-label={context ? `Add a ${noun} to ${context}` : undefined}>
            Add a {noun}
          </Button>
        </Group>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={`Edit ${noun}`}>
        {editing && renderForm({ item: editing, onDone: () => setEditing(null) })}
      </Modal>
      <ConfirmModal
        opened={removing !== null}
        title={`Delete ${noun}?`}
        confirmLabel="Delete"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() => {
          if (removing) remove.mutate(removing.id, { onSuccess: () => setRemoving(null) });
        }}
      >
        Delete {removing?.name}? This cannot be undone. A {noun} that people or records still refer to cannot be deleted.
      </ConfirmModal>
    </Stack>
  );
}
