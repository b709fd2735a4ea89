import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the CSPRNG; only its hash is ever stored, so a database dump holds no usable token. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
