import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { members, sensitiveAttributes } from '#db/schema/index.ts';
import type { PartnerContact, Profile, SensitiveAttributes } from '#shared/contracts/profile.ts';

const profileColumns = {
  careerStage: members.careerStage,
  siteId: members.siteId,
  departmentId: members.departmentId,
  interests: members.interests,
  languages: members.languages,
  availability: members.availability,
  shiftPattern: members.shiftPattern,
  canOffer: members.canOffer,
  wantsHelpWith: members.wantsHelpWith,
  about: members.about,
};

export async function findProfile(db: Executor, orgId: string, personId: string) {
  const [row] = await db
    .select(profileColumns)
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.personId, personId)));
  return (row as Profile | undefined) ?? null;
}

export async function saveProfile(db: Executor, orgId: string, personId: string, profile: Profile) {
  await db
    .update(members)
    .set({ ...profile, updatedAt: sql`now()` })
    .where(and(eq(members.orgId, orgId), eq(members.personId, personId)));
}

/** Privacy rule 2: the only reader of sensitive attributes, always called with the caller's own person id. */
export async function findOwnSensitiveAttributes(
  db: Executor,
  orgId: string,
  ownPersonId: string,
): Promise<SensitiveAttributes> {
  const [row] = await db
    .select({ attributes: sensitiveAttributes.attributes, consentToMatching: sensitiveAttributes.consentToMatching })
    .from(sensitiveAttributes)
    .where(and(eq(sensitiveAttributes.orgId, orgId), eq(sensitiveAttributes.personId, ownPersonId)));
  return (row as SensitiveAttributes | undefined) ?? { attributes: [], consentToMatching: false };
}

export async function saveOwnSensitiveAttributes(
  db: Executor,
  orgId: string,
  ownPersonId: string,
  value: SensitiveAttributes,
) {
  await db
    .insert(sensitiveAttributes)
    .values({ orgId, personId: ownPersonId, ...value })
    .onConflictDoUpdate({
      target: [sensitiveAttributes.orgId, sensitiveAttributes.personId],
      set: { ...value, updatedAt: sql`now()` },
    });
}

/** What the person shares with a mentoring partner; read here for their own settings only. */
export async function findOwnPartnerContact(
  db: Executor,
  orgId: string,
  ownPersonId: string,
): Promise<PartnerContact | null> {
  const [row] = await db
    .select({ email: members.contactEmail, phone: members.contactPhone, note: members.contactNote })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.personId, ownPersonId)));
  return row ?? null;
}

export async function saveOwnPartnerContact(db: Executor, orgId: string, ownPersonId: string, contact: PartnerContact) {
  await db
    .update(members)
    .set({ contactEmail: contact.email, contactPhone: contact.phone, contactNote: contact.note, updatedAt: sql`now()` })
    .where(and(eq(members.orgId, orgId), eq(members.personId, ownPersonId)));
}
