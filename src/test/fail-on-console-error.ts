import { afterEach, vi } from 'vitest';

// A console.error during a test is a bug we would otherwise never read (STYLE.md point 6).
const errors: unknown[][] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  errors.push(args);
  original(...args);
};

afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    const seen = errors.splice(0).map((a) => a.map(String).join(' '));
    throw new Error(`console.error was called during the test:\n${seen.join('\n')}`);
  }
});
