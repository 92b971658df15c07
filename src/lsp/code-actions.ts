/**
 * Quick fixes where the fix is known: the »Mente du« suggestion, a date rewritten as
 * ÅÅÅÅ-MM-DD, a text with a colon quoted or made a block, tabs replaced, a line moved to
 * its indentation, a missing space or quote added, a value quoted where »#« or a quote
 * ended it early, a text YAML folds (also one in quotes) made a block with »|«, a list's
 * typed bullets (»•«) written »- «, a commented-out section uncommented, and a missing
 * section inserted where the check says it belongs.
 */
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument, Scalar, visit } from 'yaml';
import { formatMessage, type Message } from '../diagnostics/messages.js';
import { defaultRegulation } from '../regulations/index.js';
import { typedBulletLine } from '../lint/typed-bullets.js';
import { quotedFileLines } from '../quoted-text.js';
import { assessmentActions } from './assessment-action.js';
import type { DiagnosticData } from './diagnostics.js';
import { actionsWithLineBreak, lineBreakOf } from './line-breaks.js';
import { sectionInsertion, sectionText } from './section-text.js';

function fix(uri: string, title: string, diagnostic: LspDiagnostic, edits: TextEdit[], preferred = true): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, edit: { changes: { [uri]: edits } } };
}

/** The value on a line from `column`, apart from a trailing comment (which YAML never counts as text). */
function valueFrom(line: string, column: number): { prefix: string; value: string; comment: string; indent: number } | undefined {
  const rest = line.slice(column);
  const comment = /\s+#.*$/.exec(rest)?.[0] ?? '';
  const value = rest.slice(0, rest.length - comment.length).trimEnd();
  if (!value || !/:\s*$/.test(line.slice(0, column))) return undefined;
  return { prefix: line.slice(0, column), value, comment, indent: /^\s*(?:-\s+)?/.exec(line)![0].length };
}

function lineRange(document: TextDocument, line: number): Range {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  return { start: { line, character: 0 }, end: { line, character: text.length } };
}

function lineText(document: TextDocument, line: number): string {
  return document.getText(lineRange(document, line));
}

/**
 * A text on a key's line, and the lines that continue it deeper, as a block with `|`: the
 * fix for a colon in a text and for continuation lines YAML reads as new fields.
 */
function blockFix(uri: string, document: TextDocument, diagnostic: LspDiagnostic, preferred: boolean, at = diagnostic.range.start): CodeAction | undefined {
  const line = at.line;
  const parts = valueFrom(lineText(document, line), at.character);
  if (!parts) return undefined;
  const keyIndent = /^\s*/.exec(parts.prefix)![0].length;
  let last = line;
  while (
    last + 1 < document.lineCount &&
    /^\s*$/.test(lineText(document, last + 1)) === false &&
    /^\s*/.exec(lineText(document, last + 1))![0].length > keyIndent
  )
    last++;
  const indent = ' '.repeat(parts.indent + 2);
  const continued = Array.from({ length: last - line }, (_, index) => lineText(document, line + 1 + index).trim());
  const range = { start: { line, character: 0 }, end: lineRange(document, last).end };
  const newText = `${parts.prefix}|${parts.comment}\n${[parts.value, ...continued].map((text) => indent + text).join('\n')}`;
  return fix(uri, formatMessage('lsp-blok-tekst', {}), diagnostic, [{ range, newText }], preferred);
}

