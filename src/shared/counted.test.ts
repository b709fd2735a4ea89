import { describe, expect, it } from 'vitest';
import { counted, points } from './counted.ts';

describe('counted', () => {
  it('agrees the noun with the count', () => {
    expect(counted(1, 'mentor')).toBe('1 mentor');
    expect(counted(2, 'mentor')).toBe('2 mentors');
    expect(counted(0, 'pair')).toBe('0 pairs');
    expect(counted(3, 'person', 'people')).toBe('3 people');
  });
});

describe('points', () => {
  it('drops a trailing .0 and keeps one decimal otherwise', () => {
    expect(points(3)).toBe('3');
    expect(points(1.5)).toBe('1.5');
    expect(points(1.3333)).toBe('1.3');
    expect(points(0)).toBe('0');
  });
});
