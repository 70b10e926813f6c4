/**
 * `npm run eval [-- --json] [-- --verbose]`: scores the extractor on the labelled corpus
 * (../shared/corpus/gold) exactly as ../shared/docs/article-json.md defines, and prints a table
 * (or, with --json, one JSON object). --verbose lists the files that miss each metric. Exits 0.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractMarkdown } from './lib/pipeline.ts';
import { checkClean, scoreResults, type GoldLabel, type LabelledResult, type Ratio, type Scores } from './lib/score.ts';

const DEFAULT_SHARED_DIR = resolve(import.meta.dirname, '../../shared');

/** Extracts every labelled corpus file, rendered at its mirror's blob URL (MANIFEST.tsv repo + path, ref master). */
export function evaluateCorpus(sharedDir: string = DEFAULT_SHARED_DIR): LabelledResult[] {
  const corpusDir = join(sharedDir, 'corpus');
  const places = manifest(corpusDir);
  return goldFiles(join(corpusDir, 'gold')).map((goldPath) => {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldLabel;
    const place = places.get(gold.file);
    if (place === undefined) throw new Error(`${relative(corpusDir, goldPath)}: ${gold.file} is not in MANIFEST.tsv`);
    const url = `https://github.com/${place.repo}/blob/master/${place.path.split('/').map(encodeURIComponent).join('/')}`;
    const { article, classified } = extractMarkdown(readFileSync(join(corpusDir, gold.file), 'utf8'), url);
    return { gold, article, clean: checkClean(classified, gold) };
  });
}

function manifest(corpusDir: string): Map<string, { repo: string; path: string }> {
  const rows = readFileSync(join(corpusDir, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1);
  const places = new Map<string, { repo: string; path: string }>();
  for (const row of rows) {
    const [file, repo, path] = row.split('\t');
    if (file && repo && path) places.set(file, { repo, path });
  }
  return places;
}

function goldFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

// ---------------------------------------------------------------------------------------------
// Report

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`.padStart(7);
const decimal = (value: number): string => value.toFixed(3);

export function formatScores(scores: Scores, verbose: boolean): string {
  const rows: [string, string, string][] = [];
  const failures: [string, string[]][] = [];
  const ratio = (name: string, value: Ratio, note = ''): void => {
    rows.push([name, percent(value.share), `${value.right}/${value.total}${note}`]);
    failures.push([name, value.failures]);
  };
  const { detection, people, figures } = scores;
  ratio('detection: articles', detection.articles);
  ratio('detection: negatives', detection.negatives, `  (${detection.falsePositives} false positives)`);
  ratio('title', scores.title);
  ratio('date', scores.date);
  ratio('editor', scores.editor);
  ratio('originalUrl', scores.originalUrl);
  ratio('dateline outlet', scores.outlet);
  ratio('dateline reporters', scores.reporters);
  rows.push(['people (macro)', decimal(people.macro.f1).padStart(7), `P ${decimal(people.macro.precision)}  R ${decimal(people.macro.recall)}  F1 over ${people.articles} articles`]);
  rows.push(['people (micro)', decimal(people.micro.f1).padStart(7), `P ${decimal(people.micro.precision)}  R ${decimal(people.micro.recall)}  (${people.matched} matched, ${people.predicted} predicted, ${people.gold} gold)`]);
  rows.push(['figures precision', percent(figures.precision), `${figures.matched}/${figures.predicted}`]);
  rows.push(['figures recall', percent(figures.recall), `${figures.matched}/${figures.gold}`]);
  ratio('figure count exact', figures.countExact);
  ratio('figure captions', figures.captions);
  ratio('figure credits (extra)', figures.credits);
  ratio('figure lead flag (extra)', figures.lead);
  ratio('clean: mustShow shown', scores.clean.mustShow);
  ratio('clean: mustHide hidden', scores.clean.mustHide);

  const width = Math.max(...rows.map(([name]) => name.length));
  const lines = [
    `Mirror Reader corpus evaluation: ${scores.files} labelled files (${detection.articles.total} articles, ${detection.negatives.total} negatives)`,
    '',
    ...rows.map(([name, score, detail]) => `${name.padEnd(width)}  ${score}  ${detail}`),
  ];
  if (verbose) {
    for (const [name, misses] of failures) {
      if (misses.length === 0) continue;
      lines.push('', `${name}: ${misses.length} missed`, ...misses.map((miss) => `  ${miss}`));
    }
  }
  return lines.join('\n');
}

function main(argv: string[]): void {
  if (argv.includes('--help')) {
    console.log('Usage: npm run eval [-- --json] [-- --verbose]\n  --json     print the scores as one JSON object\n  --verbose  list the files that miss each metric');
    return;
  }
  const scores = scoreResults(evaluateCorpus());
  console.log(argv.includes('--json') ? JSON.stringify(scores, null, 2) : formatScores(scores, argv.includes('--verbose')));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
