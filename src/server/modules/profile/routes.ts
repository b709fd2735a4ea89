import { ZOrgParams } from '#shared/contracts/common.ts';
import { ZPartnerContact, ZPartnerContactSettings, ZProfile, ZSensitiveAttributes } from '#shared/contracts/profile.ts';
import { ANY_MEMBER } from '../../context.ts';
import { get, put, routeTable } from '../../route-table.ts';
import * as profile from './service.ts';

/** The caller's own profile, sensitive attributes and partner contact: no route names another person. */
export const profileRoutes = routeTable({ tags: ['profile'] }, [
  get('/api/orgs/:orgId/me/profile', {
    access: ANY_MEMBER,
    summary: 'Your profile in this organisation',
    params: ZOrgParams,
    response: ZProfile,
    handler: ({ deps, ctx }) => profile.getOwnProfile(deps, ctx),
  }),
  put('/api/orgs/:orgId/me/profile', {
    access: ANY_MEMBER,
    summary: 'Save your profile',
    params: ZOrgParams,
    body: ZProfile,
    response: ZProfile,
    handler: ({ deps, ctx, body }) => profile.saveOwnProfile(deps, ctx, body),
  }),
  get('/api/orgs/:orgId/me/sensitive', {
    access: ANY_MEMBER,
    summary: 'Your sensitive attributes (only you can read them)',
    params: ZOrgParams,
    response: ZSensitiveAttributes,
    handler: ({ deps, ctx }) => profile.getOwnSensitiveAttributes(deps, ctx),
  }),
  put('/api/orgs/:orgId/me/sensitive', {
    access: ANY_MEMBER,
    summary: 'Save your sensitive attributes and matching consent',
    params: ZOrgParams,
    body: ZSensitiveAttributes,
    response: ZSensitiveAttributes,
    handler: ({ deps, ctx, body }) => profile.saveOwnSensitiveAttributes(deps, ctx, body),
  }),
  get('/api/orgs/:orgId/me/partner-contact', {
    access: ANY_MEMBER,
    summary: 'How a mentoring partner can reach you (what you share)',
    params: ZOrgParams,
    response: ZPartnerContactSettings,
    handler: ({ deps, ctx }) => profile.getOwnPartnerContact(deps, ctx),
  }),
  put('/api/orgs/:orgId/me/partner-contact', {
    access: ANY_MEMBER,
    summary: 'Choose what a mentoring partner sees to reach you',
    params: ZOrgParams,
    body: ZPartnerContact,
    response: ZPartnerContactSettings,
    handler: ({ deps, ctx, body }) => profile.saveOwnPartnerContact(deps, ctx, body),
  }),
]);
