/**
 * The bin (src/cli.ts) runs `check` and `validate` from the bundle with V8's code cache, and
 * every other command from the modules; a build's workers run their task module from a bundle
 * of its own. Which way a run goes may change its speed only: the same bytes and exit code from
 * both, whatever the input; a cache V8 refuses, or a bundle older than the modules, changes
 * nothing either.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkBundle, moduleBundles, runBundle, v8FlagsFor } from '../src/bundled.js';
import { fixtures, root } from './helpers.js';
import { seedDocx } from './import-docx.js';

const date = '2026-11-23';

/** Runs `node <dist>/<entry> …` in the repository. */
function run(entry: string, args: string[], dist = join(root, 'dist'), env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(dist, entry), ...args], { cwd: root, env: { ...process.env, ...env, NO_COLOR: '1' }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of dist/ beside the repository's packages, templates and assets, to change a bundle or its cache in. */
function distCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-bundle-'));
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true, preserveTimestamps: true });
  writeFileSync(join(dir, 'package.json'), readFileSync(join(root, 'package.json')));
  for (const shared of ['node_modules', 'templates', 'assets', 'schema']) symlinkSync(join(root, shared), join(dir, shared));
  return join(dir, 'dist');
}

/** Inputs that take different paths: valid files, a YAML error, a file cut short, one that is missing, invalid fields, a regulation folder. */
function inputs(): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-bundle-input-'));
  const randers = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
  writeFileSync(join(dir, 'afbrudt.yml'), randers.slice(0, Math.floor(randers.length / 2)));
  writeFileSync(join(dir, 'brudt.yml'), 'kommune: "Randers\nudgave: 1\n');
  const invalid = readdirSync(join(fixtures, 'invalid')).map((name) => join(fixtures, 'invalid', name));
  return [
    ['municipalities/holstebro.yml', 'municipalities/randers.yml', join(dir, 'afbrudt.yml'), join(dir, 'brudt.yml'), join(dir, 'findes-ikke.yml')],
    invalid.slice(0, 8),
    ['--regelsaet-mappe', join(fixtures, 'regulations', 'test-regelsaet'), 'municipalities/fredericia.yml'],
  ];
}

