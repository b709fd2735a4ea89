import type { CrisisResourceRow } from '#db/schema/index.ts';

const EMERGENCY: Record<string, CrisisResourceRow[]> = {
  AU: [
    {
      label: 'Emergency: police, ambulance, fire',
      phone: '000',
      url: null,
      description: 'If you or someone else is in danger right now.',
    },
    {
      label: 'Lifeline',
      phone: '13 11 14',
      url: 'https://www.lifeline.org.au',
      description: '24-hour crisis support and suicide prevention.',
    },
    {
      label: 'DRS4DRS',
      phone: '1300 374 377',
      url: 'https://www.drs4drs.com.au',
      description: 'Confidential support for doctors and medical students, 24 hours.',
    },
  ],
  GB: [
    {
      label: 'Emergency services',
      phone: '999',
      url: null,
      description: 'If you or someone else is in danger right now.',
    },
    {
      label: 'Samaritans',
      phone: '116 123',
      url: 'https://www.samaritans.org',
      description: 'Free, 24 hours a day, 365 days a year.',
    },
    {
      label: 'Practitioner Health',
      phone: null,
      url: 'https://www.practitionerhealth.nhs.uk',
      description: 'Confidential NHS service for doctors and dentists.',
    },
  ],
  US: [
    {
      label: 'Emergency services',
      phone: '911',
      url: null,
      description: 'If you or someone else is in danger right now.',
    },
    {
      label: '988 Suicide & Crisis Lifeline',
      phone: '988',
      url: 'https://988lifeline.org',
      description: 'Call or text, 24 hours.',
    },
    {
      label: 'Physician Support Line',
      phone: '1-888-409-0141',
      url: 'https://www.physiciansupportline.com',
      description: 'Free, confidential peer support for physicians and medical students.',
    },
  ],
};

const GENERIC: CrisisResourceRow[] = [
  {
    label: 'Emergency services',
    phone: '112',
    url: null,
    description: 'Call your local emergency number if you or someone else is in danger right now.',
  },
  {
    label: 'Find a helpline',
    phone: null,
    url: 'https://findahelpline.com',
    description: 'Free, confidential crisis lines in your country.',
  },
];

/** Shown until an organisation's admin writes its own list: every page must offer help from day one. */
export function defaultCrisisResources(country: string): CrisisResourceRow[] {
  return EMERGENCY[country.toUpperCase()] ?? GENERIC;
}
