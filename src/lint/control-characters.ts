/**
 * Characters that no text of a standard holds and that change what a reader sees: control
 * characters (an escape that colours or clears a terminal, a bell, a backspace; written raw or
 * as »\x1b« in double quotes) and the marks that turn the direction of text, which can make the
 * published page show words in another order than the file has them. The terminal already
 * shows them as codes (src/printable.ts); here they are errors where they stand, so they never
 * reach the page, the PDF or the overview.
 *
 * And characters that show nothing (a zero-width space, a soft hyphen, a word joiner, a byte
 * order mark inside the file; src/yaml-mistakes.ts names them): a value with one looks right
 * and is not what it looks like, so a date, an address, a key, a status or the kommune's name
 * no longer matches. There an error (`yaml-usynligt-tegn`, slags »vaerdi«); in running text,
 * which the page shows as meant, a warning that the check reads the word as two.
 */
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../load.js';
import { positionAt } from '../load.js';
import { codePoint } from '../diagnostics/wording.js';
import { invisibles, oddSpaceName } from '../yaml-mistakes.js';
import { eachTextValue } from '../yaml-nodes.js';
import { isRunningText } from './text-fields.js';

const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const invisibleCharacters = new RegExp(`[${invisibles}]`);
const everyInvisible = new RegExp(invisibleCharacters, 'g');
const unseenCharacters = new RegExp(`${controlCharacters.source.slice(0, -1)}${invisibles}]`);

/** Line breaks YAML does not read as one (next line, line and paragraph separator): an editor may show a break there, validate warns. */
const otherLineBreaks = /[\u0085\u2028\u2029]/g;

/**
 * The text without them: what the importer keeps of a Word document's text, so it never writes
 * a file validate refuses or warns of. A line break YAML does not read as one separates words,
 * so it becomes a space.
 */
export const withoutUnseenCharacters = (text: string): string => {
  const spaced = text.replace(otherLineBreaks, ' ').replace(notCharacters, '');
  return unseenCharacters.test(spaced) ? spaced.replace(new RegExp(unseenCharacters, 'g'), '') : spaced;
};

/**
 * What is no character at all: half of a surrogate pair without its other half (a character
 * reference such as »&#xD800;«, which XML forbids and a parser may let through) and the
 * noncharacters U+FFFE and U+FFFF. Written to YAML as »\ud800« and shown as »�« on the page.
 */
const notCharacters = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;
const directionMarks = /[\u202a-\u202e\u2066-\u2069]/;

/** What no name on the command line holds (`ny`, `importer --kommune`): control characters, line and paragraph separators, marks of direction, characters that show nothing. */
export const notInAName = new RegExp(`[\\p{Cc}\\u2028\\u2029\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069${invisibles}]`, 'u');

function characterName(character: string): string {
  const code = codePoint(character);
  if (directionMarks.test(character)) return `et usynligt tegn, der vender tekstens retning (${code})`;
  if (character === '\u001b') return `et escape-tegn (${code})`;
  return `et usynligt styretegn (${code})`;
}

/** A double-quoted escape that writes a character (»\x1b«, »\u200b«). */
const anyEscape = /\\(?:[0abvfeN_LP]|x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8})/i;
const escapeOf = (character: string) => {
  const hex = character.codePointAt(0)!.toString(16);
  return new RegExp(`\\\\(?:x${hex.padStart(2, '0')}|u${hex.padStart(4, '0')}|U${hex.padStart(8, '0')})(?![0-9a-f])`, 'i');
};

/** Where a character of a value stands as written, and how long it is there: itself, else the escape that writes it, else the value's start. */
function placeOf(loaded: LoadedFile, [from, to]: readonly number[], character: string): { start: Position; end: Position } {
  const source = loaded.text.slice(from, to);
  const raw = source.indexOf(character);
  const escaped = raw < 0 ? (escapeOf(character).exec(source) ?? anyEscape.exec(source)) : null;
  const at = raw >= 0 ? raw : (escaped?.index ?? 0);
  const start = positionAt(loaded.lineCounter, from! + at);
  return { start, end: { line: start.line, column: start.column + (raw >= 0 ? 1 : (escaped?.[0].length ?? 1)) } };
}

const wordCharacter = new RegExp(`[\\p{L}\\p{N}${invisibles}-]`, 'u');

/** The word around an index of a text, as it looks (without the characters that show nothing). */
function wordAround(text: string, index: number): string {
  let start = index;
  while (start > 0 && wordCharacter.test(text[start - 1]!)) start -= 1;
  let end = index;
  while (end < text.length && wordCharacter.test(text[end]!)) end += 1;
  return text.slice(start, end).replace(everyInvisible, '');
}

const shortened = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.column <= b.column);

/**
 * Control characters and direction marks in a file's values (errors), and characters that show
 * nothing: an error in a name, a date, an address or a value another check refused (`found`; the
 * character is then why, and is said instead), a warning in running text. Each where it stands;
 * `found` is returned without what they explain.
 */
export function withCharacterProblems(loaded: LoadedFile, found: readonly Diagnostic[]): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  const errors = [...found];
  const warnings: Diagnostic[] = [];
  // Most files have none, written raw or as an escape: the tree is not walked for them.
  if (!controlCharacters.test(loaded.text) && !invisibleCharacters.test(loaded.text) && !loaded.text.includes('\\')) return { errors, warnings };
  eachTextValue(loaded.document.contents, (scalar, segments) => {
    const path = formatPath(segments);
    const control = controlCharacters.exec(scalar.value);
    const invisible = control ? null : invisibleCharacters.exec(scalar.value);
    const character = (control ?? invisible)?.[0];
    if (!character) return;
    const common = { file: loaded.file, ...placeOf(loaded, scalar.range!, character), path };
    if (control) {
      const slags = directionMarks.test(character) ? 'retning' : 'styretegn';
      errors.push({ code: 'tekst-styretegn', args: { tegn: characterName(character), felt: path, slags }, severity: 'fejl', ...common });
      return;
    }
    const [from, to] = [scalar.range![0], scalar.range![1]].map((offset) => positionAt(loaded.lineCounter, offset)) as [Position, Position];
    const refused = errors.findIndex(({ path: other, start }) => other === path && start !== undefined && before(from, start) && before(start, to));
    const tegn = oddSpaceName(character);
    if (refused >= 0 || !isRunningText(segments)) {
      if (refused >= 0) errors.splice(refused, 1);
      errors.push({
        code: 'yaml-usynligt-tegn',
        args: { tegn, slags: 'vaerdi', felt: path, vaerdi: shortened(scalar.value.replace(everyInvisible, '')) },
        severity: 'fejl',
        ...common,
      });
    } else
      warnings.push({
        code: 'yaml-usynligt-tegn',
        args: { tegn, slags: 'tekst', felt: path, vaerdi: wordAround(scalar.value, invisible!.index) },
        severity: 'advarsel',
        ...common,
      });
  });
  return { errors, warnings };
}
