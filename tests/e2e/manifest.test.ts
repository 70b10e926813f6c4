/**
 * The manifest each browser actually loaded from its build (runtime.getManifest), and the host
 * access it granted: github.com only, with the background each browser supports; and what the build
 * puts into every github.com page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type Browser from 'webextension-polyfill';
import { requireBrowserAndBuild } from '../../scripts/lib/browsers.ts';
import { EXTRACTOR_FILE } from '../../src/messages.ts';
import { targetBrowser } from './harness/index.ts';
import { useBrowser } from './harness/vitest.ts';

const session = useBrowser();

async function loaded(): Promise<{ manifest: Record<string, unknown>; origins: string[] }> {
  return session().inExtension(async () => {
    const api = (globalThis as unknown as { browser: Browser.Browser }).browser;
    return { manifest: api.runtime.getManifest() as unknown as Record<string, unknown>, origins: (await api.permissions.getAll()).origins ?? [] };
  });
}

describe(`the ${targetBrowser()} build as loaded`, () => {
  it('may read and change github.com pages only', async () => {
    const { manifest, origins } = await loaded();
    expect(manifest.host_permissions).toEqual(['https://github.com/*']);
    expect(origins).toEqual(['https://github.com/*']);
  });

  it('asks for no permission beyond storage, the pixel rule and injecting its extractor, and exposes no file to pages', async () => {
    const { manifest } = await loaded();
    expect(manifest.permissions).toEqual(['storage', 'declarativeNetRequest', 'scripting']);
    expect(manifest.web_accessible_resources ?? null).toBeNull();
  });

  it('keeps the extractor and its word lists out of the script every github.com page loads', async () => {
    const { extensionDir } = requireBrowserAndBuild(targetBrowser());
    const built = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
    const scripts = built.content_scripts.flatMap((script) => script.js);
    const pageLoad = scripts.map((file) => readFileSync(join(extensionDir, file), 'utf8')).join('\n');
    const extractor = readFileSync(join(extensionDir, EXTRACTOR_FILE), 'utf8');
    // A name from the people lexicon and a role word: both in the extractor, neither in the page-load script.
    for (const word of ['蓬佩奥', '国务卿']) {
      expect(extractor).toContain(word);
      expect(pageLoad).not.toContain(word);
    }
  });

  const firefox = targetBrowser() === 'firefox';
  it(firefox ? 'runs its background as scripts, with a gecko id, no data collection and Firefox 140+' : 'runs its background as an MV3 service worker', async () => {
    const { manifest } = await loaded();
    const background = manifest.background as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    if (!firefox) {
      expect(background.service_worker).toEqual(expect.any(String));
      expect(manifest).not.toHaveProperty('browser_specific_settings');
      return;
    }
    expect(background.scripts).toEqual([expect.any(String)]);
    expect(background.service_worker ?? null).toBeNull(); // Firefox lists unused keys as null
    expect(manifest.browser_specific_settings).toMatchObject({
      gecko: { id: expect.stringMatching(/@/), strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
  });
});
