import { useState } from 'react';

/** The first `count` items until the person asks for all of them, so a long history stays short. */
export function useFirstFew<T>(items: T[], count: number) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, count);
  return { shown, cutShort: shown.length < items.length, showAll: () => setAll(true) };
}
