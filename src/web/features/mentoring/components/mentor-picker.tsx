import { PersonPicker } from '#web/components/person-picker.tsx';
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
export function MentorPicker({
  programId,
  label,
  description,
  value,
  onChange,
  exclude,
  max,
  error,
}: MentorPickerProps) {
  const { orgId } = useCurrentOrg();
  const pool = useMentorPool(orgId, programId, true);
  return (
    <PersonPicker
      label={label}
      description={description}
      people={(pool.data ?? []).filter((person) => !exclude.includes(person.id))}
      status={pool.status}
      nothingFound="Nobody of that name"
      value={value}
      onChange={onChange}
      max={max}
      size="md"
      error={error}
    />
  );
}
