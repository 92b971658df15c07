/**
 * Issue #10, "Hard to break": each describe names the promise it guards, and each case is
 * an attack or an accident from the issue, with variants of our own. Everything runs the
 * built CLI as a user would (no Chromium here; see hardening-interrupt.test.ts for killed
 * builds and their browsers).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { maxDiagnosticsPerFile } from '../src/diagnostics/diagnostic.js';
import { municipalityId, municipalityIds, readBounded, slugify } from '../src/files.js';
import { loadFile, parseSource } from '../src/load.js';
import { markdownLimits, markdownProblem } from '../src/markdown-limits.js';
import { markdownToHtml } from '../src/render/markdown.js';
import { frameWidth } from '../src/report/diagnostics.js';
import { validateLoaded } from '../src/validate.js';
import { fixtures, root, stackTrace, type CliRun } from './helpers.js';

// Each case spawns the CLI several times on a shared machine.
vi.setConfig({ testTimeout: 60_000 });

const date = '2026-11-23';
const cli = join(root, 'dist', 'cli.js');
const small = readFileSync(join(fixtures, 'complete.yml'), 'utf8');

/** The CLI with a time limit: a read that hangs (a FIFO, /dev/zero) fails the test instead of the suite. */
function run(args: string[], cwd: string, timeout = 60_000): CliRun & { ms: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', timeout });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

/** A project folder with the given municipality files (name → YAML text). */
function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-haerdning-'));
  mkdirSync(join(dir, 'municipalities'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'municipalities', name), text);
  return dir;
}

/** The user-facing promise for every run: Danish, no stack trace, never the "bug" exit code for bad input. */
function expectClean(result: CliRun, status: number): void {
  expect(result.stdout + result.stderr).not.toMatch(stackTrace);
  expect(result.stderr).not.toContain('uventet fejl');
  expect(result.status).toBe(status);
}

/** The file with one more appendix whose text is `text`. */
const withText = (yaml: string, text: string) => `${yaml}\nbilag:\n  - noegle: proeve\n    overskrift: Prøve\n    tekst: ${JSON.stringify(text)}\n`;

