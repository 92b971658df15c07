/**
 * The language server's speed (issue #13), for `npm run bench`: how long after an edit of
 * the largest file (Ikast-Brande) its diagnostics arrive, measured over stdio as an editor
 * sees it, beside the floor of checking that text in-process; and how often a burst of edits
 * is checked (the first edit after a pause at once, the rest once after the last).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkSource } from '../src/check/run.js';
import { LspClient } from '../test/lsp.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface LanguageServerMeasurement {
  /** Median ms from didChange sent to publishDiagnostics received. */
  afterEdit: number;
  /** Median ms of load, validate and check of the same text in-process (the floor). */
  checkInProcess: number;
  /** Publishes for a burst of 10 edits 5 ms apart, and ms from its last edit to diagnostics. */
  burst: { publishes: number; ms: number };
  runs: number[];
}

export async function measureLanguageServer(root: string, cli: string, count: number, date: string): Promise<LanguageServerMeasurement> {
  const text = readFileSync(join(root, 'municipalities', 'ikast-brande.yml'), 'utf8');
  const client = new LspClient(process.execPath, [cli, 'lsp', '--stdio'], {});
  await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { dato: date } });
  client.notify('initialized', {});
  const uri = pathToFileURL(join(root, 'municipalities', 'ikast-brande-bench.yml')).href;
  let version = 1;
  const published = (wanted: number) => client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === wanted);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  await published(version);

  // Each edit types one more word into a text, as a user does, after a pause as between words.
  const edited = (n: number) => text.replace('kommune: Ikast-Brande Kommune', `kommune: Ikast-Brande Kommune${' ord'.repeat(n % 7)}`);
  const pause = () => new Promise((resolve) => setTimeout(resolve, 150));
  const runs: number[] = [];
  for (let round = 0; round < count; round++) {
    await pause();
    version += 1;
    const started = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: edited(round) }] });
    await published(version);
    runs.push(performance.now() - started);
  }

  await pause();
  const before = client.received('textDocument/publishDiagnostics', (params) => params.uri === uri).length;
  let last = 0;
  for (let edit = 0; edit < 10; edit++) {
    version += 1;
    last = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: edited(edit + 1) }] });
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await published(version);
  const burst = { publishes: client.received('textDocument/publishDiagnostics', (params) => params.uri === uri).length - before, ms: performance.now() - last };
  await client.close();

  const inProcess: number[] = [];
  const bytes = Buffer.from(text);
  for (let round = 0; round < count; round++) {
    const started = performance.now();
    checkSource('ikast-brande.yml', bytes, date);
    inProcess.push(performance.now() - started);
  }
  return { afterEdit: median(runs), checkInProcess: median(inProcess), burst, runs: runs.map(Math.round) };
}
