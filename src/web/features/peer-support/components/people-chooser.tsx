import { CloseButton, Group, List, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { PersonSearchSelect, type FoundPerson } from '#web/components/person-search-select.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { findPeople } from '../api/find-people.ts';

interface PeopleChooserProps {
  label: string;
  description: string;
  value: FoundPerson[];
  onChange: (people: FoundPerson[]) => void;
  max: number;
  error?: string | undefined;
}

/**
 * Chooses several people of the organisation one search at a time (supervisors and the safety team may not read the
 * whole list of people): each one found is added to the list below, where it can be taken off again.
 */
export function PeopleChooser({ label, description, value, onChange, max, error }: PeopleChooserProps) {
  const { orgId } = useCurrentOrg();
  const found = useRef(new Map<string, FoundPerson>());
  // A new search box after each pick, so it starts empty for the next name.
  const [searches, setSearches] = useState(0);

  async function search(text: string): Promise<FoundPerson[]> {
    const people = await findPeople(orgId, text);
    for (const person of people) found.current.set(person.id, person);
    return people.filter((person) => !value.some((chosen) => chosen.id === person.id));
  }

  function add(id: string | null) {
    const person = id ? found.current.get(id) : undefined;
    if (person && !value.some((chosen) => chosen.id === id)) onChange([...value, person]);
    setSearches((n) => n + 1);
  }

  return (
    <Stack gap={6}>
      <PersonSearchSelect
        key={searches}
        label={`${label} (${value.length} chosen)`}
        description={value.length >= max ? `That is the most one request can hold (${max}).` : description}
        queryKey={['orgs', orgId, 'peer-support', 'people']}
        search={search}
        value={null}
        onChange={add}
        error={error}
      />
      {value.length > 0 && (
        <List
          listStyleType="none"
          spacing={4}
          aria-label={`${label}: chosen`}
          styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}
        >
          {value.map((person) => (
            <List.Item key={person.id}>
              <Group justify="space-between" wrap="nowrap" gap="xs" maw={480}>
                <Text size="sm">{person.label}</Text>
                <CloseButton
                  size="sm"
                  aria-label={`Take ${person.label} off the list`}
                  onClick={() => onChange(value.filter((chosen) => chosen.id !== person.id))}
                />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
