/**
 * Corpus scores exactly as ../shared/docs/article-json.md ("How the corpus scores an extractor") defines
 * them, over the hand-checked labels of ../shared/corpus/gold (format in ../shared/corpus/GOLD.md).
 * Pure: the caller extracts the articles (scripts/eval.ts) and passes them in with their labels.
 */
import { BlockMap, isClutterKind } from '../../src/core/extract/regions.ts';
import type { Article, ClassifiedArticle } from '../../src/core/types.ts';
import { normaliseForScoring, scorePeople, type GoldPerson, type PeopleScore } from './score-people.ts';

export interface GoldFigure {
  src: string;
  lead: boolean;
  caption: string | null;
  credit: string | null;
}

export interface GoldLabel {
  file: string;
  isArticle: boolean;
  kind: string;
  title?: string;
  date?: string | null;
  dateline?: { text: string; outlet: string | null; place: string | null; reporters: string[] } | null;
  editor?: string | null;
  originalUrl?: string | null;
  people?: GoldPerson[];
  figures?: GoldFigure[];
  mustShow?: string[];
  mustHide?: string[];
}

/** Whether each mustShow/mustHide string is right on the classified page (structural clean-mode check). */
export interface CleanCheck {
  mustShow: boolean[];
  mustHide: boolean[];
}

export interface LabelledResult {
  gold: GoldLabel;
  article: Article | null;
  /** Null when the clean-mode check was not run (the clean scores then leave the file out). */
  clean: CleanCheck | null;
}

export interface Ratio {
  right: number;
  total: number;
  share: number;
  /** One line per miss: the file and what was expected and found. */
  failures: string[];
}

export interface Scores {
  files: number;
  detection: { articles: Ratio; negatives: Ratio; falsePositives: number };
  title: Ratio;
  date: Ratio;
  editor: Ratio;
  originalUrl: Ratio;
  outlet: Ratio;
  reporters: Ratio;
  people: PeopleScore;
  figures: {
    precision: number;
    recall: number;
    matched: number;
    predicted: number;
    gold: number;
    countExact: Ratio;
    captions: Ratio;
    /** Not part of the defined scores; reported beside them. */
    credits: Ratio;
    lead: Ratio;
  };
  clean: { mustShow: Ratio; mustHide: Ratio };
}

class Tally {
  private right = 0;
  private total = 0;
  private readonly failures: string[] = [];

  add(ok: boolean, failure: () => string): void {
    this.total++;
    if (ok) this.right++;
    else this.failures.push(failure());
  }

  ratio(): Ratio {
    return { right: this.right, total: this.total, share: this.total === 0 ? 1 : this.right / this.total, failures: this.failures };
  }
}

const show = (value: unknown): string => JSON.stringify(value ?? null);

function sameText(gold: string | null | undefined, predicted: string | null | undefined): boolean {
  if (gold == null || predicted == null) return gold == null && predicted == null;
  return normaliseForScoring(gold) === normaliseForScoring(predicted);
}

