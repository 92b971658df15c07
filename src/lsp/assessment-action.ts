/**
 * Issue 17: »Registrér forvaltningens vurdering«. Inserts a complete entry in `vurderinger`
 * for a requirement: its id, the tool's finding as the starting status, today's date and the
 * hash of the sections the finding rests on now; the reason and the author are left empty,
 * so the file is invalid, with a message at the spot, until a person has written them.
 */
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { groundsHash } from '../check/assessments.js';
import type { Finding } from '../check/index.js';
import { checkSource, type FileCheck } from '../check/run.js';
import { formatMessage } from '../diagnostics/messages.js';
import { defaultRegulation } from '../regulations/index.js';
import { cursorContext } from './cursor.js';
import { type DiagnosticData, editorBytes } from './diagnostics.js';

/** The entry's lines, as a list item at `indent`. */
export function assessmentEntry(finding: Finding, grounds: string, date: string, indent: string): string {
  const lines = [
    `- krav: '${finding.requirement.id}'`,
    `  status: ${finding.status}`,
    // An empty block: the line under it is where the reason is written.
    '  begrundelse: |',
    '',
    '  af:',
    `  dato: '${date}'`,
    `  grundlag: ${grounds}`,
  ];
  return lines.map((line) => `${indent}${line}`.trimEnd()).join('\n');
}

/** Where the line with `offset` starts, whatever its line breaks (LF, CRLF or CR only). */
const lineStart = (text: string, offset: number) => Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;

/** Where the new entry goes: after the last entry of `vurderinger`, or a new list (in place of an empty `vurderinger:`, else at the end). */
function insertion(text: string, entry: (indent: string) => string): { offset: number; length: number; newText: string } {
  const list = parseDocument(text).get('vurderinger', true);
  if (isSeq(list) && list.range && list.items.length > 0) {
    const indent = text.slice(lineStart(text, list.range[0]), list.range[0]);
    const end = list.range[1];
    return { offset: end, length: 0, newText: /[\r\n]/.test(text[end - 1] ?? '') ? `${entry(indent)}\n` : `\n${entry(indent)}` };
  }
  const empty = /^vurderinger:[ \t]*(?:#.*)?$/m.exec(text);
  if (empty) return { offset: empty.index, length: empty[0].length, newText: `vurderinger:\n${entry('  ')}` };
  // The last two line breaks as LF, so a CRLF counts once.
  const tail = text.slice(-4).replace(/\r\n?/g, '\n');
  const separator = text.length === 0 || tail.endsWith('\n\n') ? '' : tail.endsWith('\n') ? '\n' : '\n\n';
  return { offset: text.length, length: 0, newText: `${separator}vurderinger:\n${entry('  ')}\n` };
}

function recordAction(uri: string, document: TextDocument, finding: Finding, grounds: string, date: string, diagnostic?: LspDiagnostic): CodeAction {
  const { offset, length, newText } = insertion(document.getText(), (indent) => assessmentEntry(finding, grounds, date, indent));
  const range: Range = { start: document.positionAt(offset), end: document.positionAt(offset + length) };
  return {
    title: formatMessage('lsp-registrer-vurdering', { id: finding.requirement.id, titel: finding.requirement.title }),
    kind: CodeActionKind.QuickFix,
    ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
    edit: { changes: { [uri]: [{ range, newText }] } },
  };
}

/**
 * For an assessment that must be reviewed, once a person has read the sections again: the
 * entry's `dato` becomes today and its `grundlag` the hash of the text as it is now.
 */
function reviewedAction(uri: string, document: TextDocument, finding: Finding, date: string, diagnostic?: LspDiagnostic): CodeAction | undefined {
  const text = document.getText();
  const list = parseDocument(text).get('vurderinger', true);
  const entry = isSeq(list) ? list.items.find((item) => isMap(item) && item.get('krav') === finding.requirement.id) : undefined;
  if (!isMap(entry)) return undefined;
  const pairs = entry.items as Pair<Node, Node>[];
  const valueOf = (name: string) => pairs.find((pair) => isScalar(pair.key) && pair.key.value === name)?.value;
  const replace = (node: Node | null | undefined, value: string): TextEdit | undefined =>
    node?.range ? { range: { start: document.positionAt(node.range[0]), end: document.positionAt(node.range[1]) }, newText: value } : undefined;
  const dato = replace(valueOf('dato'), date);
  const key = pairs[0]?.key?.range?.[0];
  const end = valueOf('dato')?.range?.[1];
  if (!dato || key === undefined || end === undefined) return undefined;
  const indent = ' '.repeat(key - lineStart(text, key));
  const grounds = replace(valueOf('grundlag'), finding.assessment!.grounds) ?? {
    range: { start: document.positionAt(end), end: document.positionAt(end) },
    newText: `\n${indent}grundlag: ${finding.assessment!.grounds}`,
  };
  return {
    title: formatMessage('lsp-vurdering-genlaest', { id: finding.requirement.id, titel: finding.requirement.title }),
    kind: CodeActionKind.QuickFix,
    ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
    edit: { changes: { [uri]: [dato, grounds] } },
  };
}

/** The last text checked for actions: an editor asks again at every cursor move over the same text. */
let lastCheck: { file: string; text: string; date: string; check: FileCheck } | undefined;

function checkedText(file: string, text: string, date: string): FileCheck {
  if (lastCheck?.file !== file || lastCheck.text !== text || lastCheck.date !== date) {
    lastCheck = { file, text, date, check: checkSource(file, editorBytes(text), date) };
  }
  return lastCheck.check;
}

/**
 * The action for every requirement the user points at that has no assessment yet, or one
 * that must be reviewed: those with a finding diagnostic at the cursor, and the requirement
 * whose own section the cursor is in (so a requirement the tool finds met can be assessed too).
 */
export function assessmentActions(
  uri: string,
  document: TextDocument,
  file: string,
  range: Range,
  diagnostics: readonly LspDiagnostic[],
  date: string,
): CodeAction[] {
  const fromDiagnostics = diagnostics.filter((diagnostic) => (diagnostic.data as DiagnosticData | undefined)?.kind === 'krav');
  const lines = document.getText().split(/\r\n|\r|\n/);
  const cursor = cursorContext(lines, range.start.line, range.start.character);
  const section = cursor.path[0] ?? cursor.key;
  const ids = new Map<string, LspDiagnostic | undefined>(fromDiagnostics.map((diagnostic) => [(diagnostic.data as { id: string }).id, diagnostic]));
  const wanted = (field: string) => field.split('.')[0] === section;
  if (ids.size === 0 && !defaultRegulation.requirements.some((requirement) => wanted(requirement.field))) return [];
  const check = checkedText(file, document.getText(), date);
  if (!check.valid) return [];
  for (const finding of check.findings) {
    if (wanted(finding.requirement.field) && !ids.has(finding.requirement.id)) ids.set(finding.requirement.id, undefined);
  }
  return check.findings
    .filter((finding) => ids.has(finding.requirement.id) && (!finding.assessment || finding.assessment.review))
    .flatMap((finding) => {
      const diagnostic = ids.get(finding.requirement.id);
      const action = finding.assessment
        ? reviewedAction(uri, document, finding, date, diagnostic)
        : recordAction(uri, document, finding, groundsHash(check.document, finding), date, diagnostic);
      return action ? [action] : [];
    });
}
