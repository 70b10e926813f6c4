/**
 * Named people in an article's title, body and captions, by rules (no dictionary segmenter, no model:
 * this runs inside the page). The rules follow how the mirrored outlets write names (REPORT §6):
 *
 * - transliterations joined by a middle dot (`安东尼‧布林肯`), any of the dot variants;
 * - a Latin name in parentheses after a Chinese name (`佩恩（Marise Payne）`, `（Joe Biden，中）`);
 * - a role or title directly before a name (`外长王毅`, `法国总统马克龙`, `法轮功学员张君`) or after it
 *   (`孙立平教授`);
 * - a name directly before a speech verb (`赵立坚表示`, `Floyd说`);
 * - the other members of a list that holds a name (`刘小林、张利辉、罗水珍`);
 * - names so frequent in these outlets that they appear without any of the above (习近平, 川普);
 * - emperors (唐太宗), the authors opening a reading-list entry (`班固，《汉书》`) or before 的 and a work
 *   (`普希金的《致凯恩》`), tweet signatures (`— 蔡霞 (@realcaixia)`), a commentary's byline in the title
 *   (`评论 | 唯色：`), a Japanese name after a Japanese office (`日本外务大臣茂木敏充`), a paragraph opening
 *   on a name and 是, terms the outlet tagged (`<ok href="/term/…">孔祥熙</ok>`), and three-character names
 *   that a story keeps repeating where names stand;
 * - later short forms (`布林肯`, `Pelosi`) and spelling variants (`川普`/`特朗普`) fold into the person.
 *
 * Credits (dateline reporters, editors, photo credits), book titles and anonymous references are skipped.
 */
import type { Person } from '../types.ts';
import {
  AMBIGUOUS_SURNAMES,
  ANONYMOUS_SUFFIXES,
  COMPOUND_SURNAMES,
  DOTTED_TRANSLIT_CHARS,
  KNOWN_PEOPLE,
  NAME_BREAK_CHARS,
  NAME_DOTS,
  NAME_FINAL_CHARS,
  NAME_FOLLOWERS,
  NAME_INTRODUCERS,
  NON_PERSON_LATIN,
  NOT_GIVEN_NAMES,
  NOT_NAME_WORDS,
  ORG_WORDS_AFTER_NAME,
  PLACE_OR_ORG_SUFFIXES,
  PLACE_WORDS,
  ROLE_WORDS,
  SAME_PERSON,
  SPEECH_ADVERBS,
  SPEECH_VERBS,
  STRONG_TRANSLIT_CHARS,
  SURNAMES,
  TRAILING_TITLES,
  TRANSLIT_CHARS,
  TRANSLIT_STOP_WORDS,
  WORDS_BEFORE_TRANSLIT,
} from './lexicon.ts';

export interface PeopleInput {
  title: string;
  /** Body text paragraphs in order, whitespace-normalised with cleanText. */
  paragraphs: string[];
  /** Figure captions, credits already removed. */
  captions: string[];
  /** Terms the outlet marked up as a whole (its term and tag links): a full Chinese name among them is a person. */
  taggedTerms?: readonly string[];
  /** Dateline reporters and the editor: never people unless the story itself mentions them. */
  exclude: string[];
}

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const DIGIT = /[0-9０-９]/;
const DOT_CLASS = NAME_DOTS.replace(/[.\-\\\]]/g, '\\$&');
/** Han runs joined by name dots; hyphens may join syllables inside a part (让-皮埃尔), a middle initial stand between two (约翰·F·肯尼迪). */
const DOTTED_RUN = new RegExp(`(?<![${HAN}])[${HAN}]+(?:[${DOT_CLASS}](?:[A-Z](?=[${DOT_CLASS}][${HAN}])|[${HAN}]+(?:[-－][${HAN}]+)*))+`, 'g');
const DOT_SPLIT = new RegExp(`([${DOT_CLASS}])`);
const ANY_DOT = new RegExp(`[${DOT_CLASS}]`, 'g');
const HAN_BEFORE_PARENTHESIS = new RegExp(`(?<![${HAN}])[${HAN}]+(?=\\s?[（(])`, 'g');
const CHINESE_NUMERALS = '〇零一二三四五六七八九十百千两';

// ---------------------------------------------------------------------------------------------------
// Lookups. The rules test every character of every text, so character classes and the first and last
// characters of listed words live in typed arrays indexed by UTF-16 code: a miss (most positions) costs
// one array read, with no one-character string to build and hash.

const CHAR_FLAGS = new Uint16Array(0x10000);
let charClasses = 0;

/** A character class as a bit of CHAR_FLAGS. */
function charClass(chars: string): number {
  const bit = 1 << charClasses++;
  for (let i = 0; i < chars.length; i++) CHAR_FLAGS[chars.charCodeAt(i)]! |= bit;
  return bit;
}

/** A Han character (the BMP blocks of HAN) at `at`; false outside the text. */
function isHan(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Whether the character at `at` is in `charClassBits`; false outside the text. */
function isClass(text: string, at: number, charClassBits: number): boolean {
  return ((CHAR_FLAGS[text.charCodeAt(at)] ?? 0) & charClassBits) !== 0;
}

const TRANSLIT = charClass(TRANSLIT_CHARS);
/** Everyday characters that also transliterate, read only inside dot-joined names. */
const DOTTED_EXTRA = charClass(DOTTED_TRANSLIT_CHARS);
const DOTTED_TRANSLIT = TRANSLIT | DOTTED_EXTRA;
const STRONG_TRANSLIT = charClass(STRONG_TRANSLIT_CHARS);
const SURNAME = charClass(SURNAMES);
const AMBIGUOUS_SURNAME = charClass(AMBIGUOUS_SURNAMES);
const BREAK = charClass(NAME_BREAK_CHARS + '于');
/** Characters a name or role cannot extend over to its left (`英国前首相`, not `据英国前首相`). */
const LEFT_STOP = charClass(NAME_BREAK_CHARS + '据与和及由被向对让经同跟给因但而也还又并即、');
/** Last characters of institutions, which may stand right before a name (`清华大学孙立平教授`). */
const INSTITUTION_END = charClass('学所院局部会司行馆厅处室心团社报台队站校府委');
const PLACE_SUFFIX = charClass(PLACE_OR_ORG_SUFFIXES);
/** Place suffixes: a "name" right before one (古蔺县) or ending in one (江阳区, 左安门) is a place. */
const PLACE_AFTER_NAME = charClass('省市县区镇乡村州门山桥路街寺庙宫楼园湖河墓陵祠');
const NAME_DOT = charClass(NAME_DOTS);
/** Conjunctions that may stand right before a name (`张三和李四`). */
const CONJUNCTION = charClass('和与及');
const PLACE_ENDING = charClass('省市县区镇乡村州门桥路街寺庙宫楼园墓祠口');
const NUMERAL = charClass(CHINESE_NUMERALS);
/** Characters that commonly end a given name. */
const NAME_FINAL = charClass(NAME_FINAL_CHARS);
/** Name-breaking particles and time words that also open given names (郭从会, 陈时中, 金日成, 长孙无忌, 朴今子, 李年波). */
const GIVEN_AFTER_SURNAME = charClass('之而用以为乃其少和自再从时年日无今');

function someClass(text: string, charClassBits: number): boolean {
  for (let i = 0; i < text.length; i++) if (isClass(text, i, charClassBits)) return true;
  return false;
}

/**
 * Characters that are in `chars` or lie outside the text: the rules below treat the end of a text like
 * one of these characters (a name that ends the text ends on a sure boundary).
 */
function isOneOfOrEnd(text: string, at: number, chars: string): boolean {
  return at >= text.length || chars.includes(text.charAt(at));
}

/**
 * Finds the next of `chars` at or after `from` (-1 if none): a native regex scan, where a loop over every
 * character would run in the page's cold, unoptimised JavaScript.
 */
function charFinder(chars: Iterable<string>): (text: string, from: number) => number {
  const escaped = [...new Set(chars)].map((c) => c.replace(/[\\\]\[^-]/, '\\$&'));
  const pattern = new RegExp(`[${escaped.join('')}]`, 'g');
  return (text, from) => {
    pattern.lastIndex = from;
    return pattern.test(text) ? pattern.lastIndex - 1 : -1;
  };
}

/**
 * A list of words. Scans run as one regex alternation (native code, longest word first at each place);
 * lookups at a given place go through the words indexed by their first and last character.
 */
class WordList {
  private readonly byFirst = new Map<string, string[]>();
  private readonly byLast = new Map<string, string[]>();
  /** All the words, longest first at each place (global). */
  readonly pattern: RegExp;

  constructor(words: readonly string[]) {
    const longestFirst = [...new Set(words)].filter((w) => w !== '').sort((a, b) => b.length - a.length);
    for (const word of longestFirst) {
      WordList.index(this.byFirst, word.charAt(0), word);
      WordList.index(this.byLast, word.charAt(word.length - 1), word);
    }
    this.pattern = new RegExp(longestFirst.map(escapeRegExp).join('|') || '(?!)', 'g');
  }

  private static index(map: Map<string, string[]>, key: string, word: string): void {
    const words = map.get(key) ?? [];
    words.push(word);
    map.set(key, words);
  }

  /** The next word at or after `from`, the longest of those starting at one place; null if none. */
  next(text: string, from: number): { at: number; word: string } | null {
    this.pattern.lastIndex = from;
    const m = this.pattern.exec(text);
    return m && { at: m.index, word: m[0] };
  }

  /** The longest word that starts at `at`. */
  startingAt(text: string, at: number): string | undefined {
    return this.byFirst.get(text.charAt(at))?.find((w) => text.startsWith(w, at));
  }

  /** The longest word that ends just before `at`. */
  endingAt(text: string, at: number): string | undefined {
    return this.byLast.get(text.charAt(at - 1))?.find((w) => text.endsWith(w, at));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ROLES = new WordList(ROLE_WORDS);
const INTRODUCERS = new WordList(NAME_INTRODUCERS);
const SPEECH = new WordList(SPEECH_VERBS);
const ADVERBS = new WordList(SPEECH_ADVERBS);
const FOLLOWERS = new WordList(NAME_FOLLOWERS);
const PLACE_NAMES = new WordList(PLACE_WORDS);
const TITLES_AFTER = new WordList(TRAILING_TITLES);
const ORGS_AFTER = new WordList(ORG_WORDS_AFTER_NAME);
const BEFORE_TRANSLIT = new WordList(WORDS_BEFORE_TRANSLIT);
const AFTER_TRANSLIT = new WordList(TRANSLIT_STOP_WORDS);
const ANONYMOUS = new WordList(ANONYMOUS_SUFFIXES);
/** Particles that are also the last character of given names (王中和，, 林徽因女士, 吴均之). */
const PARTICLES_IN_NAMES = '和因于为之以';
/** Anonymous suffixes that are also the middle character of full names. */
const MIDDLE_OF_NAMES = '家伯叔';
/**
 * Characters after which a name that follows a role surely ends (not 和, 因: 王中和, 林徽因); 家 for the
 * house of the person named (`学员李常林家`); the first characters of the verbs that follow officials
 * (调任, 参加, 索赔, 非法, 公开, 星期, 提议, 签署, 批示, 宣布, 抵达, 召开) — not 任, 出, 接, 同, 访, which also
 * follow a verb character after a two-character name (吴仪兼任, 杨林拿出, 俞申直接, 张霞一同, 李实专访).
 */
const ROLE_VOUCHED_ENDS = '的在等说是被也就都将曾已还对向从把为与及称带家调参索非公星提签批宣抵召';
const PLACES = new Set(PLACE_WORDS);
const NOT_NAMES = new Set(NOT_NAME_WORDS);

/** A Latin personal name: capitalised words, with the usual lower-case particles (Ursula von der Leyen). */
const LATIN_NAME =
  /^[A-Z][A-Za-z'’.-]*(?:\s(?:[A-Z][A-Za-z'’.-]*|von|van|der|den|de|da|di|du|la|le|bin|ibn|al|el|del|dos|das|ter))*$/;
/** A Latin name written into the Chinese sentence before a speech verb (`美国的Floyd说`, `Harry Kazianis的话`). */
const LATIN_SPEAKER = new RegExp(
  `(?<![A-Za-z])([A-Z][a-z]+(?:[ \\u00a0][A-Z][A-Za-z'’-]+){0,2})` +
    `(?=${alternation(['说', '表示', '称', '留言', '指出', '写道', '认为', '发表', '的话', '据说', '说道', '說', '稱'])})`,
  'g',
);

const CREDIT_WORDS =
  '记者|記者|编辑|編輯|责编|報導|报导|报道|報道|编译|編譯|作者|撰稿|撰文|供稿|通讯员|翻译|翻譯|摄影|攝影|图片|圖片|来源|來源|转载|轉載|审校|整理';
/** Credits and non-story spans, masked so that no rule sees the names inside them. */
const CREDIT_SPANS = [
  /[（(][^（）()]*[/／][^（）()]*[)）]/g,
  new RegExp(`[（(][^（）()]*(?:${CREDIT_WORDS})[^（）()]*[)）]`, 'g'),
  /(?:责任编辑|責任編輯|责编|網編|网编|编辑|編輯|发稿|审校|编译|采访|后制|作者|撰文|摄影|攝影|记者|記者|来源|來源)[：:／/][^，。；）)]{0,30}/g,
  /(?:记者|記者)[^，。；（）()]{1,20}?(?:报导|报道|報導|報道)/g,
];
const MASK = '｜';
/** A title in 《》 is masked too, as a mark of its own: the name before a book or a poem is its author's (`普希金的《致凯恩》`). */
const WORK_TITLE = /《[^》]*》/g;
const WORK_MASK = '〓';
/** A newspaper, magazine, site or channel: the word before it is a place or an outlet (`华盛顿的《华盛顿邮报》`), so it is masked as a credit. */
const PERIODICAL = /(?:报|報|刊|志|网|網|台|臺|社|频道|頻道|新闻|新聞)》$/;

