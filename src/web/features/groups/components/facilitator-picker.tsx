import { MultiSelect } from '@mantine/core';
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
  const data = (candidates.data ?? []).map((person) => ({ value: person.id, label: person.name }));
  const none = candidates.isSuccess && data.length === 0;
  return (
    <MultiSelect
      label="Facilitators"
      description={
        none
          ? 'Nobody has the facilitator role yet. An organisation admin can give it on the People page.'
          : `Up to ${max}, among the people with the facilitator role. They cannot also be members of the group.`
      }
      placeholder={candidates.isPending ? 'Loading names…' : value.length === 0 ? 'Type a name' : undefined}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      maxValues={max}
      nothingFoundMessage={candidates.isError ? 'The names did not load. Try again later.' : 'Nobody of that name has the facilitator role'}
      hidePickedOptions
      // A short list that never scrolls: typing finds anyone, and every option stays in keyboard reach.
      limit={8}
      maxDropdownHeight={420}
      error={error}
    />
  );
}