/** Outlets match when one normalised form contains the other; both absent also matches. */
function sameOutlet(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const a = normaliseForScoring(gold);
  const b = normaliseForScoring(predicted);
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

function sameSet(gold: string[], predicted: string[]): boolean {
  const a = new Set(gold.map(normaliseForScoring));
  const b = new Set(predicted.map(normaliseForScoring));
  return a.size === b.size && [...a].every((item) => b.has(item));
}

/** Gold `src` is written as in the Markdown, so `&amp;` there is the `&` of the URL the page loads. */
function goldSrc(src: string): string {
  return src.replace(/&amp;/g, '&');
}

function captionRight(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return normaliseForScoring(predicted).includes(normaliseForScoring(gold));
}

export function scoreResults(results: LabelledResult[]): Scores {
  const detectedArticles = new Tally();
  const rejectedNegatives = new Tally();
  const fields = { title: new Tally(), date: new Tally(), editor: new Tally(), originalUrl: new Tally() };
  const outlet = new Tally();
  const reporters = new Tally();
  const countExact = new Tally();
  const captions = new Tally();
  const credits = new Tally();
  const lead = new Tally();
  const mustShow = new Tally();
  const mustHide = new Tally();
  const figureCounts = { matched: 0, predicted: 0, gold: 0 };
  const peopleInput: { predicted: Article['people']; gold: GoldPerson[] }[] = [];

  for (const { gold, article, clean } of results) {
    const file = gold.file;
    if (!gold.isArticle) {
      rejectedNegatives.add(article === null, () => `${file}: detected as an article ("${article?.title ?? ''}")`);
      continue;
    }
    detectedArticles.add(article !== null, () => `${file}: no article detected`);
    for (const field of ['title', 'date', 'editor', 'originalUrl'] as const) {
      const expected = gold[field] ?? null;
      const found = article?.[field] ?? null;
      fields[field].add(article !== null && sameText(expected, found), () => `${file}: expected ${show(expected)}, got ${show(found)}`);
    }
    const goldOutlet = gold.dateline?.outlet ?? null;
    const foundOutlet = article?.dateline?.outlet ?? null;
    outlet.add(article !== null && sameOutlet(goldOutlet, foundOutlet), () => `${file}: expected ${show(goldOutlet)}, got ${show(foundOutlet)}`);
    const goldReporters = gold.dateline?.reporters ?? [];
    const foundReporters = article?.dateline?.reporters ?? [];
    reporters.add(article !== null && sameSet(goldReporters, foundReporters), () => `${file}: expected ${show(goldReporters)}, got ${show(foundReporters)}`);
    peopleInput.push({ predicted: article?.people ?? [], gold: gold.people ?? [] });

    const goldFigures = gold.figures ?? [];
    const foundFigures = article?.figures ?? [];
    countExact.add(goldFigures.length === foundFigures.length, () => `${file}: expected ${goldFigures.length} figures, got ${foundFigures.length}`);
    figureCounts.gold += goldFigures.length;
    figureCounts.predicted += foundFigures.length;
    // Each gold figure takes the first unmatched predicted figure with the same src.
    const unmatched = [...foundFigures];
    for (const expected of goldFigures) {
      const index = unmatched.findIndex((figure) => figure.src === goldSrc(expected.src));
      if (index === -1) continue;
      const [found] = unmatched.splice(index, 1);
      if (found === undefined) continue;
      figureCounts.matched++;
      const where = `${file} ${expected.src.slice(-40)}`;
      captions.add(captionRight(expected.caption, found.caption), () => `${where}: expected ${show(expected.caption)}, got ${show(found.caption)}`);
      credits.add(sameText(expected.credit, found.credit), () => `${where}: expected ${show(expected.credit)}, got ${show(found.credit)}`);
      lead.add(expected.lead === found.lead, () => `${where}: expected lead ${expected.lead}, got ${found.lead}`);
    }
    if (clean !== null) {
      (gold.mustShow ?? []).forEach((text, index) => mustShow.add(clean.mustShow[index] === true, () => `${file}: ${show(text)} hidden or missing`));
      (gold.mustHide ?? []).forEach((text, index) => mustHide.add(clean.mustHide[index] === true, () => `${file}: ${show(text)} shown or missing`));
    }
  }

  const negatives = rejectedNegatives.ratio();
  return {
    files: results.length,
    detection: { articles: detectedArticles.ratio(), negatives, falsePositives: negatives.total - negatives.right },
    ...Object.fromEntries(Object.entries(fields).map(([name, tally]) => [name, tally.ratio()])) as Record<keyof typeof fields, Ratio>,
    outlet: outlet.ratio(),
    reporters: reporters.ratio(),
    people: scorePeople(peopleInput),
    figures: {
      precision: figureCounts.predicted === 0 ? 1 : figureCounts.matched / figureCounts.predicted,
      recall: figureCounts.gold === 0 ? 1 : figureCounts.matched / figureCounts.gold,
      ...figureCounts,
      countExact: countExact.ratio(),
      captions: captions.ratio(),
      credits: credits.ratio(),
      lead: lead.ratio(),
    },
    clean: { mustShow: mustShow.ratio(), mustHide: mustHide.ratio() },
  };
}

// ---------------------------------------------------------------------------------------------
// Clean mode, structurally: a string is shown when a text run holding it lies outside every clutter
// block, hidden when every run holding it lies inside one. The browsers measure the real thing.

const WHITESPACE = /[\s\u00a0\u200b]+/g;

export function checkClean(classified: ClassifiedArticle | null, gold: GoldLabel): CleanCheck {
  const mustShow = gold.mustShow ?? [];
  const mustHide = gold.mustHide ?? [];
  if (classified === null) {
    // Nothing is cleaned on a page that is not detected: everything stays visible.
    return { mustShow: mustShow.map(() => true), mustHide: mustHide.map(() => false) };
  }
  const blocks = new BlockMap(classified);
  const runs = textRuns(classified.root);
  const places = (text: string): boolean[] => {
    const wanted = text.replace(WHITESPACE, '');
    return runs.filter((run) => run.text.includes(wanted)).map((run) => {
      const kind = blocks.kindOf(run.node);
      return kind !== null && isClutterKind(kind);
    });
  };
  return {
    mustShow: mustShow.map((text) => places(text).some((hidden) => !hidden)),
    mustHide: mustHide.map((text) => {
      const hidden = places(text);
      return hidden.length > 0 && hidden.every(Boolean);
    }),
  };
}

/** Every text node with its text minus whitespace (labels are copied from one text run, GOLD.md). */
function textRuns(root: Element): { node: Node; text: string }[] {
  const runs: { node: Node; text: string }[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) runs.push({ node, text: (node.textContent ?? '').replace(WHITESPACE, '') });
    else if (node.nodeType === 1) {
      for (let child = node.firstChild; child !== null; child = child.nextSibling) stack.push(child);
    }
  }
  return runs;
}
