import { authModule } from './modules/auth/index.ts';
import { groupsModule } from './modules/groups/index.ts';
import { healthModule } from './modules/health/index.ts';
import { MAIL_QUEUE, mailModule } from './modules/mail/index.ts';
import { mentoringModule } from './modules/mentoring/index.ts';
import { notificationsModule } from './modules/notifications/index.ts';
import { organisationModule } from './modules/organisation/index.ts';
import { peopleImportModule } from './modules/people-import/index.ts';
import { peerSupportModule } from './modules/peer-support/index.ts';
import { peopleModule } from './modules/people/index.ts';
import { profileModule } from './modules/profile/index.ts';
import { trainingModule } from './modules/training/index.ts';
import type { ServerModule } from './module.ts';

/** Every feature of the server, in the order their routes are registered: the one list app.ts and start-services.ts read. */
export const MODULES: readonly ServerModule[] = [
  healthModule,
  authModule,
  organisationModule,
  peopleModule,
  peopleImportModule,
  profileModule,
  trainingModule,
  mentoringModule,
  groupsModule,
  peerSupportModule,
  notificationsModule,
  mailModule,
];

/** Every job queue: mail's delivery queue, and each feature's scheduled work. */
export const QUEUE_NAMES: readonly string[] = [
  MAIL_QUEUE,
  ...MODULES.flatMap((module) => module.jobs.map((job) => job.queue)),
];