describe('check and validate from the bundle', () => {
  it('give the same bytes and exit code as from the modules', { timeout: 180_000 }, () => {
    for (const files of inputs()) {
      for (const args of [
        ['check', '--dato', date, '--format', 'json', ...files],
        ['check', '--dato', date, '--streng', ...files],
        ['validate', ...files],
      ]) {
        const fromModules = run('main.js', args);
        // A report (exit 0 or 1), not a usage error.
        expect([0, 1], args.join(' ')).toContain(fromModules.status);
        expect(fromModules.stdout, args.join(' ')).not.toBe('');
        expect(run('cli.js', args), args.join(' ')).toEqual(fromModules);
      }
    }
  });

  it('are ASCII, so V8 reads each as one byte a character, and still hold the letters their patterns and messages need', () => {
    for (const { file } of [checkBundle, ...moduleBundles.values()]) {
      const source = readFileSync(join(root, 'dist', file), 'utf8');
      expect(source.match(/[^\0-\x7f]/g) ?? [], file).toEqual([]);
    }
    // The escapes stand for the letters: a check from the bundle still reads »–« and æøå (the same bytes as from the modules: above).
    const source = readFileSync(join(root, 'dist', checkBundle.file), 'utf8');
    expect(source).toContain(String.raw`\u2013`);
    expect(source).toContain(String.raw`\u00e6`);
  });

  it('compile from the code cache `npm run prepare` wrote: V8 accepts it for each bundle and this Node, under the flags of the bin', () => {
    // In a process of its own: the flags are the whole process's.
    const accepted = (flags: string, { file, codeCache } = checkBundle) =>
      spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { readFileSync } from 'node:fs';
           import { setFlagsFromString } from 'node:v8';
           import { Script } from 'node:vm';
           import { wrapBundle } from ${JSON.stringify(pathToFileURL(join(root, 'dist', 'bundled.js')).href)};
           setFlagsFromString(${JSON.stringify(flags)});
           const dist = ${JSON.stringify(join(root, 'dist'))} + '/';
           const script = new Script(wrapBundle(readFileSync(dist + ${JSON.stringify(file)}, 'utf8')), { filename: dist + ${JSON.stringify(file)}, cachedData: readFileSync(dist + ${JSON.stringify(codeCache)}) });
           process.stdout.write(String(!script.cachedDataRejected));`,
        ],
        { encoding: 'utf8' },
      ).stdout;
    // Each under the flags of the command that loads it: the check bundle under check's, the others under build's.
    expect(accepted(v8FlagsFor(['check']), checkBundle)).toBe('true');
    for (const bundle of moduleBundles.values()) expect(accepted(v8FlagsFor(['build']), bundle), bundle.file).toBe('true');
    expect(v8FlagsFor(['validate'])).toBe(v8FlagsFor(['check']));
    // The flags are part of the fit: without them, or under another command's, V8 would compile the bundle anew.
    expect(accepted('--regexp-tier-up')).toBe('false');
    expect(accepted(v8FlagsFor(['build']), checkBundle)).toBe('false');
  });

  it('give the same output when V8 refuses the cache, and come from the modules when the bundle is older than they are', { timeout: 60_000 }, () => {
    const args = ['check', '--dato', date, '--format', 'json', 'municipalities/randers.yml'];
    const expected = run('main.js', args);
    const dist = distCopy();
    writeFileSync(join(dist, checkBundle.codeCache), readFileSync(join(root, 'dist', checkBundle.codeCache)).subarray(0, 4096));
    expect(run('cli.js', args, dist)).toEqual(expected);
    // A bundle that says so when it runs: used while it is newer than the modules, not once it is older.
    writeFileSync(join(dist, checkBundle.file), "process.stdout.write('fra bundtet');");
    expect(run('cli.js', args, dist).stdout).toBe('fra bundtet');
    utimesSync(join(dist, checkBundle.file), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(run('cli.js', args, dist)).toEqual(expected);
    // So do the workers: a bundle that only writes cannot give them a check.
    const three = [...args, 'municipalities/holstebro.yml', 'municipalities/fredericia.yml'];
    expect(run('cli.js', three, dist, { KVALITETSSTANDARD_THREADS: '3' })).toEqual(run('main.js', three, undefined, { KVALITETSSTANDARD_THREADS: '1' }));
  });
});

/** Every file under `dir` (but the build's manifest, which records the tool's own stamps) and its bytes. */
function files(dir: string): Record<string, string> {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => !name.endsWith('.kvalitetsstandard-cache.json'));
  return Object.fromEntries(
    names.sort().flatMap((name) => {
      try {
        return [[name, readFileSync(join(dir, name), 'base64')]];
      } catch {
        return []; // a folder
      }
    }),
  );
}

describe("a build's renderer from its bundle", () => {
  // Three threads: the workers (src/worker.ts) render some of the five, from the render bundle.
  const build = (dist: string | undefined, out: string) =>
    run('cli.js', ['build', '--uden-pdf', '--fuld', '--stille', '--dato', date, '--out', out], dist, { KVALITETSSTANDARD_THREADS: '3' });

  it('writes the same files as from the modules, which it comes from when its bundle is older or refuses its cache', { timeout: 120_000 }, () => {
    const scratch = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-bundle-build-'));
    const fromBundle = build(undefined, join(scratch, 'bundle'));
    expect(fromBundle.status).toBe(0);
    expect(Object.keys(files(join(scratch, 'bundle')))).toContain('randers/kvalitetsstandard.html');
    const dist = distCopy();
    const render = moduleBundles.get('build/municipality.js')!;
    writeFileSync(join(dist, render.codeCache), readFileSync(join(root, 'dist', render.codeCache)).subarray(0, 4096));
    expect(build(dist, join(scratch, 'refused'))).toEqual(fromBundle);
    expect(files(join(scratch, 'refused'))).toEqual(files(join(scratch, 'bundle')));
    // A bundle whose renderer says so: used while it is newer than the modules, not once it is older.
    writeFileSync(
      join(dist, render.file),
      "exports.buildMunicipality = async ({ id, file }) => ({ id, file, status: 'fejl', pdfJobs: [], milliseconds: 0, problems: [{ code: 'skrivning-fejlede', args: { fil: 'fra bundtet', detalje: '' } }] });",
    );
    expect(build(dist, join(scratch, 'fake')).stderr).toContain('fra bundtet');
    utimesSync(join(dist, render.file), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(build(dist, join(scratch, 'modules'))).toEqual(fromBundle);
    expect(files(join(scratch, 'modules'))).toEqual(files(join(scratch, 'bundle')));
    rmSync(scratch, { recursive: true, force: true });
  });
});

describe('the PDF/UA pass from its bundle', () => {
  it('finishes a PDF to the same bytes as from its module', async () => {
    const document = await PDFDocument.create();
    const font = await document.embedFont(StandardFonts.Helvetica);
    for (const text of ['Kvalitetsstandard', 'Serviceniveau (§ 3, stk. 2)', '']) document.addPage().drawText(text, { font, x: 50, y: 700 });
    const task = {
      printed: await document.save(),
      metadata: { title: 'Kvalitetsstandard – Randers', author: 'Randers', subject: 'Stofmisbrug', keywords: ['kvalitetsstandard'] },
      headings: [{ id: 'afsnit-forord', text: 'Forord' }],
      definitionLists: [],
    };
    type Finish = (finishTask: typeof task) => Promise<Uint8Array>;
    const dist = pathToFileURL(join(root, 'dist/'));
    const fromBundle = runBundle(dist, moduleBundles.get('render/pdf-finish.js')!).exports.finishPdf as Finish;
    const fromModule = ((await import(new URL('render/pdf-finish.js', dist).href)) as { finishPdf: Finish }).finishPdf;
    // The metadata's dates are the build's time: fixed, as a reproducible build fixes them.
    process.env.SOURCE_DATE_EPOCH = '1764849600';
    try {
      const expected = Buffer.from(await fromModule(task));
      expect(expected.length).toBeGreaterThan(task.printed.length);
      expect(Buffer.from(await fromBundle(task)).equals(expected)).toBe(true);
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
  });
});

describe("Puppeteer's core from its bundle", () => {
  /** In a child process: starts Chromium as a build does and says which Puppeteer files Node loaded from node_modules. */
  const launch = (dist: string) =>
    spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createRequire } from 'node:module';
         const { launchBrowser } = await import(${JSON.stringify(pathToFileURL(join(dist, 'browser.js')).href)});
         const browser = await launchBrowser();
         const version = await browser.version();
         await browser.close();
         const loaded = Object.keys(createRequire(import.meta.url).cache).filter((file) => /node_modules[\\\\/]puppeteer/.test(file));
         process.stdout.write(JSON.stringify({ version, loaded: loaded.length }));`,
      ],
      { cwd: root, encoding: 'utf8' },
    );

  it('starts Chromium without loading Puppeteer’s modules, and from them when the bundle is older than the modules', { timeout: 60_000 }, () => {
    const fromBundle = launch(join(root, 'dist'));
    expect(fromBundle.stderr).toBe('');
    const bundled = JSON.parse(fromBundle.stdout) as { version: string; loaded: number };
    expect(bundled.version).toMatch(/Chrom/);
    expect(bundled.loaded).toBe(0);
    const dist = distCopy();
    utimesSync(join(dist, moduleBundles.get('puppeteer-core.js')!.file), new Date(2000, 0, 1), new Date(2000, 0, 1));
    const fromModules = JSON.parse(launch(dist).stdout) as { version: string; loaded: number };
    expect(fromModules.version).toBe(bundled.version);
    expect(fromModules.loaded).toBeGreaterThan(100);
  });
});

