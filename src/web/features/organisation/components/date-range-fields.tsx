import { SimpleGrid, TextInput } from '@mantine/core';

/** Start and end dates as native date inputs: the phone's own date picker, no extra download. */
export function DateRangeFields({
  startsOn,
  endsOn,
  onChange,
  errorFor,
  within,
}: {
  startsOn: string;
  endsOn: string;
  onChange: (range: { startsOn: string; endsOn: string }) => void;
  errorFor: (field: string) => string | undefined;
  /** The dates the range must lie within (a term within its cohort): the date pickers offer no others. */
  within?: { startsOn: string; endsOn: string };
}) {
  return (
    <SimpleGrid cols={2}>
      <TextInput
        label="Starts on"
        type="date"
        required
        value={startsOn}
        min={within?.startsOn}
        max={within?.endsOn}
        onChange={(e) => onChange({ startsOn: e.currentTarget.value, endsOn })}
        error={errorFor('startsOn')}
      />
      <TextInput
        label="Ends on"
        type="date"
        required
        value={endsOn}
        min={startsOn || within?.startsOn}
        max={within?.endsOn}
        onChange={(e) => onChange({ startsOn, endsOn: e.currentTarget.value })}
        error={errorFor('endsOn')}
      />
    </SimpleGrid>
  );
}
