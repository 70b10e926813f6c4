/**
 * The dateline of a mirrored article — `【大纪元2021年05月20日讯】（大纪元记者林紫蓉报导）`, `华盛顿 —`,
 * `路透北京8月31日 -` — and the dates around it. Runs the declarative rules of outlets.ts over the body's
 * text paragraphs: the dateline is looked for in the opening text, the credit line in the closing one.
 */
import { cleanText } from '../text.ts';
import type { Dateline } from '../types.ts';
import {
  BARE_REPORTER_TYPO,
  CREDIT_HINT,
  CREDIT_PLACES,
  CREDIT_ROLE,
  CREDIT_ROLES,
  CREDIT_STOP,
  HAN,
  NAME_SEPARATORS,
  OUTLETS,
} from './outlets.ts';

/** The dateline opens the body: it is looked for in this many paragraphs, this far into each. */
const HEAD_PARAGRAPHS = 5;
const HEAD_CHARS = 200;
/** Credit lines close the body, before trailers such as 相关视频 or a copyright line. */
const TAIL_PARAGRAPHS = 5;

export interface FindDatelineOptions {
  /**
   * An ISO date known to be close to publication (usually `dateFromUrl(originalUrl)`). Some datelines
   * give no year (`【大纪元12月30日讯】`, Reuters `路透北京8月31日 -`): they get the year that puts them
   * nearest this date, and `date: null` without it.
   */
  referenceDate?: string | null;
}

/**
 * The dateline at the start of the article body. `paragraphs` are the body's text paragraphs in order
 * (cleanText-normalised; normalised again here, so raw text works too). Only the first few paragraphs
 * are searched for the dateline itself. When it credits no reporter, a credit line among the last
 * paragraphs supplies them (NTD `（记者X报导/责任编辑：Y）`); when there is no dateline at all, that
 * credit line is the dateline (RFA `记者：X、Y 责编：Z`).
 */
export function findDateline(paragraphs: readonly string[], options: FindDatelineOptions = {}): Dateline | null {
  const texts = paragraphs.map(cleanText);
  const head = findOpeningDateline(texts, options.referenceDate ?? null);
  const byline = findClosingByline(texts);
  if (head === null) return byline;
  if (head.reporters.length === 0 && byline !== null) {
    return { ...head, reporters: byline.reporters, place: head.place ?? byline.place };
  }
  return head;
}

/** A paragraph near the top that is only the publication date and time (VOA `2018年8月31日 21:45`). */
export function findPublishedDate(paragraphs: readonly string[]): { date: string; time: string | null } | null {
  for (const text of paragraphs.slice(0, HEAD_PARAGRAPHS).map(cleanText)) {
    for (const rule of OUTLETS) {
      const groups = rule.published?.exec(text)?.groups;
      if (groups === undefined) continue;
      const date = toIsoDate(groups.year ?? '', groups.month ?? '', groups.day ?? '');
      if (date !== null) return { date, time: normaliseTime(groups.time) };
    }
  }
  return null;
}

/**
 * The article's publication date (Article.date): the dateline's date, else a published-date line
 * on the page, else the date in the original URL.
 */
export function articleDate(
  dateline: Dateline | null,
  paragraphs: readonly string[],
  originalUrl: string | null,
): string | null {
  return dateline?.date ?? findPublishedDate(paragraphs)?.date ?? (originalUrl === null ? null : dateFromUrl(originalUrl));
}

/** URL date shapes of the mirrored outlets, tried in order. Groups: y (2 or 4 digits), m, d. */
const URL_DATES: readonly RegExp[] = [
  // ntdtv /gb/2022/10/25/, secretchina /news/gb/2020/08/18/, minghui /mh/articles/2021/2/7/, soundofhope /gb/2019/09/17/
  /\/(?<y>(?:19|20)\d{2})\/(?<m>\d{1,2})\/(?<d>\d{1,2})\//,
  // epochtimes /gb/21/5/20/n12963233.htm
  /\/gb\/(?<y>\d{1,2})\/(?<m>\d{1,2})\/(?<d>\d{1,2})\//,
  // voachinese /a/<slug>-20180831/4552255.html, /a/voaweishi-20180910-<slug>/4564756.html
  /-(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})(?=[-/])/,
  // rfa /mandarin/<cat>/<slug>-07262019161648.html (MMDDYYYYhhmmss)
  /-(?<m>\d{2})(?<d>\d{2})(?<y>(?:19|20)\d{2})\d{6}\.html/,
];

/**
 * Reuters pictures (`//s3.reutersmedia.net/resources/r/?m=02&d=20180831&…`) carry the day they were filed:
 * on the 18 bulk Reuters pages with one, it is the dateline's day or the next. Not a publication date, so it
 * only gives the year to a dateline that has none (`路透北京8月31日 -`) on a page that holds such a picture.
 */
