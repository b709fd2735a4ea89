import type { ServerModule } from '../../module.ts';
import { devMailPage, devMailRoutes } from './routes.ts';

/** E-mail: queued in the transaction that causes it, delivered by a job; in development, caught and shown at /dev/mail. */
export const mailModule: ServerModule = { name: 'mail', routes: [devMailPage, devMailRoutes], jobs: [] };

export { type CaughtMessage, type MailCatcher, startMailCatcher } from './catcher.ts';
export { MAIL_QUEUE, type OutgoingMail, queueMail, queueMails, startMailDelivery } from './mailer.ts';
export { keepCaughtMail } from './repo.ts';
export { invitationMail, matchedMail, passwordResetMail, successionMail } from './templates.ts';
