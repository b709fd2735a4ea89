import { MultiSelect } from '@mantine/core';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useMentorPool } from '../api/get-mentor-pool.ts';

interface MentorPickerProps {
  programId: string;
  label: string;
  description: string;
  value: string[];
  onChange: (ids: string[]) => void;
  /** People already chosen in the other list: nobody is both preferred and ruled out. */
  exclude: string[];
  max: number;
  error?: string;
}

/** Picks people from the program's possible mentors by name. */
export function MentorPicker({ programId, label, description, value, onChange, exclude, max, error }: MentorPickerProps) {
  const { orgId } = useCurrentOrg();
  const pool = useMentorPool(orgId, programId, true);
  const data = (pool.data ?? []).filter((person) => !exclude.includes(person.id)).map((person) => ({ value: person.id, label: person.name }));
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={pool.isPending ? 'Loading names…' : value.length === 0 ? 'Type a name' : undefined}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      maxValues={max}
      nothingFoundMessage={pool.isError ? 'The names did not load. Try again later.' : 'Nobody of that name'}
      hidePickedOptions
      // A short list that never scrolls: typing finds anyone, and every option stays in keyboard reach.
      limit={8}
      maxDropdownHeight={420}
      size="md"
      error={error}
    />
  );
}