interface Sighting {
  name: string;
  nameEn: string | null;
  role: string | null;
  /** The name ends at a clear boundary (punctuation, a verb, a title, a parenthesis), not a guessed one. */
  certain: boolean;
  /** A Chinese name (surname + given name) as opposed to a transliteration or Latin name. */
  chinese: boolean;
}

interface Hit {
  start: number;
  end: number;
  sighting: Sighting;
}

export function extractPeople(input: PeopleInput): Person[] {
  const texts = [input.title, ...input.paragraphs, ...input.captions].map(maskCredits);
  const found = findSightings(texts);
  // A Chinese name found anywhere vouches for the lists it stands in (刘小林、张利辉、罗水珍).
  const known = new Set(found.flatMap((t) => t.hits.filter((h) => h.sighting.chinese && h.sighting.certain).map((h) => h.sighting.name)));
  for (const t of found) for (const hit of listNames(t.text, known)) t.add(hit);
  for (const t of found) for (const hit of conjoinedNames(t.text, known)) t.add(hit);
  // The entries of a case list vouch for each other; one paragraph opening on a name and a date is no list (彭博9月3日…).
  const entries = found.map((t) => entryName(t.text));
  if (entries.filter((hit) => hit !== null).length >= MIN_LIST_ENTRIES) entries.forEach((hit, i) => found[i]?.add(hit));
  const people = mergeSightings([
    ...found.flatMap((t) => t.hits.map((h) => h.sighting)),
    ...recurringNames(texts),
    ...taggedNames(input.taggedTerms ?? []),
  ]);
  countMentions(people, texts);
  foldStrayWords(people);
  const excluded = new Set(input.exclude.map(normaliseName));
  return people
    .filter((p) => p.mentions > 0 && !(excluded.has(normaliseName(p.name)) && !mentionedOutsideCredits(p.name, texts)))
    .sort((a, b) => a.firstAt - b.firstAt)
    .map(({ firstAt: _firstAt, ...person }) => person);
}

function maskCredits(text: string): string {
  const titlesMasked = text.replace(WORK_TITLE, (title) => (PERIODICAL.test(title) ? MASK : WORK_MASK));
  return CREDIT_SPANS.reduce((masked, pattern) => masked.replace(pattern, MASK), titlesMasked);
}

const CREDIT_BEFORE = /(?:记者|編輯|编辑|编译|作者|责编|撰文|采访|摄影|整理|翻译)[：:]?$/;

/** An excluded reporter or editor still counts when the story names them outside a credit. */
function mentionedOutsideCredits(name: string, texts: string[]): boolean {
  return texts.some((text) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (!CREDIT_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return true;
    }
    return false;
  });
}

// ---------------------------------------------------------------------------------------------------
// Sightings: one per rule hit; where two rules claim the same characters the earlier rule wins.

/**
 * The sightings in every text. Each rule scans all texts at once, joined by a separator no text holds (one
 * native regex pass instead of one per paragraph: people extraction takes about half the time), and hands each
 * match to its own text, so that every rule sees exactly what it would see in that text alone (a rule whose
 * lookahead reads past its match is given how far, so that no match reaches into the next text). The rules
 * run in the same order for every text.
 */
function findSightings(texts: readonly string[]): TextHits[] {
  const found = texts.map((text) => new TextHits(text));
  const all = new JoinedTexts(texts);
  const each = (scan: (text: string, hits: TextHits) => void) => texts.forEach((text, i) => scan(text, found[i]!));
  for (const { text, hits, m } of all.matches(DOTTED_RUN, found)) for (const hit of dottedNames(text, m.index, m[0])) hits.add(hit);
  for (const { text, hits, m } of all.matches(HAN_BEFORE_PARENTHESIS, found, 2)) hits.add(parenthesisedName(text, m.index, m[0]));
  each((text, hits) => {
    for (const hit of knownPeople(text)) hits.add(hit);
  });
  for (const { hits, m } of all.matches(EMPEROR, found)) hits.add(listHit(m.index, m[0]));
  for (const { text, hits, m } of all.matches(ROLES.pattern, found)) {
    const end = m.index + m[0].length;
    hits.add(text[end] === '的' ? possessedName(text, end + 1) : nameAfterRole(text, end));
  }
  for (const { text, hits, m } of all.matches(INTRODUCERS.pattern, found)) hits.add(nameAfterRole(text, m.index + m[0].length));
  for (const { text, hits, m } of all.matches(TITLES_AFTER.pattern, found)) hits.add(nameBefore(text, m.index, true) ?? nameBeforeHonorific(text, m.index) ?? latinNameBefore(text, m.index));
  for (const { text, hits, m } of all.matches(PERSON_NOTE, found)) hits.add(nameBefore(text, m.index, true) ?? fullNameEndingAt(text, m.index));
  for (const { text, hits, m } of all.matches(FOLLOWERS.pattern, found)) hits.add(nameBefore(text, m.index, true));
  for (const { text, hits, m } of all.matches(BEFORE_WORK, found)) hits.add(nameBefore(text, m.index, false) ?? transliterationEndingAt(text, m.index));
  const speech = [...all.matches(SPEECH.pattern, found)].map(({ text, hits, m }) => {
    return { text, hits, at: m.index - (ADVERBS.endingAt(text, m.index)?.length ?? 0) };
  });
  for (const { text, hits, at } of speech) hits.add(nameBefore(text, at, false));
  for (const { text, hits, at } of speech) hits.add(clauseSubject(text, at));
  for (const { text, hits, m } of all.matches(LATIN_SPEAKER, found)) hits.add(latinSpeaker(text, m.index, m[1] ?? ''));
  each((text, hits) => hits.add(speakerLabel(text)));
  found[0]?.add(columnByline(found[0].text));
  for (const [i, hit] of subjectOpenings(texts)) found[i]?.add(hit);
  for (const { hits, m } of all.matches(QUOTED_PSEUDONYM, found)) hits.add(pseudonym(m.index + m[0].length, m[1] ?? ''));
  for (const { hits, m } of all.matches(SURNAME_THEN_GIVEN, found)) hits.add(listHit(m.index, (m[1] ?? '') + (m[2] ?? ''), m[0].length));
  each((text, hits) => {
    for (const hit of referenceAuthors(text)) hits.add(hit);
  });
  for (const { text, hits, m } of all.matches(TWEET_AUTHOR, found, 2)) hits.add(tweetAuthor(text, m.index + m[0].length - (m[1] ?? '').length, m[1] ?? ''));
  return found;
}

