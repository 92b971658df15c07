/**
 * The unchanged build reads its stamps and nothing else (src/build/cache.ts), and still
 * rebuilds what each kind of change concerns: a municipality's YAML, its own template, its
 * logo, its own requirements (`.krav.yml`), the date, and the tool itself (its code or its
 * templates). What a build opens and lists is recorded by test/fixtures/file-record, the
 * modules it loads by test/fixtures/module-record.
 */
import { spawn } from 'node:child_process';
import { cpSync, lutimesSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures, municipalityNames, root } from './helpers.js';

const date = '2026-11-23';

/** A time well in the past, a little different each call: a file »touched« or edited and then settled, as files are between two builds. */
let minutesAgo = 600;
function settle(path: string): void {
  minutesAgo -= 1;
  const time = new Date(Date.now() - minutesAgo * 60_000);
  utimesSync(path, time, time);
}

interface Build {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Files under the workspace opened for reading, and written, relative to it. */
  read: string[];
  written: string[];
  /** Modules of the tool loaded, relative to its folder. */
  modules: string[];
}

/** Runs `build` of the tool in `tool` (the package folder) in `workspace`, recording what it reads and loads. */
async function build(workspace: string, args: string[] = [], tool = root): Promise<Build> {
  const records = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-stamps-record-'));
  const files = join(records, 'files.txt');
  const modules = join(records, 'modules.txt');
  writeFileSync(files, '');
  writeFileSync(modules, '');
  // Asynchronous, so vitest's worker stays responsive on a loaded machine.
  const child = spawn(
    process.execPath,
    [
      '--import',
      join(fixtures, 'file-record', 'register.mjs'),
      '--import',
      join(fixtures, 'module-record', 'register.mjs'),
      join(tool, 'dist', 'cli.js'),
      'build',
      '--out',
      'out',
      '--dato',
      date,
      '--uden-pdf',
      ...args,
    ],
    { cwd: workspace, env: { ...process.env, NO_COLOR: '1', FILE_RECORD: files, MODULE_RECORD: modules, KVALITETSSTANDARD_THREADS: '1' } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  const lines = (file: string) => [...new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))];
  const inWorkspace = (prefix: string) =>
    lines(files)
      // Modules are read by URL, and only the tool's.
      .filter((line) => line.startsWith(prefix) && !line.startsWith(`${prefix}file:`))
      .map((line) => resolve(workspace, line.slice(prefix.length)))
      .filter((path) => path.startsWith(`${workspace}/`))
      .map((path) => path.slice(workspace.length + 1))
      .sort();
  const base = pathToFileURL(tool).href;
  const loaded = lines(modules)
    .filter((url) => url.startsWith(`${base}/`))
    .map((url) => url.slice(base.length + 1));
  return { status, stdout, stderr, read: inWorkspace('open r '), written: inWorkspace('write '), modules: loaded };
}

