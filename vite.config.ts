import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { EXTRACTOR_FILE } from './src/messages.ts';

type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'mirror-reader@mirror-reader.dev';

/** One manifest.json; Firefox gets background scripts and its gecko settings (toolchain.md §1.2, §2.1). */
export function manifestFor(target: Target): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown>;
  if (target === 'firefox') {
    manifest.background = { scripts: [baseManifest.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

const BROWSER_TARGETS = ['chrome120', 'firefox140'];

/**
 * Builds the on-demand extractor (src/content/extractor.ts), which the background injects with
 * scripting.executeScript, as one self-contained IIFE beside the crxjs output. Not through crxjs's `?script`
 * import: that also lists the file as web-accessible to every site, which executeScript does not need and
 * which would let any page detect the extension.
 */
function extractorBundle(outDir: string): Plugin {
  return {
    name: 'mirror-reader:extractor',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          minify: true,
          target: BROWSER_TARGETS,
          lib: { entry: resolve(import.meta.dirname, 'src/content/extractor.ts'), formats: ['iife'], name: 'mirrorReaderExtractor', fileName: () => EXTRACTOR_FILE },
        },
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(target), browser: target }), extractorBundle(`dist/${target}`)],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // The content script is injected into every github.com page, so it is minified (`npm run bench`
      // reports its gzipped size); AMO reviewers get the TypeScript sources and `npm run build`.
      minify: true,
      sourcemap: false,
      target: BROWSER_TARGETS,
    },
  };
});
