/**
 * The one place that starts Chromium: Debian's (or PUPPETEER_EXECUTABLE_PATH) where it
 * exists, else the browser Puppeteer downloaded. Flags keep it quiet on a closed network
 * and let it run as root in a container.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, PuppeteerNode } from 'puppeteer';
import { fromModuleBundle } from './bundled.js';

const knownPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--font-render-hinting=none',
];

/** The user's PUPPETEER_EXECUTABLE_PATH as given, else a system browser, else Puppeteer's own. */
export function chromiumPath(): string | undefined {
  return process.env.PUPPETEER_EXECUTABLE_PATH || knownPaths.find((path) => existsSync(path));
}

/**
 * Puppeteer for a browser at `executablePath`: its core (src/puppeteer-core.ts), from its bundle
 * where there is one; without a path, all of Puppeteer, which knows where it downloaded its own.
 */
async function puppeteerFor(executablePath: string | undefined): Promise<PuppeteerNode> {
  if (executablePath === undefined) return createRequire(import.meta.url)('puppeteer') as PuppeteerNode;
  const bundled = fromModuleBundle(new URL('.', import.meta.url), 'puppeteer-core.js') as { puppeteerCore: PuppeteerNode } | undefined;
  return (bundled ?? (await import('./puppeteer-core.js'))).puppeteerCore;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  const puppeteer = await puppeteerFor(executablePath);
  // Over a pipe rather than a socket: when this process dies, even by SIGKILL, the pipe
  // closes and Chromium quits, so no browser is left behind.
  // The commands decide what a signal means (a build finishes its writes first); Puppeteer
  // still kills the browser when the process exits.
  return puppeteer.launch({ executablePath, headless: true, pipe: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, args: chromiumArgs });
}
