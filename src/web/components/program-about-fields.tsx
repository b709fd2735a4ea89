import { Textarea, TextInput } from '@mantine/core';

interface ProgramAboutFieldsProps {
  values: { name: string; description: string };
  onChange: (key: 'name' | 'description', value: string) => void;
  errorFor: (field: string) => string | undefined;
  /** Says when members read the description. */
  descriptionHint: string;
}

/** A program's name and description, as the settings of a mentoring program and of a group program both begin. */
export function ProgramAboutFields({ values, onChange, errorFor, descriptionHint }: ProgramAboutFieldsProps) {
  return (
    <>
      <TextInput
        label="Name"
        required
        value={values.name}
        onChange={(e) => onChange('name', e.currentTarget.value)}
        maxLength={120}
        error={errorFor('name')}
      />
      <Textarea
        label="Description"
        description={descriptionHint}
        autosize
        minRows={3}
        maxLength={2000}
        value={values.description}
        onChange={(e) => onChange('description', e.currentTarget.value)}
        error={errorFor('description')}
      />
    </>
  );
}
