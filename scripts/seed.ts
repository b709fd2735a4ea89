import { connectDatabase } from '#db/client.ts';
import { applyMigrations } from '#db/migrate.ts';
import { demoLogins, seedDemo } from '#db/seed/demo.ts';

// `npm run seed`: seeds the demo into the server in DATABASE_URL (npm start seeds its embedded database by itself).
const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write(
    'Set DATABASE_URL to the PostgreSQL server to seed (npm start seeds its embedded database by itself).\n',
  );
  process.exit(2);
}
await applyMigrations(url);
const handle = connectDatabase(url, { max: 2 });
// The demo's held answers go in unsealed; the server seals them when it starts (sealHeldAnswers).
const created = await seedDemo(handle.db);
await handle.close();
process.stdout.write(
  created ? 'Demo organisations created.\n' : 'The demo organisation is already there; nothing changed.\n',
);
for (const l of demoLogins()) process.stdout.write(`  ${l.role.padEnd(12)} ${l.email}  password: ${l.password}\n`);