function colonFixes(uri: string, document: TextDocument, diagnostic: LspDiagnostic): CodeAction[] {
  const line = diagnostic.range.start.line;
  const parts = valueFrom(lineText(document, line), diagnostic.range.start.character);
  if (!parts) return [];
  const quoted = `"${parts.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const quote = fix(uri, formatMessage('lsp-citer-tekst', {}), diagnostic, [
    { range: lineRange(document, line), newText: parts.prefix + quoted + parts.comment },
  ]);
  return [quote, blockFix(uri, document, diagnostic, false)!];
}

/** Where the value starts on a »felt: værdi« line (after the first »: «), if it has one. */
function valueColumn(text: string): number | undefined {
  const match = /^[^:#]*:[ \t]+/.exec(text);
  return match?.[0].length;
}

/** The line of the field a text line belongs to: the nearest line above with content that is less indented. */
function fieldLineAbove(document: TextDocument, line: number): number | undefined {
  const indent = /^ */.exec(lineText(document, line))![0].length;
  for (let at = line - 1; at >= 0; at--) {
    const text = lineText(document, at);
    if (text.trim() !== '' && !/^\s*#/.test(text) && /^ */.exec(text)![0].length < indent) return at;
  }
  return undefined;
}

/**
 * A text YAML folds made a block that keeps its lines: its »>« turned into »|«, »|« added after a
 * field whose text starts on the line below, or the text on the field's line moved into a block.
 */
function literalBlockFix(uri: string, document: TextDocument, diagnostic: LspDiagnostic): CodeAction | undefined {
  const line = fieldLineAbove(document, diagnostic.range.start.line);
  if (line === undefined) return undefined;
  const text = lineText(document, line);
  const folded = /:[ \t]+>[-+1-9]*[ \t]*(#.*)?$/.exec(text);
  const title = formatMessage('lsp-blok-tekst', {});
  if (folded) {
    const at = { line, character: text.indexOf('>', folded.index) };
    return fix(uri, title, diagnostic, [{ range: { start: at, end: { line, character: at.character + 1 } }, newText: '|' }]);
  }
  const bare = /:[ \t]*(#.*)?$/.exec(text);
  if (bare) {
    const at = { line, character: bare.index + 1 };
    return fix(uri, title, diagnostic, [{ range: { start: at, end: at }, newText: ' |' }]);
  }
  const column = valueColumn(text);
  return column === undefined ? undefined : blockFix(uri, document, diagnostic, true, { line, character: column });
}

/** A text in quotes with a line at `offset`: its scalar, if it is a field's value in a block (not in »{…}« or »[…]«). */
function quotedScalarAt(document: TextDocument, offset: number): Scalar | undefined {
  let found: Scalar | undefined;
  visit(parseDocument(document.getText()), {
    Scalar(_key, node) {
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      if (quoted && node.range && node.range[0] <= offset && offset < node.range[1]) found = node;
    },
  });
  if (!found) return undefined;
  const start = document.positionAt(found.range![0]);
  const before = document.getText({ start: { line: start.line, character: 0 }, end: start });
  return /^[ \t]*(?:- +)?[^\s#{}[\],"'][^#{}[\],]*:[ \t]+$/.test(before) ? found : undefined;
}

/**
 * A text in quotes that YAML folds, made a block with »|« that keeps the file's lines as they are
 * written: the quotes gone, the escapes read (./quoted-text.ts).
 */
function quotedBlockFix(uri: string, document: TextDocument, diagnostic: LspDiagnostic): CodeAction | undefined {
  const scalar = quotedScalarAt(document, document.offsetAt(diagnostic.range.start));
  if (!scalar) return undefined;
  const lineOf = (offset: number) => document.positionAt(offset).line;
  const written = quotedFileLines(document.getText(), scalar.range![0], String(scalar.value), lineOf);
  const lines = written?.join('\n').trim().split('\n');
  // What a block cannot hold as written: a first line that begins with a space, control characters.
  if (!lines || lines[0] === '' || lines.some((line) => /[\0-\x08\x0b-\x1f\x7f\x85\u2028\u2029]/.test(line))) return undefined;
  const start = document.positionAt(scalar.range![0]);
  const end = document.positionAt(scalar.range![1]);
  const after = lineText(document, end.line).slice(end.character);
  if (!/^[ \t]*(#.*)?$/.test(after)) return undefined;
  const indent = ' '.repeat(/^[ \t]*(?:- +)?/.exec(lineText(document, start.line))![0].length + 2);
  const comment = after.trim() === '' ? '' : ` ${after.trim()}`;
  const range = { start, end: { line: end.line, character: end.character + after.length } };
  const block = lines.map((line) => (line.trim() === '' ? '' : indent + line.trimEnd()));
  return fix(uri, formatMessage('lsp-blok-tekst', {}), diagnostic, [{ range, newText: `|${comment}\n${block.join('\n')}` }]);
}

/**
 * The list of typed bullets that begins at the diagnostic, each bullet made »- «: the list's
 * lines in the file, from the first on, blank lines between them passed over.
 */
function typedBulletFix(uri: string, document: TextDocument, diagnostic: LspDiagnostic, count: number): CodeAction | undefined {
  const edits: TextEdit[] = [];
  for (let line = diagnostic.range.start.line; line < document.lineCount && edits.length < count; line += 1) {
    const text = lineText(document, line);
    const item = typedBulletLine.exec(text);
    if (!item) {
      if (text.trim() === '') continue;
      break;
    }
    const from = item[1]!.length;
    edits.push({ range: { start: { line, character: from }, end: { line, character: from + item[2]!.length } }, newText: '- ' });
  }
  return edits.length === count ? fix(uri, formatMessage('lsp-punkter-med-streg', { antal: count }), diagnostic, edits) : undefined;
}

/** The line's indentation set to `spaces` (the fix for a field, item or text line at the wrong indentation, and for a tab). */
function indentFix(uri: string, document: TextDocument, diagnostic: LspDiagnostic, spaces: number, title: string): CodeAction {
  const line = diagnostic.range.start.line;
  const indent = /^[\t ]*/.exec(lineText(document, line))![0];
  return fix(uri, title, diagnostic, [{ range: { start: { line, character: 0 }, end: { line, character: indent.length } }, newText: ' '.repeat(spaces) }]);
}

/** The value from its start to the line's end put in quotes: where »#« or a quote inside it ends it too early. */
function quoteRestFix(uri: string, document: TextDocument, diagnostic: LspDiagnostic, quote: string): CodeAction | undefined {
  const line = diagnostic.range.start.line;
  const text = lineText(document, line);
  const from = valueColumn(text);
  if (from === undefined) return undefined;
  const value = text.slice(from).trimEnd();
  const quoted = quote === "'" ? `'${value.replace(/'/g, "''")}'` : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const range = { start: { line, character: from }, end: { line, character: from + value.length } };
  return fix(uri, formatMessage('lsp-citer-tekst', {}), diagnostic, [{ range, newText: quoted }]);
}

