import type { CrisisResource } from '#shared/contracts/organisation.ts';

/**
 * Shown before anyone signs in, or while the organisation's own list loads or cannot be reached:
 * help must never depend on the network or the session working.
 */
export const GENERIC_CRISIS_RESOURCES: readonly CrisisResource[] = [
  {
    label: 'Emergency services',
    phone: null,
    url: null,
    description:
      'If you or someone else is in immediate danger, call your local emergency number: 000 (Australia), 111 (New Zealand), 999 (UK), 911 (US and Canada), 112 (Europe and most mobile phones).',
  },
  {
    label: 'Lifeline Australia',
    phone: '13 11 14',
    url: 'https://www.lifeline.org.au',
    description: 'Crisis support and suicide prevention, 24 hours a day.',
  },
  {
    label: 'Samaritans (UK and Ireland)',
    phone: '116 123',
    url: 'https://www.samaritans.org',
    description: 'Free, confidential, any time of day or night.',
  },
  {
    label: '988 Suicide & Crisis Lifeline (US)',
    phone: '988',
    url: 'https://988lifeline.org',
    description: 'Call or text 988, 24 hours a day.',
  },
];
