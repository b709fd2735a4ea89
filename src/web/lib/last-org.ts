const KEY = 'kindred.lastOrgId';

/** The organisation someone used last opens first next time. */
export function rememberLastOrg(orgId: string): void {
  try {
    localStorage.setItem(KEY, orgId);
  } catch {
    // Private browsing may refuse storage; the first organisation is a fine default then.
  }
}

export function lastOrg(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
