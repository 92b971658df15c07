/**
 * Issue #10, interrupted work, for real: a build with PDFs is SIGKILLed at several points
 * (after writing a municipality’s HTML but before its cache entry; while Chromium prints;
 * after the first PDFs), and then:
 * - promise: the next build's output equals a clean build's (the cache never vouches for
 *   output it did not produce, also after the YAML is reverted);
 * - promise: no *.tmp is left in out/ (they would be published);
 * - promise: no Chromium of the killed build is left running.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { root, stackTrace } from './helpers.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const date = '2026-11-23';
const cli = join(root, 'dist', 'cli.js');
const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-afbrudt-'));
cpSync(join(root, 'municipalities'), join(workspace, 'municipalities'), { recursive: true });
const randersYaml = join(workspace, 'municipalities', 'randers.yml');
const original = readFileSync(randersYaml, 'utf8');

/** Two of the five (a short and a long one) keep the Chromium work small beside the other test files. */
const chosen = ['broenderslev', 'randers'];
const textOutputs = ['kvalitetsstandard.html', 'compliance.html', 'compliance.json'];
const pdfOutputs = ['kvalitetsstandard.pdf', 'compliance.pdf'];

function build(out: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'build', ...(args.length > 0 ? args : chosen), '--out', out, '--dato', date], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(result.stdout + result.stderr).not.toMatch(stackTrace);
  return result;
}

/** The text outputs of a build (PDFs differ in font subset names between builds; they are checked by poppler). */
function snapshot(out: string): Record<string, string> {
  const files: Record<string, string> = { 'index.html': readFileSync(join(out, 'index.html'), 'utf8') };
  for (const id of chosen) for (const name of textOutputs) files[`${id}/${name}`] = readFileSync(join(out, id, name), 'utf8');
  return files;
}

function temporaryFiles(out: string): string[] {
  return readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
}

/** Every live process below `pid` (a zombie waiting for a reaper counts as gone). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state !== 'Z') parents.set(Number(entry), Number(parent));
    } catch {
      // Gone while we looked.
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, of] of parents) if (of === parent) found.push(child), walk(child);
  };
  walk(pid);
  return found;
}

const alive = (pid: number) => {
  try {
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a build, waits until `ready()` says the point is reached, notes the browser
 * processes under it and SIGKILLs it. Returns those processes.
 */
