/**
 * The one place that starts Chromium: Debian's (or PUPPETEER_EXECUTABLE_PATH) where it
 * exists, else the browser Puppeteer downloaded. Flags keep it quiet on a closed network
 * and let it run as root in a container.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'puppeteer';

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

export async function launchBrowser(): Promise<Browser> {
  // Puppeteer's CommonJS build: Node loads its hundreds of files some 40 ms faster than its ES modules.
  const puppeteer = createRequire(import.meta.url)('puppeteer') as typeof import('puppeteer').default;
  const executablePath = chromiumPath();
  // Over a pipe rather than a socket: when this process dies, even by SIGKILL, the pipe
  // closes and Chromium quits, so no browser is left behind.
  // The commands decide what a signal means (a build finishes its writes first); Puppeteer
  // still kills the browser when the process exits.
  return puppeteer.launch({ executablePath, headless: true, pipe: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, args: chromiumArgs });
}
