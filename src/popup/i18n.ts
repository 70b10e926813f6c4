/**
 * UI strings from public/_locales through browser.i18n, so the popup follows the browser's language
 * (zh_CN, zh_TW, en; en is the manifest's default_locale).
 */
import browser from 'webextension-polyfill';
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** Messages without substitutions, looked up once: a list of thousands repeats the same labels. */
const fixedMessages = new Map<MessageKey, string>();

/** The message with `$1`… filled in; the key itself if a locale lacks it, so nothing renders blank. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  if (substitutions.length > 0) return browser.i18n.getMessage(key, substitutions.map(String)) || key;
  let message = fixedMessages.get(key);
  if (message === undefined) {
    message = browser.i18n.getMessage(key) || key;
    fixedMessages.set(key, message);
  }
  return message;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

export function formatCount(count: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(count);
}

/** Names and roles come from Chinese text, so they are listed the Chinese way in every UI language. */
export function listFromPage(items: string[]): string {
  return items.join('、');
}
