/**
 * One import from file to standard, as the worker runs it: read the document (bounded),
 * find its structure and place its sections, say what the document holds that was left
 * out, then split what is too long for one field.
 * Nothing here writes a file.
 */
import { readWordDocument } from './docx.js';
import type { ImportedStandard } from './imported.js';
import { importOutline } from './index.js';
import { splitLongSections } from './split.js';
import { unseenQuestions } from './unseen.js';

export interface ImportOptions {
  kommune?: string;
  fileName: string;
}

export async function importFile(path: string, options: ImportOptions): Promise<ImportedStandard> {
  const word = await readWordDocument(path);
  const standard = importOutline(word, options);
  const unseen = word.unseen ? unseenQuestions(word.unseen) : [];
  return splitLongSections(unseen.length > 0 ? { ...standard, questions: [...standard.questions, ...unseen] } : standard);
}
