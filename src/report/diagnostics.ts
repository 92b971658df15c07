/** Renders diagnostics for people (file:line:column, the message, the line with a marker) and as JSON. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage } from '../diagnostics/messages.js';
import { printableInline } from '../printable.js';
import type { Style } from './terminal.js';

export interface FileDiagnostics {
  file: string;
  /** The file's text, when it could be read, to show the offending line. */
  text?: string;
  diagnostics: Diagnostic[];
}

export function location(diagnostic: Diagnostic): string {
  const file = printableInline(diagnostic.file);
  return diagnostic.start ? `${file}:${diagnostic.start.line}:${diagnostic.start.column}` : file;
}

/** Where each line starts, for the text last asked about (a report shows many frames of one file). */
let lineIndex: { text: string; starts: number[] } | undefined;

function lineOf(text: string, line: number): string | undefined {
  if (lineIndex?.text !== text) {
    const starts = [0];
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
    lineIndex = { text, starts };
  }
  const start = lineIndex.starts[line - 1];
  if (start === undefined) return undefined;
  const end = lineIndex.starts[line] ?? text.length + 1;
  return text.slice(start, end - 1).replace(/\r$/, '');
}

/** Widest code frame shown; a longer line is cut around the marker, with »…« where it is cut. */
export const frameWidth = 100;

/** The offending line with a marker under the spot, as compilers show it; control characters made visible. */
function codeFrame(diagnostic: Diagnostic, text: string | undefined, style: Style): string[] {
  if (!text || !diagnostic.start) return [];
  const { line, column } = diagnostic.start;
  const whole = lineOf(text, line);
  if (whole === undefined) return [];
  const endColumn = diagnostic.end && diagnostic.end.line === line ? diagnostic.end.column : whole.length + 1;
  const from = whole.length > frameWidth ? Math.max(0, Math.min(column - 1 - 20, whole.length - frameWidth)) : 0;
  const to = Math.min(whole.length, from + frameWidth);
  const source = `${from > 0 ? '…' : ''}${printableInline(whole.slice(from, to))}${to < whole.length ? '…' : ''}`;
  const markerStart = Math.max(0, column - 1 - from) + (from > 0 ? 1 : 0);
  const width = Math.max(1, Math.min(Math.min(endColumn, whole.length + 1) - column, frameWidth - markerStart + 1));
  const gutter = String(line);
  return [style.dim(`    ${gutter} | `) + source, style.dim(`    ${' '.repeat(gutter.length)} | `) + ' '.repeat(markerStart) + style.red('^'.repeat(width))];
}

export function formatDiagnostic(diagnostic: Diagnostic, text: string | undefined, style: Style): string {
  const severity = diagnostic.severity === 'fejl' ? style.red('fejl') : style.yellow('advarsel');
  const where = diagnostic.path ? style.dim(` (${printableInline(diagnostic.path)})`) : '';
  return [
    `${style.bold(location(diagnostic))}  ${severity}  ${formatMessage(diagnostic.code, diagnostic.args)}${where} ${style.dim(`[${diagnostic.code}]`)}`,
    ...codeFrame(diagnostic, text, style),
  ].join('\n');
}

export function diagnosticToJson(diagnostic: Diagnostic) {
  return {
    kode: diagnostic.code,
    alvor: diagnostic.severity,
    besked: formatMessage(diagnostic.code, diagnostic.args),
    fil: diagnostic.file,
    linje: diagnostic.start?.line ?? null,
    kolonne: diagnostic.start?.column ?? null,
    slutlinje: diagnostic.end?.line ?? null,
    slutkolonne: diagnostic.end?.column ?? null,
    sti: diagnostic.path ?? null,
  };
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** How many errors a file has; »og N flere« stands for N errors not shown. */
export function errorCount(result: FileDiagnostics): number {
  return result.diagnostics.reduce(
    (count, diagnostic) => count + (diagnostic.severity !== 'fejl' ? 0 : diagnostic.code === 'flere-fejl' ? Number(diagnostic.args.antal) : 1),
    0,
  );
}

/** One file's part of the text report: files' parts in order, then validationSummaryText, make the report. */
export function validationFileText(result: FileDiagnostics, style: Style): string {
  const lines = result.diagnostics.length === 0 ? [`${style.green('✓')} ${result.file}: gyldig`] : [];
  for (const diagnostic of result.diagnostics) lines.push(formatDiagnostic(diagnostic, result.text, style));
  return `${lines.join('\n')}\n`;
}

/** The text report's last lines: how many files, how many invalid, how many errors in all. */
export function validationSummaryText(count: number, invalid: number, errors: number, style: Style): string {
  const files = count === 1 ? '1 fil' : `${count} filer`;
  const summary =
    invalid === 0
      ? style.green(`${files} tjekket: alle er gyldige.`)
      : style.red(
          `${files} tjekket: ${count - invalid} ${plural(count - invalid, 'gyldig', 'gyldige')}, ${invalid} ${plural(invalid, 'ugyldig', 'ugyldige')} med i alt ${errors} fejl.`,
        );
  return `\n${summary}\n`;
}

/** One file's entry in the JSON report. */
export function validationFileJson(result: FileDiagnostics) {
  return {
    fil: result.file,
    gyldig: !result.diagnostics.some((diagnostic) => diagnostic.severity === 'fejl'),
    fejl: result.diagnostics.map(diagnosticToJson),
  };
}
