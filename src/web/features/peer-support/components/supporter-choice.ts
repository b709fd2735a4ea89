import type { SupporterSummary } from '#shared/contracts/peer-support.ts';

/** Why routing would pass over a supporter today, to show beside their name where a lead picks one. */
function standingNote(s: SupporterSummary): string | null {
  if (s.onBreak) return 'on a break';
  if (!s.trainedUntil) return 'training expired';
  if (s.loadThisWeek >= s.weeklyCap) return 'at their cap';
  return null;
}

/** Options for a select of supporters, each saying why routing would pass over them now. */
export function supporterOptions(supporters: readonly SupporterSummary[]): { value: string; label: string }[] {
  return [...supporters]
    .sort((a, b) => a.supporter.name.localeCompare(b.supporter.name))
    .map((s) => {
      const note = standingNote(s);
      return { value: s.supporter.id, label: note ? `${s.supporter.name} (${note})` : s.supporter.name };
    });
}
