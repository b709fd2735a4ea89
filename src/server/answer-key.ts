import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config.ts';

/**
 * The key that seals held anonymous answers (src/db/seal.ts). It never goes into the database: it is
 * ANSWER_KEY when set (every instance of a multi-instance installation must share it), or else the file
 * `answer-key` in the data folder, made on first start and readable by its owner only. Losing it loses
 * only answers still held (at most 4 per group or feedback round); answers already released stay.
 */
export async function answerKey(config: Pick<Config, 'answerKey' | 'dataDir'>): Promise<Buffer> {
  if (config.answerKey) return config.answerKey;
  const file = path.join(config.dataDir, 'answer-key');
  await mkdir(config.dataDir, { recursive: true });
  try {
    await writeFile(file, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte key in base64`);
  return key;
}
