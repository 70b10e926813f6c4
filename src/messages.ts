/**
 * Every message exchanged between popup, background and content script, with a validator for each
 * direction. Receivers call the matching `is…` guard and ignore anything else.
 */
import type { Article, Dateline, Figure, MirrorRef, Person } from './core/types.ts';

export interface Settings {
  clean: boolean;
  readerLayout: boolean;
}

export const DEFAULT_SETTINGS: Settings = { clean: true, readerLayout: false };

/** popup → content script (via tabs.sendMessage). */
export type ContentRequest =
  | { type: 'mr:get-article' }
  | { type: 'mr:scroll-to'; target: { kind: 'person'; name: string } | { kind: 'figure'; index: number } };

/** content script → popup: the answer to mr:get-article. */
export interface ArticleResponse {
  type: 'mr:article';
  article: Article | null;
}

/** content script → background: detection state of the sending tab (badge). */
export interface DetectionReport {
  type: 'mr:detected';
  detected: boolean;
}

/**
 * content script → background: inject the extractor (src/content/extractor.ts) into the sending tab,
 * the first time the popup asks it for its article. Answered with `true` once the extractor has run.
 */
export interface ExtractorRequest {
  type: 'mr:load-extractor';
}

/** The extractor's file in both builds (vite.config.ts builds it there). */
export const EXTRACTOR_FILE = 'src/content/extractor.js';

/**
 * Where the injected extractor leaves extractArticle for the content script, in the content scripts' world:
 * a symbol, which no element id of the page can shadow as it can a global name.
 */
export const EXTRACTOR_GLOBAL = Symbol.for('mirror-reader.extract-article');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isSettings(value: unknown): value is Settings {
  return isRecord(value) && typeof value.clean === 'boolean' && typeof value.readerLayout === 'boolean';
}

export function isContentRequest(value: unknown): value is ContentRequest {
  if (!isRecord(value)) return false;
  if (value.type === 'mr:get-article') return true;
  if (value.type !== 'mr:scroll-to' || !isRecord(value.target)) return false;
  const target = value.target;
  if (target.kind === 'person') return typeof target.name === 'string' && target.name.length <= 200;
  if (target.kind === 'figure') return Number.isInteger(target.index) && (target.index as number) >= 0;
  return false;
}

export function isDetectionReport(value: unknown): value is DetectionReport {
  return isRecord(value) && value.type === 'mr:detected' && typeof value.detected === 'boolean';
}

export function isExtractorRequest(value: unknown): value is ExtractorRequest {
  return isRecord(value) && value.type === 'mr:load-extractor';
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isStringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString);
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isMirrorRef(value: unknown): value is MirrorRef {
  return isRecord(value) && isString(value.repo) && isString(value.ref) && isString(value.path);
}

function isDateline(value: unknown): value is Dateline {
  return (
    isRecord(value) &&
    isString(value.text) &&
    isStringOrNull(value.outlet) &&
    isStringOrNull(value.date) &&
    isStringOrNull(value.time) &&
    isStringOrNull(value.place) &&
    isStringArray(value.reporters)
  );
}

function isPerson(value: unknown): value is Person {
  return (
    isRecord(value) &&
    isString(value.name) &&
    isStringOrNull(value.nameEn) &&
    isStringArray(value.aliases) &&
    isStringArray(value.roles) &&
    isCount(value.mentions)
  );
}

function isFigure(value: unknown): value is Figure {
  return (
    isRecord(value) &&
    isString(value.src) &&
    isString(value.displaySrc) &&
    isStringOrNull(value.caption) &&
    isStringOrNull(value.credit) &&
    isStringOrNull(value.alt) &&
    typeof value.lead === 'boolean'
  );
}

/** Every field the popup reads, checked down to the leaves: a page must not be able to crash the popup. */
export function isArticle(value: unknown): value is Article {
  if (!isRecord(value)) return false;
  const { body, extractor } = value;
  return (
    value.schemaVersion === 1 &&
    isString(value.url) &&
    (value.mirror === null || isMirrorRef(value.mirror)) &&
    isString(value.title) &&
    isStringOrNull(value.date) &&
    (value.dateline === null || isDateline(value.dateline)) &&
    isStringOrNull(value.editor) &&
    isStringOrNull(value.originalUrl) &&
    Array.isArray(value.people) &&
    value.people.every(isPerson) &&
    Array.isArray(value.figures) &&
    value.figures.every(isFigure) &&
    isRecord(body) &&
    isStringArray(body.paragraphs) &&
    isCount(body.characters) &&
    isRecord(extractor) &&
    extractor.name === 'mirror-reader' &&
    isString(extractor.version) &&
    isString(value.extractedAt)
  );
}

export function isArticleResponse(value: unknown): value is ArticleResponse {
  return isRecord(value) && value.type === 'mr:article' && (value.article === null || isArticle(value.article));
}
