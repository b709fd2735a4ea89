import { parseArgs } from 'node:util';
import { z } from 'zod';
import { startEmbeddedPostgres } from '#db/embedded.ts';
import { applyMigrations } from '#db/migrate.ts';
import { readConfig } from '#server/config.ts';
import { createOrganisation } from '#server/modules/organisation-setup/index.ts';
import { startServices } from '#server/start-services.ts';
import { ZEmail, ZName } from '#shared/contracts/common.ts';

const usage = `Creates an organisation and e-mails an invitation to its first admin.

  npm run org:create -- --name "Eastside Hospital" --admin-email lead@eastside.org --admin-name "Dr Lee" [--time-zone Europe/London] [--country GB]

Uses DATABASE_URL, or the embedded PostgreSQL of this folder (stop npm start first).`;

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-name': { type: 'string' },
    'time-zone': { type: 'string', default: 'UTC' },
    country: { type: 'string', default: 'AU' },
    help: { type: 'boolean' },
  },
});
const parsed = z
  .object({
    name: ZName,
    adminEmail: ZEmail,
    adminName: ZName,
    timeZone: z
      .string()
      .refine((tz) => tz === 'UTC' || Intl.supportedValuesOf('timeZone').includes(tz), 'unknown time zone'),
    country: z.string().regex(/^[A-Za-z]{2}$/, 'a two-letter country code'),
  })
  .safeParse({
    name: values.name,
    adminEmail: values['admin-email'],
    adminName: values['admin-name'],
    timeZone: values['time-zone'],
    country: values.country,
  });
if (values.help || !parsed.success) {
  if (!values.help && !parsed.success)
    process.stderr.write(
      `${parsed.error.issues.map((i) => `--${String(i.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${i.message}`).join('\n')}\n\n`,
    );
  process.stderr.write(`${usage}\n`);
  process.exit(values.help ? 0 : 2);
}

const config = readConfig();
const embedded = config.databaseUrl
  ? null
  : await startEmbeddedPostgres({ dataDir: `${config.dataDir}/postgres`, port: config.embeddedPgPort });
const url = config.databaseUrl ?? embedded!.url('kindred');
await applyMigrations(url);
const services = await startServices(config, url, () => undefined);
const input = parsed.data;
const slug = input.name
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '-')
  .replace(/^-|-$/g, '');
const created = await createOrganisation(services.deps, {
  name: input.name,
  slug,
  timeZone: input.timeZone,
  country: input.country.toUpperCase(),
  admin: { email: input.adminEmail, name: input.adminName },
});
// Give the queue a moment to hand the invitation to the mail server before we stop.
await new Promise((r) => setTimeout(r, 2000));
await services.stop();
await embedded?.stop();
process.stdout.write(
  `Created "${input.name}". ${created.adminEmail} is invited as its admin:\n  ${created.invitationUrl}\n`,
);
