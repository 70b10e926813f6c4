import { describe, expect, it } from 'vitest';
import { articleSchemaErrors } from '../../scripts/lib/validate-article.ts';
import { articleJsonText, exportFileName } from '../../src/popup/article-json.ts';
import { emptyArticle, injectionArticle, manyPeopleArticle, ordinaryArticle } from '../fixtures/hostile/articles.ts';

const titled = (title: string, date: string | null = '2023-04-12') => ({ ...ordinaryArticle(), title, date });

describe('export file name', () => {
  it('is the date, a dash and the title', () => {
    expect(exportFileName(ordinaryArticle())).toBe('2023-04-12-市议会讨论新图书馆计划.json');
  });

  it('says undated when the article has no date, or a date that is not ISO', () => {
    expect(exportFileName(titled('标题', null))).toBe('undated-标题.json');
    expect(exportFileName(titled('标题', '2023年4月12日'))).toBe('undated-标题.json');
  });

  it('keeps no path separator, reserved character or control character', () => {
    const name = exportFileName(titled('a/b\\c:d*e?f"g<h>i|j\u0000k\nl\u202Emp3.exe'));
    expect(name).toBe('2023-04-12-a b c d e f g h i jk lmp3.exe.json');
  });

  it('never starts the title with dots that would hide the file, nor ends it with dots or spaces', () => {
    expect(exportFileName(titled('..hidden. . '))).toBe('2023-04-12-hidden.json');
  });

  it('falls back to "article" when nothing of the title is left', () => {
    expect(exportFileName(titled(''))).toBe('2023-04-12-article.json');
    expect(exportFileName(titled('///'))).toBe('2023-04-12-article.json');
  });

  it('stays under the 255-byte file name limit for a long Chinese title, cut at a whole character', () => {
    const name = exportFileName(titled('长'.repeat(300) + '😀'.repeat(10)));
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    expect(name).toMatch(/^2023-04-12-长+\.json$/);
    const emoji = exportFileName(titled('😀'.repeat(100)));
    expect(emoji).toMatch(/^2023-04-12-(😀)+\.json$/u);
  });
});

describe('export JSON text', () => {
  it('is pretty-printed UTF-8 with Chinese written as is, and reads back as the same article', () => {
    const article = ordinaryArticle();
    const text = articleJsonText(article);
    expect(text).toContain('\n  "title": "市议会讨论新图书馆计划",\n');
    expect(text).not.toMatch(/\\u[0-9a-f]{4}/i);
    expect(JSON.parse(text)).toEqual(article);
  });

  it('validates against the Article v1 schema, also for hostile, empty and huge articles', () => {
    for (const article of [ordinaryArticle(), injectionArticle(), emptyArticle(), manyPeopleArticle()]) {
      expect(articleSchemaErrors(JSON.parse(articleJsonText(article)))).toEqual([]);
    }
  });

  it('keeps markup-looking strings as plain JSON strings', () => {
    const parsed = JSON.parse(articleJsonText(injectionArticle())) as { title: string };
    expect(parsed.title).toBe(injectionArticle().title);
  });
});
