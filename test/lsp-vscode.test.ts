/**
 * The VS Code extension: `npm run vscode` packs a .vsix without the network (esbuild and
 * @vscode/vsce from node_modules only); this test builds one (cut off from the network where
 * the machine allows it), reads its manifest, and starts the language server packed inside
 * it, as VS Code would, over stdio.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import yauzl from 'yauzl';
import { gaveUpMessage, restartedMessage, restartLimit } from '../editors/vscode/src/crashes.js';
import { complianceLevels } from '../src/lsp/diagnostics.js';
import { fixtures, root } from './helpers.js';
import { LspClient } from './lsp.js';

// Behaviour, not speed (that is `npm run bench`): room for a machine shared by several test runs.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const work = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-vsix-'));
const vsix = join(work, 'kvalitetsstandard.vsix');
let entries: Map<string, Buffer>;
/** The .vsix unpacked, as VS Code installs it. */
const folder = join(work, 'unpacked');
let manifest: any;

function readZip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const found = new Map<string, Buffer>();
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => (found.set(entry.fileName, Buffer.concat(chunks)), zip.readEntry()));
        });
      });
      zip.on('end', () => resolve(found));
      zip.readEntry();
    });
  });
}

/** Without a network: in a network namespace of its own where the machine allows one (CI runs as root). */
const offline = spawnSync('unshare', ['-n', 'true']).status === 0 ? ['unshare', '-n'] : [];