/** Joins the texts: a paragraph separator, which cleanText never leaves in a text (and scans read as a space if one does). */
const TEXT_SEPARATOR = '\u2029';

/** Texts joined for scanning, with the way back from a joined position to its text. */
class JoinedTexts {
  private readonly joined: string;
  private readonly starts: number[] = [];

  constructor(private readonly texts: readonly string[]) {
    let start = 0;
    for (const text of texts) {
      this.starts.push(start);
      start += text.length + TEXT_SEPARATOR.length;
    }
    this.joined = texts.map((text) => text.replaceAll(TEXT_SEPARATOR, ' ')).join(TEXT_SEPARATOR);
  }

  /**
   * The matches of a global `pattern` that lie inside one text (and, with `lookahead`, whose next characters
   * do too), each with `m.index` made relative to its text.
   */
  *matches<T>(pattern: RegExp, perText: readonly T[], lookahead = 0): Generator<{ text: string; hits: T; m: RegExpExecArray }> {
    let textIndex = 0;
    pattern.lastIndex = 0; // matchAll starts where the last exec of this shared pattern stopped
    for (const m of this.joined.matchAll(pattern) as IterableIterator<RegExpExecArray>) {
      while (textIndex + 1 < this.starts.length && this.starts[textIndex + 1]! <= m.index) textIndex++;
      // The separator after this text stands where the next text starts, less one.
      const separatorAt = (this.starts[textIndex + 1] ?? Infinity) - 1;
      if (m.index + m[0].length + lookahead > separatorAt) continue;
      m.index -= this.starts[textIndex]!;
      yield { text: this.texts[textIndex]!, hits: perText[textIndex]!, m };
    }
  }
}

/** The hits in one text. Where two rules claim the same characters the earlier rule wins. */
class TextHits {
  readonly hits: Hit[] = [];
  private readonly taken: Uint8Array;

  constructor(readonly text: string) {
    this.taken = new Uint8Array(text.length + 1);
  }

  add(hit: Hit | null): void {
    if (!hit || this.taken.subarray(hit.start, hit.end).includes(1)) return;
    this.taken.fill(1, hit.start, hit.end);
    this.hits.push(hit);
  }
}

/**
 * Names in a run of dot-joined Han text. A part that holds more than transliterated syllables ends one
 * name and may start the next (`亨特·拜登和前任国务卿特里的继子克里斯托弗·亨氏`).
 */
function dottedNames(text: string, index: number, run: string): Hit[] {
  const pieces = run.split(DOT_SPLIT); // part, dot, part, dot, part …
  const hits: Hit[] = [];
  let at = index; // where pieces[i] starts
  let parts: string[] = []; // the name being read: syllables and the dots between them
  let start = index;
  // A two-part name with a two-word original (主持人瑞秋·曼索（Rachel Mansour）) vouches for its given name.
  const vouched = pieces.length === 3 && latinAfter(text, index + run.length)?.split(' ').length === 2;
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i] ?? '';
    const initial = parts.length > 0 && /^[A-Z]$/.test(piece);
    const head = initial ? piece : parts.length > 0 ? surnameAfterDot(text, piece, at) : '';
    const nameGoesOn = head === piece && i + 2 < pieces.length;
    if (head) parts.push(pieces[i - 1] ?? '', head);
    if (head && !nameGoesOn) {
      const hit = dottedHit(text, start, at + head.length, parts);
      if (hit) hits.push(hit);
    }
    if (!nameGoesOn) {
      // The piece ends the name; its tail may begin the next one.
      const given = givenNameBeforeDot(piece, vouched);
      parts = given ? [given] : [];
      start = at + piece.length - given.length;
    }
    at += piece.length + (pieces[i + 1] ?? '').length;
  }
  return hits;
}

/**
 * The transliterated syllables after a dot. When the Latin original follows, up to two more characters join
 * them (阿涅丝·布赞（Agnes Buzyn）: 赞 is not a usual transliteration character), or a short piece is the surname
 * whatever it holds (汤米·吴（Tommy Wu）, 奥斯卡‧王尔德（Oscar Wilde）).
 */
function surnameAfterDot(text: string, wholePiece: string, pieceAt: number): string {
  // A title after the name is no part of it, even where its first character transliterates (霍洛汉博士说).
  let titleAt = 1;
  while (titleAt < wholePiece.length && TITLES_AFTER.startingAt(wholePiece, titleAt) === undefined) titleAt++;
  const piece = wholePiece.slice(0, titleAt);
  let head = isClass(piece, 0, DOTTED_TRANSLIT) ? translitHead(piece, DOTTED_TRANSLIT) : '';
  while (head.length > 0 && isClass(head, head.length - 1, DOTTED_EXTRA) && !isClass(head, head.length - 1, TRANSLIT)) head = head.slice(0, -1);
  // 于 before a number is the preposition of a date (金斯伯格于2020年去世, 让·雷于二〇二〇年).
  const afterHead = pieceAt + head.length;
  if (head.length > 1 && head.endsWith('于') && (DIGIT.test(text[afterHead] ?? '') || isClass(text, afterHead, NUMERAL))) head = head.slice(0, -1);
  const rest = piece.slice(head.length);
  const isTitle = TITLES_AFTER.startingAt(rest, 0) !== undefined || ROLES.startingAt(rest, 0) !== undefined;
  const withOriginal = !isTitle && (head ? rest.length <= 2 : piece.length <= 3) && latinAfter(text, pieceAt + wholePiece.length) !== null;
  return withOriginal ? piece : head;
}

/** The transliterated given name at the end of a Han run, after any role or place (`美国国务卿安东尼`). */
function givenNameBeforeDot(run: string, vouched: boolean): string {
  const cut = lastCut(run, (i) => isRoleOrPlaceEnd(run, i));
  // After a role or a place, a short given name whose original follows is whole, whatever characters it holds.
  if (vouched && cut > 0 && run.length - cut <= 3 && !someClass(run.slice(cut), LEFT_STOP)) return run.slice(cut);
  let k = run.length;
  while (k > cut && run.length - k < 6 && isClass(run, k - 1, DOTTED_TRANSLIT) && !BEFORE_TRANSLIT.endingAt(run, k)) k--;
  while (k < run.length - 1 && !isClass(run, k, TRANSLIT)) k++;
  return run.slice(k);
}

function isRoleOrPlaceEnd(run: string, at: number): boolean {
  return ROLES.endingAt(run, at) !== undefined || PLACE_NAMES.endingAt(run, at) !== undefined;
}

/** Index after the rightmost position `isCut` accepts, else 0. */
function lastCut(run: string, isCut: (i: number) => boolean): number {
  for (let i = run.length - 1; i > 0; i--) if (isCut(i)) return i;
  return 0;
}

/** The most parts a dot-joined name has (海瑟姆·本·塔里克·赛义德 has four); a longer run is no name (`约·约·约·…`). */
const MAX_NAME_PARTS = 6;

function dottedHit(text: string, start: number, end: number, parts: string[]): Hit | null {
  const syllables = parts.filter((_, i) => i % 2 === 0);
  if (syllables.length > MAX_NAME_PARTS) return null;
  if (syllables.some((p) => [...p].every((c) => CHINESE_NUMERALS.includes(c)) || PLACES.has(p))) return null;
  if (ORGS_AFTER.startingAt(text, end)) return null; // 约翰·霍普金斯大学
  const title = TITLES_AFTER.startingAt(text, end);
  const nameEn = latinAfter(text, end) ?? (title === undefined ? null : latinAfter(text, end + title.length));
  const sighting = { name: parts.join(''), nameEn, role: roleBefore(text, start), chinese: false };
  return { start, end, sighting: { ...sighting, certain: isNameEnd(text, end) || sighting.nameEn !== null } };
}

/** `X（Latin Name）`: the Han run before a parenthesised Latin personal name. */
function parenthesisedName(text: string, index: number, run: string): Hit | null {
  const nameEn = latinAfter(text, index + run.length);
  // The original of an institution (洛克希德马丁公司（Lockheed Martin）) names no person.
  if (!nameEn || ORGS_AFTER.endingAt(run, run.length) !== undefined) return null;
  // A title may stand between the name and its original: 弗格森教授（Neil Ferguson）.
  const title = [TITLES_AFTER.endingAt(run, run.length), ROLES.endingAt(run, run.length)].find((t) => t && t.length < run.length);
  const end = index + run.length - (title?.length ?? 0);
  const name = nameTail(run.slice(0, end - index));
  if (name.length < 2 || isPlaceOrOrg(name) || ANONYMOUS.startingAt(name, 1)) return null;
  const start = end - name.length;
  // A quoted term with a one-word original inside the quotes (“想哭(WannaCry)”病毒) names a thing; a quoted
  // pseudonym has a person's original (化名“李安娜（Anna Lee）”).
  const quotedTerm = start === index && /^[“「『"]$/.test(text[index - 1] ?? '') && /^\s?[（(][^（）()\s]*[)）][”」』"]/.test(text.slice(end));
  if (quotedTerm) return null;
  const role = roleBefore(text, start) ?? title ?? null;
  // A one-word Latin name is more often a place or a brand (雷克雅未克（Reykjavik）), unless a role stands before it.
  if (!nameEn.includes(' ') && !/[a-z][A-Z]/.test(nameEn) && !role) return null;
  return { start, end, sighting: { name, nameEn, role, certain: true, chinese: isChineseName(name) } };
}

/** The name right after a role (`外长王毅`, `主持人：陈奎德`), which vouches for where the name ends. */
function nameAfterRole(text: string, roleEnd: number): Hit | null {
  const at = roleEnd + (/^(?:[：:]|——)/.exec(text.slice(roleEnd, roleEnd + 2))?.[0].length ?? 0);
  const found = nameAt(text, at) ?? spokenTranslitAt(text, at) ?? japaneseNameAt(text, roleEnd, at);
  if (!found) return latinNameAfterRole(text, roleEnd, at);
  const end = at + found.name.length;
  const certain = found.certain || (found.chinese && roleVouchesEnd(text, found.name, end));
  return { start: at, end, sighting: { ...found, certain, nameEn: latinAfter(text, end), role: roleBefore(text, roleEnd) } };
}

