import { PersonPicker } from '#web/components/person-picker.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFacilitatorCandidates } from '../api/get-facilitator-candidates.ts';

interface FacilitatorPickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
  max: number;
  error?: string | undefined;
}

/** Picks a group's facilitators by name, among the people who hold the facilitator role. */
export function FacilitatorPicker({ value, onChange, max, error }: FacilitatorPickerProps) {
  const { orgId } = useCurrentOrg();
  const candidates = useFacilitatorCandidates(orgId);
  const people = candidates.data ?? [];
  return (
    <PersonPicker
      label="Facilitators"
      description={
        candidates.isSuccess && people.length === 0
          ? 'Nobody has the facilitator role yet. An organisation admin can give it on the People page.'
          : `Up to ${max}, among the people with the facilitator role. They cannot also be members of the group.`
      }
      people={people}
      status={candidates.status}
      nothingFound="Nobody of that name has the facilitator role"
      value={value}
      onChange={onChange}
      max={max}
      error={error}
    />
  );
}
