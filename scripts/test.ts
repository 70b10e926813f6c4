/**
 * `npm test`: every check the project has, in order — typecheck, unit + corpus tests, both builds,
 * `web-ext lint` of the Firefox build, then the real-browser tests in Chromium and in Firefox.
 * Missing browsers are installed with apt-get when running as root; otherwise the run stops with the
 * command to run. Prints a line per stage and ends with `N passed, N failed, N skipped` over all
 * stages (a typecheck, a build or the lint counts as one check). Exit code 1 on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BROWSER_NAMES, ensureBrowsers, REPO_ROOT } from './lib/browsers.ts';

interface StageResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  /** Names of the tests that skipped themselves (each says why in its output), listed under the summary. */
  skippedTests?: string[];
  seconds: number;
  note: string;
}

const STAGE_TIMEOUT_MS = 20 * 60_000;
const VITEST = resolve(REPO_ROOT, 'node_modules/vitest/vitest.mjs');
const WEB_EXT = resolve(REPO_ROOT, 'node_modules/web-ext/bin/web-ext.js');
const reportDir = mkdtempSync(join(tmpdir(), 'mirror-reader-test-'));
const results: StageResult[] = [];

function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; quiet?: boolean } = {}): { ok: boolean; stdout: string } {
  const result = spawnSync(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: options.quiet ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    timeout: STAGE_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) console.error(`${command} ${args.join(' ')}: ${result.error.message}`);
  return { ok: result.status === 0, stdout: result.stdout ?? '' };
}

function stage(name: string, body: () => Omit<StageResult, 'name' | 'seconds'>): StageResult {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const result = { name, ...body(), seconds: (Date.now() - started) / 1000 };
  results.push(result);
  const verdict = result.failed > 0 ? 'FAILED' : 'ok';
  console.log(`━━ ${name}: ${verdict} — ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped${result.note ? ` (${result.note})` : ''} in ${result.seconds.toFixed(1)}s`);
  return result;
}

/** A single pass/fail check (typecheck, build). */
function check(ok: boolean, note = ''): Omit<StageResult, 'name' | 'seconds'> {
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, note };
}

/** A vitest run, counted from its JSON report. */
function vitest(reportName: string, args: string[]): Omit<StageResult, 'name' | 'seconds'> {
  const report = join(reportDir, `${reportName}.json`);
  const { ok } = run(process.execPath, [VITEST, 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) return check(false, 'vitest wrote no report');
  const counts = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults?: { assertionResults?: { fullName: string; status: string }[] }[];
  };
  // Failures outside any test (a file that does not load, a crashed hook) count as one failed check.
  const failed = counts.numFailedTests + (!ok && counts.numFailedTests === 0 ? 1 : 0);
  const skippedTests = (counts.testResults ?? []).flatMap((file) => (file.assertionResults ?? []).filter((test) => test.status === 'skipped' || test.status === 'pending' || test.status === 'todo').map((test) => test.fullName));
  return {
    passed: counts.numPassedTests,
    failed,
    skipped: counts.numPendingTests + counts.numTodoTests,
    skippedTests,
    note: failed > counts.numFailedTests ? 'vitest failed outside tests' : '',
  };
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}
interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

function lintFirefox(): Omit<StageResult, 'name' | 'seconds'> {
  const { stdout } = run(process.execPath, [WEB_EXT, 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-input'], { quiet: true });
  let report: LintReport;
  try {
    report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
  } catch {
    console.log(stdout);
    return check(false, 'unreadable web-ext output');
  }
  const show = (kind: string, item: LintMessage): void =>
    console.log(`  ${kind} ${item.code}: ${item.message}${item.file ? ` (${item.file}${item.line ? `:${item.line}` : ''})` : ''}`);
  for (const error of report.errors) show('error', error);
  for (const warning of report.warnings) show('warning', warning);
  const { errors, warnings, notices } = report.summary;
  return check(errors === 0, `${errors} errors, ${warnings} warnings, ${notices} notices`);
}

function main(): number {
  try {
    ensureBrowsers();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }

  stage('typecheck', () => check(run(process.execPath, [resolve(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json']).ok));
  stage('unit + corpus tests', () => vitest('unit', []));
  const builds = (['chrome', 'firefox'] as const).map((target) => stage(`build ${target}`, () => check(run('npm', ['run', `build:${target}`]).ok)));
  if (builds.every((build) => build.failed === 0)) {
    stage('web-ext lint (dist/firefox)', lintFirefox);
    for (const browser of BROWSER_NAMES) {
      stage(`e2e ${browser}`, () => vitest(`e2e-${browser}`, ['-c', 'tests/e2e/vitest.config.ts', '--project', browser]));
    }
  } else {
    console.log('\nA build failed: lint and browser tests not run.');
  }

  printSummary();
  rmSync(reportDir, { recursive: true, force: true });
  return results.some((result) => result.failed > 0) ? 1 : 0;
}

function printSummary(): void {
  const total = { passed: 0, failed: 0, skipped: 0 };
  console.log('\nStage                          Result   Passed  Failed  Skipped     Time');
  for (const result of results) {
    total.passed += result.passed;
    total.failed += result.failed;
    total.skipped += result.skipped;
    const verdict = result.failed > 0 ? 'FAILED' : 'ok';
    console.log(
      `${result.name.padEnd(30)} ${verdict.padEnd(6)} ${String(result.passed).padStart(8)} ${String(result.failed).padStart(7)} ${String(result.skipped).padStart(8)} ${`${result.seconds.toFixed(1)}s`.padStart(8)}`,
    );
  }
  const totalSeconds = results.reduce((sum, result) => sum + result.seconds, 0);
  console.log(`Total time ${(totalSeconds / 60).toFixed(1)} min`);
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  for (const result of results) for (const name of result.skippedTests ?? []) console.log(`skipped in ${result.name}: ${name}`);
}

process.exitCode = main();
