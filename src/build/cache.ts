/**
 * What the last build made from which input, so an unchanged municipality is not rebuilt
 * and no file is rewritten. Kept in out/.kvalitetsstandard-cache.json.
 *
 * Two levels. First the stamps (size and modification time) of everything an output is made
 * from: the municipality's YAML, its own template folder and templates, its logo, and the
 * tool itself; with the date and options of the build. When every stamp still holds and
 * every output is as the build left it, the entry is trusted without reading a single input,
 * and the overview (out/index.html) is made from what the entry keeps of the check. This is
 * all an unchanged build does. When a stamp differs, the inputs are read and hashed: a key
 * per output says whether its content would change (a file only touched, or saved again
 * unchanged, is then not rebuilt, and its new stamps are recorded).
 *
 * An entry also records the size and modification time of each file it vouches for, as
 * the build saw them after writing. A build killed after writing some output but before
 * saving the cache (SIGKILL at any point) leaves files that no longer match their entry,
 * so the next build makes them again: the cache never claims output it did not produce.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { insideFolder, ownRequirementsFileOf, readLogo, readTemplateFolder } from '../files.js';
import type { IndexRow } from '../report/index-row.js';
import { writeFileAtomic } from '../write.js';
import { byCodeUnits } from '../text/order.js';

/** A file as it was seen: enough to tell that it changed without reading it. */
export interface FileStamp {
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
  outputs?: Record<string, FileStamp>;
  /** The tool (toolStamp), the date judged at and each input (null: absent) the keys were made from; no inputs when a stamp was too new to trust. */
  tool?: string;
  date?: string;
  inputs?: Record<string, FileStamp | null>;
  /** What out/index.html shows of the municipality. */
  row?: IndexRow;
}

/** The overview as the build last wrote it: a key of what it shows, and the file as it was left. */
interface IndexRecord {
  key: string;
  stamp: FileStamp;
}

interface CacheFile {
  municipalities: Record<string, CacheEntry>;
  index?: IndexRecord;
}

/** Every file a municipality's folder in out/ can hold. */
export const outputNames = ['kvalitetsstandard.html', 'kvalitetsstandard.pdf', 'compliance.html', 'compliance.json', 'compliance.pdf'];

/** Whether a municipality's folder holds an earlier version: one of its outputs (a first build has none to keep). */
export const hasOutputs = (folder: string) => outputNames.some((name) => existsSync(join(folder, name)));

/** The files a build leaves in a municipality's folder, with or without the PDFs. */
export const outputsOf = (withPdf: boolean) => (withPdf ? outputNames : outputNames.filter((name) => !name.endsWith('.pdf')));

export const manifestName = '.kvalitetsstandard-cache.json';
const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The size a stamp gives what stands at an input's path but cannot be read as one: a link to nothing or in a ring, a FIFO, a file for a folder. */
const unreadable = -1;

/**
 * How `path` is now (a file; a folder when the path ends in »/«), or undefined when nothing is
 * there. Something else at the path is not nothing: the build reports it, so it must not stamp
 * as the absent file it replaced.
 */
function stampOf(path: string): FileStamp | undefined {
  try {
    const stats = statSync(path);
    if (path.endsWith('/') ? stats.isDirectory() : stats.isFile()) return { size: stats.size, mtimeMs: stats.mtimeMs };
  } catch {
    // Not there, or a link that leads nowhere: lstat tells.
  }
  try {
    return { size: unreadable, mtimeMs: lstatSync(path.replace(/\/$/, '')).mtimeMs };
  } catch {
    return undefined;
  }
}

const sameStamp = (a: FileStamp | null | undefined, b: FileStamp | null | undefined) =>
  (a ?? null) === (b ?? null) || (!!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs);

/** Adds the stamp of every file under `dir` (the tool's own files) to the hash, by path relative to the package. */
function hashStamps(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => byCodeUnits(a.name, b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashStamps(hash, path);
    const stamp = entry.isFile() && stampOf(path);
    if (stamp) hash.update(`${relative(packageRoot, path)}\0${stamp.size}\0${stamp.mtimeMs}\n`);
  }
}

let toolKey: string | undefined;
/**
 * The tool's own stamp: its version (package.json, and the font package's), and the stamp of
 * every file of its built code, templates and schema. `npm run prepare`, an edited template
 * or a new release changes it; nothing of the tool is read but the two package.json files.
 */
export function toolStamp(): string {
  if (!toolKey) {
    const hash = createHash('sha256');
    hash.update(readFileSync(join(packageRoot, 'package.json')));
    hash.update(readFileSync(createRequire(import.meta.url).resolve('@fontsource/ibm-plex-sans/package.json')));
    for (const dir of ['dist', 'templates', 'schema']) hashStamps(hash, join(packageRoot, dir));
    toolKey = hash.digest('hex');
  }
  return toolKey;
}

/** The municipality's own template folder (skabeloner/<kommune>/ beside its YAML file). */
const templateFolder = (yamlFile: string, municipality: string) => join(dirname(yamlFile), 'skabeloner', municipality);

/**
 * What a municipality's output is made from, but its logo (named in the YAML): the YAML, its
 * own requirements beside it (absent or not), its template folder (a file added or removed
 * changes the folder's stamp) and the templates in it.
 * As absolute paths, so a build from another folder does not compare other files.
 */
export function inputFiles(yamlFile: string, municipality: string): string[] {
  const folder = resolve(templateFolder(yamlFile, municipality));
  let templates: string[] = [];
  try {
    templates = readdirSync(folder)
      .filter((name) => name.endsWith('.hbs'))
      .map((name) => join(folder, name));
  } catch {
    // No folder of its own (its stamp says so); a folder that cannot be read is reported by the render.
  }
  return [resolve(yamlFile), resolve(ownRequirementsFileOf(yamlFile)), `${folder}/`, ...templates];
}