/** The field name on the diagnostic's line, written with the letters it looks like: »Ret til »titel««. */
function lookalikeKeyFix(uri: string, document: TextDocument, diagnostic: LspDiagnostic, field: string): CodeAction[] {
  const line = diagnostic.range.start.line;
  const key = /^([ \t]*(?:-[ \t]+)*)([^:]+):/.exec(lineText(document, line));
  if (!key) return [];
  const start = key[1]!.length;
  return [
    fix(uri, formatMessage('lsp-ret-til', { forslag: field }), diagnostic, [
      { range: { start: { line, character: start }, end: { line, character: start + key[2]!.length } }, newText: field },
    ]),
  ];
}

const indentOf = (text: string) => /^ */.exec(text)![0].length;

/** The text written after »|« on the field's line, moved to the line below at the text's indentation (the next line's, or 2 deeper than the field). */
function textDownFix(uri: string, document: TextDocument, diagnostic: LspDiagnostic): CodeAction {
  const { line, character } = diagnostic.range.start;
  const text = lineText(document, line);
  const field = indentOf(text);
  const next = line + 1 < document.lineCount ? lineText(document, line + 1) : '';
  const indent = next.trim() !== '' && indentOf(next) > field ? indentOf(next) : field + 2;
  const markEnd = text.slice(0, character).trimEnd().length;
  const range = { start: { line, character: markEnd }, end: { line, character: text.length } };
  return fix(uri, formatMessage('lsp-tekst-ned', {}), diagnostic, [{ range, newText: `\n${' '.repeat(indent)}${text.slice(character).trimEnd()}` }]);
}

/** An empty field moved out to the indentation of the field it stands under: its fields, beside it before, are then its own. */
function outdentFix(uri: string, document: TextDocument, diagnostic: LspDiagnostic, field: string): CodeAction | undefined {
  const line = diagnostic.range.start.line;
  const indent = indentOf(lineText(document, line));
  for (let above = line - 1; above >= 0; above -= 1) {
    const text = lineText(document, above);
    if (text.trim() === '' || text.trimStart().startsWith('#') || indentOf(text) >= indent) continue;
    return indentFix(uri, document, diagnostic, indentOf(text), formatMessage('lsp-ryk-ud', { felt: field }));
  }
  return undefined;
}

