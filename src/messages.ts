/**
 * Every message exchanged between popup, background and content script, with a validator for each
 * direction. Receivers call the matching `is…` guard and ignore anything else.
 */
import type { Article } from './core/types.ts';

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
