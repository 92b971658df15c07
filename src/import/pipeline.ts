/**
 * One import from file to standard, as the worker runs it: read the document (bounded),
 * find its structure and place its sections, then split what is too long for one field.
 * Nothing here writes a file.
 */
import { readWordDocument } from './docx.js';
import { importOutline, type ImportedStandard } from './index.js';
import { splitLongSections } from './split.js';

export interface ImportOptions {
  kommune?: string;
  fileName: string;
}

export async function importFile(path: string, options: ImportOptions): Promise<ImportedStandard> {
  return splitLongSections(importOutline(await readWordDocument(path), options));
}
