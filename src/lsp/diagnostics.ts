/**
 * The language server's renderer of diagnostics: the same load, validate and check as the
 * command line (checkSource), turned into LSP diagnostics at their exact ranges, with the
 * message code and arguments kept as data for the quick fixes.
 */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import { defaultRegulation, type Regulation } from '../regulations/index.js';
import { basename } from 'node:path';
import { checkSource, type OwnCheck } from '../check/run.js';
import { isOwnRequirementsFile, municipalityId, ownRequirementsFileOf } from '../files.js';
import { UserError } from '../usage.js';
import { ownRequirementsFromSource } from '../own/requirements.js';
import type { Finding } from '../check/index.js';
import type { LawNote } from '../check/law-notes.js';
import { assessmentLines, statusWithCertainty } from '../report/compliance.js';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import { formatMessage, type Message, type MessageArgsByCode, message } from '../diagnostics/messages.js';
import { maxFileBytes } from '../load.js';
import { requirementHref } from './requirement-docs.js';

export const source = 'kvalitetsstandard';

const withHref = (href: string | undefined) => (href ? { codeDescription: { href } } : {});

/** How compliance findings may be shown (the setting `kvalitetsstandard.compliance`), the default first. */
export const complianceLevels = ['information', 'advarsel', 'fra'] as const;

/** How compliance findings are shown: the user's choice, per workspace or in the file. */
export type ComplianceLevel = (typeof complianceLevels)[number];

export interface AnalysisSettings {
  compliance: ComplianceLevel;
  /** The date the standard is judged at (revision within 2 years), ÅÅÅÅ-MM-DD. */
  date: string;
}

/** What a quick fix needs to know about a diagnostic. */
export type DiagnosticData =
  | ({ kind: 'validering' } & Message)
  | {
      kind: 'krav';
      id: string;
      field: string;
      /** As the finding cites it: in the regulation the file is judged against. */
      citation: string;
      missingSection: boolean;
      commented?: { titel: string; fra: number; til: number };
    };

/**
 * A file whose first lines say `# kvalitetsstandard: ikke-tjek` is not judged against the
 * regulation (a draft, a fragment, or a file that is not a kvalitetsstandard); it is still
 * validated, since `validate` and `build` read it too.
 */
const noCheckModeline = /^#\s*kvalitetsstandard:\s*ikke-tjek\b/m;

export function hasNoCheckModeline(text: string): boolean {
  return noCheckModeline.test(text.split(/\r\n|\r|\n/, 5).join('\n'));
}

function lspPosition(position: Position): { line: number; character: number } {
  return { line: position.line - 1, character: position.column - 1 };
}

/** A range from a diagnostic's 1-based span; a point grows to the rest of its word. */
function rangeOf(lines: readonly string[], start?: Position, end?: Position): Range {
  if (!start) return { start: { line: 0, character: 0 }, end: { line: 0, character: lines[0]?.length ?? 0 } };
  const from = lspPosition(start);
  const to = end ? lspPosition(end) : from;
  if (to.line > from.line || to.character > from.character) return { start: from, end: to };
  const line = lines[from.line] ?? '';
  const word = /^\S*/.exec(line.slice(from.character))?.[0].length ?? 0;
  return { start: from, end: { line: from.line, character: from.character + Math.max(word, 1) } };
}

/** The content of line `index` without its indentation and trailing space, as a range. */
function contentOf(lines: readonly string[], index: number): Range {
  const line = lines[index] ?? '';
  const start = line.length - line.trimStart().length;
  return { start: { line: index, character: start }, end: { line: index, character: line.trimEnd().length } };
}

/**
 * A finding placed where nothing stands (a blank line, where a missing section belongs, or
 * past a line's end) is shown on the content after it (or else before it): an underline of
 * one blank character is all but invisible.
 */
function visibleRange(lines: readonly string[], range: Range): Range {
  const { start, end } = range;
  if (start.line !== end.line || (lines[start.line] ?? '').slice(start.character, end.character).trim()) return range;
  if ((lines[start.line] ?? '').trim()) return contentOf(lines, start.line);
  const filled = (index: number) => (lines[index] ?? '').trim() !== '';
  let index = start.line + 1;
  while (index < lines.length && !filled(index)) index += 1;
  if (index >= lines.length) for (index = start.line - 1; index >= 0 && !filled(index); index -= 1);
  return index >= 0 ? contentOf(lines, index) : range;
}

