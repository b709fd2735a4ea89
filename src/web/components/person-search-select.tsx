import { Select, type MantineSize } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';

export interface FoundPerson {
  id: string;
  /** What the option reads: a name, with an address where the searcher may see it. */
  label: string;
}

interface PersonSearchSelectProps {
  label: string;
  description: string;
  /** Asks the server; called once at least 2 characters are typed, a few at a time, never for a whole list. */
  search: (text: string) => Promise<FoundPerson[]>;
  queryKey: QueryKey;
  value: string | null;
  /** The person chosen before this form opened (or by a button beside it), shown by name without a search. */
  current?: FoundPerson | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
  size?: MantineSize;
}

const MIN_TEXT = 2;

/** Picks one person by searching the server as one types, for lists too long (or too private) to load whole. */
export function PersonSearchSelect({
  label,
  description,
  search,
  queryKey,
  value,
  current,
  onChange,
  error,
  size,
}: PersonSearchSelectProps) {
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<FoundPerson | null>(null);
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const shown = [picked, current].find((person) => person && person.id === value) ?? null;
  const typed = debounced.length >= MIN_TEXT && debounced !== shown?.label;
  const found = useQuery({
    queryKey: [...queryKey, debounced],
    queryFn: () => search(debounced),
    enabled: typed,
    placeholderData: keepPreviousData,
  });
  const options = [...(shown ? [shown] : []), ...(typed ? (found.data ?? []).filter((p) => p.id !== shown?.id) : [])];

  return (
    <Select
      label={label}
      description={description}
      placeholder="Type at least 2 letters"
      searchable
      clearable
      searchValue={text}
      onSearchChange={setText}
      data={options.map((p) => ({ value: p.id, label: p.label }))}
      // The server has already chosen what matches; the list shows it as it is.
      filter={({ options: all }) => all}
      value={value}
      onChange={(id) => {
        setPicked(options.find((p) => p.id === id) ?? null);
        onChange(id);
      }}
      nothingFoundMessage={
        debounced.length < MIN_TEXT
          ? 'Type at least 2 letters'
          : found.isError
            ? 'The search did not work. Try again.'
            : found.isFetching
              ? 'Searching…'
              : 'Nobody found'
      }
      size={size}
      error={error}
    />
  );
}