const REUTERS_PICTURE_DATE = /\breutersmedia\.net\/.*[?&;]d=(?<y>20\d{2})(?<m>\d{2})(?<d>\d{2})\b/;

/** A date near the publication from the page's pictures, else null. */
export function dateFromPictures(sources: readonly string[]): string | null {
  for (const source of sources) {
    const groups = REUTERS_PICTURE_DATE.exec(source)?.groups;
    const date = groups === undefined ? null : toIsoDate(groups.y!, groups.m!, groups.d!);
    if (date !== null) return date;
  }
  return null;
}

/** ISO date from an original article URL, else null. */
export function dateFromUrl(url: string): string | null {
  for (const pattern of URL_DATES) {
    const groups = pattern.exec(url)?.groups;
    if (groups === undefined) continue;
    const year = groups.y!.length === 4 ? groups.y! : String(2000 + Number(groups.y));
    const date = toIsoDate(year, groups.m!, groups.d!);
    if (date !== null) return date;
  }
  return null;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 2021, ２０２１, 二零二一 → 2021; 5, 05, 五 → 5; 十 → 10, 十二 → 12, 二十一 → 21, 三十 → 30. NaN when unreadable. */
function readNumber(text: string): number {
  const ascii = text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!/^[零〇○一二两三四五六七八九十]+$/.test(text)) return Number.NaN;
  if (!text.includes('十')) return Number([...text].map((digit) => CN_DIGITS[digit]).join(''));
  const [tens = '', units = '', extra] = text.split('十');
  if (extra !== undefined) return Number.NaN;
  return (tens === '' ? 1 : (CN_DIGITS[tens] ?? Number.NaN)) * 10 + (units === '' ? 0 : (CN_DIGITS[units] ?? Number.NaN));
}

