/**
 * Stage 5: write output atomically. A file is written beside its target and renamed over
 * it, so a failure mid-build never leaves a truncated file and never removes the previous
 * good output. A temporary file is named after the process that writes it
 * (`<file>.<pid>.<n>.kvalitetsstandard.tmp`): one left by a killed build is removed by the
 * next, while a concurrent build's own files are left alone, and so is any file of the user's
 * in the output folder (»noter.2024.12.tmp«).
 */
import { readdirSync, unlinkSync } from 'node:fs';
import { link, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileSystemErrorText } from './diagnostics/labels.js';
import { UserError } from './usage.js';

/** The tool's own temporary files, by the process that writes them: no other file ends so. */
const temporarySuffix = '.kvalitetsstandard.tmp';
const temporaryName = /\.(\d+)\.\d+\.kvalitetsstandard\.tmp$/;

let sequence = 0;
const inFlight = new Set<string>();
const writing = new Set<Promise<unknown>>();
let stopped = false;

// A build stopped by a signal exits through here: leave no temporary file behind.
process.on('exit', () => {
  for (const temporary of inFlight) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed or never created.
    }
  }
});

/**
 * `mkdir -p` that always ends. Node's own recursive mkdir (libuv's) never returns where mkdir
 * answers ENOENT although the folder above is there (under /proc, and some network and FUSE
 * drives): »build --out /proc« ran at full CPU for ever. Here each missing folder is made in
 * turn below the nearest one that exists, and the first that cannot be made is the error; a
 * file where the folder should be is EEXIST, as mkdir says it.
 */
export async function makeDirectory(path: string): Promise<void> {
  const missing: string[] = [];
  for (let folder = resolve(path); ; folder = dirname(folder)) {
    const found = await stat(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      return undefined;
    });
    if (found) {
      if (!found.isDirectory()) throw Object.assign(new Error(`EEXIST: ${folder}`), { code: folder === resolve(path) ? 'EEXIST' : 'ENOTDIR' });
      break;
    }
    missing.unshift(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (error) {
      // Made meanwhile by another write or build: fine, if it is a folder.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !(await stat(folder)).isDirectory()) throw error;
    }
  }
}

/** A new name beside `path` for its content until it is whole, removed at exit if left (see above). */
function temporaryBeside(path: string): string {
  const temporary = `${path}.${process.pid}.${(sequence += 1)}${temporarySuffix}`;
  inFlight.add(temporary);
  return temporary;
}

export function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  if (stopped) return Promise.reject(new Error('stopped'));
  const done = write(path, content);
  writing.add(done);
  void done.catch(() => undefined).finally(() => writing.delete(done));
  return done;
}

async function write(path: string, content: string | Uint8Array): Promise<void> {
  await makeDirectory(dirname(path));
  const temporary = temporaryBeside(path);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    inFlight.delete(temporary);
  }
}

/**
 * Creates `path` with `content` only if no file has that name, and never leaves part of it:
 * written whole beside it first, then linked in place (false: the name was taken). A full
 * disk halfway left »ny« a cut-off file that looked valid and that the next »ny« refused to
 * replace.
 */
export async function createExclusive(path: string, content: string): Promise<boolean> {
  const temporary = temporaryBeside(path);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await link(temporary, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    // File systems without hard links: exclusive create of the whole content in one write.
    try {
      await writeFile(path, content, { flag: 'wx' });
      return true;
    } catch (fallbackError) {
      if ((fallbackError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw fallbackError;
    }
  } finally {
    await rm(temporary, { force: true });
    inFlight.delete(temporary);
  }
}

/**
 * For a command stopped by a signal: start no new write, and let those under way finish
 * (each is one small file) for at most `milliseconds`, so none is cut off between creating
 * its temporary file and the exit handler's clean-up.
 */
export async function stopWriting(milliseconds = 2000): Promise<void> {
  stopped = true;
  await Promise.race([Promise.allSettled([...writing]), new Promise((resolve) => setTimeout(resolve, milliseconds).unref())]);
}

/** A write a command cannot do without (an overview, a cache, a report): a full disk or a read-only folder is the user's to fix, exit 1. */
export async function mustWrite(writing: Promise<void>, path: string): Promise<void> {
  try {
    await writing;
  } catch (error) {
    throw new UserError('kan-ikke-skrive', { fil: path, detalje: fileSystemErrorText(error) });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files a killed build left in `dir` and its folders (one level down, where builds write). */
export function removeStaleTemporaryFiles(dir: string, depth = 1): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth > 0) removeStaleTemporaryFiles(path, depth - 1);
    const pid = temporaryName.exec(entry.name)?.[1];
    if (entry.isFile() && pid && !inFlight.has(path) && (Number(pid) === process.pid || !running(Number(pid)))) {
      try {
        unlinkSync(path);
      } catch {
        // Another build removed it first.
      }
    }
  }
}