/**
 * A Latin full name: two to four capitalised words or hyphenated parts, any alphabet's letters (Recep Tayyip
 * Erdoğan), an initial inside (Joseph E. Roudez III) but not at the end, and no possessive `'s`.
 */
const LATIN_LETTER = '[\\p{Script=Latin}\\p{M}]';
const LATIN_WORD = `\\p{Lu}(?:${LATIN_LETTER}|['’](?=\\p{Script=Latin}{2}))+`;
const LATIN_FULL_NAME = `\\p{Lu}[\\p{Ll}\\p{M}]+(?:(?:[\\s\\u00a0]|-)\\p{Lu}\\.)*(?:(?:[\\s\\u00a0]|-)${LATIN_WORD}(?:(?:[\\s\\u00a0]|-)\\p{Lu}\\.)*){1,3}`;
const LATIN_NAME_AFTER = new RegExp(`^[\\s\\u00a0]?(${LATIN_FULL_NAME})(?!${LATIN_LETTER}|['’.])`, 'u');
const LATIN_NAME_BEFORE = new RegExp(`(?<!${LATIN_LETTER}|['’.-])(${LATIN_FULL_NAME})[\\s\\u00a0]?$`, 'u');

/**
 * A Latin full name right after a role or a word that introduces a name (`市长 Daryl Bennett发来贺信`, `议员Marc-Veasey`,
 * `发言人：John Kirby`, `名叫Daniel Rintoul`), whatever follows it; `at` is past a colon after the role. Not after 名为,
 * which names groups and operations (`名为Safeguard Defenders的组织`).
 */
function latinNameAfterRole(text: string, roleEnd: number, at: number): Hit | null {
  const role = roleBefore(text, roleEnd);
  const m = role || !text.endsWith('名为', roleEnd) ? LATIN_NAME_AFTER.exec(text.slice(at, at + 60)) : null;
  return m ? latinHit(at + m[0].length - (m[1] ?? '').length, m[1] ?? '', role) : null;
}

/** Titles after a Latin full name that only people take (not 一家, 同学 or 医生: Palo Alto一家, Mayo Clinic医生). */
const LATIN_NAME_TITLE = /^(?:先生|女士|小姐|夫人|夫妇|博士|教授|副教授|律师|牧师|神父)/;

/** A Latin full name right before a title only people take (`Marcee Mazanec女士`, `Jason Thompson夫妇`). */
function latinNameBefore(text: string, titleAt: number): Hit | null {
  if (!LATIN_NAME_TITLE.test(text.slice(titleAt, titleAt + 3))) return null;
  const m = LATIN_NAME_BEFORE.exec(text.slice(Math.max(0, titleAt - 60), titleAt));
  return m ? latinHit(titleAt - m[0].length, m[1] ?? '', null) : null;
}

/** A person named in Latin letters at `start`, unless a word marks the name as an organisation, place or title. */
function latinHit(start: number, name: string, role: string | null): Hit | null {
  if (!name || NON_PERSON_LATIN.test(name)) return null;
  return { start, end: start + name.length, sighting: { name: latinSpaces(name), nameEn: null, role, certain: true, chinese: false } };
}

/**
 * The name after a role and 的 (`时任公安局长的邵建伟，`, `首任司令员的刘粤军，`): 的 also opens a thing the office
 * has (部长的高度评价), so only a whole three-character Chinese name with a sure end counts.
 */
function possessedName(text: string, at: number): Hit | null {
  const hit = nameAfterRole(text, at);
  return hit?.sighting.certain && hit.sighting.chinese && hit.end - hit.start === 3 ? hit : null;
}

/**
 * A transliteration of everyday syllables only (莫里森, 库默), which alone could be any word: between a role
 * and a speech verb it is the speaker's name (`总理莫里森说`).
 */
function spokenTranslitAt(text: string, at: number): Omit<Sighting, 'nameEn' | 'role'> | null {
  const name = translitHead(text.slice(at, at + 6));
  return name.length >= 2 && isSpeechAt(text, at + name.length) && !isPlaceOrOrg(name) ? { name, certain: true, chinese: false } : null;
}

/** A Japanese office before a name (`日本外务大臣茂木敏充、`): 日本 in the role's own run, which 的 ends (访问日本的美国国务卿). */
const JAPANESE_OFFICE = new RegExp(`日本(?:(?!的)[${HAN}]){0,8}$`);
/** Four characters and a sure end: a Japanese name's usual shape, with no Chinese surname to vouch for it. */
const JAPANESE_NAME = new RegExp(`^[${HAN}]{4}(?=[，、。；：:（(]|说|表示|指出|称)`);

/** The Japanese name after a Japanese office (`日本外务大臣茂木敏充、`, `日本官房长官加藤胜信说`). */
function japaneseNameAt(text: string, roleEnd: number, at: number): Omit<Sighting, 'nameEn' | 'role'> | null {
  if (!JAPANESE_OFFICE.test(text.slice(Math.max(0, roleEnd - 12), roleEnd))) return null;
  const name = JAPANESE_NAME.exec(text.slice(at, at + 6))?.[0];
  if (!name) return null;
  // Not the words that follow an office without a name (日本首相近日访问，外务大臣当天表示，防卫大臣周三会见，).
  const wordsAfterOffice = someClass(name, BREAK) || SPEECH.endingAt(name, name.length) !== undefined;
  return wordsAfterOffice || isPlaceOrOrg(name) ? null : { name, certain: true, chinese: false };
}

/**
 * After a role, a Chinese name surely ends before a particle (`学员李常林家`), and a three-character name whose
 * last character commonly ends given names is whole (`神父杨建伟离奇失踪`), unless it is a place or its middle
 * character a surname (陈冯富珍 is a four-character name).
 */
function roleVouchesEnd(text: string, name: string, end: number): boolean {
  if (isOneOfOrEnd(text, end, ROLE_VOUCHED_ENDS)) return true;
  return name.length === 3 && isClass(name, 2, NAME_FINAL) && !isClass(name, 1, SURNAME) && !isPlaceOrOrg(name);
}

/** A name opening the clause of a speech verb: `赖建平对大纪元记者说`, `何频在视频节目中披露`. */
function clauseSubject(text: string, verbAt: number): Hit | null {
  const clause = text.slice(Math.max(0, verbAt - 20), verbAt);
  const start = verbAt - clause.length + Math.max(...[...'，。；：！？“”「」『』'].map((c) => clause.lastIndexOf(c) + 1), 0);
  const found = chineseNameAt(text, start);
  if (!found || !isOneOfOrEnd(text, start + found.name.length, '在对向于') || (start > 0 && !isLeftBoundary(text, start, false))) return null;
  return { start, end: start + found.name.length, sighting: { ...found, certain: true, chinese: true, nameEn: null, role: null } };
}