/** Converts Chinese-numeral or Arabic year/month/day parts to ISO `YYYY-MM-DD`; null when impossible. */
export function toIsoDate(year: string, month: string, day: string): string | null {
  let y = readNumber(year);
  const m = readNumber(month);
  const d = readNumber(day);
  if ([y, m, d].some(Number.isNaN)) return null;
  if (year.length <= 2) y += 2000;
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The year that puts month/day nearest the reference date (a dateline from 12-31 read on 01-01). */
function nearestYear(month: string, day: string, referenceDate: string): string | null {
  const referenceYear = Number(referenceDate.slice(0, 4));
  const reference = Date.parse(referenceDate);
  if (Number.isNaN(reference)) return null;
  let best: { date: string; distance: number } | null = null;
  for (const year of [referenceYear - 1, referenceYear, referenceYear + 1]) {
    const date = toIsoDate(String(year), month, day);
    if (date === null) continue;
    const distance = Math.abs(Date.parse(date) - reference);
    if (best === null || distance < best.distance) best = { date, distance };
  }
  return best?.date ?? null;
}

function normaliseTime(time: string | undefined): string | null {
  if (time === undefined) return null;
  const [hours = '', minutes = ''] = time.split(':');
  return `${hours.padStart(2, '0')}:${minutes}`;
}

/** The earliest dateline in the opening text: the first paragraph that has one, leftmost match in it. */
function firstDatelineMatch(texts: readonly string[]): { match: RegExpExecArray; paragraph: number } | null {
  for (const [paragraph, text] of texts.slice(0, HEAD_PARAGRAPHS).entries()) {
    const opening = text.slice(0, HEAD_CHARS);
    let first: RegExpExecArray | null = null;
    for (const pattern of OUTLETS.flatMap((rule) => rule.datelines)) {
      const match = pattern.exec(opening);
      if (match !== null && (first === null || match.index < first.index)) first = match;
    }
    if (first !== null) return { match: first, paragraph };
  }
  return null;
}

function findOpeningDateline(texts: readonly string[], referenceDate: string | null): Dateline | null {
  const found = firstDatelineMatch(texts);
  if (found === null) return null;
  const { match, paragraph } = found;
  const groups = match.groups ?? {};
  const creditText = groups.credit !== undefined && CREDIT_HINT.test(groups.credit) ? groups.credit : '';
  const text = creditText === '' && groups.credit !== undefined ? match[0].slice(0, -groups.credit.length) : match[0];
  const credit = parseCredit(stripParentheses(creditText));
  let date: string | null = null;
  let time: string | null = null;
  if (groups.month !== undefined && groups.day !== undefined) {
    if (groups.year !== undefined) date = toIsoDate(groups.year, groups.month, groups.day);
    else if (referenceDate !== null) date = nearestYear(groups.month, groups.day, referenceDate);
  } else {
    // A place-only dateline (VOA) is dated by the published line above it.
    const published = findPublishedDate(texts.slice(0, paragraph + 1));
    date = published?.date ?? null;
    time = published?.time ?? null;
  }
  return {
    text,
    outlet: groups.outlet ?? null,
    date,
    time,
    place: groups.place ?? credit.place,
    reporters: credit.reporters,
  };
}

/** The credit line among the last paragraphs, as a dateline of its own (no date). */
function findClosingByline(texts: readonly string[]): Dateline | null {
  const start = Math.max(0, texts.length - TAIL_PARAGRAPHS);
  for (let index = texts.length - 1; index >= start; index--) {
    const text = texts[index]!;
    for (const rule of OUTLETS) {
      for (const pattern of rule.bylines) {
        const creditText = pattern.exec(text)?.groups?.credit;
        if (creditText === undefined) continue;
        const credit = parseCredit(creditText);
        if (credit.reporters.length === 0) continue;
        return { text: creditText, outlet: credit.outlet, date: null, time: null, place: credit.place, reporters: credit.reporters };
      }
    }
  }
  return null;
}

function stripParentheses(text: string): string {
  return text.replace(/^[（(]|[）)]$/g, '');
}

interface Credit {
  outlet: string | null;
  place: string | null;
  reporters: string[];
}

const OUTLET_NAMES = OUTLETS.flatMap((rule) => rule.names).sort((a, b) => b.length - a.length);
const LATIN_NAME = /^[A-Za-z][A-Za-z.'\- ]*[A-Za-z.]/u;
const HAN_NAME = new RegExp(`^[${HAN}][${HAN}·‧．・•]{1,4}$`, 'u');

/**
 * Reads a credit such as `香港大纪元记者黄采文、梁珍采访报导` → reporters 黄采文, 梁珍, place 香港;
 * `大纪元记者蔡溶美国纽约报导` → 蔡溶, place 美国纽约; `明慧网通讯员四川报道` → place 四川;
 * `英文大纪元记者Bowen Xiao报导、张婷综合编译` → Bowen Xiao (the translator after the verb is not a reporter).
 */
function parseCredit(clause: string): Credit {
  const role = CREDIT_ROLE.exec(clause) ?? BARE_REPORTER_TYPO.exec(clause);
  if (role === null) return { outlet: outletIn(clause), place: null, reporters: [] };
  const prefix = clause.slice(0, role.index);
  const outlet = outletIn(prefix);
  const prefixPlace = placeInPrefix(prefix, outlet);
  const rest = clause.slice(role.index + role[0].length).replace(/^[：:\s]+/u, '');
  const stop = CREDIT_STOP.exec(rest);
  const who = (stop === null ? rest : rest.slice(0, stop.index)).trim();
  if ((CREDIT_ROLES.bureau as readonly string[]).includes(role[0])) return { outlet, place: prefixPlace, reporters: [] };
  if ((CREDIT_ROLES.correspondent as readonly string[]).includes(role[0])) {
    return { outlet, place: who === '' ? prefixPlace : who, reporters: [] };
  }
  const reporters: string[] = [];
  let place = prefixPlace;
  for (const part of who.split(NAME_SEPARATORS)) {
    const { name, place: partPlace } = splitNameAndPlace(part.trim());
    if (name !== null && !reporters.includes(name)) reporters.push(name);
    place = partPlace ?? place;
  }
  return { outlet, place, reporters };
}

function outletIn(text: string): string | null {
  return OUTLET_NAMES.find((name) => text.includes(name)) ?? null;
}

/** `香港大纪元` → 香港; `大纪元澳洲悉尼` (before 记者站) → 澳洲悉尼; `英文大纪元`, `本台` → null. */
function placeInPrefix(prefix: string, outlet: string | null): string | null {
  const rest = (outlet === null ? prefix : prefix.replace(outlet, '')).trim();
  return startsWithPlace(rest) ? rest : null;
}

/** `麦蕾美国威尼斯` → 麦蕾 + 美国威尼斯; `Gary Bai加拿大卡尔加里` → Gary Bai + …; `美国德克萨斯州` → place only. */
function splitNameAndPlace(part: string): { name: string | null; place: string | null } {
  if (part === '') return { name: null, place: null };
  const latin = LATIN_NAME.exec(part);
  if (latin !== null) return { name: latin[0].trim(), place: part.slice(latin[0].length).trim() || null };
  if (startsWithPlace(part)) return { name: null, place: part };
  for (const nameLength of [2, 3]) {
    if (part.length > nameLength && startsWithPlace(part.slice(nameLength))) {
      return { name: part.slice(0, nameLength), place: part.slice(nameLength) };
    }
  }
  return { name: HAN_NAME.test(part) ? part : null, place: null };
}

function startsWithPlace(text: string): boolean {
  return CREDIT_PLACES.some((place) => text.startsWith(place));
}
