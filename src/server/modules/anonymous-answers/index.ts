/** Anonymous answers pooled until enough are in, sealed while held (DESIGN.md rule 3); used by groups' surveys and mentoring feedback. No routes of its own. */
export { holdAnswer, type PooledAnswers, releaseScopes, sealLegacyHeld } from './pooled-answers.ts';