const MIN_LIST_ENTRIES = 3;
const ENTRY_AFTER_NAME = /^(?:$|[\s，,、：:]?[0-9０-９（(]|，[〇零一二三四五六七八九十]{4}年)/;

/** A bullet or a parenthesised number opening a list entry (`◎张文学，…`, `（22）王立山`). */
const ENTRY_MARK = /^(?:[◎▼●■◆★☆○•]|[（(][0-9０-９]{1,3}[)）])\s?/;

/**
 * A name that opens a paragraph, maybe after an entry mark, and is followed right away by a number, a
 * parenthesis, a date or nothing — or, after a mark, by a comma or colon: the entries of Minghui's case lists
 * and directories (`张淑华2021年6月14日…`, `王淑辉`, `邢宝民（1313…）`, `孙军男1968/11/11`, where 男 or 女 gives the
 * sex; `◎陆树林，吉林…`).
 */
function entryName(text: string): Hit | null {
  const start = ENTRY_MARK.exec(text)?.[0].length ?? 0;
  const found = chineseNameAt(text, start);
  if (!found || isPlaceOrOrg(found.name)) return null;
  const after = text.slice(start + found.name.length);
  if (!ENTRY_AFTER_NAME.test(after) && !(start > 0 && /^[，,：:]/.test(after))) return null;
  // A two-character line on its own is as often a place heading (白山, 白城), unless a number marks it as an entry.
  if (after === '' && found.name.length < 3 && !DIGIT.test(text.slice(0, start))) return null;
  const withSex = found.name.length === 3 && '男女'.includes(found.name[2] ?? '');
  return listHit(start, withSex ? found.name.slice(0, 2) : found.name);
}

const SPEAKER_LABEL = new RegExp(`^(?:[^|｜]{1,12}\\s?[|｜]\\s?)?([${HAN}]{2,4})[：:]`);

/** A speaker label opening a paragraph or a title, maybe after a column name: `樊冬宁：…`, `评论 | 吴惠林：…`. */
function speakerLabel(text: string): Hit | null {
  const m = SPEAKER_LABEL.exec(text);
  const label = m?.[1];
  if (!m || !label) return null;
  const start = m[0].length - label.length - 1;
  return chineseNameAt(text, start)?.name === label ? listHit(start, label) : null;
}

/**
 * A tagged term that is a whole three-character Chinese name (`孔祥熙`, `岳文骁`): the outlet marked it as one
 * entity, which vouches for both its ends. Two characters are as often a place or a thing (武汉, 华为, 文革).
 */
function taggedNames(terms: readonly string[]): Sighting[] {
  return terms
    .filter((term) => term.length === 3 && isPlainFullName(term, 0, term))
    .map((name) => ({ name, nameEn: null, role: null, certain: true, chinese: true }));
}

/** `name` is the Chinese name read at `at`, its surname no everyday word (曾, 于) and the name no place. */
function isPlainFullName(text: string, at: number, name: string): boolean {
  return !isClass(name, 0, AMBIGUOUS_SURNAME) && chineseNameAt(text, at)?.name === name && !isPlaceOrOrg(name);
}

const SUBJECT_IS = new RegExp(`^([${HAN}]{3})是`);

/**
 * Paragraphs that open on a full name and 是 (`李开复是…的支持者`): a sentence about that person — unless the
 * name's first two characters also stand without the third (庄园主是… beside 庄园, 卢生原是… beside 卢生: a word or
 * a shorter name), or the name stands after a character that opens no name (高血压是… beside 患高血压).
 * One pass over the texts tallies every candidate, however many paragraphs open this way.
 */
function subjectOpenings(texts: readonly string[]): [number, Hit][] {
  const openings = new Map<number, string>();
  texts.forEach((text, i) => {
    const name = SUBJECT_IS.exec(text)?.[1];
    if (name && isPlainFullName(text, 0, name)) openings.set(i, name);
  });
  if (openings.size === 0) return [];
  const { counts, insideWord } = tallyNameParts(new Set(openings.values()), texts);
  const standing = (name: string) => counts.get(name) === counts.get(name.slice(0, 2)) && !insideWord.has(name);
  return [...openings].filter(([, name]) => standing(name)).map(([i, name]) => [i, listHit(0, name)]);
}

/**
 * A commentary's or a blog's byline opening the title (RFA: `评论 | 唯色：…`, `唯色RFA博客：…`). A pen name takes
 * any shape, so one without a surname must be short and no word, place or possessive (not 评论 | 美国大选：, 中国博客：).
 */
const COLUMN_BYLINE = new RegExp(`^(?:评论\\s?[|｜]\\s?(?<commentator>[${HAN}]{2,4})|(?<blogger>[${HAN}]{2,4}?)(?:RFA)?博客)\\s?[：:]`, 'd');

function columnByline(title: string): Hit | null {
  const m = COLUMN_BYLINE.exec(title);
  const [start, end] = m?.indices?.groups?.['commentator'] ?? m?.indices?.groups?.['blogger'] ?? [];
  if (start === undefined || end === undefined) return null;
  const name = title.slice(start, end);
  const penName = name.length <= 3 && !name.includes('的') && !NOT_NAMES.has(name.slice(0, 2)) && !isPlaceOrOrg(name);
  return chineseNameAt(title, start)?.name === name || penName ? listHit(start, name) : null;
}

/** The authors opening an entry of a reading list, before the masked book title: `班固，《汉书》`, `刘向、刘歆等《…》`. */
const REFERENCE_ENTRY = new RegExp(`^([${HAN}]{2,4}?(?:、[${HAN}]{2,4}?)*)(?:等人?)?[，,]?\\s?[${WORK_MASK}${MASK}]`);

/** A numbered note opening on a Latin author and a comma (`[7] David Cloud,“Rock Music…”`, `[6] David A. Noebel, The…`). */
const LATIN_REFERENCE_ENTRY = new RegExp(`^\\[\\d{1,3}\\][\\s\\u00a0]?(${LATIN_FULL_NAME})(?=[\\s\\u00a0]?[,，])`, 'u');

function referenceAuthors(text: string): Hit[] {
  const latin = LATIN_REFERENCE_ENTRY.exec(text);
  const latinAuthor = latin ? latinHit(latin[0].length - (latin[1] ?? '').length, latin[1] ?? '', null) : null;
  if (latinAuthor) return [latinAuthor];
  const authors = REFERENCE_ENTRY.exec(text)?.[1]?.split('、') ?? [];
  const hits: Hit[] = [];
  let at = 0;
  for (const author of authors) {
    // 曾出演《…》: 曾 or 于 right before the title more likely opens a sentence on an adverb.
    const adverbLike = isClass(author, 0, AMBIGUOUS_SURNAME) && (text[at + author.length] === WORK_MASK || text[at + author.length] === MASK);
    if (chineseNameAt(text, at)?.name !== author || adverbLike) return [];
    hits.push(listHit(at, author));
    at += author.length + 1;
  }
  return hits;
}

/**
 * A quoted pseudonym after the word that introduces it: `网名“瓶子”的旁听者`, `化名“求生”的人说`, `署名“辛识平”的评论`.
 * A net name or pen name takes any shape, so only the quotes delimit it.
 */
const QUOTED_PSEUDONYM = /(?:网名|笔名|化名|署名|昵称|網名|筆名|暱稱)(?:为|為|是|叫)?[“「]([^“”「」，。；：！？\s]{1,12})[”」]/g;

/** The pseudonym `name` whose closing quote ends at `quoteEnd`. */
function pseudonym(quoteEnd: number, name: string): Hit {
  const start = quoteEnd - 1 - name.length;
  return { start, end: start + name.length, sighting: { name, nameEn: null, role: null, certain: true, chinese: false } };
}

/** A name introduced the classical way, surname and given name apart: `姓李名白，`, `姓姬，名俊，号…`. */
const SURNAME_THEN_GIVEN = new RegExp(`姓([${HAN}])[，,]?名([${HAN}]{1,2})(?=[，。；,]|是|号|字)`, 'g');

/** The signature of an embedded tweet: `— 蔡霞 (@realcaixia) July 2, 2020`. */
const TWEET_AUTHOR = new RegExp(`[—–]\\s?([${HAN}]{2,4})(?=\\s?[（(]@\\w)`, 'g');

function tweetAuthor(text: string, at: number, author: string): Hit | null {
  return chineseNameAt(text, at)?.name === author ? listHit(at, author) : null;
}

/** A name ending at `end`, where a speech verb or (`titled`) a title follows: `赵立坚表示`, `孙立平教授`. */
function nameBefore(text: string, end: number, titled: boolean): Hit | null {
  for (let start = Math.max(0, end - 6); start <= end - 2; start++) {
    if (!isLeftBoundary(text, start, titled)) continue;
    const found = nameAt(text, start);
    if (found?.name.length === end - start) {
      return { start, end, sighting: { ...found, certain: true, nameEn: null, role: roleBefore(text, start) } };
    }
  }
  return null;
}

/** A work's title (masked) after 的: the name before it is its author (`普希金的《致凯恩》`, `梁人吳均之的《續齊諧記》`). */
const BEFORE_WORK = new RegExp(`的${WORK_MASK}`, 'g');

/** A transliterated name of three to five syllables ending at `end`, wherever its run starts (`朗诵普希金`). */
function transliterationEndingAt(text: string, end: number): Hit | null {
  let start = end;
  while (start > end - 5 && isClass(text, start - 1, TRANSLIT)) start--;
  const name = text.slice(start, end);
  if (name.length < 3 || isClass(text, start - 1, TRANSLIT) || !someClass(name, STRONG_TRANSLIT) || isPlaceOrOrg(name)) return null;
  return listHit(start, name);
}

/** Titles that follow a person's full name, unlike 夫妇, 一家 or 本人, which also follow a noun (游客夫妇); not 等人群. */
const HONORIFIC_TITLE = /^(?:先生|女士|老师|律师|副?教授|博士|医生|老人|等人(?!群)|牧师|神父|院士|研究员)/;
/**
 * A note on a person in parentheses: age, sex or a transliteration mark (`徐瑞华（六十岁）`, `付淑玲（女）`, `黄敏（男，当时…`,
 * `张靖（音）`, `（音译）`); not 王家庄（音乐之乡）. Not a place in a photo (`王府井（左）`), which follows places too.
 */
const PERSON_NOTE = /[（(](?:[0-9０-９一二三四五六七八九十]{1,3}岁|[男女][)）,，、]|音译?[)）,，])/g;

/** A full name inside a longer run before an honorific title (`经济前辈夏道平先生`). */
function nameBeforeHonorific(text: string, titleAt: number): Hit | null {
  return HONORIFIC_TITLE.test(text.slice(titleAt, titleAt + 3)) ? fullNameEndingAt(text, titleAt) : null;
}

/**
 * A full name right before a title or a note on a person, inside a longer run (`经济前辈夏道平先生`,
 * `延吉市李琪玉老人`, `易县付淑玲（女）`): surname + two characters, when the middle one is no surname
 * (`大陆李明先生` is 李明), the character before no surname, and the surname does not end a word (主任管轶博士)
 * nor the name an institution or 老 (师范大学教授, 中文系老教授).
 */
function fullNameEndingAt(text: string, end: number): Hit | null {
  const start = end - 3;
  const plainSurname = isClass(text, start, SURNAME) && !isClass(text, start, AMBIGUOUS_SURNAME);
  if (!plainSurname || isClass(text, start + 1, SURNAME) || isClass(text, start - 1, SURNAME) || isClass(text, end - 1, INSTITUTION_END) || text[end - 1] === '老') return null;
  const endsWord = [ROLES, PLACE_NAMES].some((words) => words.endingAt(text, start + 1) !== undefined) || NOT_NAMES.has(text.slice(start - 1, start + 1));
  const found = endsWord ? null : chineseNameAt(text, start);
  return found?.name.length === 3 && !NOT_NAMES.has(found.name.slice(1)) ? listHit(start, found.name) : null;
}

function latinSpeaker(text: string, at: number, name: string): Hit | null {
  return /[a-z]/.test(name) ? latinHit(at, name, roleBefore(text, at)) : null;
}

/**
 * An emperor by dynasty and temple or posthumous name (唐太宗, 汉武帝, 明成祖, 宋神宗); not 清朝帝国, 唐代宗教,
 * 宋代祖先: the middle character is no era, clan or title, and no word goes on after the name.
 */
const EMPEROR = new RegExp(
  `[秦汉晋隋唐宋元明清周商魏](?![皇王族业朝代国的之${NAME_BREAK_CHARS}])[${HAN}][帝宗祖](?![国先父母籍教族室庙亲师旨])`,
  'g',
);

const KNOWN = new WordList(KNOWN_PEOPLE);

function* knownPeople(text: string): Generator<Hit> {
  for (let found = KNOWN.next(text, 0); found; ) {
    const { at, word: name } = found;
    const end = at + name.length;
    // A two-character entry may be the start of a longer name (马云 in 马云飞，).
    if ((name.length === 2 && isGivenAt(text, end) && !isHan(text, end + 1)) || ORGS_AFTER.startingAt(text, end)) {
      found = KNOWN.next(text, at + 1);
      continue;
    }
    yield { start: at, end, sighting: { name, nameEn: null, role: roleBefore(text, at), certain: true, chinese: isChineseName(name) } };
    found = KNOWN.next(text, end);
  }
}

/** A character of a list item: anything but punctuation, brackets, the list comma and space. */
const ITEM_CHAR = '[^，。；：！？“”「」（）()、\\s]';
/** A short note in parentheses that may close an item (`刘苏剑（音）、洪晨钟`, `杨用萍（五十三岁）、朱莲香`). */
const ITEM_NOTE = '(?:[（(][^（）()、]{1,6}[)）])?';
// The lookbehind makes each run start once: without it a long run with no list is retried from every character.
const LIST = new RegExp(`(?<!${ITEM_CHAR})${ITEM_CHAR}+${ITEM_NOTE}(?:、${ITEM_CHAR}+${ITEM_NOTE})+`, 'g');
const TRAILING_NOTE = /[（(][^（）()]*[)）]$/;
const PLAIN_ITEM = new RegExp(`^[${HAN}]{2,3}$`);

