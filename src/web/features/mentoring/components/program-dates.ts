import type { Program } from '#shared/contracts/mentoring.ts';
import { formatCalendarDate } from '#web/lib/org-time.ts';

type ProgramDates = Pick<Program, 'phase' | 'applicationsOpenOn' | 'applicationsCloseOn' | 'endsOn'>;

/** The one date that matters now, in words: when applications open or close, or when the program ends. */
export function programWhen(program: ProgramDates): string {
  switch (program.phase) {
    case 'upcoming':
      return `Applications open on ${formatCalendarDate(program.applicationsOpenOn)}`;
    case 'applications_open':
      return `Apply by ${formatCalendarDate(program.applicationsCloseOn)}`;
    case 'matching':
      return `Applications closed on ${formatCalendarDate(program.applicationsCloseOn)}; matching is under way`;
    case 'running':
      return `Runs until ${formatCalendarDate(program.endsOn)}`;
    case 'ended':
      return `Ended on ${formatCalendarDate(program.endsOn)}`;
  }
}

/**
 * Applications are taken from the opening day until the program ends, the server's rule: after the
 * closing day they are late, and matched by a later run without disturbing anyone's pair.
 */
export function takesApplications(
  program: Pick<Program, 'phase' | 'applicationsOpenOn' | 'endsOn'>,
  today: string,
): boolean {
  return program.phase !== 'ended' && program.applicationsOpenOn <= today && today <= program.endsOn;
}

/** An application made today would be late: the closing day has passed. */
export const appliesLate = (program: Pick<Program, 'applicationsCloseOn'>, today: string) =>
  today > program.applicationsCloseOn;

/**
 * When a feedback round opens; the same rule as the server's `roundOpensOn` (mid-point: halfway from
 * publishing to the end; end: two weeks before the end), so a reminder never links to a closed form.
 */
export function feedbackOpensOn(
  program: Pick<Program, 'publishedAt' | 'matchPublishOn' | 'endsOn'>,
  round: 'midpoint' | 'end',
): string {
  const addDays = (date: string, days: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  if (round === 'end') return addDays(program.endsOn, -14);
  const start = program.publishedAt ? program.publishedAt.slice(0, 10) : program.matchPublishOn;
  return addDays(start, Math.round((Date.parse(program.endsOn) - Date.parse(start)) / 86_400_000 / 2));
}
