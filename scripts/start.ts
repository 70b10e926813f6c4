/**
 * `npm start`: builds both extensions, then shows Mirror Reader on the bundled demo article
 * (scripts/demo/), served at a github.com URL by request interception — no network needed.
 * With $DISPLAY: Chromium opens headed with the extension on the demo page; closing it ends the run.
 * Without: headless; writes before/after screenshots (clean mode off, then on) and the exported
 * article JSON — what the popup gets from the content script — to out/, and prints their paths.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ChromiumSession } from '../tests/e2e/harness/chromium.ts';
import type { BrowserSession } from '../tests/e2e/harness/session.ts';
import { DEMO_QR_PNG, DEMO_QR_URL, DEMO_URL, demoImage, demoMarkdown } from './demo/demo.ts';
import { ensureBrowsers, REPO_ROOT } from './lib/browsers.ts';

const OUT_DIR = resolve(REPO_ROOT, 'out');
const SCREENSHOTS = { off: resolve(OUT_DIR, 'demo-clean-off.png'), on: resolve(OUT_DIR, 'demo-clean-on.png') };
const ARTICLE_JSON = resolve(OUT_DIR, 'demo-article.json');

async function main(): Promise<void> {
  ensureBrowsers(); // a fresh Debian machine: apt-get them as root, else stop with the command to run
  const build = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed; nothing to show.');

  const headed = Boolean(process.env.DISPLAY);
  const session = await ChromiumSession.launch({ headed, camoImage: demoImage, viewport: { width: 1280, height: 900 } });
  session.servePage(DEMO_URL, demoMarkdown());
  session.serve(DEMO_QR_URL, DEMO_QR_PNG, 'image/png');
  if (headed) {
    await session.open(DEMO_URL);
    console.log(`Mirror Reader is running on the demo article:\n  ${DEMO_URL}\nClose the browser window to quit.`);
    await session.closed();
    return;
  }
  try {
    await writeSnapshots(session);
  } finally {
    await session.close();
  }
}

async function writeSnapshots(session: BrowserSession): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const page = await session.open(DEMO_URL);
  for (const clean of [false, true]) {
    await session.setSettings({ clean });
    const state = clean ? 'on' : 'off';
    await page.waitFor((expected) => document.documentElement.getAttribute('data-mr-clean') === expected, state);
    await page.screenshot(SCREENSHOTS[state], { fullPage: true });
  }
  const article = await session.getArticle(DEMO_URL);
  writeFileSync(ARTICLE_JSON, `${JSON.stringify(article, null, 2)}\n`);

  console.log(`Demo article ${DEMO_URL} (headless: no $DISPLAY)`);
  console.log(`  clean mode off: ${relative(process.cwd(), SCREENSHOTS.off)}`);
  console.log(`  clean mode on:  ${relative(process.cwd(), SCREENSHOTS.on)}`);
  console.log(`  exported JSON:  ${relative(process.cwd(), ARTICLE_JSON)}`);
  if (!article) console.warn('  warning: the content script found no article on the demo page (the JSON is null)');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