/**
 * A list item that reads as a name without a known surname (柔石, 粉定): two or three Han characters, no
 * particle or numeral, not a place, and not a familiar form (老丁, 小王) or an anonymous one (郭大姐, 辜婆).
 */
function isPlainListName(item: string): boolean {
  return PLAIN_ITEM.test(item) && !isPlaceOrOrg(item) && !someClass(item, LEFT_STOP | NUMERAL) && !'老小阿'.includes(item[0] ?? '') && !ANONYMOUS.startingAt(item, 1);
}

/**
 * The names in `、` lists. A list counts when one of its items is a name found elsewhere
 * (`刘小林、张利辉、罗水珍`), or when its inner items are all names (`姚祖彝、王桐竹、陆鲁山、孙本乔`: two inner
 * items, or one with names at both ends), or when its two items are names with sure ends (`名单上只有郑光华、缪大林。`).
 */
function* listNames(text: string, known: ReadonlySet<string>): Generator<Hit> {
  for (const m of text.matchAll(LIST)) {
    const items = m[0].split('、');
    const first = items[0] ?? '';
    const inner: (Hit | null)[] = [];
    const unread: Hit[] = [];
    let at = m.index + first.length + 1;
    for (const item of items.slice(1, -1)) {
      const name = item.replace(TRAILING_NOTE, '');
      const hit = chineseNameAt(text, at)?.name === name ? listHit(at, name) : null;
      inner.push(hit);
      if (!hit && isPlainListName(name)) unread.push(listHit(at, name));
      at += item.length + 1;
    }
    const firstName = nameEndingList(text, m.index, m.index + first.replace(TRAILING_NOTE, '').length, known);
    const last = chineseNameAt(text, at);
    const lastName = last?.certain ? listHit(at, last.name) : null;
    // In a list of names, a three-character last item may end on any character (沈冰、叶迎春销声匿迹).
    const lastGuess = !lastName && last?.name.length === 3 && !isClass(last.name, 2, NUMERAL) ? listHit(at, last.name) : null;
    const allInner = inner.every((h) => h !== null);
    const bothEnds = firstName !== null && (lastName ?? lastGuess) !== null;
    // A pair has no inner item to vouch for it, so both ends must be sure and neither a place (歐華網、歐時網).
    const pair = firstName !== null && lastName !== null && !isPlaceOrOrg(firstName.sighting.name) && !isPlaceOrOrg(lastName.sighting.name);
    const standsAlone = allInner && (inner.length >= 2 || (inner.length === 1 && bothEnds) || (inner.length === 0 && pair));
    const names = [firstName, ...inner, lastName ?? lastGuess].filter((h) => h !== null);
    if (standsAlone || names.some((h) => known.has(h.sighting.name))) {
      yield* names;
      // Amid three names or more, an inner item of two or three plain characters is one too (鲁迅、茅盾、柔石、周扬).
      if (names.length >= 3) yield* unread;
    }
  }
}

/**
 * The partner of a known name joined to it by 和, 与 or 及 (`学员周桂珍和程桂林。`, `国保警察陈旭东和陈爱清。`): a Chinese
 * name on the other side, with a sure end after it or a left boundary before it.
 */
function* conjoinedNames(text: string, known: ReadonlySet<string>): Generator<Hit> {
  for (const m of text.matchAll(/[和与及]/g)) {
    const at = m.index;
    const knownBefore = [2, 3, 4].some((length) => known.has(text.slice(at - length, at)));
    const after = knownBefore ? chineseNameAt(text, at + 1) : null;
    if (after && isStrongEnd(text, at + 1 + after.name.length)) yield listHit(at + 1, after.name);
    const knownAfter = [2, 3, 4].some((length) => known.has(text.slice(at + 1, at + 1 + length)));
    if (!knownAfter) continue;
    for (const start of [at - 3, at - 2]) {
      if (start >= 0 && isLeftBoundary(text, start, false) && chineseNameAt(text, start)?.name === text.slice(start, at)) {
        yield listHit(start, text.slice(start, at));
        break;
      }
    }
  }
}

/** How often a three-character name must recur, in places where names stand, to count without other evidence. */
const RECURRENCE_FLOOR = 2;
/** A surname that is not also an everyday word (曾, 于). */
const PLAIN_SURNAME = new RegExp(`[${[...SURNAMES].filter((c) => !AMBIGUOUS_SURNAMES.includes(c)).join('')}]`, 'g');

/**
 * A three-character candidate at `at` stands where names stand: after neither a Han character nor a name
 * dot (乔治亚‧梅洛尼), after a conjunction or a role (`校长张庆权当时…`), and not before a name dot, where it
 * is only the given name (艾略特·恩格尔).
 */
function standsWhereNamesStand(text: string, at: number): boolean {
  const opens = !(isHan(text, at - 1) || isClass(text, at - 1, NAME_DOT)) || isClass(text, at - 1, CONJUNCTION);
  return (opens || ROLES.endingAt(text, at) !== undefined) && !isClass(text, at + 3, NAME_DOT);
}

/**
 * Surname + two characters that recur where names stand, at least once with a sure end (`，杨语发任…`,
 * `，杨语发收受了…`), and seldom inside a longer word (`患高血压`; see standingAlone): a story keeps naming its people.
 */
function recurringNames(texts: string[]): Sighting[] {
  const tallies = new Map<string, { count: number; certain: boolean }>();
  for (const text of texts) {
    PLAIN_SURNAME.lastIndex = 0;
    for (let m = PLAIN_SURNAME.exec(text); m && m.index < text.length - 2; m = PLAIN_SURNAME.exec(text)) {
      if (!standsWhereNamesStand(text, m.index)) continue;
      const found = chineseNameAt(text, m.index);
      if (found?.name.length !== 3 || isPlaceOrOrg(found.name) || isClass(found.name, 2, PLACE_AFTER_NAME)) continue;
      const tally = tallies.get(found.name) ?? { count: 0, certain: false };
      tallies.set(found.name, { count: tally.count + 1, certain: tally.certain || found.certain });
      PLAIN_SURNAME.lastIndex = m.index + 3;
    }
  }
  const candidates = new Set([...tallies].filter(([, tally]) => tally.count >= RECURRENCE_FLOOR && tally.certain).map(([name]) => name));
  return candidates.size === 0 ? [] : [...standingAlone(candidates, texts)].map((name) => ({ name, nameEn: null, role: null, certain: true, chinese: true }));
}

/** How many times a story must name a candidate before it may stand after a verb or a noun in up to half of them. */
const NAME_AFTER_WORD_FLOOR = 4;

/**
 * The candidates whose halves never occur without each other (王毅延…/王毅说 is 王毅 with a verb, 高血压/血压 a
 * word with its stem, while a given name seldom stands alone) and that do not stand inside a longer word (right
 * after a character that no name follows, `患高血压`): never, or — when the story names them four times or
 * more — in at most half their occurrences, since a story's main people also follow verbs and descriptions
 * (`富豪刘希泳被…`, `在吕不韦手中`, `引述的刘希泳案`).
 */
function standingAlone(candidates: ReadonlySet<string>, texts: readonly string[]): Set<string> {
  const { counts, insideWord } = tallyNameParts(candidates, texts);
  const total = (part: string) => counts.get(part) ?? 0;
  const whole = (name: string) => total(name) === total(name.slice(0, 2)) && total(name) === total(name.slice(1));
  const inside = (name: string) => insideWord.get(name) ?? 0;
  const standsApart = (name: string) => inside(name) === 0 || (total(name) >= NAME_AFTER_WORD_FLOOR && 2 * inside(name) <= total(name));
  return new Set([...candidates].filter((name) => whole(name) && standsApart(name)));
}

/**
 * How often each three-character candidate and its first and last two characters occur in the texts, and how
 * often each candidate stands inside a longer word (right after a character that no name follows). One pass.
 */
function tallyNameParts(candidates: ReadonlySet<string>, texts: readonly string[]): { counts: Map<string, number>; insideWord: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const name of candidates) for (const part of [name, name.slice(0, 2), name.slice(1)]) counts.set(part, 0);
  const insideWord = new Map<string, number>();
  // Only positions that can start a counted part are sliced: most characters start none.
  const nextPart = charFinder([...counts.keys()].map((part) => part.charAt(0)));
  for (const text of texts) {
    for (let at = nextPart(text, 0); at >= 0 && at < text.length - 1; at = nextPart(text, at + 1)) {
      for (const part of at + 3 <= text.length ? [text.slice(at, at + 2), text.slice(at, at + 3)] : [text.slice(at, at + 2)]) {
        const count = counts.get(part);
        if (count === undefined) continue;
        counts.set(part, count + 1);
        if (candidates.has(part) && !isLeftBoundary(text, at, false)) insideWord.set(part, (insideWord.get(part) ?? 0) + 1);
      }
    }
  }
  return { counts, insideWord };
}

/** The name that ends the first item of a list, which is the tail of a longer run (`名单上有孟昭华`). */
function nameEndingList(text: string, runStart: number, end: number, known: ReadonlySet<string>): Hit | null {
  for (const start of [end - 4, end - 3, end - 2]) {
    if (start < runStart) continue;
    const name = text.slice(start, end);
    // Not the tail of a longer name: no surname may stand just before it.
    if (known.has(name) || (!isClass(text, start - 1, SURNAME) && chineseNameAt(text, start)?.name === name)) return listHit(start, name);
  }
  return null;
}

function listHit(start: number, name: string, length = name.length): Hit {
  return { start, end: start + length, sighting: { name, nameEn: null, role: null, certain: true, chinese: true } };
}

// ---------------------------------------------------------------------------------------------------
// Name shapes

