import type { FoundPerson } from '#web/components/person-search-select.tsx';
import { findColleagues } from '#web/features/profile/api/get-own-assessors.ts';

/**
 * People of the organisation who have joined Kindred, by part of a name or a whole e-mail address: names only, a
 * few at a time (never the whole list, which supervisors and the safety team may not read). The signed-in person
 * is not among them.
 */
export async function findPeople(orgId: string, text: string): Promise<FoundPerson[]> {
  return (await findColleagues(orgId, text)).people.map((person) => ({ id: person.id, label: person.name }));
}
