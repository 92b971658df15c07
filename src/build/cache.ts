/**
 * What the last build made from which input, so an unchanged municipality is not rebuilt
 * and no file is rewritten. A key is a hash of everything that affects an output: the
 * tool itself (its code, templates, styles, schema, fonts and version), the YAML, the
 * municipality's own templates and logo, and for the compliance report the date it is
 * judged at. Kept in out/.kvalitetsstandard-cache.json.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../write.js';

export interface CacheEntry {
  /** Key of kvalitetsstandard.html (and .pdf). */
  document: string;
  /** Key of compliance.html, .json (and .pdf). */
  compliance: string;
  /** Whether the PDFs were made from these keys. */
  pdf: boolean;
}

const manifestName = '.kvalitetsstandard-cache.json';
const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

function hashFiles(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashFiles(hash, path);
    else hash.update(name).update(readFileSync(path));
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

/** Key of a municipality's standard: the tool, its YAML, its own templates and logo. */
export function documentKey(yamlFile: string, yamlText: string, municipality: string, logo: string | undefined): string {
  const hash = createHash('sha256').update(toolFingerprint()).update(yamlText);
  hashFiles(hash, join(dirname(yamlFile), 'skabeloner', municipality));
  const logoPath = logo ? resolve(dirname(yamlFile), logo) : undefined;
  if (logoPath && existsSync(logoPath)) hash.update(readFileSync(logoPath));
  return hash.digest('hex');
}

export function complianceKey(yamlText: string, date: string): string {
  return createHash('sha256').update(toolFingerprint()).update(yamlText).update(date).digest('hex');
}

export class BuildCache {
  private constructor(
    private readonly path: string,
    private readonly entries: Record<string, CacheEntry>,
  ) {}

  static load(outDir: string): BuildCache {
    const path = join(outDir, manifestName);
    try {
      return new BuildCache(path, JSON.parse(readFileSync(path, 'utf8')) as Record<string, CacheEntry>);
    } catch {
      return new BuildCache(path, {});
    }
  }

  get(municipality: string): CacheEntry | undefined {
    return this.entries[municipality];
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
