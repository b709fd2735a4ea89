import type { Database, DatabaseHandle } from '#db/client.ts';
import type { Sealer } from '#db/seal.ts';
import type { Config } from './config.ts';
import type { Jobs } from './jobs/queue.ts';

/** Everything a service needs from the outside world, built once in main.ts (or per test file). */
export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  db: Database;
  jobs: Jobs;
  /** Set when the built-in mail catcher is in use (no SMTP_URL): enables the development mail page. */
  mailCatcherEnabled: boolean;
  /** Seals anonymous answers while they are held, with a key kept outside the database. */
  sealer: Sealer;
}
