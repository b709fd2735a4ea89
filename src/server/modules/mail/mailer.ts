import nodemailer from 'nodemailer';
import type pg from 'pg';
import type { Jobs } from '../../jobs/queue.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Plain-text attachments such as calendar invites (.ics); kept as text so the job stays JSON. */
  attachments?: { filename: string; content: string; contentType: string }[];
}

export const MAIL_QUEUE = 'email.send';
const QUEUE = MAIL_QUEUE;

/**
 * Mail is never sent inside a request: it is queued (in the caller's transaction when given), and a worker
 * delivers it with retries, so a crash between "saved" and "sent" loses no e-mail.
 */
export function queueMail(jobs: Jobs, mail: OutgoingMail, within?: pg.PoolClient): Promise<void> {
  return jobs.send(QUEUE, mail, within);
}

export function queueMails(jobs: Jobs, mails: OutgoingMail[], within?: pg.PoolClient): Promise<void> {
  return jobs.sendMany(QUEUE, mails, within);
}

/** Delivers queued mail over up to 5 kept-open SMTP connections, 20 messages at a time; answers how to stop. */
export async function startMailDelivery(jobs: Jobs, smtpUrl: string, from: string): Promise<() => void> {
  const transport = nodemailer.createTransport(
    `${smtpUrl}${smtpUrl.includes('?') ? '&' : '?'}pool=true&maxConnections=5`,
  );
  await jobs.work<OutgoingMail>(
    QUEUE,
    async (mail) => {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: mail.attachments,
      });
    },
    { batchSize: 20 },
  );
  return () => transport.close();
}
