import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZErrorResponse, ZOrgParams } from '#shared/contracts/common.ts';
import { ZPartnerContact, ZPartnerContactSettings, ZProfile, ZSensitiveAttributes } from '#shared/contracts/profile.ts';
import { ANY_MEMBER } from '../../context.ts';
import { contextOf } from '../../plugins/access.ts';
import * as profile from './service.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 404: ZErrorResponse };
const tags = ['profile'];

export const profileRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  app.get(
    '/api/orgs/:orgId/me/profile',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Your profile in this organisation', params: ZOrgParams, response: { 200: ZProfile, ...errors } } },
    async (request) => profile.getOwnProfile(deps, contextOf(request)),
  );
  app.put(
    '/api/orgs/:orgId/me/profile',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Save your profile', params: ZOrgParams, body: ZProfile, response: { 200: ZProfile, ...errors } } },
    async (request) => profile.saveOwnProfile(deps, contextOf(request), request.body),
  );
  app.get(
    '/api/orgs/:orgId/me/sensitive',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Your sensitive attributes (only you can read them)', params: ZOrgParams, response: { 200: ZSensitiveAttributes, ...errors } } },
    async (request) => profile.getOwnSensitiveAttributes(deps, contextOf(request)),
  );
  app.put(
    '/api/orgs/:orgId/me/sensitive',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Save your sensitive attributes and matching consent', params: ZOrgParams, body: ZSensitiveAttributes, response: { 200: ZSensitiveAttributes, ...errors } } },
    async (request) => profile.saveOwnSensitiveAttributes(deps, contextOf(request), request.body),
  );
  app.get(
    '/api/orgs/:orgId/me/partner-contact',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'How a mentoring partner can reach you (what you share)', params: ZOrgParams, response: { 200: ZPartnerContactSettings, ...errors } } },
    async (request) => profile.getOwnPartnerContact(deps, contextOf(request)),
  );
  app.put(
    '/api/orgs/:orgId/me/partner-contact',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Choose what a mentoring partner sees to reach you', params: ZOrgParams, body: ZPartnerContact, response: { 200: ZPartnerContactSettings, ...errors } } },
    async (request) => profile.saveOwnPartnerContact(deps, contextOf(request), request.body),
  );
};
