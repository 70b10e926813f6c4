/**
 * Text normalisation shared by detection and extraction.
 *
 * The mirror generator pretty-printed every page (one tag per line, one space of indent per level), so
 * rendered text is broken by newlines and spaces wherever a tag used to be — even inside a name
 * (`鲍里斯‧\n <ok>\n  约翰逊`). Chinese does not separate words with spaces, so whitespace touching a
 * CJK character or CJK punctuation is an artefact and is dropped; between Latin words it becomes one space.
 *
 * Some mirrored pages hold a body whose UTF-8 bytes were decoded as Latin-1 (`ä¸­å½æ¶é´` for 中国时间);
 * cleanText turns such text back into what the outlet wrote.
 */

/** Han, kana, CJK punctuation, full-width forms and the middle-dot family used in transliterated names. */
const CJK = '\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef\\u2027\\u00b7\\u2022\\u2219\\u22c5\\u0387\\u201c\\u201d\\u2018\\u2019\\u2014\\u2026';
const SPACE = '[\\s\\u00a0\\u200b\\u3000]+';
const ANY_SPACE = new RegExp(SPACE, 'g');
/** Once runs are single spaces, one with CJK on either side. Opening on the space lets the engine skip to spaces. */
const SPACE_BY_CJK = new RegExp(` (?:(?=[${CJK}])|(?<=[${CJK}] ))`, 'g');

/** Collapses whitespace the way a reader sees the text: none around CJK, one space between Latin words. */
export function cleanText(text: string): string {
  // Mojibake is repaired before anything else: its bytes include 0xA0, which collapsing would take for a space.
  // Collapsing runs first keeps the look-arounds below linear: Minghui's staircase of thousands of
  // indented closing tags leaves whitespace runs that a look-ahead would otherwise rescan.
  return repairMojibake(text).replace(ANY_SPACE, ' ').replace(SPACE_BY_CJK, '').trim();
}

/** True when the string contains at least one Han character. */
export function hasHan(text: string): boolean {
  return /[\u3400-\u4dbf\u4e00-\u9fff]/.test(text);
}

/** A UTF-8 lead byte followed by a continuation byte, both read as Latin-1 (`ä¸` of `ä¸­` = 中): mojibake may be here. */
const MOJIBAKE_HINT = /[\u00c2-\u00f4][\u0080-\u00bf]/;
/** A run of characters that each could be one byte read as Latin-1. */
const LATIN1_RUN = /[\u0000-\u00ff]+/g;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes text that is UTF-8 mis-read as Latin-1: each run of U+0000–U+00FF characters holding a lead and a
 * continuation byte is taken as bytes and decoded as UTF-8. A run that is no valid UTF-8 stays as it is, so
 * Latin-1 text stays too: in `café` and `Müller` no continuation byte follows é or ü.
 */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE_HINT.test(text)) return text; // the common case: one scan, no copy
  return text.replace(LATIN1_RUN, (run) => {
    if (!MOJIBAKE_HINT.test(run)) return run;
    try {
      return STRICT_UTF8.decode(Uint8Array.from(run, (c) => c.charCodeAt(0)));
    } catch {
      return run;
    }
  });
}