function validationDiagnostic(lines: readonly string[], diagnostic: Diagnostic): LspDiagnostic {
  return {
    range: rangeOf(lines, diagnostic.start, diagnostic.end),
    severity: diagnostic.severity === 'fejl' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source,
    code: diagnostic.code,
    message: formatMessage(diagnostic.code, diagnostic.args),
    data: { kind: 'validering', ...message(diagnostic.code, diagnostic.args) } satisfies DiagnosticData,
  };
}

/** The sections a verdict rests on, as places the editor can jump to. */
function sourcesOf(uri: string, lines: readonly string[], finding: Finding): DiagnosticRelatedInformation[] {
  return (finding.sources ?? []).map((found) => ({
    location: { uri, range: rangeOf(lines, { line: found.line, column: 1 }, { line: found.line, column: (lines[found.line - 1]?.length ?? 0) + 1 }) },
    message: formatMessage('lsp-grundlag', { afsnit: found.heading }),
  }));
}

/**
 * A finding where the check places it; an assessed one at its entry in `vurderinger`, with the
 * forvaltning's verdict and the tool's beside it, and as a warning when it must be reviewed.
 */
function findingDiagnostic(uri: string, lines: readonly string[], finding: Finding, level: ComplianceLevel, regulation: Regulation): LspDiagnostic {
  const missingSection = finding.messages.some((message) => message.code === 'afsnit-mangler');
  const commented = finding.messages.find((message) => message.code === 'afsnit-udkommenteret')?.args;
  const { assessment } = finding;
  const tekst = assessment ? assessmentLines(finding).join(' ') : finding.messages.map((message) => formatMessage(message.code, message.args)).join(' ');
  const range = assessment
    ? rangeOf(lines, { line: assessment.line, column: assessment.column }, { line: assessment.line, column: (lines[assessment.line - 1]?.length ?? 0) + 1 })
    : visibleRange(lines, rangeOf(lines, finding.span.start, finding.span.end));
  return {
    range,
    severity: level === 'advarsel' || assessment?.review ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source,
    code: finding.requirement.id,
    // The requirement's own section in docs/krav.md, or the text of the regulation it is judged against.
    ...withHref(requirementHref(regulation, finding.requirement)),
    relatedInformation: sourcesOf(uri, lines, finding),
    message: formatMessage('lsp-krav', {
      id: finding.requirement.id,
      titel: finding.requirement.title,
      status: statusWithCertainty(finding),
      tekst,
      lovhenvisning: finding.citation,
    }),
    data: {
      kind: 'krav',
      id: finding.requirement.id,
      field: finding.requirement.field,
      citation: finding.citation,
      missingSection,
      commented: commented && { titel: finding.requirement.title, fra: Number(commented.fra), til: Number(commented.til) },
    } satisfies DiagnosticData,
  };
}

/** Information about the law (src/check/law-notes.ts): shown as information, linked to the law it cites. */
function noteDiagnostic(lines: readonly string[], note: LawNote): LspDiagnostic {
  return {
    range: rangeOf(lines, note.span.start, note.span.end),
    severity: DiagnosticSeverity.Information,
    source,
    code: note.code,
    codeDescription: { href: note.eli },
    message: formatMessage(note.code, note.args),
  };
}

/**
 * An editor's text as the bytes of a file, for the reading a file gets: with a byte order mark
 * in front, which that reading takes off again. An editor has already taken off the mark a
 * file begins with, so a mark the text itself begins with is one more (a file that begins with
 * two), which stays and is warned of, and every position is one in the text the editor holds.
 */
export const editorBytes = (text: string): Uint8Array => new TextEncoder().encode(`\ufeff${text}`);
/** The mark's bytes in UTF-8, which are no part of the text. */
const markBytes = 3;

/**
 * Every diagnostic of one file's text: validation errors, or (when valid) its compliance
 * findings. `openText`: a file's text as the editor holds it (the kommune's `.krav.yml`,
 * unsaved), if it is open.
 */
/**
 * What validate and build say of the file's name (»Ærø.yml«, »Randers Kommune.yml«: it becomes
 * a folder in out/ and an address), said in the editor too, with the name to rename it to.
 */