/** Every file under `dir` with its content, to show that a refused command touched nothing. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((name) => [name, statSync(join(dir, name)).isFile() ? readFileSync(join(dir, name), 'utf8') : '(mappe)']),
  );
}

describe('promise: build and diff never write among the YAML files they read (--out)', () => {
  const refused = (dir: string, args: string[], expected: string) => {
    const before = snapshot(dir);
    const result = run([...args, '--dato', date, '--uden-pdf'], dir);
    expectClean(result, 2);
    expect(result.stderr).toContain(expected);
    expect(snapshot(dir)).toEqual(before);
    return result.stderr;
  };
  const sameFolder = 'Mappen »municipalities« er selv mappen med kommunefilerne.';
  it.each<[string, string[], string]>([
    ['the folder itself (the issue’s case)', ['build', '--out', 'municipalities'], sameFolder],
    [
      'the folder with a slash, and the kommune named',
      ['build', 'god', '--out', 'municipalities/'],
      'Mappen »municipalities/« er selv mappen med kommunefilerne.',
    ],
    ['a folder inside it', ['build', '--out', './municipalities/ud'], 'Mappen »./municipalities/ud« ligger i »municipalities«, hvor kommunefilerne ligger.'],
    ['a file in it', ['build', '--out', 'municipalities/god.yml'], 'Mappen »municipalities/god.yml« ligger i »municipalities«'],
    ['the folder through a link', ['build', '--out', 'genvej/ud'], 'Mappen »genvej/ud« ligger i »municipalities«'],
    ['the folder of a file given from elsewhere', ['build', 'kladder/god.yml', '--out', 'kladder'], 'Mappen »kladder« er selv mappen med kommunefilerne.'],
    [
      'a folder whose kommune folder holds the file',
      ['build', 'god/god.yml', '--out', '.'],
      'Kommunefilerne i »god« ligger i mappen »god«, som kommandoen skriver i.',
    ],
    ['diff’s --out (a variant)', ['diff', 'god', '--fra', 'kladder/god.yml', '--out', 'municipalities'], sameFolder],
  ])('refuses %s in Danish, exit 2, and writes nothing', (_what, args, expected) => {
    const dir = workspace({ 'god.yml': small });
    for (const folder of ['kladder', 'god']) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, 'god.yml'), small);
    }
    symlinkSync('municipalities', join(dir, 'genvej'));
    expect(refused(dir, args, expected)).toContain('Vælg en mappe ved siden af, fx --out out.');
  });

  it('refuses an empty --out as a missing value', () => {
    const dir = workspace({ 'god.yml': small });
    refused(dir, ['build', '--out', ''], 'Tilvalget »--out« skal have en værdi, fx --out out.');
  });

  it('builds into a folder beside the files, into the folder above them, and into a folder in a draft’s folder', () => {
    const dir = workspace({ 'god.yml': small });
    mkdirSync(join(dir, 'kladder'));
    writeFileSync(join(dir, 'kladder', 'kladde.yml'), small);
    expectClean(run(['build', 'kladder/kladde.yml', '--out', 'kladder/ud', '--dato', date, '--uden-pdf', '--stille'], dir), 0);
    expect(existsSync(join(dir, 'kladder', 'ud', 'kladde', 'kvalitetsstandard.html'))).toBe(true);
    expectClean(run(['build', '--out', 'ud', '--dato', date, '--uden-pdf', '--stille'], dir), 0);
    expectClean(run(['build', '--out', '.', '--dato', date, '--uden-pdf', '--stille'], dir), 0);
    expect(existsSync(join(dir, 'god', 'kvalitetsstandard.html'))).toBe(true);
    expect(readdirSync(join(dir, 'municipalities'))).toEqual(['god.yml']);
  });
});

describe('promise: a build removes only the temporary files of its own that a killed build left', () => {
  it('leaves a user’s files in the output folder alone, whatever they are called', () => {
    const dir = workspace({ 'god.yml': small });
    const out = join(dir, 'out');
    mkdirSync(join(out, 'arkiv'), { recursive: true });
    // A process that has ended: its id is no running build's.
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const users = ['noter.2024.12.tmp', `arkiv/budget.${ended}.2.tmp`, 'arkiv/x.1.1.tmp'];
    for (const name of users) writeFileSync(join(out, name), 'vigtigt');
    const stale = join(out, 'arkiv', `index.html.${ended}.3.kvalitetsstandard.tmp`);
    writeFileSync(stale, 'halvt skrevet');
    expectClean(run(['build', '--out', out, '--dato', date, '--uden-pdf'], dir), 0);
    for (const name of users) expect(readFileSync(join(out, name), 'utf8'), name).toBe('vigtigt');
    expect(existsSync(stale)).toBe(false);
  });
});

describe('promise: every name that becomes a path or a URL is a safe slug, and no two files share one', () => {
  it('refuses unsafe file names with a Danish message and builds the others (the issue’s examples and variants)', () => {
    const names = ['javascript:alert(document.domain).yml', 'index.html.yml', '...yml', 'Randers.yml', 'a b.yml', '-x.yml', 'æblegård.yml'];
    const dir = workspace(Object.fromEntries([...names, 'god.yml'].map((name) => [name, small])));
    const out = join(dir, 'site', 'out');
    const result = run(['build', '--out', out, '--dato', date, '--uden-pdf'], dir);
    expectClean(result, 1);
    for (const name of names) expect(result.stderr).toContain(`»municipalities/${name}«: filnavnet kan ikke bruges som mappe i out/`);
    // validate says the same before anything is built.
    const validate = run(['validate'], dir);
    expectClean(validate, 1);
    for (const name of names) expect(validate.stdout).toContain(`»municipalities/${name}«: filnavnet kan ikke bruges`);
    expect(validate.stdout).toContain('god.yml: gyldig');
    expect(result.stderr).toContain('Omdøb filen til »javascript-alert-document-domain.yml«');
    expect(result.stderr).toContain('Omdøb filen til »aeblegaard.yml«');
    // Only the safe one has a folder; index.html is a file; nothing was written beside out/.
    expect(readdirSync(out).sort()).toEqual(['.kvalitetsstandard-cache.json', 'god', 'index.html']);
    expect(statSync(join(out, 'index.html')).isFile()).toBe(true);
    expect(readdirSync(join(dir, 'site'))).toEqual(['out']);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).not.toMatch(/href="javascript:/i);
    expect(index).toContain('href="god/kvalitetsstandard.html"');
  });

  it('refuses x.yml and x.yaml together: neither silently overwrites the other', () => {
    const dir = workspace({ 'x.yml': small, 'x.yaml': small.replace('Testby', 'Andenby'), 'y.yml': small });
    const out = join(dir, 'out');
    const result = run(['build', '--out', out, '--dato', date, '--uden-pdf'], dir);
    expectClean(result, 1);
    expect(result.stderr).toContain('ville begge blive bygget til mappen »x/«');
    expect(run(['validate'], dir).stdout.match(/ville begge blive bygget/g)).toHaveLength(2);
    expect(existsSync(join(out, 'x'))).toBe(false);
    expect(existsSync(join(out, 'y', 'kvalitetsstandard.html'))).toBe(true);
  });

  it('lists a municipality once however it is named on the command line', () => {
    const dir = workspace({ 'a.yml': small, 'b.yml': small.replace('Testby', 'Andenby') });
    const out = join(dir, 'out');
    for (const args of [['./municipalities/a.yml'], ['a', 'municipalities/a.yml'], [join(dir, 'municipalities', 'a.yml'), 'a']]) {
      const result = run(['build', ...args, '--out', out, '--dato', date, '--uden-pdf'], dir);
      expectClean(result, 0);
      const index = readFileSync(join(out, 'index.html'), 'utf8');
      expect(index.match(/href="a\/kvalitetsstandard\.html"/g)).toHaveLength(1);
      expect(index.match(/href="b\/kvalitetsstandard\.html"/g)).toHaveLength(1);
    }
  });

  it('derives every id through one function that admits only safe slugs', () => {
    for (const safe of ['randers', 'ikast-brande', 'aeroe', 'x1']) expect(municipalityId(`municipalities/${safe}.yml`)).toBe(safe);
    for (const unsafe of ['..', '.', 'index.html', 'javascript:x', 'A', 'a--', '-a', 'a b', '', 'ø']) {
      expect(() => municipalityId(`m/${unsafe}.yml`), unsafe).toThrow();
    }
    expect(slugify('Høje-Taastrup Kommune')).toBe('hoeje-taastrup');
    expect(municipalityIds(['m/a.yml', 'n/a.yaml', 'm/b.yml']).refused.map((problem) => problem.code)).toEqual(['filnavn-kollision', 'filnavn-kollision']);
  });
});

describe('promise: every input is a bounded regular file, and a logo stays in its municipality’s folder', () => {
  it('reads a file whole whatever size it claims, and refuses it once it passes the limit', () => {
    // /proc/version says it is empty: the buffer grows with what is read, up to the limit.
    const claimed = readFileSync('/proc/version');
    const whole = readBounded('/proc/version', { maxBytes: 1024 * 1024 });
    expect(whole.ok && Buffer.from(whole.bytes).equals(claimed)).toBe(true);
    for (const maxBytes of [claimed.length, claimed.length - 1, 3]) {
      const read = readBounded('/proc/version', { maxBytes });
      expect(read.ok ? 'ok' : read.code, String(maxBytes)).toBe(maxBytes >= claimed.length ? 'ok' : 'fil-for-stor');
    }
    // A file read as it says it is: exactly its bytes, also at the limit.
    const dir = workspace({ 'a.yml': small });
    const file = join(dir, 'municipalities', 'a.yml');
    const exact = readBounded(file, { maxBytes: Buffer.byteLength(small) });
    expect(exact.ok && exact.bytes.toString('utf8')).toBe(small);
  });

  it('refuses a FIFO, a symlink to /dev/zero, out of the folder or to nothing as a municipality file, at once', () => {
    const dir = workspace({ 'god.yml': small });
    const folder = join(dir, 'municipalities');
    execFileSync('mkfifo', [join(folder, 'fifo.yml')]);
    symlinkSync('/dev/zero', join(folder, 'nul.yml'));
    writeFileSync(join(dir, 'udenfor.yml'), small);
    symlinkSync(join(dir, 'udenfor.yml'), join(folder, 'link.yml'));
    symlinkSync('loekke.yml', join(folder, 'loekke.yml'));
    symlinkSync('flyttet.yml', join(folder, 'forsvundet.yml'));
    const result = run(['validate'], dir, 20_000);
    expectClean(result, 1);
    expect(result.ms).toBeLessThan(15_000);
    expect(result.stdout).toMatch(/fifo\.yml {2}fejl {2}Det er ikke en almindelig fil/);
    expect(result.stdout).toMatch(/nul\.yml {2}fejl {2}Det er ikke en almindelig fil/);
    expect(result.stdout).toMatch(/link\.yml {2}fejl {2}Filen er et link, der peger uden for mappen/);
    expect(result.stdout).toMatch(/loekke\.yml {2}fejl {2}Filen er et link, der peger på sig selv/);
    // A link whose target is gone is said to be one, not a misspelt name.
    expect(result.stdout).toMatch(/forsvundet\.yml {2}fejl {2}Filen er et link til »flyttet\.yml«, som ikke findes/);
    expect(result.stdout).toContain('god.yml: gyldig');
    // build and check say the same and build the good one.
    const build = run(['build', '--out', join(dir, 'out'), '--dato', date, '--uden-pdf'], dir, 30_000);
    expectClean(build, 1);
    expect(existsSync(join(dir, 'out', 'god', 'kvalitetsstandard.html'))).toBe(true);
  });

  it('never reads more than the cap, whatever size a file claims', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-stor-'));
    const file = join(dir, 'stor.yml');
    writeFileSync(file, '');
    truncateSync(file, 450 * 1024 * 1024);
    expect(readBounded(file, { maxBytes: 1024 })).toMatchObject({ ok: false, code: 'fil-for-stor' });
    expect(readBounded('/proc/self/status', { maxBytes: 16 })).toMatchObject({ ok: false, code: 'fil-for-stor' });
    expect(readBounded(dir, { maxBytes: 16 })).toMatchObject({ ok: false, code: 'fil-er-mappe' });
  });

  it('gives a logo the same verdict in validate and build: outside the folder, a FIFO, a device, a folder or too large', () => {
    const outside = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-hemmelig-'));
    writeFileSync(join(outside, 'hemmelig.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><text>hemmelig</text></svg>');
    const logos: Record<string, (folder: string) => string> = {
      absolut: () => join(outside, 'hemmelig.svg'),
      opad: () => '../hemmelig.svg',
      link: (folder) => (symlinkSync(join(outside, 'hemmelig.svg'), join(folder, 'link.svg')), 'link.svg'),
      fifo: (folder) => (execFileSync('mkfifo', [join(folder, 'fifo.svg')]), 'fifo.svg'),
      nul: (folder) => (symlinkSync('/dev/zero', join(folder, 'nul.png')), 'nul.png'),
      mappe: (folder) => (mkdirSync(join(folder, 'mappe.svg')), 'mappe.svg'),
      stor: (folder) => (writeFileSync(join(folder, 'stor.png'), ''), truncateSync(join(folder, 'stor.png'), 450 * 1024 * 1024), 'stor.png'),
      lidt_for_stor: (folder) => (writeFileSync(join(folder, 'lidt.png'), Buffer.alloc(1024 * 1024 + 1)), 'lidt.png'),
    };
    const dir = workspace({ 'god.yml': small });
    writeFileSync(join(dir, 'hemmelig.svg'), '<svg/>');
    const folder = join(dir, 'municipalities');
    for (const [name, make] of Object.entries(logos)) {
      writeFileSync(
        join(folder, `${name.replace(/_/g, '-')}.yml`),
        small.replace('praesentation:\n', `praesentation:\n  logo: ${JSON.stringify(make(folder))}\n`),
      );
    }
    const validate = run(['validate', '--format', 'json'], dir, 30_000);
    expectClean(validate, 1);
    const verdicts = Object.fromEntries(
      (JSON.parse(validate.stdout) as { fil: string; fejl: { kode: string; linje: number }[] }[]).map((report) => [
        report.fil,
        report.fejl.map((error) => error.kode),
      ]),
    );
    expect(verdicts).toEqual({
      'municipalities/absolut.yml': ['logo-uden-for-mappe'],
      'municipalities/fifo.yml': ['logo-kan-ikke-bruges'],
      'municipalities/god.yml': [],
      'municipalities/lidt-for-stor.yml': ['logo-kan-ikke-bruges'],
      'municipalities/link.yml': ['logo-kan-ikke-bruges'],
      'municipalities/mappe.yml': ['logo-kan-ikke-bruges'],
      'municipalities/nul.yml': ['logo-kan-ikke-bruges'],
      'municipalities/opad.yml': ['logo-uden-for-mappe'],
      'municipalities/stor.yml': ['logo-kan-ikke-bruges'],
    });
    const build = run(['build', '--out', join(dir, 'out'), '--dato', date, '--uden-pdf'], dir, 60_000);
    expectClean(build, 1);
    expect(readdirSync(join(dir, 'out')).filter((name) => !name.startsWith('.') && name !== 'index.html')).toEqual(['god']);
    expect(build.stderr).not.toContain('<text>hemmelig');
  });
});

describe('promise: a municipality’s own templates change the layout but cannot inject script; their mistakes are Danish with file:line', () => {
  const hostile = `${small.replace('kommune: Testby Kommune', 'kommune: "Testby <img src=x onerror=alert(1)>"')}`;

  it('removes script however an override writes it, and keeps the override’s layout', () => {
    const dir = workspace({ 'ond.yml': hostile, 'god.yml': small });
    const own = join(dir, 'municipalities', 'skabeloner', 'ond');
    mkdirSync(own, { recursive: true });
    writeFileSync(
      join(own, 'ekstra-visitation.hbs'),
      [
        '<p class="egen">Egen skabelon</p>',
        '<script>alert(1)</script><SCRIPT SRC=//x></SCRIPT>',
        '<a href="javascript:alert(2)">a</a><a href=" JaVaScRiPt:alert(3)">b</a>',
        '<div onclick="alert(4)" style="color:red">c</div><img src="https://evil.example/x.png" onerror="alert(5)">',
        '<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x"><base href="https://evil.example/">',
        '<svg><script>alert(6)</script><a xlink:href="javascript:alert(7)">d</a></svg>',
        '<meta http-equiv="refresh" content="0;url=javascript:alert(8)"><form action="javascript:alert(9)"><button formaction="javascript:alert(10)">e</button></form>',
        '{{{kommune}}}',
      ].join('\n'),
    );
    const result = run(['build', '--out', join(dir, 'out'), '--dato', date, '--uden-pdf'], dir);
    expectClean(result, 0);
    const page = readFileSync(join(dir, 'out', 'ond', 'kvalitetsstandard.html'), 'utf8');
    expect(page).toContain('<p class="egen">Egen skabelon</p>');
    // No element that runs or loads anything, no handler attribute, no script URL (the name may still be shown as text).
    expect(page).not.toMatch(/<(script|iframe|object|embed|base|form|meta http-equiv)\b/i);
    const attributes: string[] = [];
    visit(fromHtml(page), 'element', (node: Element) => {
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        // A meta's content is inert without http-equiv (asserted absent above).
        if (!(node.tagName === 'meta' && name === 'content')) attributes.push(`${node.tagName} ${name}=${String(value)}`);
      }
    });
    expect(attributes.filter((attribute) => /^\S+ on|=\s*(javascript|vbscript|data:text):/i.test(attribute)).join('\n')).toBe('');
    expect(page).not.toContain('evil.example');
    expect(page).toContain('Testby &#x3C;img src=x onerror=alert(1)>');
    expect(page).toMatch(/^<!doctype html>/i);
    // The shared templates are not sanitised but escape what they print.
    const plain = readFileSync(join(dir, 'out', 'god', 'kvalitetsstandard.html'), 'utf8');
    expect(plain).not.toContain('<script');
  });

  it('reads a template saved with a byte order mark (Notesblok’s »UTF-8 med BOM«) without the mark reaching the page', () => {
    const dir = workspace({ 'bom.yml': small });
    const own = join(dir, 'municipalities', 'skabeloner', 'bom');
    mkdirSync(own, { recursive: true });
    writeFileSync(join(own, 'layout.hbs'), `\ufeff${readFileSync(join(root, 'templates', 'layout.hbs'), 'utf8')}`);
    writeFileSync(join(own, 'ekstra-visitation.hbs'), '\ufeff<p class="egen">Egen skabelon</p>');
    expectClean(run(['build', '--out', join(dir, 'out'), '--dato', date, '--uden-pdf'], dir), 0);
    const page = readFileSync(join(dir, 'out', 'bom', 'kvalitetsstandard.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain('Egen skabelon');
    expect(page).not.toContain('\ufeff');
  });

  it('reports a half-typed expression, an unknown helper and a symlink loop in Danish, at the template, keeping the others', () => {
    const cases: Record<string, [string, string]> = {
      halv: ['afsnit.hbs', '<section>\n{{#if heading}}\n<h2>{{heading}</h2>\n'],
      aaben: ['layout.hbs', '<html>\n<body>\n{{#each sections}}\n</body>'],
      hjaelper: ['ekstra-visitation.hbs', '<p>\n{{evilHelper "x"}}</p>'],
      del: ['ekstra-visitation.hbs', '<p>{{> findesIkke}}</p>'],
      egenskab: ['ekstra-visitation.hbs', '<p>\n\n{{heading.split}}</p>'],
      opslag: ['afsnit.hbs', '<section>{{heading}}\n{{lookup heading "toUpperCase"}}</section>'],
    };
    const dir = workspace({ 'god.yml': small, ...Object.fromEntries(Object.keys(cases).map((name) => [`${name}.yml`, small])) });
    for (const [name, [file, source]] of Object.entries(cases)) {
      mkdirSync(join(dir, 'municipalities', 'skabeloner', name), { recursive: true });
      writeFileSync(join(dir, 'municipalities', 'skabeloner', name, file), source);
    }
    // Saved as Windows-1252 (»ANSI«) and as UTF-16 (»Unicode«) by Notesblok: said as a municipality file would be, at the letter.
    for (const [name, bytes] of [
      ['latin', Buffer.from('<section>\n<h2>Målgruppe {{heading}}</h2>\n</section>\n', 'latin1')],
      ['unicode', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<section>{{heading}}</section>\n', 'utf16le')])],
    ] as const) {
      mkdirSync(join(dir, 'municipalities', 'skabeloner', name), { recursive: true });
      writeFileSync(join(dir, 'municipalities', `${name}.yml`), small);
      writeFileSync(join(dir, 'municipalities', 'skabeloner', name, 'afsnit.hbs'), bytes);
    }
    mkdirSync(join(dir, 'municipalities', 'skabeloner', 'loekke'), { recursive: true });
    writeFileSync(join(dir, 'municipalities', 'loekke.yml'), small);
    symlinkSync('afsnit.hbs', join(dir, 'municipalities', 'skabeloner', 'loekke', 'afsnit.hbs'));
    const result = run(['build', '--out', join(dir, 'out'), '--dato', date, '--uden-pdf'], dir);
    expectClean(result, 1);
    expect(result.stderr).toContain('municipalities/skabeloner/halv/afsnit.hbs:3: skabelonen har en fejl: et Handlebars-udtryk er ikke skrevet færdigt');
    expect(result.stderr).toMatch(/municipalities\/skabeloner\/aaben\/layout\.hbs:\d+: skabelonen har en fejl/);
    expect(result.stderr).toContain(
      'municipalities/skabeloner/hjaelper/ekstra-visitation.hbs:2: skabelonen har en fejl: »evilHelper« er ikke en af de hjælpere',
    );
    expect(result.stderr).toContain('municipalities/skabeloner/loekke/afsnit.hbs«: skabelonen kan ikke bruges: Filen er et link, der peger på sig selv');
    expect(result.stderr).toContain('municipalities/skabeloner/del: skabelonen har en fejl: delskabelonen »findesIkke« findes hverken');
    expect(result.stderr).toContain(
      'municipalities/skabeloner/latin/afsnit.hbs:2:6«: skabelonen kan ikke bruges: Filen er ikke gemt som UTF-8, men ser ud til at være Windows-1252',
    );
    expect(result.stderr).toContain('municipalities/skabeloner/unicode/afsnit.hbs:1:1«: skabelonen kan ikke bruges: Filen er gemt som UTF-16 LE');
    expect(result.stderr).toContain('municipalities/skabeloner/egenskab/ekstra-visitation.hbs:3: skabelonen har en fejl: »{{heading.split}}« læser »split«');
    expect(result.stderr).toContain('municipalities/skabeloner/opslag/afsnit.hbs:2: skabelonen har en fejl: »{{lookup … "toUpperCase"}}« læser »toUpperCase«');
    expect(result.stderr).not.toMatch(/Parse error|Expecting|OPEN_INVERSE|kunne ikke skrives|could not be found|Access has been denied|own property/);
    expect(existsSync(join(dir, 'out', 'god', 'kvalitetsstandard.html'))).toBe(true);
    // A first build had nothing of them to keep, and says so; once built, a broken template keeps the earlier version.
    expect(result.stderr).not.toContain('forrige udgave');
    expect(result.stderr).toMatch(/skabelonen har en fejl: et Handlebars-udtryk er ikke skrevet færdigt[^\n]*Ret skabelonen; \S+ bygges, når den er rettet\./);
    mkdirSync(join(dir, 'municipalities', 'skabeloner', 'god'));
    writeFileSync(join(dir, 'municipalities', 'skabeloner', 'god', 'afsnit.hbs'), '<section>\n{{#if heading}}\n<h2>{{heading}</h2>\n');
    const again = run(['build', '--out', join(dir, 'out'), '--dato', date, '--uden-pdf', 'god'], dir);
    expectClean(again, 1);
    expect(again.stderr).toMatch(/Ret skabelonen; den forrige udgave af \S+ er bevaret\./);
  });

  it('says a kommune’s template folder that is a link to nothing or in a ring, keeping the others (before: built with the shared layout in silence)', () => {
    const dir = workspace({ 'god.yml': small, 'vaek.yml': small, 'ring.yml': small, 'tom.yml': small });
    const folders = join(dir, 'municipalities', 'skabeloner');
    mkdirSync(join(folders, 'tom'), { recursive: true });
    symlinkSync('slettet', join(folders, 'vaek'));
    symlinkSync('ring', join(folders, 'ring'));
    const result = run(['build', '--out', join(dir, 'out'), '--dato', date, '--uden-pdf'], dir);
    expectClean(result, 1);
    expect(result.stderr).toContain('municipalities/skabeloner/vaek«: skabelonen kan ikke bruges: Filen er et link til »slettet«, som ikke findes.');
    expect(result.stderr).toContain('municipalities/skabeloner/ring«: skabelonen kan ikke bruges: Filen er et link, der peger på sig selv i ring');
    for (const built of ['god', 'tom']) expect(existsSync(join(dir, 'out', built, 'kvalitetsstandard.html'))).toBe(true);
    for (const refused of ['vaek', 'ring']) expect(existsSync(join(dir, 'out', refused, 'kvalitetsstandard.html'))).toBe(false);
  });
});

describe('promise: validate is linear in the file, caps its messages with »og N flere« and cuts code frames', () => {
  const repeated = (count: number) => `kommune: x\ntitel: y\n${Array.from({ length: count }, (_, index) => `felt${index}: x\nforord: x`).join('\n')}\n`;

  it('takes about 4× as long for a file 4× as long, also when it repeats one mistake thousands of times', async () => {
    const validate = async (count: number) => {
      const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-lineaer-'));
      writeFileSync(join(dir, 'a.yml'), repeated(count));
      let best = Number.POSITIVE_INFINITY;
      let messages = 0;
      for (let round = 0; round < 3; round++) {
        const started = performance.now();
        const loaded = await loadFile(join(dir, 'a.yml'));
        const diagnostics = loaded.ok ? ((validateLoaded(loaded.loaded) as { diagnostics?: unknown[] }).diagnostics ?? []) : loaded.diagnostics;
        best = Math.min(best, performance.now() - started);
        messages = diagnostics.length;
      }
      return { best, messages };
    };
    await validate(500);
    const smaller = await validate(3_000);
    const larger = await validate(12_000);
    expect(larger.messages).toBe(maxDiagnosticsPerFile + 1);
    // Linear is 4×; quadratic would be 16×. Generous for a shared, noisy machine.
    expect(larger.best / smaller.best).toBeLessThan(9);
  });

  it('takes about 4× as long for 4× as many aliases of one anchor (each alias once checked against the anchors before it, not the whole file)', async () => {
    const aliased = (count: number) =>
      `kommune: &k x\ntitel: y\nbilag:\n${Array.from({ length: count }, (_, index) => `  - noegle: a${index}\n    overskrift: *k\n    tekst: *k\n`).join('')}`;
    const time = (count: number) => {
      const text = new TextEncoder().encode(aliased(count));
      let best = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 3; round++) {
        const started = performance.now();
        const loaded = parseSource('a.yml', text);
        // Past 100 uses the anchor is a bomb: said in Danish at the first alias, never unresolved.
        expect(loaded.ok ? [] : loaded.diagnostics.map(({ code, start }) => ({ code, start }))).toEqual(
          count > 50 ? [{ code: 'yaml-alias-bombe', start: { line: 5, column: 17 } }] : [],
        );
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(200);
    // Quadratic, 4× as many aliases took 16× as long: 3,000 sections took over 20 s.
    expect(time(2_000) / time(500)).toBeLessThan(9);
  });

  it('prints at most the cap and then »og N flere«, and cuts a very long line around the mistake', () => {
    const longLine = `kommune: x\ntitel: y\nforord:\n  tekst: ${'a'.repeat(200_000)}\n  ukendt: ${'b'.repeat(50_000)}\n${Array.from({ length: 300 }, (_, index) => `f${index}: 1`).join('\n')}\n`;
    const dir = workspace({ 'lang.yml': longLine });
    const result = run(['validate'], dir);
    expectClean(result, 1);
    expect(result.stdout).toContain(`… og ${301 - maxDiagnosticsPerFile} flere fejl i filen.`);
    expect(result.stdout).toContain('med i alt 301 fejl');
    expect(result.stdout.match(/ {2}fejl {2}/g)).toHaveLength(maxDiagnosticsPerFile + 1);
    for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThan(frameWidth + 40 + 600);
    const frames = result.stdout.split('\n').filter((line) => /^ {4}\d+ \| /.test(line));
    for (const frame of frames) expect(frame.length).toBeLessThanOrEqual(frameWidth + 14);
  });
});

describe('promise: Markdown rendering has bounded cost, and check, build and preview agree on what is acceptable', () => {
  const attacks: Record<string, string> = {
    citater: `${'> '.repeat(20_000)}a`,
    punkter: `${'- '.repeat(2_000)}a`,
    indrykning: Array.from({ length: 200 }, (_, index) => `${' '.repeat(index * 2)}- a`).join('\n'),
    fremhaevning: '*_['.repeat(30_000),
    links: '[a]('.repeat(30_000),
    html: '<span>'.repeat(3_000),
    laengde: 'ord '.repeat(20_000),
  };

  it('refuses each pathological text in validate, at its line, in Danish, quickly', () => {
    const dir = workspace(Object.fromEntries(Object.entries(attacks).map(([name, text]) => [`${name}.yml`, withText(small, text)])));
    const validate = run(['validate', '--format', 'json'], dir);
    expectClean(validate, 1);
    expect(validate.ms).toBeLessThan(20_000);
    for (const report of JSON.parse(validate.stdout) as { fil: string; fejl: { kode: string; linje: number | null }[] }[]) {
      const atText = report.fejl.find((error) => error.linje !== null)!;
      expect(atText.kode, report.fil).toMatch(/^markdown-/);
      expect(atText.linje).toBeGreaterThan(100);
    }
    const check = run(['check', '--dato', date], dir);
    expectClean(check, 1);
    const build = run(['build', '--out', join(dir, 'out'), '--dato', date, '--uden-pdf'], dir);
    expectClean(build, 1);
    expect(build.ms).toBeLessThan(30_000);
    expect(build.stderr.match(/filen er ugyldig og er ikke bygget/g)).toHaveLength(Object.keys(attacks).length);
  });

  it('limits the markup of a whole file too: texts each within the limit, together beyond it', () => {
    const appendices = Array.from({ length: 5 }, (_, index) => `  - noegle: b${index}\n    overskrift: B${index}\n    tekst: "${'*'.repeat(4_500)}"`).join(
      '\n',
    );
    const dir = workspace({
      'mange.yml': `${small}\nbilag:\n${appendices}\n`,
      'faa.yml': `${small}\nbilag:\n${appendices.split('\n').slice(0, 9).join('\n')}\n`,
    });
    const result = run(['validate', '--format', 'json'], dir);
    const codes = Object.fromEntries(
      (JSON.parse(result.stdout) as { fil: string; fejl: { kode: string }[] }[]).map((report) => [report.fil, report.fejl.map((error) => error.kode)]),
    );
    expect(codes).toEqual({ 'municipalities/faa.yml': [], 'municipalities/mange.yml': ['markdown-fil-for-meget-opmaerkning'] });
  });

  it('renders what is within the limits, and the renderer refuses what is not (never a stack overflow)', () => {
    expect(markdownToHtml(`${'- '.repeat(markdownLimits.depth)}a`, { sectionLevel: 2, idPrefix: 'x' })).toContain('<li>a</li>');
    expect(markdownToHtml('> > > citat', { sectionLevel: 2, idPrefix: 'x' })).toContain('<blockquote>');
    for (const [name, text] of Object.entries(attacks)) {
      expect(markdownProblem(text), name).toBeDefined();
      expect(() => markdownToHtml(text, { sectionLevel: 2, idPrefix: 'x' }), name).toThrow(expect.objectContaining({ code: markdownProblem(text)!.code }));
    }
    // The five real files are well within every limit.
    for (const name of ['broenderslev', 'fredericia', 'holstebro', 'ikast-brande', 'randers']) {
      expect(run(['validate', `municipalities/${name}.yml`], root).status).toBe(0);
    }
  });
});

/** Starts `preview` and resolves with its port and a way to stop it. */
async function startPreview(dir: string, file: string) {
  const child = spawn(process.execPath, [cli, 'preview', file, '--port', '0'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /127\.0\.0\.1:(\d+)/.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', () => reject(new Error(`preview stopped: ${stderr}`)));
  });
  const stop = () =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      child.on('exit', (code) => resolve({ code, stdout, stderr }));
      child.kill('SIGINT');
    });
  return { port, stop };
}

