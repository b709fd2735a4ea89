import type { ReportMonth } from '#shared/contracts/peer-support.ts';

/** "2026-03" as "Mar 2026". */
export function monthLabel(month: string): string {
  if (!/^\d{4}-\d{2}$/.test(month)) return month;
  return new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** A figure as a bar: its value, or no bar and "fewer than 5" when it is hidden. */
export function barOf(label: string, figure: ReportMonth['requests'], text: string) {
  return { label, value: figure.suppressed ? null : figure.value, text };
}

/** The largest figure shown, so bars of one chart share a scale. */
export function largest(figures: readonly ReportMonth['requests'][]): number {
  return Math.max(0, ...figures.map((f) => (f.suppressed || f.value === null ? 0 : f.value)));
}
