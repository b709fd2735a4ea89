import { describe, expect, it } from 'vitest';
import { hasBurnoutSymptoms, who5Band, who5Change, who5Percent, ZBurnoutLevel, ZWho5Answers } from './wellbeing.ts';

describe('WHO-5', () => {
  it('scores the raw sum times 4, from 0 to 100', () => {
    expect(who5Percent([0, 0, 0, 0, 0])).toBe(0);
    expect(who5Percent([5, 5, 5, 5, 5])).toBe(100);
    expect(who5Percent([3, 2, 4, 1, 3])).toBe(52);
  });

  it('refuses anything but five whole answers from 0 to 5', () => {
    expect(() => who5Percent([1, 2, 3, 4])).toThrow(RangeError);
    expect(() => who5Percent([1, 2, 3, 4, 6])).toThrow(RangeError);
    expect(() => who5Percent([1, 2, 3, 4, 2.5])).toThrow(RangeError);
    expect(ZWho5Answers.safeParse([1, 2, 3, 4]).success).toBe(false);
    expect(ZWho5Answers.safeParse([1, 2, 3, 4, -1]).success).toBe(false);
    expect(ZWho5Answers.safeParse([0, 1, 2, 3, 5]).success).toBe(true);
  });

  it('flags 50 or below as lower than usual and 28 or below as much lower, at the exact edges', () => {
    expect(who5Band(100)).toBe('usual');
    expect(who5Band(52)).toBe('usual');
    expect(who5Band(50)).toBe('lower');
    expect(who5Band(32)).toBe('lower');
    expect(who5Band(28)).toBe('much_lower');
    expect(who5Band(0)).toBe('much_lower');
  });

  it('calls a change of 10 points or more a real change, either way', () => {
    expect(who5Change(40, 50)).toBe('better');
    expect(who5Change(50, 40)).toBe('worse');
    expect(who5Change(40, 48)).toBe('about_the_same');
    expect(who5Change(48, 40)).toBe('about_the_same');
  });
});

describe('single-item burnout', () => {
  it('means symptoms of burnout from the third answer on', () => {
    expect([1, 2, 3, 4, 5].map(hasBurnoutSymptoms)).toEqual([false, false, true, true, true]);
  });

  it('takes a level from 1 to 5 only', () => {
    expect(ZBurnoutLevel.safeParse(0).success).toBe(false);
    expect(ZBurnoutLevel.safeParse(6).success).toBe(false);
    expect(ZBurnoutLevel.safeParse(3).success).toBe(true);
  });
});