async function killBuildWhen(out: string, args: string[], ready: (build: number) => boolean): Promise<number[]> {
  const child = spawn(process.execPath, [cli, 'build', ...(args.length > 0 ? args : chosen), '--out', out, '--dato', date], {
    cwd: workspace,
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let browser: number[] = [];
  const deadline = Date.now() + 120_000;
  while (!ready(child.pid!)) {
    if (Date.now() > deadline) throw new Error('the build never reached the point to kill it at');
    if (child.exitCode !== null) throw new Error('the build ended before the point to kill it at');
    browser = descendants(child.pid!);
    await sleep(5);
  }
  browser = [...new Set([...browser, ...descendants(child.pid!)])];
  child.kill('SIGKILL');
  await exited;
  return browser;
}

async function expectGone(pids: number[]): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (pids.some(alive) && Date.now() < deadline) await sleep(100);
  expect(pids.filter(alive)).toEqual([]);
}

function expectLikeCleanBuild(out: string, clean: Record<string, string>): void {
  expect(temporaryFiles(out)).toEqual([]);
  expect(snapshot(out)).toEqual(clean);
  for (const id of chosen) {
    for (const name of pdfOutputs) expect(execFileSync('pdfinfo', [join(out, id, name)], { encoding: 'utf8' })).toMatch(/Pages:\s+[1-9]/);
  }
}

let clean: Record<string, string>;
const reference = join(workspace, 'reference');

beforeAll(() => {
  const result = build(reference);
  expect(result.status).toBe(0);
  clean = snapshot(reference);
});

describe('a build killed with SIGKILL', () => {
  it('after writing HTML from an edit that is then reverted: the next build rebuilds it, never says »uændret« for it', async () => {
    const out = join(workspace, 'fortrudt');
    expect(build(out).status).toBe(0);
    writeFileSync(randersYaml, original.replace(/^titel: .*$/m, 'titel: En redigering, der fortrydes'));
    const html = join(out, 'randers', 'kvalitetsstandard.html');
    // Killed while Chromium prints the edited version: its HTML is written, its cache entry is not.
    const browser = await killBuildWhen(out, ['randers'], () => readFileSync(html, 'utf8').includes('En redigering, der fortrydes'));
    writeFileSync(randersYaml, original);
    await expectGone(browser);
    const next = build(out);
    expect(next.status).toBe(0);
    expect(next.stdout).not.toContain('randers: uændret');
    expectLikeCleanBuild(out, clean);
    expect(build(out).stdout).toContain('Bygget 0 af 2 kommuner');
  });

  for (const [point, ready] of [
    ['after the first municipality’s HTML, while Chromium starts', (out: string, _build: number) => existsSync(join(out, 'broenderslev', 'compliance.json'))],
    [
      'while Chromium prints, before any PDF is written',
      (out: string, build: number) =>
        existsSync(join(out, 'broenderslev', 'kvalitetsstandard.html')) &&
        descendants(build).length > 1 &&
        !existsSync(join(out, 'broenderslev', 'kvalitetsstandard.pdf')),
    ],
    ['after the first PDFs are written', (out: string, _build: number) => existsSync(join(out, 'broenderslev', 'compliance.pdf'))],
  ] as const) {
    it(`${point}: the next build completes it like a clean build, with no *.tmp and no Chromium left`, async () => {
      const out = mkdtempSync(join(workspace, 'afbrudt-'));
      const browser = await killBuildWhen(out, [], (build) => ready(out, build));
      await expectGone(browser);
      const next = build(out);
      expect(next.status).toBe(0);
      expectLikeCleanBuild(out, clean);
    });
  }
});

describe('a build stopped with SIGINT or SIGTERM', () => {
  it('says so in Danish, exits 130 or 143, and leaves no *.tmp or Chromium', async () => {
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      const out = mkdtempSync(join(workspace, 'stoppet-'));
      const child = spawn(process.execPath, [cli, 'build', ...chosen, '--out', out, '--dato', date], {
        cwd: workspace,
        env: { ...process.env, NO_COLOR: '1' },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
      let browser: number[] = [];
      while (browser.length === 0 || !existsSync(join(out, 'randers', 'kvalitetsstandard.html'))) {
        browser = descendants(child.pid!);
        await sleep(5);
      }
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(stderr).toContain('Bygningen blev afbrudt');
      expect(stderr).not.toMatch(stackTrace);
      await expectGone(browser);
      expect(temporaryFiles(out)).toEqual([]);
    }
  });
});

describe('titles with characters that are special in CSS, HTML and PDF', () => {
  it('prints »&« once in the running header and keeps the PDF readable with an unbalanced »(« or »\\« in the title', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-tegn-'));
    const complete = readFileSync(join(root, 'test', 'fixtures', 'complete.yml'), 'utf8');
    const titles: Record<string, string> = {
      og: 'Stof & alkohol',
      parentes: '(Stof ( og alkohol',
      skraastreg: 'Stof \\ alkohol) <b>"fed"</b>',
    };
    for (const [id, title] of Object.entries(titles)) {
      writeFileSync(
        join(dir, `${id}.yml`),
        complete.replace(/^titel: .*$/m, () => `titel: ${JSON.stringify(title)}`),
      );
    }
    const out = join(dir, 'out');
    const result = spawnSync(process.execPath, [cli, 'build', ...Object.keys(titles).map((id) => join(dir, `${id}.yml`)), '--out', out, '--dato', date], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).not.toMatch(stackTrace);
    expect(result.status).toBe(0);
    for (const [id, title] of Object.entries(titles)) {
      const pdf = join(out, id, 'kvalitetsstandard.pdf');
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info.stderr, id).toBe('');
      expect(info.stdout).toContain(`Title:           ${title}`);
      const second = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-'], { encoding: 'utf8' });
      expect(second).toContain(`Testby Kommune · ${title}`);
      expect(second).not.toContain('&amp;');
    }
  });
});