/** A name starting at `at`: a Chinese name (surname + one or two characters) or a transliteration. */
function nameAt(text: string, at: number): Omit<Sighting, 'nameEn' | 'role'> | null {
  const chinese = chineseNameAt(text, at);
  const translit = translitHead(text.slice(at, at + 8));
  const foreign =
    translit.length >= 2 && someClass(translit, STRONG_TRANSLIT) && isNameEnd(text, at + translit.length) &&
    !isPlaceOrOrg(translit) && !ORGS_AFTER.startingAt(text, at + translit.length)
      ? translit
      : null;
  if (chinese && (!foreign || (chinese.certain && chinese.name.length >= foreign.length))) return { ...chinese, chinese: true };
  return foreign ? { name: foreign, certain: true, chinese: false } : null;
}

/** Surname + one or two given characters, ending where the next word begins. */
function chineseNameAt(text: string, at: number): { name: string; certain: boolean } | null {
  const compound = COMPOUND_SURNAMES.find((s) => text.startsWith(s, at));
  const surnameLength = compound ? compound.length : isClass(text, at, SURNAME) ? 1 : 0;
  if (!surnameLength) return null;
  const givenAt = at + surnameLength;
  const first = text[givenAt];
  if (first === text[at]) return null;
  if (!isGivenAt(text, givenAt)) return breakOpensGivenName(text, at, givenAt) ? { name: text.slice(at, givenAt + 2), certain: true } : null;
  // 王女士, 林领事: a surname and a title make an anonymous reference.
  if (isAnonymousAt(text, givenAt) || ROLES.startingAt(text, givenAt) || ORGS_AFTER.startingAt(text, givenAt + 1) || NOT_NAMES.has(text.slice(at, givenAt + 1))) return null;
  // 王中和，: a particle that ends the text run belongs to the name; before a number it is a preposition (张薇于2019年).
  const particleEnds =
    isOneOfOrEnd(text, givenAt + 1, PARTICLES_IN_NAMES) &&
    (!(isHan(text, givenAt + 2) || DIGIT.test(text[givenAt + 2] ?? '')) || TITLES_AFTER.startingAt(text, givenAt + 2) !== undefined);
  const end = isNameEnd(text, givenAt + 1) && !particleEnds ? givenAt + 1 : isGivenAt(text, givenAt + 1) || particleEnds ? givenAt + 2 : -1;
  if (end < 0) return null;
  const name = text.slice(at, end);
  // 农民, 盖子, 周三: a role, a thing, a weekday
  if (ROLES.startingAt(name, 0) || (end === givenAt + 1 && (first === '子' || isClass(text, givenAt, NUMERAL)))) return null;
  const certain = end === givenAt + 1 ? isStrongEnd(text, end) : isNameEnd(text, end);
  if (end === givenAt + 2 && NOT_GIVEN_NAMES.includes(name.slice(surnameLength))) return null;
  // 曾经, 于是: with these surnames only a punctuation mark or a speech verb makes the end sure.
  if (isClass(text, at, AMBIGUOUS_SURNAME) && isHan(text, end) && !isSpeechAt(text, end)) return null;
  // 古蔺县, 江阳区, 30万中国人: a place, not a person.
  if (isClass(text, end, PLACE_AFTER_NAME) || isClass(name, name.length - 1, PLACE_ENDING) || PLACES.has(name.slice(surnameLength))) return null;
  return { name, certain };
}

/**
 * A word after a surname that makes an anonymous reference (王女士, 张某, 王家). 家, 伯 and 叔 are also the
 * middle of full names (李家超说, 刘伯温和, 李叔同，): there a third character and the end of a name make a name.
 */
function isAnonymousAt(text: string, givenAt: number): boolean {
  const word = ANONYMOUS.startingAt(text, givenAt);
  if (word === undefined) return false;
  const middleOfName = word.length === 1 && MIDDLE_OF_NAMES.includes(word) && text[givenAt + 1] !== word;
  // Not the family's home or what it has or does (刘家中被抄, 陈家有人, 王家过年).
  const familyWord = FOLLOWERS.startingAt(text, givenAt) !== undefined || '有过'.includes(text[givenAt + 1] ?? '有');
  return !(middleOfName && !familyWord && isGivenAt(text, givenAt + 1) && isNameEnd(text, givenAt + 2));
}

/**
 * Particles that also open given names (黄之锋说, 张而平表示, 钱其琛指出, 李和平说, 陈再道，, 郭从会、): after a surname that is no
 * everyday word (曾之前) they start a name only when a given character and a sure end follow, the two make no
 * word (张自己说), and 和 is no conjunction between two surnames (王和李说).
 */
function breakOpensGivenName(text: string, at: number, givenAt: number): boolean {
  const given = text.slice(givenAt, givenAt + 2);
  return (
    isClass(text, givenAt, GIVEN_AFTER_SURNAME) && isGivenAt(text, givenAt + 1) && isStrongEnd(text, givenAt + 2) &&
    !isClass(text, at, AMBIGUOUS_SURNAME) && !NOT_GIVEN_NAMES.includes(given) &&
    !(isClass(text, givenAt, CONJUNCTION) && isClass(text, givenAt + 1, SURNAME))
  );
}

function isChineseName(name: string): boolean {
  const hasSurname = isClass(name, 0, SURNAME) || COMPOUND_SURNAMES.some((s) => name.startsWith(s));
  return hasSurname && name.length <= 4 && [...name].every((_, i) => isHan(name, i));
}

function isGivenAt(text: string, at: number): boolean {
  return isHan(text, at) && !isClass(text, at, BREAK);
}

/** True where a name may end: not a Han character, a break character, a speech verb, a title or a role. */
function isNameEnd(text: string, at: number): boolean {
  return isStrongEnd(text, at) || isClass(text, at, BREAK);
}

/** Ends that leave no doubt: punctuation or Latin, a speech verb, a title or a place after the name (张大同台北3日电). */
function isStrongEnd(text: string, at: number): boolean {
  if (!isHan(text, at)) return true;
  return [TITLES_AFTER, FOLLOWERS, PLACE_NAMES].some((words) => words.startingAt(text, at) !== undefined) || isSpeechAt(text, at);
}

/** A speech verb at `at`, maybe after an adverb (`表示`, `也表示`). */
function isSpeechAt(text: string, at: number): boolean {
  return SPEECH.startingAt(text, at + (ADVERBS.startingAt(text, at)?.length ?? 0)) !== undefined || SPEECH.startingAt(text, at) !== undefined;
}

/** Where a name may begin: after punctuation, a particle, a role, or (`afterInstitution`) an institution. */
function isLeftBoundary(text: string, at: number, afterInstitution: boolean): boolean {
  if (!isHan(text, at - 1) || ROLES.endingAt(text, at)) return true;
  if (NOT_NAMES.has(text.slice(at - 1, at + 1))) return false; // 上周拒绝 is not 周拒绝
  return isClass(text, at - 1, LEFT_STOP) || (afterInstitution && isClass(text, at - 1, INSTITUTION_END));
}

/**
 * The name at the end of the Han run before a parenthesised Latin name: after the last role, place or
 * particle in it; the rest of the run when short, else its transliterated or surname-led end.
 */
function nameTail(run: string): string {
  // Right after a role the original vouches for a whole Chinese name, even one holding a character that
  // usually ends names or stands before them (科学家曾晓洋（音译，Xiaoyang Zeng）, not 晓洋).
  const afterRole = run.slice(lastCut(run, (i) => isRoleOrPlaceEnd(run, i)));
  if (afterRole.length < run.length && afterRole.length >= 2 && isChineseName(afterRole)) return afterRole;
  const cut = lastCut(run, (i) => isClass(run, i - 1, LEFT_STOP) || isRoleOrPlaceEnd(run, i));
  const rest = run.slice(cut - transliteratedStopBefore(run, cut));
  if (rest.length <= 4) return rest;
  let k = rest.length;
  while (k > 0 && rest.length - k < 6 && isClass(rest, k - 1, TRANSLIT)) k--;
  if (rest.length - k >= 2) return rest.slice(k);
  const three = rest.slice(-3);
  return isClass(three, 0, SURNAME) ? three : rest.slice(-2);
}

/**
 * How far the cut moves back when the particle before it is a syllable inside a transliteration
 * (弗里德曼（Friedman）, not 城里约翰逊（Johnson）): the rest of the run and the characters before the particle
 * are all transliterated.
 */
function transliteratedStopBefore(run: string, cut: number): number {
  if (cut < 2 || !isClass(run, cut - 1, TRANSLIT) || !isClass(run, cut - 1, LEFT_STOP)) return 0;
  for (let i = cut; i < run.length; i++) if (!isClass(run, i, TRANSLIT)) return 0;
  let start = cut - 1;
  while (start > 0 && run.length - start < 6 && isClass(run, start - 1, TRANSLIT) && !isClass(run, start - 1, LEFT_STOP)) start--;
  return start < cut - 1 ? cut - start : 0;
}

/** The transliterated syllables that start `run` (the surname after the dot, or a name after a role). */
function translitHead(run: string, charClassBits: number = TRANSLIT): string {
  let k = 0;
  while (k < run.length && k < 8) {
    const c = run[k] ?? '';
    if ((c === '-' || c === '－') && k > 0 && isClass(run, k + 1, charClassBits)) k++;
    else if (isClass(run, k, charClassBits) && !(k > 0 && AFTER_TRANSLIT.startingAt(run, k))) k++;
    else break;
  }
  return run.slice(0, k);
}

function isPlaceOrOrg(name: string): boolean {
  return PLACES.has(name) || isClass(name, name.length - 1, PLACE_SUFFIX) || NOT_NAMES.has(name);
}

/** `音译，` (transliterated) before the Latin original of a Chinese name the outlet only knows in English. */
const TRANSLITERATION_NOTE = /^\s?(?:音译|音譯|译音|譯音)\s?[，,:：]\s?/;

/** The Latin personal name in parentheses right after `at`, without position notes or descriptions. */
function latinAfter(text: string, at: number): string | null {
  const m = /^\s?[（(]\s?([^（）()]{1,160})[)）]/.exec(text.slice(at, at + 170));
  if (!m) return null;
  // A transliteration note may come first: 叶燕青（音译，Yanqing Ye，女）.
  const inner = (m[1] ?? '').replace(TRANSLITERATION_NOTE, '');
  if (/[/／]/.test(inner)) return null; // a photo credit: (Drew Angerer/Getty Images)
  const name = latinSpaces((inner.split(/[，,;；、:：]/)[0] ?? '').trim());
  // Acronyms mark organisations (Bohai Harvest RST), not people.
  if (!LATIN_NAME.test(name) || !/[a-z]/.test(name) || NON_PERSON_LATIN.test(name) || /\b[A-Z]{2,}\b/.test(name)) return null;
  return name;
}

