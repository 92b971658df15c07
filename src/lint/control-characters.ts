/**
 * Characters that no text of a standard holds and that change what a reader sees: control
 * characters (an escape that colours or clears a terminal, a bell, a backspace; written raw or
 * as »\x1b« in double quotes) and the marks that turn the direction of text, which can make the
 * published page show words in another order than the file has them. The terminal already
 * shows them as codes (src/printable.ts); here they are errors where they stand, so they never
 * reach the page, the PDF or the overview.
 */
import { formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../load.js';
import { positionAt } from '../load.js';
import { codePoint } from '../diagnostics/wording.js';
import { eachTextValue } from '../yaml-nodes.js';

const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The text without them: what the importer keeps of a Word document's text, so it never writes a file validate refuses. */
export const withoutControlCharacters = (text: string): string => (controlCharacters.test(text) ? text.replace(new RegExp(controlCharacters, 'g'), '') : text);
const directionMarks = /[\u202a-\u202e\u2066-\u2069]/;

function characterName(character: string): string {
  const code = codePoint(character);
  if (directionMarks.test(character)) return `et usynligt tegn, der vender tekstens retning (${code})`;
  if (character === '\u001b') return `et escape-tegn (${code})`;
  return `et usynligt styretegn (${code})`;
}

export function controlCharacterErrors(loaded: LoadedFile): Diagnostic[] {
  // Most files have none, written raw or as an escape: the tree is not walked for them.
  if (!controlCharacters.test(loaded.text) && !loaded.text.includes('\\')) return [];
  const errors: Diagnostic[] = [];
  eachTextValue(loaded.document.contents, (scalar, path) => {
    const found = controlCharacters.exec(scalar.value);
    if (!found) return;
    const [from, to] = scalar.range!;
    const source = loaded.text.slice(from, to);
    // Where it stands as written: the character itself, else the escape that writes it, else the text's start.
    const written = controlCharacters.exec(source)?.index ?? source.search(/\\(?:[0abvfeN]|x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8})/i);
    const at = positionAt(loaded.lineCounter, from + Math.max(written, 0));
    errors.push({
      code: 'tekst-styretegn',
      args: { tegn: characterName(found[0]), felt: formatPath(path), slags: directionMarks.test(found[0]) ? 'retning' : 'styretegn' },
      severity: 'fejl',
      file: loaded.file,
      start: at,
      end: { line: at.line, column: at.column + 1 },
      path: formatPath(path),
    });
  });
  return errors;
}