function fileNameDiagnostic(uri: string, file: string): Diagnostic | undefined {
  if (!uri.startsWith('file:') || !/\.ya?ml$/i.test(file) || isOwnRequirementsFile(basename(file))) return undefined;
  try {
    municipalityId(file);
    return undefined;
  } catch (error) {
    if (!(error instanceof UserError) || error.code !== 'filnavn-ugyldigt') return undefined;
    return { ...message('filnavn-ugyldigt', { ...(error.args as MessageArgsByCode['filnavn-ugyldigt']), fil: basename(file) }), severity: 'fejl', file };
  }
}

export function analyze(uri: string, file: string, text: string, settings: AnalysisSettings, openText?: (file: string) => string | undefined): LspDiagnostic[] {
  const lines = text.split(/\r\n|\r|\n/);
  const named = fileNameDiagnostic(uri, file);
  const diagnostics = analyzeText(uri, file, text, lines, settings, openText);
  return named ? [validationDiagnostic(lines, named), ...diagnostics] : diagnostics;
}

function analyzeText(
  uri: string,
  file: string,
  text: string,
  lines: readonly string[],
  settings: AnalysisSettings,
  openText?: (file: string) => string | undefined,
): LspDiagnostic[] {
  const bytes = editorBytes(text);
  // The same bound as reading from disk: an editor can hold any text, the check need not.
  if (bytes.length - markBytes > maxFileBytes) {
    const size = `${((bytes.length - markBytes) / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
    return [
      validationDiagnostic(lines, { code: 'fil-for-stor', args: { stoerrelse: size, graense: `${maxFileBytes / 1024 / 1024} MB` }, severity: 'fejl', file }),
    ];
  }
  // A kommune's own requirements, being edited: the same reading as the check's, on the editor's text.
  if (isOwnRequirementsFile(basename(file)))
    return ownRequirementsFromSource(file, bytes, defaultRegulation).diagnostics.map((diagnostic) => validationDiagnostic(lines, diagnostic));
  const own = openText?.(ownRequirementsFileOf(file));
  const result = checkSource(file, bytes, settings.date, own === undefined ? undefined : editorBytes(own));
  if (!result.valid) return result.diagnostics.map((diagnostic) => validationDiagnostic(lines, diagnostic));
  const warnings = result.warnings.map((diagnostic) => validationDiagnostic(lines, diagnostic));
  if (settings.compliance === 'fra' || hasNoCheckModeline(text)) return warnings;
  const findings = result.findings.filter((finding) => finding.status !== 'opfyldt' || finding.assessment);
  const ownFindings = result.own ? ownDiagnostics(uri, lines, result.own, settings.compliance, result.regulationUsed.regulation) : [];
  return [
    ...warnings,
    ...findings.map((finding) => findingDiagnostic(uri, lines, finding, settings.compliance, result.regulationUsed.regulation)),
    ...result.notes.map((note) => noteDiagnostic(lines, note)),
    ...ownFindings,
  ];
}

/**
 * The kommune's own requirements (`.krav.yml`, as saved) in the municipality file: those not
 * met, where the check places them, without the law's link or quick fixes; or, when that
 * file has errors, one note at the top that sends the user there.
 */
function ownDiagnostics(uri: string, lines: readonly string[], own: OwnCheck, level: ComplianceLevel, regulation: Regulation): LspDiagnostic[] {
  const errors = own.diagnostics.filter((diagnostic) => diagnostic.severity === 'fejl');
  if (errors.length > 0) {
    const [first] = errors;
    const args = {
      fil: own.file,
      antal: errors.length,
      linje: first!.start?.line ?? 1,
      kolonne: first!.start?.column ?? 1,
      besked: formatMessage(first!.code, first!.args),
    };
    const text = formatMessage('egne-krav-fil-fejl', args);
    return [{ range: rangeOf(lines), severity: DiagnosticSeverity.Warning, source, code: 'egne-krav-fil-fejl', message: text }];
  }
  return own.findings
    .filter((finding) => finding.status !== 'opfyldt')
    .map((finding) => ({ ...findingDiagnostic(uri, lines, finding, level, regulation), codeDescription: undefined, data: undefined }));
}
