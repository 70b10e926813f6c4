/** The people score of ../shared/docs/article-json.md, on hand-made predictions and labels. */
import { describe, expect, it } from 'vitest';
import { countMatches, normaliseForScoring, scorePeople, type GoldPerson } from '../../scripts/lib/score-people.ts';
import type { Person } from '../../src/core/types.ts';

function predicted(name: string, more: Partial<Person> = {}): Person {
  return { name, nameEn: null, aliases: [], roles: [], mentions: 1, ...more };
}

function gold(name: string, more: Partial<GoldPerson> = {}): GoldPerson {
  return { name, nameEn: null, ...more };
}

describe('normalisation', () => {
  it('maps every middle dot, and a full stop between CJK characters, to ·', () => {
    for (const dot of ['‧', '·', '．', '・', '•', '･', '∙', '⋅', '.']) expect(normaliseForScoring(`汤姆${dot}克鲁斯`)).toBe('汤姆·克鲁斯');
  });

  it('removes whitespace, applies NFKC and lower-cases Latin', () => {
    expect(normaliseForScoring(' Antony\u00a0BLINKEN ')).toBe('antonyblinken');
    expect(normaliseForScoring('ＡＢＣ')).toBe('abc');
  });

  it('keeps a full stop that is not between CJK characters', () => {
    expect(normaliseForScoring('R. Hunter')).toBe('r.hunter');
  });
});

describe('matching', () => {
  it('matches a predicted alias against a gold also form', () => {
    expect(countMatches([predicted('安东尼‧布林肯', { aliases: ['布林肯'] })], [gold('布林肯')])).toBe(1);
    expect(countMatches([predicted('布林肯')], [gold('安东尼·布林肯', { also: ['布林肯'] })])).toBe(1);
  });

  it('matches equal Latin names whatever the Chinese spelling', () => {
    expect(countMatches([predicted('墨克尔', { nameEn: 'Angela Merkel' })], [gold('默克尔', { nameEn: 'angela merkel' })])).toBe(1);
  });

  it('pairs each gold person with at most one prediction, and the other way round', () => {
    const twoPredictions = [predicted('川普'), predicted('特朗普')];
    expect(countMatches(twoPredictions, [gold('川普', { also: ['特朗普'] })])).toBe(1);
    // 拜登 fits both gold people; taken first by 乔·拜登 it must move over so that 亨特·拜登 is matched too.
    const both = [predicted('拜登'), predicted('乔·拜登')];
    expect(countMatches(both, [gold('乔·拜登', { also: ['拜登'] }), gold('亨特·拜登', { also: ['拜登'] })])).toBe(2);
  });
});

describe('scores', () => {
  it('averages per article (macro) and pools counts (micro)', () => {
    const score = scorePeople([
      { predicted: [predicted('王毅'), predicted('杨洁篪')], gold: [gold('王毅')] },
      { predicted: [predicted('习近平')], gold: [gold('习近平'), gold('李克强'), gold('王沪宁')] },
    ]);
    expect(score.macro.precision).toBeCloseTo((1 / 2 + 1) / 2);
    expect(score.macro.recall).toBeCloseTo((1 + 1 / 3) / 2);
    expect(score.micro.precision).toBeCloseTo(2 / 3);
    expect(score.micro.recall).toBeCloseTo(2 / 4);
    expect(score).toMatchObject({ articles: 2, matched: 2, predicted: 3, gold: 4 });
  });

  it('leaves out articles with no person on either side', () => {
    const score = scorePeople([
      { predicted: [], gold: [] },
      { predicted: [predicted('王毅')], gold: [gold('王毅')] },
    ]);
    expect(score.articles).toBe(1);
    expect(score.macro.f1).toBe(1);
  });

  it('gives F1 = 0 to an article with nothing predicted or nothing to find', () => {
    const missed = scorePeople([{ predicted: [], gold: [gold('王毅')] }]);
    expect(missed.macro).toEqual({ precision: 1, recall: 0, f1: 0 });
    const invented = scorePeople([{ predicted: [predicted('王毅')], gold: [] }]);
    expect(invented.macro).toEqual({ precision: 0, recall: 1, f1: 0 });
  });
});