function latinSpaces(name: string): string {
  return name.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The title before a name, with its qualifiers (`美国国务卿`, `英国前首相`); null if none stands there. */
function roleBefore(text: string, at: number): string | null {
  const role = ROLES.endingAt(text, at);
  if (!role) return null;
  let start = at - role.length;
  while (start > 0 && at - start < 14 && isHan(text, start - 1) && !isClass(text, start - 1, LEFT_STOP)) start--;
  return text.slice(start, at);
}

// ---------------------------------------------------------------------------------------------------
// Merging sightings into people

interface Draft extends Person {
  firstAt: number;
}

function mergeSightings(sightings: Sighting[]): Draft[] {
  const byKey = new Map<string, Draft>();
  const order: Draft[] = [];
  for (const s of settleGuesses(sightings)) {
    const key = canonicalKey(s.name);
    let person = byKey.get(key);
    if (!person) {
      person = { name: s.name, nameEn: null, aliases: [], roles: [], mentions: 0, firstAt: Infinity };
      byKey.set(key, person);
      order.push(person);
    }
    addSighting(person, s);
  }
  return foldShortForms(foldSameLatinName(order));
}

/**
 * A guessed end gives way to a sure form that it extends (`张君被` → `张君`, `亨特·拜登提` → `亨特·拜登`).
 * Unconfirmed guesses at Chinese names are dropped: too many ordinary words look like them (施放催泪弹).
 */
function settleGuesses(sightings: Sighting[]): Sighting[] {
  const sure = new Set(sightings.filter((s) => s.certain).map((s) => s.name));
  return sightings.flatMap((s) => {
    if (s.certain || sure.has(s.name)) return [s];
    for (let length = s.name.length - 1; length >= 2; length--) {
      const shorter = s.name.slice(0, length);
      if (sure.has(shorter)) return [{ ...s, name: shorter, certain: true }];
    }
    return s.chinese ? [] : [s];
  });
}

function addSighting(person: Draft, s: Pick<Sighting, 'name' | 'nameEn' | 'role'>): void {
  if (s.name !== person.name) {
    if (partCount(s.name) > partCount(person.name)) {
      addAlias(person, person.name);
      person.name = s.name;
    } else addAlias(person, s.name);
  }
  if (s.nameEn && !person.nameEn) person.nameEn = s.nameEn;
  if (s.role && !person.roles.includes(s.role)) person.roles.push(s.role);
}

function addAlias(person: Person, alias: string): void {
  if (alias !== person.name && !person.aliases.includes(alias)) person.aliases.push(alias);
}

function absorb(into: Draft, from: Draft): void {
  addSighting(into, { name: from.name, nameEn: from.nameEn, role: null });
  for (const alias of from.aliases) addAlias(into, alias);
  for (const role of from.roles) if (!into.roles.includes(role)) into.roles.push(role);
}

/** Two spellings with the same parenthesised Latin name are one person (默克尔（Angela Merkel）, 墨克尔（Angela Merkel）). */
function foldSameLatinName(people: Draft[]): Draft[] {
  const byLatin = new Map<string, Draft>();
  return people.filter((p) => {
    if (!p.nameEn) return true;
    const key = p.nameEn.toLowerCase();
    const earlier = byLatin.get(key);
    if (!earlier) {
      byLatin.set(key, p);
      return true;
    }
    absorb(earlier, p);
    return false;
  });
}

/**
 * A short form joins the one person whose full name ends in it: 布林肯 → 安东尼‧布林肯, Pelosi → 佩洛西
 * (Nancy Pelosi). A short form shared by several (拜登: 乔·拜登, 亨特·拜登) joins none and is dropped.
 */
function foldShortForms(people: Draft[]): Draft[] {
  const owners = shortFormOwners(people);
  return people.filter((p) => {
    if (partCount(p.name) > 1) return true;
    const claimants = (owners.get(p.name) ?? []).filter((o) => o !== p);
    const [owner] = claimants;
    if (!owner) return true;
    if (claimants.length === 1) absorb(owner, p);
    return false;
  });
}

/** Who each short form could stand for. */
function shortFormOwners(people: Draft[]): Map<string, Draft[]> {
  const owners = new Map<string, Draft[]>();
  const listed = new Set(people.map((p) => p.name));
  for (const p of people) {
    for (const short of shortForms(p, listed)) owners.set(short, [...(owners.get(short) ?? []), p]);
  }
  return owners;
}

function shortForms(p: Person, alsoListed: ReadonlySet<string>): string[] {
  const forms: string[] = [];
  const parts = p.name.split(ANY_DOT);
  const surname = parts[parts.length - 1];
  if (parts.length > 1 && surname && surname.length >= 2) forms.push(surname);
  // The given name alone, as a story may call a person (希拉里 for 希拉里·克林顿), where it was read as a person of
  // its own: counted everywhere, it would also count inside longer words (马克 in 马克思).
  const given = parts[0];
  if (parts.length > 1 && given && given.length >= 2 && alsoListed.has(given)) forms.push(given);
  // The Latin surname alone: of the original in parentheses, or of a name written in Latin only (Quincy Krosby).
  const latin = p.nameEn ?? (/^[A-Za-z]/.test(p.name) ? p.name : null);
  const latinSurname = latin?.split(' ').pop();
  if (latinSurname && latinSurname.length >= 3 && latinSurname !== latin) forms.push(latinSurname);
  return forms;
}

function partCount(name: string): number {
  return name.split(ANY_DOT).length;
}

// ---------------------------------------------------------------------------------------------------
// Mentions

/**
 * How many times rarer a longer form must be than the name inside it to be read as that name plus a stray word:
 * a verb after a Chinese name, a word before a transliteration. The second is stricter, since a transliteration
 * may hold another whole (布林肯 ×1 beside 林肯 ×4 are two people).
 */
const STRAY_VERB_RARITY = 3;
const STRAY_PREFIX_RARITY = 5;
/** One-character verbs of speech that end a classical quotation's speaker (`巫咸道：`, `孙膑答：`). */
const SPEECH_TAILS = '道曰说问答';

/**
 * Forms that are a name of the same story plus a stray character or two, and far rarer than that name, are
 * the name read too far: a Chinese name and the verb after it (张洁 ×20 and 张洁去 once, 晁雷押, 孙膑答),
 * or a name and the word before it, where the whole is no Chinese name (金杰 ×62 and 让金杰 ×3, 伊朗苏莱曼尼;
 * not 张建国 for a 建国). Their mentions go to the name. Comparable counts are two people (王娟 ×12 and
 * 王娟秀 ×5, 川普 ×5 and 小川普 ×2).
 */
function foldStrayWords(people: Draft[]): void {
  const byName = new Map(people.map((p) => [p.name, p]));
  for (const p of people) {
    const chinese = isChineseName(p.name);
    const inner = nameInside(p.name, chinese, byName);
    if (!inner) continue;
    // A speech verb after a name is never part of it, however often it follows (巫咸 ×5, 巫咸道： ×5).
    const spoken = chinese && SPEECH_TAILS.includes(p.name.slice(-1));
    if (!spoken && p.mentions * (chinese ? STRAY_VERB_RARITY : STRAY_PREFIX_RARITY) > inner.mentions) continue;
    inner.mentions += p.mentions;
    inner.firstAt = Math.min(inner.firstAt, p.firstAt);
    p.mentions = 0;
  }
}

/** The person whose name `name` holds with one stray character after it (Chinese) or one or two before it. */
function nameInside(name: string, chinese: boolean, byName: ReadonlyMap<string, Draft>): Draft | undefined {
  if (chinese) {
    const head = name.length === 3 ? byName.get(name.slice(0, 2)) : undefined;
    return head && isChineseName(head.name) ? head : undefined;
  }
  return [1, 2].map((cut) => byName.get(name.slice(cut))).find((p) => p !== undefined && p.name.length >= 2);
}

/** Counts every form of every person in the texts, longest form first, and records the forms seen. */
function countMentions(people: Draft[], texts: string[]): void {
  const forms = new Map<string, Draft>();
  for (const p of people) {
    for (const form of [p.name, ...p.aliases, ...variantSpellings(p.name), p.nameEn ?? '']) {
      if (form && !forms.has(form)) forms.set(form, p);
    }
  }
  for (const [short, owners] of shortFormOwners(people)) if (owners.length === 1 && owners[0] && !forms.has(short)) forms.set(short, owners[0]);
  const formList = new WordList([...forms.keys()]);
  let offset = 0;
  for (const text of texts) {
    for (let found = formList.next(text, 0); found; ) {
      const { at: i, word: form } = found;
      const person = forms.get(form);
      const latin = /^[A-Za-z]/.test(form);
      // A Latin form inside a longer Latin word is not a mention (Lopez in Lopezville).
      if (!person || (latin && /[A-Za-z]/.test((text[i - 1] ?? '') + (text[i + form.length] ?? '')))) {
        found = formList.next(text, i + 1);
        continue;
      }
      // The Latin original in parentheses belongs to the Chinese mention just before it.
      if (!(latin && /[（(]\s?$/.test(text.slice(Math.max(0, i - 2), i)))) {
        person.mentions++;
        person.firstAt = Math.min(person.firstAt, offset + i);
        if (form !== person.nameEn) addAlias(person, form);
      }
      found = formList.next(text, i + form.length);
    }
    offset += text.length + 1;
  }
}

function variantSpellings(name: string): readonly string[] {
  return SAME_PERSON.find((group) => group.includes(name)) ?? [];
}

// ---------------------------------------------------------------------------------------------------

const CANONICAL = new Map(SAME_PERSON.flatMap((group) => group.map((v) => [normaliseName(v), normaliseName(group[0] ?? v)] as const)));

function canonicalKey(name: string): string {
  const normal = normaliseName(name);
  return CANONICAL.get(normal) ?? normal;
}

/** Comparison form: NFKC, no whitespace, every name dot as `·`, Latin lower-cased. */
function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').replace(ANY_DOT, '·').toLowerCase();
}

function alternation(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
}
