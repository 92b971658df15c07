/**
 * A diagnostic is data: where (file, position, key path), what (a message code and its
 * arguments) and how bad. The Danish wording lives in ./messages.ts and is applied only
 * when a report is rendered, as publint keeps codes apart from their text.
 */
import type { Message } from './messages.js';

export type Severity = 'fejl' | 'advarsel';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/** Where a message stands and how bad it is. */
export interface Placement {
  severity: Severity;
  file: string;
  /** Start of the offending spot; absent when the whole file is concerned (missing, binary …). */
  start?: Position;
  end?: Position;
  /** Key path in the document, e.g. `godkendelse[0].dato`. */
  path?: string;
}

export type Diagnostic = Message & Placement;

/** `godkendelse[0].dato` from ['godkendelse', 0, 'dato']. */
export function formatPath(segments: readonly (string | number)[]): string {
  return segments.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (a.start?.line ?? 0) - (b.start?.line ?? 0) || (a.start?.column ?? 0) - (b.start?.column ?? 0);
}

/** Messages shown per file; a file that repeats one mistake thousands of times gets these and »og N flere«. */
export const maxDiagnosticsPerFile = 100;

/** The first diagnostics (in file order) and, past the cap, one that says how many more there are. */
export function capDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= maxDiagnosticsPerFile) return diagnostics;
  const shown = diagnostics.slice(0, maxDiagnosticsPerFile);
  const file = shown[0]!.file;
  return [...shown, { code: 'flere-fejl', args: { antal: diagnostics.length - maxDiagnosticsPerFile }, severity: 'fejl', file }];
}
