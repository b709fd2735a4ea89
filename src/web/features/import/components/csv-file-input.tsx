import { Input } from '@mantine/core';
import { useId } from 'react';
import classes from './csv-file-input.module.css';

/**
 * A native file input with a real label: screen readers announce it as a file picker, phones open
 * their own file chooser, and tests can hand it a file.
 */
export function CsvFileInput({
  onChange,
  error,
  inputKey,
}: {
  onChange: (file: File | null) => void;
  error: string | null;
  inputKey: number;
}) {
  const id = useId();
  return (
    <Input.Wrapper
      label="CSV file"
      description="Kindred checks it straight away; nothing is saved yet."
      error={error}
      id={id}
      size="md"
    >
      <input
        key={inputKey}
        id={id}
        type="file"
        accept=".csv,text/csv"
        className={classes.fileInput}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-description${error ? ` ${id}-error` : ''}`}
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
      />
    </Input.Wrapper>
  );
}
