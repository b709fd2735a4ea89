import type { Config } from './config.ts';

/** JSON lines in production (for log shippers); readable lines when a person watches a terminal. */
export function loggerOptions(config: Config): object {
  const pretty = config.env !== 'production' && process.stdout.isTTY;
  return {
    level: config.logLevel,
    redact: { paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], remove: true },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } }
      : {}),
  };
}
