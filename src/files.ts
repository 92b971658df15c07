/**
 * Which municipality files a command works on, the one name each gets in paths and URLs,
 * and the one way any input file is read: typed (regular files only) and bounded (a size
 * cap, and no symlink out of the folder it must stay in), so a FIFO, a device, a symlink
 * to /dev/zero or a huge file is a Danish message rather than a hang.
 */
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readdirSync, readSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileReadErrorText } from './diagnostics/labels.js';
import { formatMessage, type Message, message } from './diagnostics/messages.js';
import { decodeUtf8, notTextArgs } from './encoding.js';
import { nearest } from './suggest.js';
import { UsageError, UserError } from './usage.js';
import { byCodeUnits } from './text/order.js';

export const municipalitiesDir = 'municipalities';

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

/** A kommune's own requirements (`randers.krav.yml`), beside its file: not a municipality file. */
const ownRequirementsSuffix = /\.krav\.ya?ml$/i;
export const isOwnRequirementsFile = (name: string) => ownRequirementsSuffix.test(name);

/** municipalities/randers.krav.yml → municipalities/randers.yml */
export const municipalityFileOf = (ownRequirementsFile: string) =>
  join(dirname(ownRequirementsFile), basename(ownRequirementsFile).replace(ownRequirementsSuffix, '.yml'));

/** municipalities/randers.yml → municipalities/randers.krav.yml */
export function ownRequirementsFileOf(municipalityFile: string): string {
  return join(dirname(municipalityFile), `${basename(municipalityFile).replace(/\.ya?ml$/i, '')}.krav.yml`);
}

/**
 * A file name's place in Danish alphabetical order: æ, ø and å after z, and »aa« as å (as
 * `ny` writes »Aabenraa« and »Faaborg-Midtfyn«); digits, hyphens and other signs by code
 * unit. The order `localeCompare(…, 'da')` gives the names kommuners' files have, without
 * starting the ICU collator, which costs `check` several milliseconds.
 */
function danishSortKey(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('aa', 'å')
    .replace(/[æøå]/g, (letter) => ({ æ: '{', ø: '|', å: '}' })[letter]!);
}

export function danishOrder(a: string, b: string): number {
  const [keyA, keyB] = [danishSortKey(a), danishSortKey(b)];
  return byCodeUnits(keyA, keyB) || byCodeUnits(a, b);
}

/**
 * Every municipality file, sorted, or none when the folder is missing (or a file has its name:
 * a path such as »municipalities/randers.yml/x« looks for neighbours in a file). A folder that
 * is there but cannot be read is said in Danish, not thrown as a bug.
 */
export function allMunicipalityFiles(dir = municipalitiesDir): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw new UserError('mappe-kan-ikke-laeses', { mappe: dir, aarsag: fileReadErrorText(error) });
  }
  return names
    .filter((name) => isYaml(name) && !isOwnRequirementsFile(name))
    .sort(danishOrder)
    .map((name) => join(dir, name));
}

