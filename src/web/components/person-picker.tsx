import { MultiSelect, type MantineSize } from '@mantine/core';

interface PersonPickerProps {
  label: string;
  description: string;
  /** Who may be picked, and whether that list is still loading or failed to. */
  people: { id: string; name: string }[];
  status: 'pending' | 'error' | 'success';
  /** What the list says when a typed name matches nobody. */
  nothingFound: string;
  value: string[];
  onChange: (ids: string[]) => void;
  max: number;
  error?: string | undefined;
  size?: MantineSize;
}

/** Picks up to `max` people by typing their names. */
export function PersonPicker({
  label,
  description,
  people,
  status,
  nothingFound,
  value,
  onChange,
  max,
  error,
  size,
}: PersonPickerProps) {
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={status === 'pending' ? 'Loading names…' : value.length === 0 ? 'Type a name' : undefined}
      data={people.map((person) => ({ value: person.id, label: person.name }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      maxValues={max}
      nothingFoundMessage={status === 'error' ? 'The names did not load. Try again later.' : nothingFound}
      hidePickedOptions
      // A short list that never scrolls: typing finds anyone, and every option stays in keyboard reach.
      limit={8}
      maxDropdownHeight={420}
      size={size}
      error={error}
    />
  );
}
