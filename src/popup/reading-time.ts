/**
 * Reading time of Chinese text. Studies of Chinese silent reading put adults at roughly 400–500
 * characters per minute; the popup uses the middle of that range and says so.
 */
export const CHARACTERS_PER_MINUTE = 450;

/** Whole minutes, at least 1 for any text; 0 only for an empty body. */
export function readingMinutes(characters: number): number {
  if (characters <= 0) return 0;
  return Math.max(1, Math.round(characters / CHARACTERS_PER_MINUTE));
}
