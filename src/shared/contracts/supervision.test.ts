import { describe, expect, it } from 'vitest';
import { behindOnSupervision } from './groups.ts';

describe('behind on supervision', () => {
  it('is behind only when a session more than 14 days ago has had no supervision on or after its day', () => {
    expect(behindOnSupervision([], null, '2026-11-23')).toBe(false);
    expect(behindOnSupervision(['2026-11-09'], null, '2026-11-23')).toBe(false); // 14 days: still within the grace
    expect(behindOnSupervision(['2026-11-08'], null, '2026-11-23')).toBe(true); // 15 days, never supervised
    expect(behindOnSupervision(['2026-11-08'], '2026-11-08', '2026-11-23')).toBe(false); // supervised on the day
    expect(behindOnSupervision(['2026-11-08'], '2026-11-07', '2026-11-23')).toBe(true); // supervised before it only
    expect(behindOnSupervision(['2026-10-01', '2026-11-20'], '2026-10-02', '2026-11-23')).toBe(false); // the later one is recent
  });
});
