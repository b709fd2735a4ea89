/**
 * Setting up a new organisation (npm run org:create): an installation operator's act, not an API route.
 * It lives apart from organisation and people because it uses both (an organisation and its first admin).
 */
export { createOrganisation, type NewOrganisation } from './create-organisation.ts';
