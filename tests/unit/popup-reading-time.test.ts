import { describe, expect, it } from 'vitest';
import { CHARACTERS_PER_MINUTE, readingMinutes } from '../../src/popup/reading-time.ts';

describe('reading time', () => {
  it('uses a rate inside the 400–500 characters a minute of Chinese readers', () => {
    expect(CHARACTERS_PER_MINUTE).toBeGreaterThanOrEqual(400);
    expect(CHARACTERS_PER_MINUTE).toBeLessThanOrEqual(500);
  });

  it('rounds to whole minutes, at least one for any text', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(30)).toBe(1);
    expect(readingMinutes(450 * 5)).toBe(5);
    expect(readingMinutes(450 * 5 + 300)).toBe(6);
  });
});