/** The five real municipalities in a fresh folder, settled in the past. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-stamps-'));
  cpSync(join(root, 'municipalities'), join(dir, 'municipalities'), { recursive: true });
  for (const name of municipalityNames) settle(join(dir, 'municipalities', `${name}.yml`));
  return dir;
}

const built = (run: Build) => municipalityNames.filter((name) => run.stdout.includes(`✓ ${name}: HTML og compliance-rapport`));

/** Nothing was made or written, and nothing but the cache was read; neither the check nor the renderer was loaded. */
function expectStampsOnly(run: Build): void {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  for (const name of municipalityNames) expect(run.stdout).toContain(`= ${name}: uændret siden sidste build`);
  expect(run.stdout).toContain('Bygget 0 af 5 kommuner');
  expect(run.read).toEqual(['out/.kvalitetsstandard-cache.json']);
  expect(run.written).toEqual([]);
  expect(run.modules).toContain('dist/build/cache.js');
  expect(
    run.modules.filter((path) => /^dist\/(check|render|import|lsp)\/|^dist\/(parallel|worker|load|validate)\.js$|^node_modules\/yaml\//.test(path)),
  ).toEqual([]);
}

describe('build: the unchanged build reads only its stamps', () => {
  const dir = workspace();
  const yaml = (name: string) => join(dir, 'municipalities', `${name}.yml`);
  let first: Build;
  beforeAll(async () => {
    first = await build(dir);
  }, 120_000);

  it('reads every file the first time, and after that nothing but the cache, until something changes', { timeout: 120_000 }, async () => {
    expect(first.status).toBe(0);
    expect(built(first)).toEqual(municipalityNames);
    for (const name of municipalityNames) expect(first.read).toContain(`municipalities/${name}.yml`);
    expectStampsOnly(await build(dir));
    expectStampsOnly(await build(dir));
  });

  it('rebuilds the municipality whose YAML was edited, reading only that file, and then reads nothing again', { timeout: 120_000 }, async () => {
    writeFileSync(yaml('holstebro'), readFileSync(yaml('holstebro'), 'utf8').replace('Ved kommunalreformen', 'Ved kommunalreformen i 2007'));
    settle(yaml('holstebro'));
    const edited = await build(dir);
    expect(built(edited)).toEqual(['holstebro']);
    expect(edited.read.filter((path) => path.endsWith('.yml'))).toEqual(['municipalities/holstebro.yml']);
    expect(readFileSync(join(dir, 'out', 'holstebro', 'kvalitetsstandard.html'), 'utf8')).toContain('Ved kommunalreformen i 2007');
    expectStampsOnly(await build(dir));
  });

  it('reads a YAML file that was only touched, finds it the same and rewrites nothing', { timeout: 120_000 }, async () => {
    settle(yaml('randers'));
    const touched = await build(dir);
    expect(touched.read).toContain('municipalities/randers.yml');
    expect(touched.stdout).toContain('= randers: uændret siden sidste build');
    expect(built(touched)).toEqual([]);
    expectStampsOnly(await build(dir));
  });

  it('trusts no stamp of a file changed just now: it is read again until it has settled', { timeout: 120_000 }, async () => {
    writeFileSync(yaml('fredericia'), readFileSync(yaml('fredericia'), 'utf8'));
    expect((await build(dir)).read).toContain('municipalities/fredericia.yml');
    expect((await build(dir)).read).toContain('municipalities/fredericia.yml');
    settle(yaml('fredericia'));
    await build(dir);
    expectStampsOnly(await build(dir));
  });

  it('rebuilds a municipality when its own template is added, edited or removed, but not when it is only touched', { timeout: 120_000 }, async () => {
    const own = join(dir, 'municipalities', 'skabeloner', 'randers');
    const template = join(own, 'ekstra-visitation.hbs');
    mkdirSync(own, { recursive: true });
    writeFileSync(template, '<p class="egen">Egen skabelon, første udgave</p>\n');
    settle(template);
    settle(own);
    const added = await build(dir);
    expect(built(added)).toEqual(['randers']);
    expect(readFileSync(join(dir, 'out', 'randers', 'kvalitetsstandard.html'), 'utf8')).toContain('Egen skabelon, første udgave');
    expectStampsOnly(await build(dir));

    writeFileSync(template, '<p class="egen">Egen skabelon, anden udgave</p>\n');
    settle(template);
    expect(built(await build(dir))).toEqual(['randers']);
    expect(readFileSync(join(dir, 'out', 'randers', 'kvalitetsstandard.html'), 'utf8')).toContain('Egen skabelon, anden udgave');

    settle(template);
    const touched = await build(dir);
    expect(touched.read).toContain('municipalities/skabeloner/randers/ekstra-visitation.hbs');
    expect(built(touched)).toEqual([]);
    expectStampsOnly(await build(dir));

    rmSync(template);
    settle(own);
    expect(built(await build(dir))).toEqual(['randers']);
    expect(readFileSync(join(dir, 'out', 'randers', 'kvalitetsstandard.html'), 'utf8')).not.toContain('Egen skabelon');
    expectStampsOnly(await build(dir));
  });

  it('rebuilds a municipality when its logo changes', { timeout: 120_000 }, async () => {
    const logo = join(dir, 'municipalities', 'logo.svg');
    writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#004b87"/></svg>\n');
    settle(logo);
    writeFileSync(yaml('broenderslev'), readFileSync(yaml('broenderslev'), 'utf8').replace('praesentation:\n', 'praesentation:\n  logo: logo.svg\n'));
    settle(yaml('broenderslev'));
    expect(built(await build(dir))).toEqual(['broenderslev']);
    expectStampsOnly(await build(dir));
    // Another colour, the same size: only the stamp's time tells.
    writeFileSync(logo, readFileSync(logo, 'utf8').replace('#004b87', '#870000'));
    settle(logo);
    expect(built(await build(dir))).toEqual(['broenderslev']);
    expect(readFileSync(join(dir, 'out', 'broenderslev', 'kvalitetsstandard.html'), 'utf8')).toContain(
      Buffer.from(readFileSync(logo)).toString('base64').slice(0, 40),
    );
    expectStampsOnly(await build(dir));
  });

  it('judges a municipality again when its own requirements file is added, edited or removed', { timeout: 120_000 }, async () => {
    const own = join(dir, 'municipalities', 'ikast-brande.krav.yml');
    const annex = () => readFileSync(join(dir, 'out', 'ikast-brande', 'compliance.html'), 'utf8');
    writeFileSync(own, readFileSync(join(fixtures, 'egne-krav', 'telefon.krav.yml'), 'utf8'));
    settle(own);
    const added = await build(dir);
    expect(added.read).toContain('municipalities/ikast-brande.krav.yml');
    expect(annex()).toContain('Telefonnummer');
    expectStampsOnly(await build(dir));

    writeFileSync(own, readFileSync(own, 'utf8').replace('titel: Telefonnummer', 'titel: Telefon og åbningstider'));
    settle(own);
    expect((await build(dir)).read).toContain('municipalities/ikast-brande.krav.yml');
    expect(annex()).toContain('Telefon og åbningstider');
    expectStampsOnly(await build(dir));

    rmSync(own);
    await build(dir);
    expect(annex()).not.toContain('Telefon og åbningstider');
    expectStampsOnly(await build(dir));
  });

  it('says so when a template folder or an own requirements file turns into a link to nothing or in a ring, though nothing else changed, and keeps the earlier page', {
    timeout: 120_000,
  }, async () => {
    const page = () => readFileSync(join(dir, 'out', 'holstebro', 'kvalitetsstandard.html'), 'utf8');
    const before = page();
    const links = [
      [join(dir, 'municipalities', 'skabeloner', 'holstebro'), 'holstebro', 'municipalities/skabeloner/holstebro«: skabelonen kan ikke bruges'],
      [
        join(dir, 'municipalities', 'holstebro.krav.yml'),
        'slettet.krav.yml',
        'municipalities/holstebro.krav.yml  fejl  Filen er et link til »slettet.krav.yml«',
      ],
    ] as const;
    for (const [path, target, said] of links) {
      mkdirSync(dirname(path), { recursive: true });
      symlinkSync(target, path);
      const time = new Date(Date.now() - 60_000);
      lutimesSync(path, time, time);
      const run = await build(dir);
      expect(run.stdout + run.stderr).toContain(said);
      expect(run.stdout).not.toContain('= holstebro: uændret');
      expect(page()).toBe(before);
      rmSync(path);
      await build(dir);
      expectStampsOnly(await build(dir));
    }
  });

  it('rebuilds every compliance report for another date, and the overview with it', { timeout: 120_000 }, async () => {
    const later = await build(dir, ['--dato', '2027-06-01']);
    expect(built(later)).toEqual(municipalityNames);
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toContain('vurderet pr. 1. juni 2027');
    expect(built(await build(dir))).toEqual(municipalityNames);
    expectStampsOnly(await build(dir));
  });

  it('makes the overview again when it was changed or removed, without checking anything', { timeout: 120_000 }, async () => {
    const index = join(dir, 'out', 'index.html');
    const original = readFileSync(index, 'utf8');
    writeFileSync(index, 'ændret i hånden');
    const run = await build(dir);
    expect(run.read.filter((path) => path.endsWith('.yml'))).toEqual([]);
    expect(readFileSync(index, 'utf8')).toBe(original);
    rmSync(index);
    expect((await build(dir)).read.filter((path) => path.endsWith('.yml'))).toEqual([]);
    expect(readFileSync(index, 'utf8')).toBe(original);
    expectStampsOnly(await build(dir));
  });
});

describe('build: a new version of the tool rebuilds everything', () => {
  /** A copy of the package (its own dist, templates and schema, the same node_modules), so it can be changed. */
  function toolCopy(): string {
    const tool = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-tool-'));
    for (const part of ['dist', 'templates', 'schema', 'package.json'])
      cpSync(join(root, part), join(tool, part), { recursive: true, preserveTimestamps: true });
    symlinkSync(join(root, 'node_modules'), join(tool, 'node_modules'));
    return tool;
  }

  it('when its code or one of its templates changes', { timeout: 180_000 }, async () => {
    const tool = toolCopy();
    const dir = workspace();
    expect(built(await build(dir, [], tool))).toEqual(municipalityNames);
    expectStampsOnly(await build(dir, [], tool));

    // npm run prepare again: the same code, written anew.
    settle(join(tool, 'dist', 'render', 'html.js'));
    expect(built(await build(dir, [], tool))).toEqual(municipalityNames);
    expectStampsOnly(await build(dir, [], tool));

    const styles = join(tool, 'templates', 'styles.css');
    writeFileSync(styles, `${readFileSync(styles, 'utf8')}\n.egen { color: #870000; }\n`);
    settle(styles);
    expect(built(await build(dir, [], tool))).toEqual(municipalityNames);
    expect(readFileSync(join(dir, 'out', 'randers', 'kvalitetsstandard.html'), 'utf8')).toContain('.egen { color: #870000; }');
    expectStampsOnly(await build(dir, [], tool));
  });
});
