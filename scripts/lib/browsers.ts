/**
 * The browsers the extension is tested and demonstrated in: where their binaries are, how to get
 * them on a machine that has neither, and how to launch them on a closed network
 * (`../shared/docs/toolchain.md` §3). Test tools cannot download their own browsers here, so these
 * are Debian's `chromium` and `firefox-esr`; CHROMIUM_PATH / FIREFOX_PATH point elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

interface BrowserInstall {
  /** Environment variable that overrides the binary. */
  envVar: string;
  defaultPath: string;
  aptPackage: string;
  /** The extension build loaded into this browser. */
  dist: string;
}

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export const BROWSERS: Record<BrowserName, BrowserInstall> = {
  chromium: { envVar: 'CHROMIUM_PATH', defaultPath: '/usr/bin/chromium', aptPackage: 'chromium', dist: resolve(REPO_ROOT, 'dist/chrome') },
  firefox: { envVar: 'FIREFOX_PATH', defaultPath: '/usr/bin/firefox-esr', aptPackage: 'firefox-esr', dist: resolve(REPO_ROOT, 'dist/firefox') },
};

export function browserPath(name: BrowserName): string {
  return process.env[BROWSERS[name].envVar] || BROWSERS[name].defaultPath;
}

/**
 * Chromium flags for a closed network: without the background-networking flags Chromium keeps
 * opening connections the network refuses; `--no-sandbox` because CI runs as root.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumExtensionArgs(extensionDir: string): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}

/** Firefox refuses to navigate to moz-extension:// pages under automation without this flag (Firefox 153+). */
export const FIREFOX_ARGS = ['--remote-allow-system-access'];

/** Browsers whose binary is absent. */
export function missingBrowsers(): BrowserName[] {
  return BROWSER_NAMES.filter((name) => !existsSync(browserPath(name)));
}

export function aptInstallCommand(names: readonly BrowserName[]): string {
  const packages = names.map((name) => BROWSERS[name].aptPackage).join(' ');
  return `apt-get update && apt-get install -y ${packages}`;
}

/**
 * Makes sure both browsers exist: installs the missing ones with apt-get when running as root,
 * otherwise throws with the exact command to run. A binary set through CHROMIUM_PATH/FIREFOX_PATH
 * is never installed over.
 */
export function ensureBrowsers(log: (line: string) => void = console.log): void {
  const missing = missingBrowsers();
  if (missing.length === 0) return;
  const overridden = missing.filter((name) => process.env[BROWSERS[name].envVar]);
  if (overridden.length > 0) {
    const detail = overridden.map((name) => `${BROWSERS[name].envVar}=${browserPath(name)}`).join(', ');
    throw new Error(`Browser binary not found: ${detail}. Fix the path or unset the variable.`);
  }
  const command = aptInstallCommand(missing);
  const canInstall = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!canInstall) {
    throw new Error(`Missing ${missing.join(' and ')}. Install with:\n  sudo sh -c '${command}'\nor set ${missing.map((name) => BROWSERS[name].envVar).join(' / ')}.`);
  }
  log(`Installing ${missing.join(' and ')}: ${command}`);
  const result = spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const stillMissing = missingBrowsers();
  if (result.status !== 0 || stillMissing.length > 0) {
    throw new Error(`apt-get could not install ${stillMissing.join(' and ') || missing.join(' and ')} (exit ${result.status}). Run: ${command}`);
  }
}

/** Fails early, with the command that fixes it, when a build or browser a run needs is missing. */
export function requireBrowserAndBuild(name: BrowserName): { executablePath: string; extensionDir: string } {
  const executablePath = browserPath(name);
  if (!existsSync(executablePath)) {
    throw new Error(`${name} not found at ${executablePath}: run \`${aptInstallCommand([name])}\` or set ${BROWSERS[name].envVar}.`);
  }
  const extensionDir = BROWSERS[name].dist;
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir}/manifest.json not found: run \`npm run build\` first.`);
  }
  return { executablePath, extensionDir };
}