/** Whether a regular file is at the path (through links); false, not an exception, for one that vanished or cannot be looked at (ENOTDIR, ENAMETOOLONG, ELOOP, EACCES). */
export function isRegularFileAt(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Whether anything is at the path itself, also a link to nothing or in a ring (existsSync follows
 * the link and says no); false, not an exception, for a path that cannot be looked at (a file
 * used as a folder, a name too long, no access), which `throwIfNoEntry: false` would throw.
 */
export function somethingAt(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file a name on the command line means, by the rule `ny` names files: an existing path
 * as given; else the kommune's file in its folder (municipalities/ for a bare name) under the
 * name `ny` would have written, so »Lyngby-Taarbæk«, »lyngby-taarbæk«, »Lyngby-Taarbæk
 * Kommune«, »lyngby-taarbaek.yml« and »municipalities/Lyngby-Taarbæk« all mean
 * municipalities/lyngby-taarbaek.yml. A name that matches no file becomes that same path, so
 * the load stage says it is missing (with the nearest kommune) rather than asking to rename
 * a file that does not exist.
 */
export function resolveMunicipalityArgument(arg: string, dir = municipalitiesDir): string {
  // A kommune's own requirements are named as they are, so the user hears what the file is.
  if (isOwnRequirementsFile(arg)) return arg;
  const bare = !/[\\/]/.test(arg);
  const folder = bare ? dir : dirname(arg);
  const slug = slugify(basename(arg).replace(/\.ya?ml$/i, ''));
  const candidates = [
    arg,
    ...(bare ? [join(dir, arg), join(dir, `${arg}.yml`)] : [`${arg}.yml`]),
    ...(slug ? [join(folder, `${slug}.yml`), join(folder, `${slug}.yaml`)] : []),
  ];
  const found = candidates.find(isRegularFileAt);
  // Something at the path as given (a folder, a FIFO, a link to nothing or in a ring) is what the user meant: the reader says what it is.
  return found ?? (somethingAt(arg) || !slug ? arg : join(folder, `${slug}.yml`));
}

/**
 * The files named on the command line (see resolveMunicipalityArgument). A file named twice
 * (»a« and »./municipalities/a.yml«) is worked on once.
 */
export function resolveFileArguments(args: readonly string[], dir = municipalitiesDir): string[] {
  // By absolute path, as sameFile compares; a Map keeps the first spelling, in order.
  const files = new Map<string, string>();
  for (const arg of args) {
    const file = resolveMunicipalityArgument(arg, dir);
    const absolute = resolve(file);
    if (!files.has(absolute)) files.set(absolute, file);
  }
  return [...files.values()];
}

/**
 * The kommune files in a missing file's folder that its name most likely meant: those whose
 * name begins with it or with one of its words (»lyngby« → »lyngby-taarbaek«), else the one
 * nearest in spelling. As »a« eller »b«, for »Mente du …?«.
 */
export function nearestMunicipalities(file: string): string | undefined {
  const wanted = slugify(basename(file).replace(/\.ya?ml$/i, ''));
  if (!wanted) return undefined;
  let ids: string[];
  try {
    ids = allMunicipalityFiles(dirname(file)).map((path) => basename(path).replace(/\.ya?ml$/i, ''));
  } catch {
    // A folder that cannot be read offers no suggestion; reading the file itself says what is wrong.
    return undefined;
  }
  const starting = ids.filter((id) => id.split('-').some((_, index, words) => words.slice(index).join('-').startsWith(wanted)));
  const chosen = starting.length > 0 ? starting.slice(0, 3) : [nearest(wanted, ids)].filter((id) => id !== undefined);
  return chosen.length > 0 ? chosen.join('« eller »') : undefined;
}

/** The one file a single-kommune command (diff, preview) works on, or a Danish usage error with the nearest kommune. */
export function resolveOneFile(arg: string): string {
  const file = resolveMunicipalityArgument(arg);
  if (!existsSync(file)) {
    // A link to nothing or in a ring is there as a name: said as what it is, not »findes ikke« with a guess among its neighbours.
    const read = somethingAt(file) ? readBounded(file, { maxBytes: 0 }) : undefined;
    if (read && !read.ok) throw new UsageError('fil-argument-kan-ikke-laeses', { fil: arg, aarsag: formatMessage(read.code, read.args) });
    throw new UsageError('fil-findes-ikke-argument', { fil: arg, forslag: nearestMunicipalities(file) });
  }
  return file;
}

/** Whether two paths name the same file (»municipalities/a.yml« and »./municipalities/a.yml«). */
export function sameFile(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

/**
 * A name that may become a folder in out/ and a link in out/index.html: lower-case a-z,
 * digits and inner hyphens. No dots (so never ».«, »..« or »index.html«), no slashes, no
 * colons (so never »javascript:«), nothing a file system or a browser reads specially.
 */
const safeSlug = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

/** »Høje-Taastrup Kommune« → »hoeje-taastrup«; the safe name closest to what a person wrote. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/\s+kommune$/, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * The one function that turns a municipality file into the name of its folder in out/ and
 * its links: the file name without .yml/.yaml, admitted only when it is a safe slug.
 * Throws a Danish UserError otherwise (with the name to rename the file to).
 */
export function municipalityId(file: string): string {
  if (isOwnRequirementsFile(basename(file))) throw new UserError('egne-krav-ikke-kommune', { fil: file, kommune: municipalityFileOf(file) });
  const name = basename(file).replace(/\.ya?ml$/i, '');
  if (safeSlug.test(name)) return name;
  const forslag = slugify(name);
  throw new UserError('filnavn-ugyldigt', { fil: file, forslag: forslag ? `${forslag}.yml` : undefined });
}

export interface Municipality {
  file: string;
  id: string;
}

export type FileProblem = { file: string } & Message;

/**
 * Each file with its id, or a problem: an unsafe name, or two files that would build into
 * the same folder (»x.yml« and »x.yaml«); both of a colliding pair are refused, so neither
 * silently overwrites the other.
 */
export function municipalityIds(files: readonly string[]): { municipalities: Municipality[]; refused: FileProblem[] } {
  const named: Municipality[] = [];
  const refused: FileProblem[] = [];
  for (const file of files) {
    try {
      named.push({ file, id: municipalityId(file) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      refused.push({ file, code: error.code, args: error.args });
    }
  }
  const byId = new Map<string, string[]>();
  for (const { file, id } of named) byId.set(id, [...(byId.get(id) ?? []), file]);
  const municipalities = named.filter(({ file, id }) => {
    const same = byId.get(id)!;
    if (same.length === 1) return true;
    refused.push({ file, code: 'filnavn-kollision', args: { fil: file, andre: same.filter((other) => other !== file).join('«, »'), id } });
    return false;
  });
  return { municipalities, refused };
}

// Bounded, typed reading.

export type ReadResult = { ok: true; bytes: Buffer; realPath: string } | ({ ok: false } & Message);

export interface ReadLimits {
  /** Largest size accepted, in bytes. */
  maxBytes: number;
  /** A folder the file (after following symlinks) must lie in. */
  within?: string;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);

/** A path with its links followed as far as it exists (a folder a command will make need not exist yet). */
function followedPath(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, absolute));
}

/** Whether `path` is `folder` or lies inside it, links followed. */
export const liesWithin = (path: string, folder: string): boolean => isInside(followedPath(path), followedPath(folder));

function tooLarge(size: number, maxBytes: number): ReadResult {
  return { ok: false, code: 'fil-for-stor', args: { stoerrelse: formatBytes(size), graense: formatBytes(maxBytes) } };
}

/**
 * The bytes of an open file up to its end or `limit`, into a buffer of the size it claims
 * (one byte more, to see the end) that grows only if the file does: a buffer of the limit
 * for every file made a check of many files wait on memory, not on the disk.
 */
function readUpTo(fd: number, size: number, limit: number): Buffer {
  let buffer = Buffer.allocUnsafe(size);
  let length = 0;
  for (let read = -1; read !== 0 && length < limit; length += read) {
    if (length === buffer.length) buffer = Buffer.concat([buffer], Math.min(buffer.length * 2, limit));
    read = readSync(fd, buffer, length, buffer.length - length, null);
  }
  return buffer.subarray(0, length);
}

/** Where a symbolic link points, when the path is one (whose target, here, is missing). */
function danglingTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a regular file of at most `maxBytes`, refusing folders, FIFOs, devices and sockets
 * before opening them, and again on the opened descriptor (so a file swapped in between is
 * caught too). Opened non-blocking, so even a FIFO that slips through cannot hang the read.
 * Reads at most maxBytes + 1 bytes whatever the file claims its size is.
 */
export function readBounded(path: string, { maxBytes, within }: ReadLimits): ReadResult {
  let fd: number | undefined;
  try {
    const before = statSync(path);
    if (before.isDirectory()) return { ok: false, code: 'fil-er-mappe', args: {} };
    if (!before.isFile()) return { ok: false, code: 'fil-ikke-almindelig', args: {} };
    const realPath = realpathSync(path);
    if (within !== undefined && !isInside(realPath, realpathSync(within))) return { ok: false, code: 'fil-uden-for-mappe', args: { mappe: within } };
    if (before.size > maxBytes) return tooLarge(before.size, maxBytes);
    fd = openSync(realPath, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { ok: false, code: 'fil-ikke-almindelig', args: {} };
    const bytes = readUpTo(fd, Math.min(opened.size, maxBytes) + 1, maxBytes + 1);
    if (bytes.length > maxBytes) return tooLarge(Math.max(bytes.length, opened.size), maxBytes);
    return { ok: true, bytes, realPath };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      // A link whose target is gone exists as a name: »findes ikke, tjek stavningen« would send the user the wrong way.
      const maal = danglingTarget(path);
      if (maal !== undefined) return { ok: false, code: 'fil-link-uden-maal', args: { maal } };
      // A folder's name that is no UTF-8 is listed with »�« in its place, and no file has that name: it is there, under bytes no path here can spell.
      return { ok: false, code: basename(path).includes('\uFFFD') ? 'fil-navn-ikke-utf8' : 'fil-findes-ikke', args: {} };
    }
    if (code === 'ELOOP') return { ok: false, code: 'fil-loekke', args: {} };
    return { ok: false, code: 'fil-kan-ikke-laeses', args: { aarsag: fileReadErrorText(error) } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A text file read like every input (readBounded) and decoded as UTF-8 (a byte order mark
 * dropped); one that is no UTF-8 is said as a municipality file is (»fil-ikke-tekst«: UTF-16,
 * Windows-1252 …), `where` it stops being text: »fil:linje:kolonne«.
 */
export function readTextFile(path: string, limits: ReadLimits): { ok: true; text: string } | ({ ok: false; where: string } & Message) {
  const read = readBounded(path, limits);
  if (!read.ok) return { ...read, where: path };
  const decoded = decodeUtf8(read.bytes);
  if (decoded.ok) return { ok: true, text: decoded.text };
  return { ok: false, code: 'fil-ikke-tekst', args: notTextArgs(decoded), where: `${path}:${decoded.line}:${decoded.column}` };
}

/** A path written in a municipality file (the logo) that must stay inside the file's folder: relative, no »..«. */
export function insideFolder(yamlFile: string, relativePath: string): string | undefined {
  if (isAbsolute(relativePath) || relativePath.split(/[\\/]/).includes('..') || /^[a-z][a-z0-9+.-]*:/i.test(relativePath)) return undefined;
  const folder = dirname(yamlFile);
  const path = resolve(folder, relativePath);
  return isInside(path, resolve(folder)) && relative(resolve(folder), path) !== '' ? path : undefined;
}

/** Templates a municipality may add (a page is a few KB; this is far above any real one). */
export const maxTemplateBytes = 256 * 1024;

/**
 * The .hbs files in a municipality's own template folder, read with the same bounds as any
 * input: regular files inside the folder only. A problem (a symlink loop, a FIFO, a file
 * too large) is returned with the file it concerns, for a Danish message.
 */
export function readTemplateFolder(dir: string): { templates: Map<string, { path: string; source: string }>; problem?: FileProblem } {
  const templates = new Map<string, { path: string; source: string }>();
  let names: string[];
  try {
    if (!existsSync(dir)) {
      // A folder that is a link to nothing or in a ring was meant to be read: said as what it is, never the shared layout in silence.
      const read = somethingAt(dir) ? readBounded(dir, { maxBytes: 0 }) : undefined;
      return read && !read.ok ? { templates, problem: { file: dir, code: read.code, args: read.args } as FileProblem } : { templates };
    }
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.hbs'))
      .sort();
  } catch (error) {
    return { templates, problem: { file: dir, code: 'fil-kan-ikke-laeses', args: { aarsag: fileReadErrorText(error) } } };
  }
  for (const name of names) {
    const path = join(dir, name);
    const read = readTextFile(path, { maxBytes: maxTemplateBytes, within: dir });
    if (!read.ok) return { templates, problem: { ...message(read.code, read.args), file: read.where } };
    templates.set(basename(name, '.hbs'), { path, source: read.text });
  }
  return { templates };
}

/** A logo is a small image on the cover; this is many times any real one. */
export const maxLogoBytes = 1024 * 1024;

const imageTypes: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

export type LogoResult = { ok: true; bytes: Buffer; type: string } | ({ ok: false } & Message);

/**
 * The logo of praesentation.logo, by the one rule validate, build, preview and the build
 * cache share: a relative path to an SVG, PNG or JPEG inside the YAML file's folder (also
 * after following symlinks), a regular file of at most 1 MB.
 */
export function readLogo(yamlFile: string, logo: string): LogoResult {
  const path = insideFolder(yamlFile, logo);
  if (!path) return { ok: false, code: 'logo-uden-for-mappe', args: { logo } };
  const type = imageTypes[extname(path).toLowerCase()];
  if (!type) return { ok: false, code: 'logo-findes-ikke', args: { logo } };
  const read = readBounded(path, { maxBytes: maxLogoBytes, within: dirname(yamlFile) });
  if (read.ok) return { ok: true, bytes: read.bytes, type };
  if (read.code === 'fil-findes-ikke') return { ok: false, code: 'logo-findes-ikke', args: { logo } };
  return { ok: false, code: 'logo-kan-ikke-bruges', args: { logo, aarsag: formatMessage(read.code, read.args) } };
}