/** Fixes for the mistakes made by hand (src/yaml-mistakes.ts), from the diagnostic's arguments. */
function mistakeFixes(uri: string, document: TextDocument, diagnostic: LspDiagnostic, problem: Message): CodeAction[] {
  const line = diagnostic.range.start.line;
  const indent = (args: { mellemrum: number; forventet: number }, hvad: string) => [
    indentFix(
      uri,
      document,
      diagnostic,
      Number(args.forventet),
      formatMessage('lsp-indrykning', { mellemrum: args.mellemrum, forventet: args.forventet, hvad }),
    ),
  ];
  switch (problem.code) {
    case 'yaml-felt-indrykning':
      return indent(problem.args, `»${problem.args.felt}«`);
    case 'yaml-punkt-indrykning':
    case 'yaml-punkt-fortsaetter-tekst':
    case 'yaml-tekst-ikke-rykket-ind':
      return indent(problem.args, 'linjen');
    case 'yaml-mellemrum-efter-kolon': {
      const at = { line, character: diagnostic.range.start.character + 1 };
      return [fix(uri, formatMessage('lsp-mellemrum-efter-kolon', {}), diagnostic, [{ range: { start: at, end: at }, newText: ' ' }])];
    }
    case 'yaml-kolon-i-fortsat-tekst': {
      const start = Number(problem.args.linje) - 1;
      const column = valueColumn(lineText(document, start));
      const block = column === undefined ? undefined : blockFix(uri, document, diagnostic, true, { line: start, character: column });
      return block ? [block] : [];
    }
    case 'tekst-foldet':
    case 'yaml-kommentarlinje-i-tekst': {
      const block =
        problem.code === 'tekst-foldet' && problem.args.blok === 'citeret'
          ? quotedBlockFix(uri, document, diagnostic)
          : literalBlockFix(uri, document, diagnostic);
      return block ? [block] : [];
    }
    case 'punkt-med-tegn': {
      const bullets = typedBulletFix(uri, document, diagnostic, problem.args.antal);
      return bullets ? [bullets] : [];
    }
    case 'yaml-usynligt-mellemrum':
    case 'yaml-usynligt-tegn': {
      if (problem.code === 'yaml-usynligt-tegn' && problem.args.slags === 'ligner' && problem.args.felt)
        return lookalikeKeyFix(uri, document, diagnostic, problem.args.felt);
      // A space that is none to YAML, where a space belongs, becomes one; a character that shows nothing goes.
      const space = problem.code === 'yaml-usynligt-mellemrum' || problem.args.slags === 'efter-kolon' || problem.args.slags === 'efter-streg';
      const newText = space ? ' ' : '';
      return [fix(uri, formatMessage('lsp-usynligt-tegn', { slags: space ? 'mellemrum' : 'slet' }), diagnostic, [{ range: diagnostic.range, newText }])];
    }
    case 'yaml-anfoerselstegn-lukkes-ikke': {
      const end = { line, character: lineText(document, line).trimEnd().length };
      const { tegn } = problem.args;
      return [fix(uri, formatMessage('lsp-luk-anfoerselstegn', { tegn }), diagnostic, [{ range: { start: end, end }, newText: String(tegn) }])];
    }
    case 'yaml-tekst-efter-anfoerselstegn':
    case 'yaml-kommentar-i-tekst':
    case 'vaerdi-er-kommentar': {
      const doubled = problem.code === 'yaml-tekst-efter-anfoerselstegn' && problem.args.tegn === '"';
      const quoted = quoteRestFix(uri, document, diagnostic, doubled ? "'" : '"');
      return quoted ? [quoted] : [];
    }
    case 'punkt-delt-i-to': {
      // The »- « just before the item's first field becomes two spaces: the field joins the item above.
      const text = lineText(document, line);
      const dash = text.slice(0, diagnostic.range.start.character).search(/-[ \t]+$/);
      if (dash < 0) return [];
      const felt = problem.args.felter.split(', ')[0] ?? '';
      const range = { start: { line, character: dash }, end: { line, character: dash + 1 } };
      return [fix(uri, formatMessage('lsp-fjern-streg', { felt }), diagnostic, [{ range, newText: ' ' }])];
    }
    case 'yaml-kolon-mangler': {
      // The name as written becomes the field's with its colon (»maalgrupe« → »maalgruppe:«).
      return [
        fix(uri, formatMessage('lsp-tilfoej-kolon', { felt: problem.args.felt }), diagnostic, [{ range: diagnostic.range, newText: `${problem.args.felt}:` }]),
      ];
    }
    case 'yaml-tekst-efter-blokmaerke':
      return [textDownFix(uri, document, diagnostic)];
    case 'yaml-tomt-felt-over-felter': {
      const outdent = outdentFix(uri, document, diagnostic, problem.args.felt);
      return outdent ? [outdent] : [];
    }
    default:
      return [];
  }
}

