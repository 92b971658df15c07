/**
 * A `>` block, a plain or a quoted scalar over several lines folds its lines into one: a line meant as
 * a list item, a table row or a heading (»- Rådgivning«, »| Tilbud | Pris |«, »## Visitation«)
 * joins the line above and is published as plain words in it. Warn at the first such line of
 * a text, with what to write instead: `|`, which keeps the lines as written.
 */
import { Scalar } from 'yaml';
import type { DiagnosticMessageArgs } from '../diagnostics/diagnostic-messages.js';
import { formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../load.js';
import { fileLineBreaks, valueLines } from '../source-location.js';
import { eachTextScalar } from './text-fields.js';

/** What Markdown reads as structure only at the start of a line. */
const structures: readonly [RegExp, DiagnosticMessageArgs['tekst-foldet']['art']][] = [
  [/^(?:[-*+•]|\d{1,3}[.)])\s/, 'punkt'],
  [/^\|/, 'tabelraekke'],
  [/^#{1,6}\s/, 'overskrift'],
];

/** The kinds of text YAML folds, as the message names them. */
const blockKinds = new Map<Scalar.Type | undefined, DiagnosticMessageArgs['tekst-foldet']['blok']>([
  [Scalar.BLOCK_FOLDED, 'foldet'],
  [Scalar.PLAIN, 'ingen'],
  [Scalar.QUOTE_DOUBLE, 'citeret'],
  [Scalar.QUOTE_SINGLE, 'citeret'],
]);

/** At most this many characters of the line are quoted. */
const quotedLength = 60;

export function foldedLineWarnings(loaded: LoadedFile): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  eachTextScalar(loaded, (scalar, path) => {
    const blok = blockKinds.get(scalar.type);
    if (!blok) return;
    // A text on one line of the file folds nothing.
    const newline = loaded.text.indexOf('\n', scalar.range![0]);
    if (newline < 0 || newline >= scalar.range![1]) return;
    const lines = String(scalar.value).split('\n');
    for (const [index, place] of valueLines(loaded, scalar).entries()) {
      const folds = fileLineBreaks(place.line, place.breaks);
      for (const [fold, next] of folds.map((fold, at) => [fold, folds[at + 1]] as const)) {
        const text = lines[index]!.slice(fold.offset, next ? next.offset - 1 : undefined);
        const art = structures.find(([pattern]) => pattern.test(text))?.[1];
        if (!art) continue;
        const linje = text.length > quotedLength ? `${text.slice(0, quotedLength)}…` : text;
        warnings.push({
          code: 'tekst-foldet',
          args: { linje, art, blok },
          severity: 'advarsel',
          file: loaded.file,
          start: { line: fold.line, column: fold.column },
          end: { line: fold.line, column: fold.column + text.length },
          path: formatPath(path),
        });
        return;
      }
    }
  });
  return warnings;
}