beforeAll(async () => {
  const [command, ...prefix] = [...offline, process.execPath];
  const built = spawnSync(command!, [...prefix, join(root, 'editors', 'vscode', 'build.mjs'), vsix], { cwd: root, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  entries = await readZip(vsix);
  manifest = JSON.parse(entries.get('extension/package.json')!.toString());
  for (const [name, content] of entries) {
    if (!name.startsWith('extension/')) continue;
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
}, 120_000);

describe('the VS Code extension (.vsix)', () => {
  it('packs the extension, the bundled server, the schema and the requirements’ documentation, and nothing else', () => {
    expect([...entries.keys()].filter((name) => name.startsWith('extension/')).sort()).toEqual([
      'extension/LICENSE.txt',
      'extension/dist/extension.js',
      'extension/docs/krav.md',
      'extension/package.json',
      'extension/readme.md',
      'extension/schema/kvalitetsstandard.schema.json',
      'extension/server/kvalitetsstandard-lsp.mjs',
    ]);
    expect(entries.get('extension/schema/kvalitetsstandard.schema.json')!.toString()).toBe(
      readFileSync(join(root, 'schema', 'kvalitetsstandard.schema.json'), 'utf8'),
    );
  });

  it('has a manifest that starts for municipality files and turns Red Hat’s YAML checks off', () => {
    expect(entries.has(`extension/${manifest.main.replace(/^\.\//, '')}`)).toBe(true);
    expect(manifest.activationEvents).toContain('workspaceContains:municipalities/*.yml');
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+/);
    expect(manifest.contributes.configurationDefaults).toEqual({ 'yaml.validate': false, 'yaml.hover': false, 'yaml.completion': false });
    const settings = manifest.contributes.configuration.properties;
    expect(settings['kvalitetsstandard.compliance'].enum).toEqual([...complianceLevels]);
    expect(settings['kvalitetsstandard.compliance'].default).toBe(complianceLevels[0]);
    expect(settings['kvalitetsstandard.compliance'].markdownDescription).toContain('# kvalitetsstandard: ikke-tjek');
    const extension = entries.get('extension/dist/extension.js')!.toString();
    expect(extension).toContain('**/municipalities/*.{yml,yaml}');
    expect(extension).toContain('server/kvalitetsstandard-lsp.mjs');
  });

  it('describes every setting in Danish, and a bad date in Danish too', () => {
    const settings = manifest.contributes.configuration.properties;
    for (const [name, setting] of Object.entries<any>(settings)) {
      expect(setting.markdownDescription ?? setting.description, name).toMatch(/\b(og|eller|som|fx|den|der|ikke|med)\b/);
      expect(setting.markdownDescription ?? setting.description, name).not.toMatch(/\b(the|and|or|value)\b/i);
    }
    const dato = settings['kvalitetsstandard.dato'];
    const pattern = new RegExp(dato.pattern);
    for (const good of ['', '2026-11-23']) expect(pattern.test(good), good).toBe(true);
    for (const bad of ['23-11-2026', '23.11.2026', '2026-11', 'i dag']) expect(pattern.test(bad), bad).toBe(false);
    expect(dato.patternErrorMessage).toBe('Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-23, eller lad feltet være tomt for dagens dato.');
  });

  it('names every setting it contributes, and no other, in the README’s table of settings and in its own README', () => {
    const contributed = Object.keys(manifest.contributes.configuration.properties).sort();
    const table = /^\| indstilling \| værdier \|\n[\s\S]*?\n\n/m.exec(readFileSync(join(root, 'README.md'), 'utf8'))![0];
    const own = entries.get('extension/readme.md')!.toString();
    for (const text of [table, own]) expect([...new Set(text.match(/\bkvalitetsstandard\.[A-Za-z]+/g))].sort()).toEqual(contributed);
    // What a folder without trust does not read is said where the README says what such a folder does.
    for (const restricted of manifest.capabilities.untrustedWorkspaces.restrictedConfigurations)
      expect(readFileSync(join(root, 'README.md'), 'utf8').split('**Tillid til mappen.**')[1]!.split('\n\n')[0]).toContain(restricted);
  });

  it('agrees with the README that Red Hat’s YAML extension is not needed: the project does not recommend it', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain("**Red Hat's YAML-udvidelse** behøver du ikke.");
    const file = join(root, '.vscode', 'extensions.json');
    const recommended: string[] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).recommendations ?? []) : [];
    expect(recommended.map((id) => id.toLowerCase())).not.toContain('redhat.vscode-yaml');
  });

  it('has an extension that loads in Node (with a stand-in for VS Code’s API) and serves files under municipalities/', () => {
    const folder = join(work, 'client');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'extension.js'), entries.get('extension/dist/extension.js')!);
    // Every property of the stand-in is the stand-in: enough for the module to load, not to run.
    const script = `
      const Module = require('node:module');
      const api = new Proxy(function () {}, { get: (_, key) => (key === 'then' ? undefined : api), apply: () => api, construct: () => api });
      const load = Module._load;
      Module._load = function (request, ...rest) { return request === 'vscode' ? api : load.call(this, request, ...rest); };
      const extension = require(${JSON.stringify(join(folder, 'extension.js'))});
      process.stdout.write(JSON.stringify({ activate: typeof extension.activate, deactivate: typeof extension.deactivate, selector: extension.documentSelector }));
    `;
    const loaded = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(loaded.stderr).toBe('');
    expect(JSON.parse(loaded.stdout)).toEqual({
      activate: 'function',
      deactivate: 'function',
      selector: [{ scheme: 'file', language: 'yaml', pattern: '**/municipalities/*.{yml,yaml}' }],
    });
  });

  describe('its packaged server', () => {
    let client: LspClient;

    beforeAll(async () => {
      // Started the way vscode-languageclient starts a module over stdio: node <module> --stdio.
      client = new LspClient(process.execPath, [join(folder, 'extension', 'server', 'kvalitetsstandard-lsp.mjs'), '--stdio'], {});
      await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { dato: '2026-11-23' } });
      client.notify('initialized', {});
    });

    afterAll(async () => {
      await client?.close();
    });

    async function diagnosticsOf(text: string, name: string): Promise<any[]> {
      const uri = pathToFileURL(join(work, 'municipalities', `${name}.yml`)).href;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      return (await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri)).diagnostics;
    }

    it('starts and reports in Danish, from the schema it carries', async () => {
      const text = readFileSync(join(fixtures, 'invalid', 'ukendt-felt-forkert-niveau.yml'), 'utf8');
      const [diagnostic] = await diagnosticsOf(text, 'forkert-niveau');
      expect(diagnostic.message).toMatch(/^Ukendt felt »frist_dage«\. Feltet findes under »behandlingsgaranti«\./);
    });

    it('shows compliance findings with their citation, linked to the requirement’s section in the documentation it carries', async () => {
      const diagnostics = await diagnosticsOf(readFileSync(join(root, 'municipalities', 'holstebro.yml'), 'utf8'), 'holstebro');
      const finding = diagnostics.find((diagnostic) => diagnostic.code === '§3.3');
      // Judged today, so against the regulation in force today.
      expect(finding.message).toContain('BEK genudstedt 2024 § 3, stk. 3');
      expect(finding.codeDescription.href).toBe(`${pathToFileURL(join(folder, 'extension', 'docs', 'krav.md')).href}#bek-1477-2019-3-3`);
      expect(client.stderr).toBe('');
    });
  });

  describe('workspace trust and the `kommando` setting (a stand-in for VS Code that starts the real programs)', () => {
    type Scenario = {
      trusted: boolean;
      user?: unknown;
      folder?: string;
      steps?: ({ trust: true } | { user: unknown } | { wait: true })[];
      fastTimers?: boolean;
    };
    type Run = { started: string[][][]; errors: string[]; warnings: string[]; thrown?: string };
    const bundled = () => join(folder, 'extension', 'server', 'kvalitetsstandard-lsp.mjs');
    /** Activates the packed extension in a stand-in for VS Code; per step, the programs it started. */
    function activate(scenario: Scenario): Run {
      const run = spawnSync(
        process.execPath,
        [join(root, 'test', 'vscode-stand-in.cjs'), join(folder, 'extension', 'dist', 'extension.js'), join(folder, 'extension'), JSON.stringify(scenario)],
        { encoding: 'utf8', timeout: 60_000 },
      );
      return JSON.parse(run.stdout) as Run;
    }
    const programs = (step: string[][]) => step.map(([how, program, ...args]) => (how === 'fork' ? program : [program, ...args.slice(0, -2)].join(' ')));

    it('declares limited support for untrusted workspaces and keeps `kommando` out of a folder’s hands', () => {
      const settings = manifest.contributes.configuration.properties;
      expect(settings['kvalitetsstandard.kommando'].scope).toBe('machine');
      const untrusted = manifest.capabilities.untrustedWorkspaces;
      expect(untrusted.supported).toBe('limited');
      expect(untrusted.restrictedConfigurations).toEqual(['kvalitetsstandard.kommando', 'kvalitetsstandard.regelsaetMapper']);
      expect(untrusted.description).toMatch(/^I en mappe, du ikke har givet tillid .* bruger udvidelsen altid sin egen sprogserver/);
    });

    it('in Restricted Mode starts only the bundled server, whatever the user or the folder set; trust and a changed setting restart it', () => {
      const run = activate({
        trusted: false,
        user: '/findes/ikke/kvalitetsstandard',
        folder: `${process.execPath} mappens-eget-program.js`,
        steps: [{ trust: true }, { user: `${process.execPath} -e process.exit(3)` }, { user: '' }],
      });
      expect(run.thrown).toBeUndefined();
      const [restricted, trusted, exits, cleared] = run.started.map(programs);
      expect(restricted).toEqual([bundled()]);
      // Trusted: the user's own command (never the folder's); it does not exist, so the bundled server takes over.
      expect(trusted).toEqual(['/findes/ikke/kvalitetsstandard', bundled()]);
      // A program that starts but is no language server: the same, on a changed setting, without a reload.
      expect(exits).toEqual([`${process.execPath} -e process.exit(3)`, bundled()]);
      expect(cleared).toEqual([bundled()]);
      expect(run.errors).toEqual(
        ['/findes/ikke/kvalitetsstandard', `${process.execPath} -e process.exit(3)`].map(
          (command) =>
            `Kvalitetsstandard: kommandoen »${command}« kunne ikke startes som sprogserver (»${command} lsp --stdio«). Ret indstillingen »kvalitetsstandard.kommando« i dine brugerindstillinger, eller gør den tom for at bruge udvidelsens egen. Indtil da bruges udvidelsens egen.`,
        ),
      );
    });

    it('says in Danish when `kommando` is no text, naming the setting and the value, and uses the bundled server', () => {
      const run = activate({ trusted: true, user: 5, steps: [{ user: ['npx', 'kvalitetsstandard'] }, { user: '' }] });
      expect(run.thrown).toBeUndefined();
      expect(run.started.map(programs)).toEqual([[bundled()], [bundled()], [bundled()]]);
      expect(run.errors).toEqual([]);
      expect(run.warnings).toEqual(
        ['5', '["npx","kvalitetsstandard"]'].map(
          (value) =>
            `Kvalitetsstandard: Indstillingen »kvalitetsstandard.kommando« er »${value}«, som ikke er en kommando. Skriv kommandoen som tekst, fx »npx kvalitetsstandard«, eller slet indstillingen; indtil da bruges udvidelsens egen sprogserver.`,
        ),
      );
    });

    it('stops a command that runs but never answers as a language server (before: the client waited for ever, and no changed setting took effect)', () => {
      const silent = `${process.execPath} -e setInterval(()=>{},1000)`;
      const run = activate({ trusted: true, user: silent, steps: [{ user: '' }], fastTimers: true });
      expect(run.thrown).toBeUndefined();
      // The silent program, then the bundled server in its place; a changed setting is then taken at once.
      expect(run.started.map(programs)).toEqual([[silent, bundled()], [bundled()]]);
      expect(run.errors).toEqual([
        `Kvalitetsstandard: kommandoen »${silent}« svarede ikke som sprogserver inden for 60 sekunder (»${silent} lsp --stdio«). Ret indstillingen »kvalitetsstandard.kommando« i dine brugerindstillinger, eller gør den tom for at bruge udvidelsens egen. Indtil da bruges udvidelsens egen.`,
      ]);
    });

    it('reads a command whose paths have spaces and Danish letters in quotes, or with »\\ «, as a shell does, and starts it', () => {
      const spaced = mkdtempSync(join(tmpdir(), 'kvalitetsstandard mappe æøå '));
      symlinkSync(process.execPath, join(spaced, 'node'));
      symlinkSync(join(root, 'dist'), join(spaced, 'dist'));
      const node = join(spaced, 'node');
      const cli = join(spaced, 'dist', 'cli.js');
      const escaped = (path: string) => path.replace(/ /g, '\\ ');
      const run = activate({ trusted: true, user: `"${node}" '${cli}'`, steps: [{ user: `${escaped(node)} ${escaped(cli)}` }] });
      expect(run.thrown).toBeUndefined();
      expect(run.errors).toEqual([]);
      expect(run.started).toEqual([[['spawn', node, cli, 'lsp', '--stdio']], [['spawn', node, cli, 'lsp', '--stdio']]]);
    });

    it('restarts a server that stops by itself a bounded number of times, then says in Danish that it gave up; a changed setting starts afresh (before: English »crashed 5 times«)', () => {
      // A language server that answers `initialize` and then exits, as a crash would.
      const crashing = join(work, 'crashing-server.cjs');
      writeFileSync(
        crashing,
        `let buffer = Buffer.alloc(0);
        process.stdin.on('data', (chunk) => {
          buffer = Buffer.concat([buffer, chunk]);
          for (;;) {
            const end = buffer.indexOf('\\r\\n\\r\\n');
            if (end < 0) return;
            const length = Number(/Content-Length: (\\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
            if (buffer.length < end + 4 + length) return;
            const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
            buffer = buffer.subarray(end + 4 + length);
            if (message.method === 'initialize') {
              const body = JSON.stringify({ jsonrpc: '2.0', id: message.id, result: { capabilities: {} } });
              process.stdout.write('Content-Length: ' + Buffer.byteLength(body) + '\\r\\n\\r\\n' + body);
            }
            if (message.method === 'initialized') setTimeout(() => process.exit(70), 100);
          }
        });`,
      );
      const command = `${process.execPath} ${crashing}`;
      const run = activate({ trusted: true, user: command, steps: [{ wait: true }, { user: '' }] }) as Run & { unhandled: string[] };
      expect(run.thrown).toBeUndefined();
      expect(run.unhandled).toEqual([]);
      const [first, crashes, chosen] = run.started.map(programs);
      expect(first).toEqual([command]);
      // Four restarts within the limit; the fifth crash in three minutes is the last.
      expect(crashes).toEqual(Array(restartLimit.restarts).fill(command));
      expect(run.warnings).toEqual([restartedMessage(command)]);
      expect(run.errors).toEqual([gaveUpMessage(command, restartLimit.restarts + 1)]);
      expect(run.errors[0]).toContain('er stoppet uventet 5 gange inden for 3 minutter og startes ikke igen');
      // Clearing the setting is a new choice: the bundled server starts, whatever crashed before.
      expect(chosen).toEqual([bundled()]);
    });

    it('never runs a command set only in the folder’s .vscode/settings.json, even when the folder is trusted', () => {
      const run = activate({ trusted: true, folder: `${process.execPath} mappens-eget-program.js` });
      expect(run.started.map(programs)).toEqual([[bundled()]]);
      expect(run.errors).toEqual([]);
    });
  });
});
