import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string }>;
const LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;
const load = (locale: string): Messages =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`), 'utf8')) as Messages;
const placeholders = (message: string): string[] => [...message.matchAll(/\$\d/g)].map((match) => match[0]).sort();

describe('popup translations', () => {
  const english = load('en');

  it.each(LOCALES)('%s has every message, none empty', (locale) => {
    const messages = load(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(messages)) expect(message.trim(), key).not.toBe('');
  });

  it.each(LOCALES)('%s fills in the same $1… as English', (locale) => {
    const messages = load(locale);
    for (const [key, { message }] of Object.entries(english)) {
      expect(placeholders(messages[key]?.message ?? ''), `${locale}:${key}`).toEqual(placeholders(message));
    }
  });
});