function get(port: number, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const call = request({ host: '127.0.0.1', port, path: '/', headers: { host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    call.on('error', reject);
    call.end();
  });
}

describe('promise: preview answers only 127.0.0.1:<port> and localhost:<port>, and nothing a file does stops it', () => {
  it('refuses other Host headers, survives a vanished file and a half-typed template, inserts »$`« literally, stops on Ctrl-C', async () => {
    const tricky = small.replace('- navn: Behandlingshjemmet Skovly', () => '- navn: "Skovly $` og $& og $\' og $$"').replace(/^ {6}pris: .*\n/m, '');
    const dir = workspace({ 'a.yml': tricky });
    const { port, stop } = await startPreview(dir, 'a');
    try {
      for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`, `127.0.0.1`, `[::1]:${port}`]) {
        const refused = await get(port, host);
        expect(`${host} ${refused.status}`).toBe(`${host} 403`);
        expect(refused.body).not.toContain('Testby');
      }
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) expect((await get(port, host)).status).toBe(200);

      const page = (await get(port, `127.0.0.1:${port}`)).body;
      expect(page.match(/<!doctype html>/gi)).toHaveLength(1);
      expect(page).toContain('For »Skovly $` og $&amp; og $&#39; og $$« mangler pris');

      const yaml = join(dir, 'municipalities', 'a.yml');
      rmSync(yaml);
      const gone = await get(port, `127.0.0.1:${port}`);
      expect(gone.status).toBe(200);
      expect(gone.body).toContain('kan ikke læses lige nu');
      writeFileSync(yaml, tricky);

      const own = join(dir, 'municipalities', 'skabeloner', 'a');
      mkdirSync(own, { recursive: true });
      writeFileSync(join(own, 'afsnit.hbs'), '<section>\n{{#if heading}\n');
      const broken = await get(port, `127.0.0.1:${port}`);
      expect(broken.status).toBe(200);
      expect(broken.body).toContain('skabeloner/a/afsnit.hbs:2: skabelonen har en fejl');
      rmSync(join(own, 'afsnit.hbs'));
      expect((await get(port, `127.0.0.1:${port}`)).body).toContain('Skovly');
    } finally {
      const stopped = await stop();
      expect(stopped.code).toBe(0);
      expect(stopped.stdout).toContain('Forhåndsvisningen er stoppet.');
      expect(stopped.stdout + stopped.stderr).not.toMatch(stackTrace);
    }
  }, 60_000);

  it('renders off the event loop: while a slow page renders, other requests are answered and Ctrl-C stops it', async () => {
    // Within every limit, yet slow to render: three texts at the markup limit.
    const slow = `${small}\nbilag:\n${[1, 2, 3].map((index) => `  - noegle: b${index}\n    overskrift: B${index}\n    tekst: "${'*_['.repeat(1_666)}"`).join('\n')}\n`;
    const dir = workspace({ 'a.yml': slow });
    expect(run(['validate', 'a'], dir).status).toBe(0);
    const { port, stop } = await startPreview(dir, 'a');
    const order: string[] = [];
    const page = get(port, `127.0.0.1:${port}`).then(
      () => order.push('page'),
      () => order.push('page aborted'),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await get(port, 'evil.example').then(() => order.push('other request'));
    const stopped = await stop();
    order.push('stopped');
    await page;
    // Answered while the page rendered; and Ctrl-C ended the rendering rather than waiting for it.
    expect(order).toEqual(['other request', 'page aborted', 'stopped']);
    expect(stopped.code).toBe(0);
  });

  it('accepts only a decimal --port from 0 to 65535', () => {
    for (const port of ['0x10', '1e3', '-1', '65536', ' 80', '80.0', '٨٠']) {
      const result = run(['preview', 'randers', `--port=${port}`], root);
      expectClean(result, 2);
      expect(result.stderr).toContain('er ikke et portnummer');
    }
    // An empty value is a missing one, as for every option.
    const empty = run(['preview', 'randers', '--port='], root);
    expectClean(empty, 2);
    expect(empty.stderr).toBe('kvalitetsstandard: Tilvalget »--port« skal have en værdi, fx --port 8080.\n');
  }, 60_000);
});

describe('promise: output errors end quietly with exit 74, and a file’s control characters never reach the terminal raw', () => {
  it('ends `| head` (EPIPE) and `> /dev/full` (ENOSPC) quietly with 74', () => {
    const piped = spawnSync('bash', ['-c', `node ${cli} check --format html --dato ${date} | head -c 1 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(piped.stderr).toContain('status=74');
    expect(piped.stderr).not.toMatch(stackTrace);
    const full = spawnSync(process.execPath, [cli, 'validate'], { cwd: root, stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'], encoding: 'utf8' });
    expect(full.status).toBe(74);
    expect(full.stderr).toBe('');
  });

  it('gives a reader that is slow to read every byte and the exit code: the process ends only once its output is out', () => {
    const expected = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--dato', date], { cwd: root, encoding: 'utf8' });
    // Several times a pipe's buffer: the tool must wait for the reader, who starts late.
    expect(expected.stdout.length).toBeGreaterThan(3 * 65536);
    const slow = spawnSync('bash', ['-c', `node ${cli} check --format json --dato ${date} | (sleep 0.7; cat); echo "status=\${PIPESTATUS[0]}" >&2`], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(slow.stderr).toBe(`status=${expected.status}\n`);
    expect(slow.stdout).toBe(expected.stdout);
  });

  it('finishes a build whose stdout is closed: index.html and the cache are written', async () => {
    const dir = workspace({ 'a.yml': small, 'b.yml': small.replace('Testby', 'Andenby') });
    const child = spawn(process.execPath, [cli, 'build', '--out', join(dir, 'out'), '--dato', date, '--uden-pdf'], { cwd: dir });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(74);
    expect(stderr).not.toMatch(stackTrace);
    expect(existsSync(join(dir, 'out', 'index.html'))).toBe(true);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'out', '.kvalitetsstandard-cache.json'), 'utf8')).municipalities)).toEqual(['a', 'b']);
  });

  it('shows escape sequences, bells, carriage returns and bidi overrides from a file as visible escapes', () => {
    const hostile = [
      'kommune: "\\e[2J\\e]0;overtaget\\a Testby"',
      'titel: "Titel\\rFALSK"',
      '"ukendt\\e[31m\\u202E": x',
      'godkendelse:',
      '  - organ: "\\e[8mskjult"',
      '    dato: "2020-13-01\\e[2J"',
    ].join('\n');
    const dir = workspace({ 'a.yml': `${hostile}\n` });
    for (const args of [['validate'], ['validate', '--format', 'json'], ['check', '--dato', date], ['build', '--out', join(dir, 'out'), '--uden-pdf']]) {
      const result = run(args, dir);
      const output = result.stdout + result.stderr;
      expect(output, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
      expect(output).not.toMatch(stackTrace);
    }
    expect(run(['validate'], dir).stdout).toContain('\\x1B[31m');
  });
});

describe('promise: exit 70 only for genuine bugs; what a user can fix is Danish with exit 1 or 2', () => {
  it('a template of the tool’s own that is missing is named as such, not taken for an output folder that cannot be written or a bug', () => {
    // An installation without templates/ (a copy of dist/ alone): each command that renders or writes from a template.
    const installed = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-uden-skabeloner-'));
    execFileSync('cp', ['-a', join(root, 'dist'), join(root, 'package.json'), installed]);
    for (const shared of ['node_modules', 'schema', 'assets']) symlinkSync(join(root, shared), join(installed, shared));
    const dir = workspace({ 'a.yml': small });
    // The approved version beside the folder: --fra is never the compared file itself.
    writeFileSync(join(dir, 'godkendt.yml'), small);
    const cliWithout = (args: string[]) => {
      const result = spawnSync(process.execPath, [join(installed, 'dist', 'cli.js'), ...args], {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1' },
        encoding: 'utf8',
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    const built = cliWithout(['build', '--uden-pdf', '--stille', '--dato', date, 'a']);
    expectClean(built, 1);
    expect(built.stderr).toContain(`»${join(installed, 'templates', 'layout.hbs')}«: skabelonen kan ikke bruges: Filen findes ikke`);
    expect(built.stderr).not.toContain('kunne ikke skrives');
    // preview watches the templates folder, diff renders both versions: each names the template, neither crashes.
    for (const args of [
      ['preview', 'a', '--port', '0'],
      ['diff', 'a', '--fra', 'godkendt.yml', '--uden-pdf'],
    ]) {
      const result = cliWithout(args);
      expectClean(result, 1);
      expect(result.stderr, args[0]).toContain(`»${join(installed, 'templates', 'layout.hbs')}«: skabelonen kan ikke bruges`);
    }
    const made = cliWithout(['ny', 'Odense']);
    expectClean(made, 1);
    expect(made.stderr).toContain(`»${join(installed, 'templates', 'ny-kommune.yml.hbs')}«: skabelonen kan ikke bruges`);
    expect(existsSync(join(dir, 'municipalities', 'odense.yml'))).toBe(false);
    rmSync(installed, { recursive: true, force: true });
  });

  it('diff --fra: an option-looking value is refused and git writes nothing; a folder, a device or a symlink loop is a Danish message', () => {
    const dir = workspace({ 'a.yml': small });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    for (const from of ['--output=hacked.txt', '-o', '--exec=touch hacked.txt']) {
      const result = run(['diff', 'a', `--fra=${from}`, '--uden-pdf'], dir);
      expectClean(result, 2);
      expect(result.stderr).toContain('fordi den begynder med »-«');
    }
    expect(readdirSync(dir)).not.toContain('hacked.txt');
    symlinkSync('loekke.yml', join(dir, 'loekke.yml'));
    symlinkSync('ring-b.yml', join(dir, 'ring-a.yml'));
    symlinkSync('ring-a.yml', join(dir, 'ring-b.yml'));
    symlinkSync('intet.yml', join(dir, 'doed.yml'));
    for (const [from, text] of [
      ['municipalities', 'Det er en mappe'],
      ['/dev/zero', 'ikke en almindelig fil'],
      ['findes-ikke', 'hverken en fil eller en git-version'],
      // The loop message validate gives for the same file.
      ['loekke.yml', '»loekke.yml« kan ikke bruges som --fra: Filen er et link, der peger på sig selv i ring (en symlink-løkke).'],
      ['ring-a.yml', '»ring-a.yml« kan ikke bruges som --fra: Filen er et link, der peger på sig selv i ring'],
      ['doed.yml', '»doed.yml« kan ikke bruges som --fra: '],
    ]) {
      const result = run(['diff', 'a', '--fra', from!, '--uden-pdf'], dir);
      expectClean(result, 2);
      expect(result.stderr).toContain(text);
    }
  });

  it('diff --fra: errors in the old file are placed »fil:linje:kolonne« in that file, from a file or from git', () => {
    const lines = small.split('\n');
    const dir = workspace({ 'a.yml': small });
    for (const [at, broken] of [
      [2, `${lines[2]}: ekstra`],
      [lines.length - 2, `\t${lines[lines.length - 2]!.trimStart()}`],
    ] as const) {
      const old = join(dir, 'gammel.yml');
      writeFileSync(old, lines.map((line, index) => (index === at ? broken : line)).join('\n'));
      const result = run(['diff', 'a', '--fra', 'gammel.yml', '--uden-pdf'], dir);
      expectClean(result, 1);
      expect(result.stderr).toMatch(new RegExp(`^gammel\\.yml:${at + 1}:\\d+  fejl`, 'm'));
      expect(result.stderr).not.toContain('gammel.yml:municipalities');
    }
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(join(dir, 'municipalities', 'a.yml'), small.replace('kommune: Testby Kommune', 'kommune: Testby: Kommune'));
    execFileSync('git', ['add', 'municipalities'], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'gammel'], { cwd: dir });
    writeFileSync(join(dir, 'municipalities', 'a.yml'), small);
    const fromGit = run(['diff', 'a', '--fra', 'HEAD', '--uden-pdf'], dir);
    expectClean(fromGit, 1);
    expect(fromGit.stderr).toMatch(/^municipalities\/a\.yml@HEAD:3:\d+ {2}fejl/m);
    // A range or a set of versions is no version of the file (before: git show printed a log or nothing, read as the old file: »Filen er tom«).
    for (const from of ['HEAD..HEAD', 'HEAD...HEAD', '^HEAD', 'HEAD^!', 'HEAD^@']) {
      const range = run(['diff', 'a', '--fra', from, '--uden-pdf'], dir);
      expectClean(range, 2);
      expect(range.stderr).toContain(`»${from}« er hverken en fil eller en git-version`);
    }
  });

  it('ny: a kommune whose file is there under another ending (randers.yaml) gets no second file, which would make build refuse both', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'municipalities', 'testby.yaml'), 'kommune: Testby Kommune\ntitel: Kvalitetsstandard\n');
    const result = run(['ny', 'Testby'], dir);
    expectClean(result, 1);
    expect(result.stderr).toBe(
      'kvalitetsstandard: »municipalities/testby.yaml« findes allerede og er ikke ændret. Vælg et andet navn, eller slet filen selv, hvis du vil starte forfra.\n',
    );
    expect(readdirSync(join(dir, 'municipalities')).filter((file) => file.startsWith('testby'))).toEqual(['testby.yaml']);
    expectClean(run(['validate', 'municipalities/testby.yaml'], dir), 0);
  });

  it('ny: a name with YAML syntax makes a valid file; an unwritable place is a Danish message', () => {
    const dir = workspace();
    for (const [name, slug] of [
      ['Foo: Bar', 'foo-bar'],
      ['#Hash', 'hash'],
      ['[Liste]', 'liste'],
      ["O'Brien & Co", 'o-brien-co'],
      ['{a: b}', 'a-b'],
      ['x - y', 'x-y'],
      ['*anker', 'anker'],
      ['"citat"', 'citat'],
      ['Ja', 'ja'],
    ]) {
      expectClean(run(['ny', name!], dir), 0);
      const result = run(['validate', '--format', 'json', `municipalities/${slug}.yml`], dir);
      expect(JSON.parse(result.stdout)[0].fejl, name).toEqual([]);
      expect(parse(readFileSync(join(dir, 'municipalities', `${slug}.yml`), 'utf8')).kommune).toBe(`${name} Kommune`);
    }
    const blocked = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-blokeret-'));
    writeFileSync(join(blocked, 'municipalities'), 'en fil, ikke en mappe');
    const result = run(['ny', 'Odense'], blocked);
    expectClean(result, 1);
    expect(result.stderr).toContain('»municipalities/odense.yml« kan ikke oprettes');
    expectClean(run(['ny', 'Ond\u001b[2J'], dir), 2);
    // A name with a character validate then refuses in »kommune« (before: a file that was invalid from the start).
    for (const name of ['Test\u200bby', 'Test\u00adby', 'Test\u2060by', 'Test\u202eby', 'Test\u200fby']) {
      const refused = run(['ny', name], dir);
      expectClean(refused, 2);
      expect(refused.stderr, name).toContain('Brug kommunens navn med bogstaver, på én linje og uden usynlige tegn eller styretegn.');
    }
    expect(readdirSync(join(dir, 'municipalities')).filter((file) => file.startsWith('test'))).toEqual([]);
  });

  it('a port that needs privileges and a folder without write access are Danish messages, as an ordinary user', (context) => {
    const unprivileged = Number(readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8'));
    // Run as »nobody« when the tests run as root, as a user would meet these (where nobody can read the project).
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const readable = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(join(root, 'municipalities', 'randers.yml'))})`], {
      cwd: tmpdir(),
      ...asUser,
    });
    if (readable.status !== 0) return context.skip();
    const runAs = (args: string[], cwd: string) =>
      spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' }, ...asUser });
    if (unprivileged > 80) {
      const port = runAs(['preview', 'randers', '--port', '80'], root);
      expectClean({ status: port.status, stdout: port.stdout, stderr: port.stderr }, 2);
      expect(port.stderr).toContain('Port 80 må ikke bruges af din bruger');
    }
    const locked = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-laast-'));
    mkdirSync(join(locked, 'municipalities'), { mode: 0o555 });
    const ny = runAs(['ny', 'Odense'], locked);
    expectClean({ status: ny.status, stdout: ny.stdout, stderr: ny.stderr }, 1);
    expect(ny.stderr).toContain('»municipalities/odense.yml« kan ikke oprettes: du har ikke adgang til at skrive der (EACCES)');
    // An output folder that exists but may not be written: one message before anything is built, naming the folder and what to do.
    chmodSync(locked, 0o755);
    mkdirSync(join(locked, 'ud'), { mode: 0o555 });
    const build = runAs(['build', 'randers', '--out', join(locked, 'ud'), '--uden-pdf', '--dato', date], root);
    expectClean({ status: build.status, stdout: build.stdout, stderr: build.stderr }, 1);
    expect(build.stderr).toBe(
      `✗ Mappen »${join(locked, 'ud')}« kan ikke oprettes eller skrives i (du har ikke adgang til at skrive der (EACCES)). Vælg en anden med --out, fx --out out.\n`,
    );
    expect(readdirSync(join(locked, 'ud'))).toEqual([]);
  });

  it('a municipality file or a Word document the user may not read: the reason in Danish, exit 1, and the other files still read (as an ordinary user)', (context) => {
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const readable = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(cli)})`], { cwd: tmpdir(), ...asUser });
    if (readable.status !== 0) return context.skip();
    const dir = workspace({ 'a.yml': small, 'b.yml': small.replace('Testby', 'Andenby') });
    chmodSync(dir, 0o777);
    chmodSync(join(dir, 'municipalities'), 0o777);
    chmodSync(join(dir, 'municipalities', 'a.yml'), 0o644);
    chmodSync(join(dir, 'municipalities', 'b.yml'), 0o000);
    writeFileSync(join(dir, 'laast.docx'), 'x', { mode: 0o000 });
    const runAs = (args: string[]) =>
      spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' }, ...asUser });
    const validate = runAs(['validate']);
    expectClean({ status: validate.status, stdout: validate.stdout, stderr: validate.stderr }, 1);
    expect(validate.stdout).toContain('municipalities/b.yml  fejl  Filen kan ikke læses: du har ikke adgang til at læse den (EACCES).');
    expect(validate.stdout).toContain('✓ municipalities/a.yml: gyldig');
    const imported = runAs(['importer', 'laast.docx', '--kommune', 'Testby']);
    expectClean({ status: imported.status, stdout: imported.stdout, stderr: imported.stderr }, 1);
    expect(imported.stderr).toContain('Word-filen kan ikke læses: du har ikke adgang til at læse den (EACCES).');
  });

  it('build onto a full disk (a 64 KB tmpfs): Danish »disken er fuld«, exit 1, no *.tmp left', (context) => {
    const disk = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-fuld-'));
    // Needs the right to mount; where the tests may not, this case is skipped (the message is tested by /dev/full above).
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]).status !== 0) return context.skip();
    try {
      const dir = workspace({ 'a.yml': small, 'b.yml': small.replace('Testby', 'Andenby') });
      const result = run(['build', '--out', join(disk, 'out'), '--dato', date, '--uden-pdf'], dir);
      expectClean(result, 1);
      expect(result.stderr).toContain('disken er fuld (ENOSPC)');
      expect(readdirSync(disk, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      spawnSync('umount', [disk]);
    }
  });

  it('a municipality file whose name is no UTF-8 is said to be so, not »Filen findes ikke. Mente du »b��«?«, and the others are read', (context) => {
    const dir = workspace({ 'a.yml': small });
    try {
      writeFileSync(Buffer.concat([Buffer.from(join(dir, 'municipalities', 'b')), Uint8Array.of(0xe6, 0xff), Buffer.from('.yml')]), small);
    } catch {
      // A file system that takes names in UTF-8 only (APFS) cannot hold such a name.
      return context.skip();
    }
    const result = run(['validate'], dir);
    expectClean(result, 1);
    expect(result.stdout).toContain('fejl  Filens navn er ikke skrevet i UTF-8');
    expect(result.stdout).not.toContain('Filen findes ikke');
    expect(result.stdout).toContain('✓ municipalities/a.yml: gyldig');
  });

  it('check names a file whose path has a line break on one line, in its heading and its findings, valid or not (before: the line break was printed)', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'ny\nmappe'));
    writeFileSync(join(dir, 'ny\nmappe', 'randers.yml'), readFileSync(join(root, 'municipalities', 'randers.yml')));
    writeFileSync(join(dir, 'ny\nmappe', 'ugyldig.yml'), 'kommune: [\n');
    const result = run(['check', join('ny\nmappe', 'randers.yml'), join('ny\nmappe', 'ugyldig.yml'), '--dato', date], dir);
    expectClean(result, 1);
    expect(result.stdout).toContain('Randers Kommune (ny mappe/randers.yml)');
    expect(result.stdout).toMatch(/^ny mappe\/randers\.yml:\d+:\d+ {2}mangler/m);
    expect(result.stdout).toContain('ny mappe/ugyldig.yml: ugyldig, ikke vurderet');
    expect(result.stdout).not.toMatch(/^mappe\//m);
  });

  it('a first build that fails halfway (a 192 KB tmpfs: the standard’s page fits, the report does not) says no earlier version is kept; a later one that fails before writing does', (context) => {
    const disk = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-halv-'));
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=192k', 'tmpfs', disk]).status !== 0) return context.skip();
    try {
      const dir = workspace({ 'a.yml': small });
      const out = join(disk, 'out');
      const first = run(['build', '--out', out, '--dato', date, '--uden-pdf'], dir);
      expectClean(first, 1);
      expect(existsSync(join(out, 'a', 'kvalitetsstandard.html'))).toBe(true);
      // Before: the page this build had just written was taken for an earlier version, »Den forrige udgave er bevaret«.
      expect(first.stderr).toMatch(/»[^«]*out\/a« kunne ikke skrives: disken er fuld \(ENOSPC\)\.\n/);
      const again = run(['build', '--out', out, '--dato', date, '--uden-pdf', '--fuld'], dir);
      expect(again.stderr).toMatch(/»[^«]*out\/a« kunne ikke skrives: disken er fuld \(ENOSPC\)\. Den forrige udgave er bevaret\./);
    } finally {
      spawnSync('umount', [disk]);
    }
  });

  it('build, diff, ny: a folder that mkdir says cannot be made though the one above is there (/proc) ends at once with a Danish message (before: Node’s recursive mkdir ran at full CPU for ever)', (context) => {
    if (!existsSync('/proc/self')) context.skip();
    const dir = workspace({ 'a.yml': small });
    writeFileSync(join(dir, 'godkendt.yml'), small);
    for (const [args, said] of [
      [['build', '--out', '/proc', '--dato', date, '--uden-pdf'], /»\/proc\/a« kunne ikke skrives: mappen findes ikke eller kan ikke oprettes her \(ENOENT\)/],
      [
        ['build', '--out', '/proc/ny/mappe', '--dato', date, '--uden-pdf'],
        /Mappen »\/proc\/ny\/mappe« kan ikke oprettes eller skrives i \(mappen findes ikke eller kan ikke oprettes her \(ENOENT\)\)/,
      ],
      [['diff', 'a', '--fra', 'godkendt.yml', '--out', '/proc', '--dato', date, '--uden-pdf'], /»\/proc\/a\/aendringer\.html« kunne ikke skrives/],
    ] as const) {
      const result = run([...args], dir, 30_000);
      expectClean(result, 1);
      expect(result.stderr).toMatch(said);
    }
    const ny = run(['ny', 'Testby'], '/proc/self', 30_000);
    expectClean(ny, 1);
    expect(ny.stderr).toContain('»municipalities/testby.yml« kan ikke oprettes: mappen findes ikke eller kan ikke oprettes her (ENOENT).');
  });

  it('build: an output path that cannot be written is exit 1 with a Danish message for that municipality, the index or the cache', () => {
    const dir = workspace({ 'a.yml': small, 'b.yml': small.replace('Testby', 'Andenby') });
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'a'), 'en fil, hvor mappen skulle være');
    mkdirSync(join(out, 'index.html'));
    const result = run(['build', '--out', out, '--dato', date, '--uden-pdf'], dir);
    expectClean(result, 1);
    expect(result.stderr).toMatch(/».*out\/a« kunne ikke skrives: .*\(E(EXIST|NOTDIR)\)/);
    expect(result.stderr).toMatch(/».*out\/index\.html« kunne ikke skrives: der ligger en mappe med det navn \(EISDIR\)/);
    expect(existsSync(join(out, 'b', 'kvalitetsstandard.html'))).toBe(true);
    // Nothing was built there before: no »previous version« is promised for it.
    expect(result.stderr).not.toMatch(/out\/a« kunne ikke skrives[^\n]*forrige udgave/);
    // Built once, then blocked: the earlier version is there, and said to be kept.
    rmSync(join(out, 'b', 'compliance.json'));
    mkdirSync(join(out, 'b', 'compliance.json'));
    const again = run(['build', '--out', out, '--dato', date, '--uden-pdf', '--fuld', 'b'], dir);
    expectClean(again, 1);
    expect(again.stderr).toMatch(/kunne ikke skrives: [^\n]*\. Den forrige udgave er bevaret\./);
    expect(existsSync(join(out, 'b', 'kvalitetsstandard.html'))).toBe(true);
  });
});
