/** The pair's meeting plan as an ICS file, for the person's own calendar app. */
export function pairCalendarUrl(orgId: string, pairId: string): string {
  return `/api/orgs/${orgId}/mentoring/pairs/${pairId}/calendar.ics`;
}
