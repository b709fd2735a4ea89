/** Only a path inside Kindred may follow sign-in, never another site ("//evil.example"). */
export function safeNextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