describe('the importer’s worker', () => {
  it('imports from its bundle the same file as from the modules, and does not use a bundle older than the modules', { timeout: 60_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-bundle-import-'));
    const docx = join(work, 'broenderslev.docx');
    writeFileSync(docx, await seedDocx('broenderslev'));
    const imported = (dist: string, name: string) => {
      const result = run('cli.js', ['importer', docx, '--ud', join(work, name)], dist);
      expect(result.stderr, name).toBe('');
      return { status: result.status, file: readFileSync(join(work, name), 'utf8') };
    };
    const fromBundle = imported(join(root, 'dist'), 'fra-bundt.yml');
    expect(fromBundle.status).toBe(0);
    const dist = distCopy();
    const bundle = join(dist, moduleBundles.get('import/worker-task.js')!.file);
    utimesSync(bundle, new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(imported(dist, 'fra-moduler.yml')).toEqual(fromBundle);
    // A bundle as new as the modules is what the worker runs: one that cannot load fails the import.
    writeFileSync(bundle, "throw new Error('bundle loaded');");
    const broken = run('cli.js', ['importer', docx, '--ud', join(work, 'brudt.yml')], dist);
    expect(broken.status).toBe(70);
    expect(broken.stdout + broken.stderr).toContain('bundle loaded');
  });
});