/** The logo's file, when the YAML names one that may be used. */
export function logoFile(yamlFile: string, logo: string | undefined): string[] {
  const path = logo === undefined ? undefined : insideFolder(yamlFile, logo);
  return path ? [resolve(path)] : [];
}

/**
 * A file changed twice within its file system's time resolution (up to 2 s on FAT) keeps its
 * stamp, so a stamp is trusted only when the file was last changed longer ago than that when
 * the stamp was taken (as git treats a »racily clean« file). An entry without stamps is read
 * and hashed next time: a file saved just before a build is read once more by the next.
 */
const settledMs = 2000;

/** The stamps of `paths` taken now, before they are read; undefined when one is too new to trust. */
export function stampInputs(paths: readonly string[], now = Date.now()): Record<string, FileStamp | null> | undefined {
  const stamps: Record<string, FileStamp | null> = {};
  for (const path of paths) {
    const stamp = stampOf(path) ?? null;
    if (stamp && now - stamp.mtimeMs < settledMs) return undefined;
    stamps[path] = stamp;
  }
  return stamps;
}

/** Whether every input is still as stamped. */
function inputsUnchanged(inputs: Record<string, FileStamp | null> | undefined): boolean {
  if (!inputs) return false;
  return Object.entries(inputs).every(([path, stamp]) => sameStamp(stamp, stampOf(path)));
}

/** What a build is made with, besides the inputs. */
export interface BuildSettings {
  tool: string;
  date: string;
  withPdf: boolean;
}

/** Whether the entry's row for the overview still holds: same tool, same date, every input as stamped. Reads nothing. */
export function rowStillHolds(entry: CacheEntry | undefined, settings: BuildSettings): entry is CacheEntry & { row: IndexRow } {
  return entry?.row !== undefined && entry.tool === settings.tool && entry.date === settings.date && inputsUnchanged(entry.inputs);
}

/** Whether nothing needs to be made for this municipality: its row holds and every output is as the entry left it. Reads nothing. */
export function unchangedSince(
  entry: CacheEntry | undefined,
  settings: BuildSettings,
  dir: string,
  outputs: readonly string[],
): entry is CacheEntry & { row: IndexRow } {
  return rowStillHolds(entry, settings) && (!settings.withPdf || entry.pdf) && outputsIntact(entry, dir, outputs);
}

/** Key of a municipality's standard: the tool, its YAML, its own templates and logo, read by the same bounded rules as the render. */
export function documentKey(yamlFile: string, yamlText: string, municipality: string, logo: string | undefined): string {
  const hash = createHash('sha256').update(toolStamp()).update(yamlText);
  const { templates, problem } = readTemplateFolder(templateFolder(yamlFile, municipality));
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
  const hash = createHash('sha256').update(toolStamp()).update(yamlText).update(date);
  if (ownRequirements !== undefined) hash.update('egne-krav').update(ownRequirements);
  return hash.digest('hex');
}

/** The stamps of the files in `dir`, as they are now (after the build wrote them). */
export function stampOutputs(dir: string, names: readonly string[]): Record<string, FileStamp> {
  const outputs: Record<string, FileStamp> = {};
  for (const name of names) {
    const stamp = stampOf(join(dir, name));
    if (stamp) outputs[name] = stamp;
  }
  return outputs;
}

/** Whether every file is there exactly as the entry recorded it. */
export function outputsIntact(entry: CacheEntry | undefined, dir: string, names: readonly string[]): boolean {
  return names.every((name) => {
    const recorded = entry?.outputs?.[name];
    return recorded !== undefined && sameStamp(recorded, stampOf(join(dir, name)));
  });
}

export class BuildCache {
  private constructor(
    private readonly path: string,
    private readonly content: CacheFile,
    /** The file as loaded, so an unchanged cache is not written again. */
    private readonly loaded?: string,
  ) {}

  /** The cache in `outDir`; an empty one when there is none, or it is unreadable or of an older form (everything is then made again). */
  static load(outDir: string): BuildCache {
    const path = join(outDir, manifestName);
    const text = readIfFile(path);
    try {
      const content = JSON.parse(text ?? 'null') as Partial<CacheFile> | null;
      const municipalities = content?.municipalities;
      if (municipalities && typeof municipalities === 'object' && !Array.isArray(municipalities))
        return new BuildCache(path, { ...content, municipalities }, text);
    } catch {
      // Missing or unreadable: start afresh.
    }
    return new BuildCache(path, { municipalities: {} }, text);
  }

  get(municipality: string): CacheEntry | undefined {
    return Object.hasOwn(this.content.municipalities, municipality) ? this.content.municipalities[municipality] : undefined;
  }

  set(municipality: string, entry: CacheEntry): void {
    this.content.municipalities[municipality] = entry;
  }

  /** Whether `indexPath` is the overview of `key` exactly as the last build left it. */
  indexIntact(indexPath: string, key: string): boolean {
    return this.content.index?.key === key && sameStamp(this.content.index.stamp, stampOf(indexPath));
  }

  /** Records the overview just written (or found as it should be). */
  setIndex(indexPath: string, key: string): void {
    const stamp = stampOf(indexPath);
    if (stamp) this.content.index = { key, stamp };
  }

  async save(): Promise<void> {
    const sorted = Object.fromEntries(Object.entries(this.content.municipalities).sort(([a], [b]) => byCodeUnits(a, b)));
    const content = `${JSON.stringify({ municipalities: sorted, index: this.content.index }, null, 2)}\n`;
    if (this.loaded === content) return;
    await writeFileAtomic(this.path, content);
  }
}

/** The text of a file the build wrote before, or undefined when there is none (or something else stands there). */
export function readIfFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
