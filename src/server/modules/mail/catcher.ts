import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMessage {
  to: string;
  subject: string;
  text: string;
  html: string | null;
  raw: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

export interface MailCatcher {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on loopback that keeps what it receives. Used when no SMTP_URL is configured,
 * so invitations and password resets work out of the box, and by tests as "the SMTP server".
 */
export async function startMailCatcher(keep: (message: CaughtMessage) => Promise<void>): Promise<MailCatcher> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    disableReverseLookup: true,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
            const attachments = parsed.attachments.map((a) => ({
              filename: a.filename ?? '',
              contentType: a.contentType,
              content: a.content.toString('utf8'),
            }));
            return keep({
              to,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: parsed.html || null,
              raw,
              attachments,
            });
          })
          .then(
            () => callback(),
            (error: Error) => callback(error),
          );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A sender that vanishes mid-message (a killed server's open connections) resets its socket: that is
  // the sender's failure, to be retried by its queue, not a reason for the catcher to crash.
  server.on('error', () => undefined);
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
