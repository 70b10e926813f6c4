/**
 * People scoring exactly as ../shared/docs/article-json.md defines it ("How the corpus scores an extractor").
 *
 * A predicted person matches a gold person when any predicted name/alias equals the gold name or one of its
 * `also` forms, or when both have the same nameEn, all after normalisation. Each gold person matches at most
 * one predicted person and vice versa (maximum bipartite matching). Per article: precision = matched /
 * predicted, recall = matched / gold. The document leaves 0/0 open; here an empty prediction has precision 1
 * (it claims nothing wrong) and an empty gold list recall 1 (nothing to miss), so such an article still
 * scores F1 = 0 through the other ratio. Macro figures average over the articles that have a gold or a
 * predicted person; micro figures pool the counts.
 */
import type { Person } from '../../src/core/types.ts';

export interface GoldPerson {
  name: string;
  nameEn: string | null;
  also?: string[];
  roles?: string[];
}

export interface ArticlePeople {
  predicted: Person[];
  gold: GoldPerson[];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface PeopleScore {
  macro: PRF;
  micro: PRF;
  /** Articles with a gold or a predicted person: the macro average's denominator. */
  articles: number;
  matched: number;
  predicted: number;
  gold: number;
}

const CJK = '\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const DOT_VARIANTS = /[‧·・•･∙⋅·]/g;
const ASCII_DOT_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\.(?=[${CJK}])`, 'g');

/** NFKC, whitespace removed, every middle-dot variant (and `.` between two CJK characters) as `·`, Latin lower-cased. */
export function normaliseForScoring(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(DOT_VARIANTS, '·')
    .replace(ASCII_DOT_BETWEEN_CJK, '·')
    .toLowerCase();
}

function personMatches(predicted: Person, gold: GoldPerson): boolean {
  const goldForms = new Set([gold.name, ...(gold.also ?? [])].map(normaliseForScoring));
  if ([predicted.name, ...predicted.aliases].some((form) => goldForms.has(normaliseForScoring(form)))) return true;
  return predicted.nameEn !== null && gold.nameEn !== null && normaliseForScoring(predicted.nameEn) === normaliseForScoring(gold.nameEn);
}

/** Size of a maximum one-to-one matching between predicted and gold people (Kuhn's augmenting paths). */
export function countMatches(predicted: Person[], gold: GoldPerson[]): number {
  const edges = gold.map((g) => predicted.flatMap((p, i) => (personMatches(p, g) ? [i] : [])));
  const goldOf = new Array<number>(predicted.length).fill(-1);
  const augment = (g: number, seen: boolean[]): boolean => {
    for (const p of edges[g] ?? []) {
      if (seen[p]) continue;
      seen[p] = true;
      const holder = goldOf[p] ?? -1;
      if (holder < 0 || augment(holder, seen)) {
        goldOf[p] = g;
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (let g = 0; g < gold.length; g++) if (augment(g, new Array<boolean>(predicted.length).fill(false))) matched++;
  return matched;
}

function prf(matched: number, predicted: number, gold: number): PRF {
  const precision = predicted > 0 ? matched / predicted : 1;
  const recall = gold > 0 ? matched / gold : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function scorePeople(articles: ArticlePeople[]): PeopleScore {
  const scored = articles.filter((a) => a.predicted.length > 0 || a.gold.length > 0);
  let matched = 0;
  let predicted = 0;
  let gold = 0;
  const sum = { precision: 0, recall: 0, f1: 0 };
  for (const article of scored) {
    const m = countMatches(article.predicted, article.gold);
    matched += m;
    predicted += article.predicted.length;
    gold += article.gold.length;
    const one = prf(m, article.predicted.length, article.gold.length);
    sum.precision += one.precision;
    sum.recall += one.recall;
    sum.f1 += one.f1;
  }
  const n = scored.length || 1;
  return {
    macro: { precision: sum.precision / n, recall: sum.recall / n, f1: sum.f1 / n },
    micro: prf(matched, predicted, gold),
    articles: scored.length,
    matched,
    predicted,
    gold,
  };
}
