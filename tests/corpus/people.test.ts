/**
 * People on the labelled corpus, scored as ../shared/docs/article-json.md defines (scripts/lib/score-people.ts),
 * with the figures printed and held to floors a little under what the extractor reaches; plus the time
 * extractPeople takes per article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../scripts/eval.ts';
import { scorePeople, type ArticlePeople, type PeopleScore } from '../../scripts/lib/score-people.ts';
import { extractPeople, type PeopleInput } from '../../src/core/extract/people.ts';
import type { Article } from '../../src/core/types.ts';
import { HAS_SHARED, SHARED_DIR, SKIP_REASON } from '../shared.ts';

if (!HAS_SHARED) console.warn(SKIP_REASON);

/** What the article assembler (src/core/extract/article.ts) hands to extractPeople, but the tagged terms (not exported). */
function peopleInput(article: Article): PeopleInput {
  return {
    title: article.title,
    paragraphs: article.body.paragraphs,
    captions: article.figures.flatMap((figure) => (figure.caption === null ? [] : [figure.caption])),
    exclude: [...(article.dateline?.reporters ?? []), ...(article.editor === null ? [] : [article.editor])],
  };
}

describe.skipIf(!HAS_SHARED)('people on the labelled corpus', () => {
  let articles: Article[];
  let score: PeopleScore;

  beforeAll(() => {
    const results = evaluateCorpus(SHARED_DIR);
    const scored: ArticlePeople[] = results.map(({ gold, article }) => ({
      predicted: article?.people ?? [],
      gold: gold.isArticle ? (gold.people ?? []) : [],
    }));
    articles = results.flatMap(({ article }) => (article === null ? [] : [article]));
    score = scorePeople(scored);
    const f = (value: number) => value.toFixed(3);
    console.log(
      `people: macro P ${f(score.macro.precision)} R ${f(score.macro.recall)} F1 ${f(score.macro.f1)} over ${score.articles} articles; ` +
        `micro P ${f(score.micro.precision)} R ${f(score.micro.recall)} F1 ${f(score.micro.f1)} ` +
        `(${score.matched} matched, ${score.predicted} predicted, ${score.gold} gold)`,
    );
  }, 300_000);

  it('is precise: few predicted people are wrong', () => {
    expect(score.macro.precision).toBeGreaterThanOrEqual(0.96);
    expect(score.micro.precision).toBeGreaterThanOrEqual(0.97);
  });

  it('finds most labelled people', () => {
    expect(score.macro.recall).toBeGreaterThanOrEqual(0.90);
    expect(score.micro.recall).toBeGreaterThanOrEqual(0.80);
    expect(score.macro.f1).toBeGreaterThanOrEqual(0.895);
  });

  it('gives the same people when run again on the same text (no state kept between articles)', () => {
    const inputs = articles.map(peopleInput);
    const forwards = inputs.map((input) => extractPeople(input));
    const backwards = [...inputs].reverse().map((input) => extractPeople(input)).reverse();
    expect(backwards).toEqual(forwards);
  });
});
