/**
 * What the last build made from which input, so an unchanged municipality is not rebuilt
 * and no file is rewritten. A key is a hash of everything that affects an output: the
 * tool itself (its code, templates, styles, schema, fonts and version), the YAML, the
 * municipality's own templates and logo, and for the compliance report the date it is
 * judged at. Kept in out/.kvalitetsstandard-cache.json.
 *
 * An entry also records the size and modification time of each file it vouches for, as
 * the build saw them after writing. A build killed after writing some output but before
 * saving the cache (SIGKILL at any point) leaves files that no longer match their entry,
 * so the next build makes them again: the cache never claims output it did not produce.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLogo, readTemplateFolder } from '../files.js';
import { writeFileAtomic } from '../write.js';

/** A written file as the build left it. */
export interface OutputStamp {
  size: number;
  mtimeMs: number;
}

export interface CacheEntry {
  /** Key of kvalitetsstandard.html (and .pdf). */
  document: string;
  /** Key of compliance.html, .json (and .pdf). */
  compliance: string;
  /** Whether the PDFs were made from these keys. */
  pdf: boolean;
  /** Each output file (by name in the municipality's folder) as the build left it. */
  outputs?: Record<string, OutputStamp>;
}

const manifestName = '.kvalitetsstandard-cache.json';
const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The tool's own files (dist, templates, schema): not input, so read without the input bounds. */
function hashFiles(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashFiles(hash, path);
    else if (entry.isFile()) hash.update(entry.name).update(readFileSync(path));
  }
}

let toolKey: string | undefined;
/** The tool's own fingerprint: its built code, templates, schema, fonts and version. */
export function toolFingerprint(): string {
  if (!toolKey) {
    const hash = createHash('sha256');
    hash.update(readFileSync(join(packageRoot, 'package.json')));
    for (const dir of ['dist', 'templates', 'schema']) hashFiles(hash, join(packageRoot, dir));
    hash.update(readFileSync(createRequire(import.meta.url).resolve('@fontsource/ibm-plex-sans/package.json')));
    toolKey = hash.digest('hex');
  }
  return toolKey;
}

/** Key of a municipality's standard: the tool, its YAML, its own templates and logo, read by the same bounded rules as the render. */
export function documentKey(yamlFile: string, yamlText: string, municipality: string, logo: string | undefined): string {
  const hash = createHash('sha256').update(toolFingerprint()).update(yamlText);
  const { templates, problem } = readTemplateFolder(join(dirname(yamlFile), 'skabeloner', municipality));
  for (const [name, template] of templates) hash.update(name).update(template.source);
  if (problem) hash.update(`problem:${problem.code}`);
  if (logo) {
    const read = readLogo(yamlFile, logo);
    hash.update(read.ok ? read.bytes : `problem:${read.code}`);
  }
  return hash.digest('hex');
}

/** Key of a municipality's annex: the tool, its YAML, the date, and its own requirements' file (#18.4) when it has one. */
export function complianceKey(yamlText: string, date: string, ownRequirements?: string): string {
  const hash = createHash('sha256').update(toolFingerprint()).update(yamlText).update(date);
  if (ownRequirements !== undefined) hash.update('egne-krav').update(ownRequirements);
  return hash.digest('hex');
}

/** How `name` in `dir` is now, or undefined when it is missing. */
function stampOf(dir: string, name: string): OutputStamp | undefined {
  try {
    const stats = statSync(join(dir, name));
    return stats.isFile() ? { size: stats.size, mtimeMs: stats.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/** The stamps of the files in `dir`, as they are now (after the build wrote them). */
export function stampOutputs(dir: string, names: readonly string[]): Record<string, OutputStamp> {
  const outputs: Record<string, OutputStamp> = {};
  for (const name of names) {
    const stamp = stampOf(dir, name);
    if (stamp) outputs[name] = stamp;
  }
  return outputs;
}

/** Whether every file is there exactly as the entry recorded it. */
export function outputsIntact(entry: CacheEntry | undefined, dir: string, names: readonly string[]): boolean {
  return names.every((name) => {
    const recorded = entry?.outputs?.[name];
    const now = stampOf(dir, name);
    return recorded !== undefined && now !== undefined && now.size === recorded.size && now.mtimeMs === recorded.mtimeMs;
  });
}

export class BuildCache {
  private constructor(
    private readonly path: string,
    private readonly entries: Record<string, CacheEntry>,
  ) {}

  static load(outDir: string): BuildCache {
    const path = join(outDir, manifestName);
    try {
      const entries = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      return new BuildCache(path, entries && typeof entries === 'object' && !Array.isArray(entries) ? (entries as Record<string, CacheEntry>) : {});
    } catch {
      return new BuildCache(path, {});
    }
  }

  get(municipality: string): CacheEntry | undefined {
    return Object.hasOwn(this.entries, municipality) ? this.entries[municipality] : undefined;
  }

  set(municipality: string, entry: CacheEntry): void {
    this.entries[municipality] = entry;
  }

  async save(): Promise<void> {
    const sorted = Object.fromEntries(Object.entries(this.entries).sort(([a], [b]) => a.localeCompare(b)));
    const content = `${JSON.stringify(sorted, null, 2)}\n`;
    if (existsSync(this.path) && readFileSync(this.path, 'utf8') === content) return;
    await writeFileAtomic(this.path, content);
  }
}
