/**
 * Text normalisation shared by detection and extraction.
 *
 * The mirror generator pretty-printed every page (one tag per line, one space of indent per level), so
 * rendered text is broken by newlines and spaces wherever a tag used to be — even inside a name
 * (`鲍里斯‧\n <ok>\n  约翰逊`). Chinese does not separate words with spaces, so whitespace touching a
 * CJK character or CJK punctuation is an artefact and is dropped; between Latin words it becomes one space.
 */

/** Han, kana, CJK punctuation, full-width forms and the middle-dot family used in transliterated names. */
const CJK = '\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef\\u2027\\u00b7\\u2022\\u2219\\u22c5\\u0387\\u201c\\u201d\\u2018\\u2019\\u2014\\u2026';
const SPACE = '[\\s\\u00a0\\u200b\\u3000]+';
const SPACE_BEFORE_CJK = new RegExp(`${SPACE}(?=[${CJK}])`, 'g');
const SPACE_AFTER_CJK = new RegExp(`(?<=[${CJK}])${SPACE}`, 'g');
const ANY_SPACE = new RegExp(SPACE, 'g');

/** Collapses whitespace the way a reader sees the text: none around CJK, one space between Latin words. */
export function cleanText(text: string): string {
  // Collapsing runs first keeps the look-arounds below linear: Minghui's staircase of thousands of
  // indented closing tags leaves whitespace runs that a look-ahead would otherwise rescan.
  return text
    .replace(ANY_SPACE, ' ')
    .replace(SPACE_BEFORE_CJK, '')
    .replace(SPACE_AFTER_CJK, '')
    .trim();
}

/** True when the string contains at least one Han character. */
export function hasHan(text: string): boolean {
  return /[\u3400-\u4dbf\u4e00-\u9fff]/.test(text);
}