/** A section `ny` wrote commented out, with »# « (or »#«) taken off each of its lines. */
function uncommentFix(uri: string, document: TextDocument, diagnostic: LspDiagnostic, lines: { titel: string; fra: number; til: number }): CodeAction {
  const edits = Array.from({ length: lines.til - lines.fra + 1 }, (_, offset) => {
    const line = lines.fra - 1 + offset;
    const prefix = /^# ?/.exec(lineText(document, line))?.[0].length ?? 0;
    return { range: { start: { line, character: 0 }, end: { line, character: prefix } }, newText: '' };
  });
  return fix(uri, formatMessage('lsp-fjern-kommentar', lines), diagnostic, edits);
}

/** The section a finding says is missing, inserted where the check says it belongs; titled with the finding's own citation. */
function insertSection(uri: string, document: TextDocument, diagnostic: LspDiagnostic, field: string, citation: string): CodeAction | undefined {
  const requirement = defaultRegulation.requirements.find((candidate) => candidate.field === field);
  if (!requirement || field.includes('.')) return undefined;
  const edit = sectionInsertion(document, diagnostic.range.start.line, sectionText(field, { snippet: false }));
  return fix(uri, formatMessage('lsp-tilfoej-afsnit', { titel: requirement.title, lovhenvisning: citation }), diagnostic, [edit]);
}

function actionsFor(uri: string, document: TextDocument, diagnostic: LspDiagnostic): CodeAction[] {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (!data) return [];
  if (data.kind === 'krav') {
    if (data.commented) return [uncommentFix(uri, document, diagnostic, data.commented)];
    const action = data.missingSection ? insertSection(uri, document, diagnostic, data.field, data.citation) : undefined;
    return action ? [action] : [];
  }
  const problem: Message = data;
  const { code } = problem;
  const forslag = code === 'ukendt-felt' || code === 'ukendt-afsnit-i-raekkefoelge' || code === 'ugyldig-vaerdi' ? problem.args.forslag : undefined;
  if (typeof forslag === 'string' && forslag) {
    // Keep the quotes the value was written with.
    const quote = /^(['"]).*\1$/.exec(document.getText(diagnostic.range))?.[1] ?? '';
    return [fix(uri, formatMessage('lsp-ret-til', { forslag }), diagnostic, [{ range: diagnostic.range, newText: quote + forslag + quote }])];
  }
  if (problem.code === 'ugyldig-dato' || problem.code === 'ugyldig-vurderingsdato') {
    const date = problem.args.forslag;
    return date ? [fix(uri, formatMessage('lsp-dato', { dato: date }), diagnostic, [{ range: diagnostic.range, newText: date }])] : [];
  }
  if (code === 'yaml-kolon-i-tekst') return colonFixes(uri, document, diagnostic);
  if (code === 'yaml-indrykning') {
    const block = blockFix(uri, document, diagnostic, true);
    return block ? [block] : [];
  }
  if (problem.code === 'yaml-tabulator' && problem.args.mellemrum !== undefined)
    return [indentFix(uri, document, diagnostic, Number(problem.args.mellemrum), formatMessage('lsp-tabulator', {}))];
  if (code === 'yaml-tabulator') {
    const line = diagnostic.range.start.line;
    const text = lineText(document, line);
    const indent = /^[\t ]*/.exec(text)![0];
    return [
      fix(uri, formatMessage('lsp-tabulator', {}), diagnostic, [
        { range: { start: { line, character: 0 }, end: { line, character: indent.length } }, newText: indent.replace(/\t/g, '  ') },
      ]),
    ];
  }
  return mistakeFixes(uri, document, diagnostic, problem);
}

/** Where the user asks for actions, and what the forvaltning's assessment needs: the file and the date it is judged at. */
export interface ActionContext {
  file: string;
  range: Range;
  date: string;
}

export function codeActions(uri: string, document: TextDocument, diagnostics: readonly LspDiagnostic[], context: ActionContext): CodeAction[] {
  const fixes = diagnostics.flatMap((diagnostic) => actionsFor(uri, document, diagnostic));
  const actions = [...fixes, ...assessmentActions(uri, document, context.file, context.range, diagnostics, context.date)];
  return actionsWithLineBreak(actions, lineBreakOf(document.getText()));
}
