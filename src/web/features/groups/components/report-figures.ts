import { FEWER_THAN_5 } from '#shared/contracts/groups.ts';

/** Privacy rule 4: a figure from fewer than 5 answers is never shown as a number, only as "fewer than 5 responses". */
export function surveyFigureText(figure: { suppressed: boolean; value: number | null }): string {
  if (figure.suppressed || figure.value === null) return FEWER_THAN_5;
  return String(figure.value);
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

export function meanAttendance(attendance: { count: number }[]): number | null {
  if (attendance.length === 0) return null;
  return round1(attendance.reduce((n, a) => n + a.count, 0) / attendance.length);
}
