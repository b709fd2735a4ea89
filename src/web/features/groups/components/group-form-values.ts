import type { Role } from '#shared/contracts/common.ts';
import { MAX_GROUP_FACILITATORS, MAX_GROUP_MEMBERS, type Group } from '#shared/contracts/groups.ts';

/** What the group form holds: numbers stay as typed (possibly empty) until the form is sent. */
export interface GroupFormValues {
  name: string;
  description: string;
  maxMembers: number | string;
  maxFacilitators: number | string;
  firstSessionOn: string;
  startTime: string;
  cadenceDays: number | string;
  durationMinutes: number | string;
  locationKind: 'video' | 'room';
  locationDetail: string;
  /** Empty for a standing group. */
  closesOn: string;
  departmentIds: string[];
  cohortIds: string[];
  roles: Role[];
  facilitatorIds: string[];
}

/** A new group starts from the defaults of DESIGN.md C4: six members, two facilitators, 45 minutes every 14 days, by video. */
export function initialValues(group: Group | null): GroupFormValues {
  if (!group) {
    return {
      name: '',
      description: '',
      maxMembers: MAX_GROUP_MEMBERS,
      maxFacilitators: MAX_GROUP_FACILITATORS,
      firstSessionOn: '',
      startTime: '',
      cadenceDays: 14,
      durationMinutes: 45,
      locationKind: 'video',
      locationDetail: '',
      closesOn: '',
      departmentIds: [],
      cohortIds: [],
      roles: [],
      facilitatorIds: [],
    };
  }
  return {
    name: group.name,
    description: group.description,
    maxMembers: group.maxMembers,
    maxFacilitators: group.maxFacilitators,
    firstSessionOn: group.firstSessionOn,
    startTime: group.startTime,
    cadenceDays: group.cadenceDays,
    durationMinutes: group.durationMinutes,
    locationKind: group.location.kind,
    locationDetail: group.location.detail,
    closesOn: group.closesOn ?? '',
    departmentIds: group.eligibility.departmentIds,
    cohortIds: group.eligibility.cohortIds,
    roles: group.eligibility.roles,
    facilitatorIds: group.facilitators.map((f) => f.id),
  };
}

/** Messages for what is left empty, in words rather than the contract's "expected number". */
export function missingFields(v: GroupFormValues): Record<string, string | undefined> {
  const number = (value: number | string, message: string) => (value === '' ? message : undefined);
  return {
    firstSessionOn: v.firstSessionOn ? undefined : 'Choose the date of the first session',
    startTime: v.startTime ? undefined : 'Choose the time sessions start',
    maxMembers: number(v.maxMembers, `Enter a number from 2 to ${MAX_GROUP_MEMBERS}`),
    maxFacilitators: number(v.maxFacilitators, `Enter 1 or ${MAX_GROUP_FACILITATORS}`),
    cadenceDays: number(v.cadenceDays, 'Enter a number of days from 7 to 56'),
    durationMinutes: number(v.durationMinutes, 'Enter a number of minutes from 20 to 180'),
  };
}

/** The settings to check against the shared contract and send. */
export function settingsOf(v: GroupFormValues) {
  return {
    name: v.name,
    description: v.description,
    maxMembers: Number(v.maxMembers),
    maxFacilitators: Number(v.maxFacilitators),
    firstSessionOn: v.firstSessionOn,
    startTime: v.startTime,
    cadenceDays: Number(v.cadenceDays),
    durationMinutes: Number(v.durationMinutes),
    location: { kind: v.locationKind, detail: v.locationDetail },
    closesOn: v.closesOn || null,
    eligibility: { departmentIds: v.departmentIds, cohortIds: v.cohortIds, roles: v.roles },
  };
}

/** A NumberInput's value as the form keeps it: a number, or empty while the field is cleared. */
export const numberValue = (v: number | string): number | string =>
  typeof v === 'number' ? v : v === '' ? '' : Number(v);

/** What each part of the group form is given. */
export interface GroupFormPartProps {
  values: GroupFormValues;
  change: <K extends keyof GroupFormValues>(key: K, value: GroupFormValues[K]) => void;
  errorFor: (field: string) => string | undefined;
}
