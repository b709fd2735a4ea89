import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from './deps.ts';

/** Work a feature does on a schedule, on a queue of its own (one instance at a time, pg-boss). */
export interface ScheduledJob {
  /** The queue's name: '<feature>.<what>'. */
  queue: string;
  /** When it runs (cron, in UTC); a start runs it once at once too, to catch up. */
  cron: string;
  /** Each step safe to run twice. */
  run(deps: AppDeps): Promise<void>;
}

/**
 * A feature's public face to the app (each `modules/<feature>/index.ts` exports one): what it serves
 * and what it runs by itself. app.ts and start-services.ts take these from the one list in modules.ts.
 */
export interface ServerModule {
  name: string;
  routes: FastifyPluginAsync[];
  jobs: ScheduledJob[];
  /** Seals anonymous answers it holds that were written in the clear (run at every start); how many it sealed. */
  sealHeldAnswers?(deps: AppDeps): Promise<number>;
}
