/** The group's coming sessions as an ICS file, for the person's own calendar app (members and facilitators). */
export function groupCalendarUrl(orgId: string, groupId: string): string {
  return `/api/orgs/${orgId}/groups/${groupId}/calendar.ics`;
}
