/**
 * The attributes on <html> that gate every rule of clean.css. They are set synchronously at
 * document_start from a cache in github.com's localStorage, so the very first paint already has the
 * right state; extension storage (async) then confirms or corrects them.
 */
import { DEFAULT_SETTINGS, isSettings, type Settings } from '../messages.ts';

const CACHE_KEY = 'mirror-reader:settings';
const root = document.documentElement;

export const ATTR = {
  clean: 'data-mr-clean', // "on" | "off"
  reader: 'data-mr-reader', // "on" | "off"
  pending: 'data-mr-pending', // present while a candidate article is still being parsed
  article: 'data-mr-article', // present while the page holds a detected mirrored article
} as const;

export function cachedSettings(): Settings {
  try {
    const cached: unknown = JSON.parse(localStorage.getItem(CACHE_KEY) ?? 'null');
    return isSettings(cached) ? cached : { ...DEFAULT_SETTINGS };
  } catch {
    return { ...DEFAULT_SETTINGS }; // storage disabled or corrupt: fall back to the defaults
  }
}

export function applySettings(settings: Settings): void {
  root.setAttribute(ATTR.clean, settings.clean ? 'on' : 'off');
  root.setAttribute(ATTR.reader, settings.readerLayout ? 'on' : 'off');
  try {
    localStorage.setItem(CACHE_KEY, JSON.stringify(settings));
  } catch {
    // Private mode or quota: the cache only saves a flash, the setting itself is in extension storage.
  }
}

export function setFlag(name: keyof typeof ATTR, on: boolean): void {
  root.toggleAttribute(ATTR[name], on);
}
