import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Privacy rule 3: answers held until a batch of 5 is complete are sealed (AES-256-GCM) with a key kept
 * outside the database, so with the database alone nobody can read the answer of the one person who
 * has answered so far. The plain text is padded to a multiple of 256 bytes, so the length of a sealed
 * answer tells nothing either (which is why sealed text may not end in white space: JSON never does).
 */
export interface Sealer {
  seal(plain: string): string;
  /** The plain text, or null when the text was sealed with another key or altered. */
  open(sealed: string): string | null;
}

const IV = 12;
const TAG = 16;
const BLOCK = 256;

export function sealerFor(key: Buffer): Sealer {
  if (key.length !== 32) throw new Error('An answer key is 32 bytes');
  return {
    seal(plain) {
      const bytes = Buffer.from(plain, 'utf8');
      // Spaces up to the next whole block, always at least one.
      const padded = Buffer.concat([
        bytes,
        Buffer.alloc(Math.ceil((bytes.length + 1) / BLOCK) * BLOCK - bytes.length, ' '),
      ]);
      const iv = randomBytes(IV);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(padded), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed) {
      try {
        const bytes = Buffer.from(sealed, 'base64');
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV));
        decipher.setAuthTag(bytes.subarray(IV, IV + TAG));
        return Buffer.concat([decipher.update(bytes.subarray(IV + TAG)), decipher.final()])
          .toString('utf8')
          .trimEnd();
      } catch {
        return null;
      }
    },
  };
}
