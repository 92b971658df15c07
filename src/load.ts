/**
 * Stage 1: read a municipality file and parse its YAML, keeping the parsed document so
 * later stages can point at the line and column of any value. Never throws for bad input:
 * every problem becomes a diagnostic.
 */
import { dirname } from 'node:path';
import {
  type Alias,
  type Document,
  isAlias,
  Lexer,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseAllDocuments,
  type YAMLMap,
  YAMLParseError,
  type YAMLError,
  type ErrorCode,
} from 'yaml';
import { capDiagnostics, compareDiagnostics, type Diagnostic, type Position } from './diagnostics/diagnostic.js';
import { type Message, type MessageArgsByCode, type MessageCode, message } from './diagnostics/messages.js';
import { nearestMunicipalities, readBounded } from './files.js';
import { decodeUtf8, notTextArgs } from './encoding.js';
import { findMistakes } from './yaml-mistakes.js';
import { standardFieldNames } from './field-index.js';
import { eachNode } from './yaml-nodes.js';

/** Far above any real standard (the longest source document is under 100 KB). */
export const maxFileBytes = 2 * 1024 * 1024;
/** Aliases a file may expand; a real standard uses none, an alias bomb needs millions. */
const maxAliasCount = 100;

export interface LoadedFile {
  file: string;
  text: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
  data: unknown;
}

export type LoadResult = { ok: true; loaded: LoadedFile; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[]; text?: string };

/**
 * Every error code of the parser as a message, given the text at the error; undefined where
 * the tree's own check says it (treeProblems: a directive, a tag that is not the core
 * schema's). Typed by the package's ErrorCode, so a code a new version adds fails the type
 * check until it has Danish words.
 */
export const yamlErrorMessages: Record<ErrorCode, (snippet: string) => Message | undefined> = {
  ALIAS_PROPS: (snippet) => ({ code: 'yaml-anker-eller-maerke', args: { slags: 'henvisning', tekst: snippet } }),
  BAD_ALIAS: (snippet) => ({ code: 'yaml-ukendt-alias', args: { alias: snippet } }),
  BAD_COLLECTION_TYPE: () => undefined,
  BAD_DIRECTIVE: () => undefined,
  BAD_DQ_ESCAPE: () => ({ code: 'yaml-escape', args: {} }),
  BAD_INDENT: () => ({ code: 'yaml-indrykning', args: {} }),
  BAD_PROP_ORDER: (snippet) => ({ code: 'yaml-anker-eller-maerke', args: { slags: 'foer-tegn', tekst: snippet } }),
  BAD_SCALAR_START: () => ({ code: 'yaml-uventet-tegn', args: {} }),
  BLOCK_AS_IMPLICIT_KEY: () => ({ code: 'yaml-kolon-i-tekst', args: {} }),
  BLOCK_IN_FLOW: () => ({ code: 'yaml-blok-i-klammer', args: {} }),
  DUPLICATE_KEY: (snippet) => ({ code: 'yaml-dobbelt-noegle', args: { felt: snippet } }),
  IMPOSSIBLE: () => ({ code: 'yaml-syntaks', args: {} }),
  KEY_OVER_1024_CHARS: () => ({ code: 'yaml-langt-feltnavn', args: {} }),
  MISSING_CHAR: () => ({ code: 'yaml-manglende-tegn', args: {} }),
  MULTILINE_IMPLICIT_KEY: () => ({ code: 'yaml-indrykning', args: {} }),
  MULTIPLE_ANCHORS: (snippet) => ({ code: 'yaml-anker-eller-maerke', args: { slags: 'to-ankre', tekst: snippet } }),
  MULTIPLE_DOCS: () => ({ code: 'yaml-flere-dokumenter', args: {} }),
  MULTIPLE_TAGS: (snippet) => ({ code: 'yaml-anker-eller-maerke', args: { slags: 'to-maerker', tekst: snippet } }),
  NON_STRING_KEY: (snippet) => ({ code: 'yaml-feltnavn-ikke-tekst', args: { noegle: snippet } }),
  RESOURCE_EXHAUSTION: () => ({ code: 'yaml-for-dybt', args: {} }),
  TAB_AS_INDENT: () => ({ code: 'yaml-tabulator', args: {} }),
  // A tag the parser cannot even name (an undeclared »!e!« handle, »!<!>«); one it names but does not know is the tree's (tagProblem).
  TAG_RESOLVE_FAILED: (snippet) => ({ code: 'yaml-tag-ikke-understoettet', args: { tag: snippet, slags: 'andet' } }),
  UNEXPECTED_TOKEN: () => ({ code: 'yaml-uventet-tegn', args: {} }),
};

/** 1-based line and column of an offset in the text. */
export function positionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The lines of a text as the parser counts them (the first starts at 0), for placing an offset in it without parsing. */
export function linesOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lines.addNewLine(index + 1);
  return lines;
}

function fileProblem<Code extends MessageCode>(file: string, code: Code, args: MessageArgsByCode[Code]): LoadResult {
  return { ok: false, diagnostics: [{ ...message(code, args), severity: 'fejl', file }] };
}

/** Blank and comment-only lines. */
const emptyLine = /[ \t]*(#[^\n]*)?(\n|$)/y;

/**
 * The parser may place an error where the node's leading blank lines and comments begin,
 * lines above the mistake: move past those to the line with content.
 */
function contentAt(text: string, offset: number): number {
  let at = offset;
  for (emptyLine.lastIndex = at; at < text.length; emptyLine.lastIndex = at) {
    const match = emptyLine.exec(text);
    if (!match?.[2]) break;
    at = emptyLine.lastIndex;
  }
  return at >= text.length ? offset : at;
}

/** The key at an offset (sticky, so it never copies the rest of the text). */
const keyAt = /[^:\n]*/y;

function yamlDiagnostic(file: string, text: string, error: YAMLError, lineCounter: LineCounter): Diagnostic | undefined {
  const from = contentAt(text, error.pos[0]);
  const to = Math.max(error.pos[1], from);
  // A duplicate key is reported at its first character; name the whole key.
  keyAt.lastIndex = from;
  const snippet = error.code === 'DUPLICATE_KEY' ? (keyAt.exec(text)?.[0] ?? '').trim() : text.slice(from, Math.max(to, from + 1)).trim();
  const problem = yamlErrorMessages[error.code](snippet);
  if (!problem) return undefined;
  return {
    ...problem,
    severity: error instanceof YAMLParseError ? 'fejl' : 'advarsel',
    file,
    start: positionAt(lineCounter, from),
    end: positionAt(lineCounter, Math.max(to, from + 1)),
  };
}

/**
 * The parser may report one mistake twice at the same spot; keep the likelier cause (a
 * continuation line with a colon is more often wrong indentation than a colon in text).
 */
function onePerPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  const preferred = (diagnostic: Diagnostic) => (diagnostic.code === 'yaml-indrykning' ? 0 : 1);
  const seen = new Set<string>();
  return [...diagnostics]
    .sort((a, b) => preferred(a) - preferred(b))
    .filter((diagnostic) => {
      const key = positionKey(diagnostic);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(compareDiagnostics);
}

const positionKey = (diagnostic: Diagnostic) => `${diagnostic.start?.line}:${diagnostic.start?.column}`;

/** Parser errors that do not follow from the lines' structure; the others are consequences of a mistake, when one is found. */
const keptParserErrors = new Set(['DUPLICATE_KEY', 'BAD_ALIAS', 'TAG_RESOLVE_FAILED', 'BAD_DQ_ESCAPE']);

/** Mistakes whose line the parser cannot have read as meant (a field name or a »- « with a character that is none to YAML): an error even where it read the file. */
const certainMistakes = new Set<MessageCode>(['yaml-usynligt-tegn']);

/**
 * The parser's errors and the mistakes found line by line, each where it is. Where a
 * mistake is found, it is said instead of the parser's structural errors (which stand
 * where the parser gave up, often on another line; any left show once it is fixed). Where
 * the parser read the file, a mistake is a warning: the data may not be what was meant.
 */
function withMistakes(file: string, text: string, errors: YAMLError[], lineCounter: LineCounter, fields: (() => readonly string[]) | null): Diagnostic[] {
  // A tag on a node the parser read is said once, by the tree's check, with what the tag does (tagProblem).
  const parsed = errors.flatMap((error) => {
    if (error.code === 'TAG_RESOLVE_FAILED' && !(error instanceof YAMLParseError)) return [];
    const diagnostic = yamlDiagnostic(file, text, error, lineCounter);
    return diagnostic ? [{ error, diagnostic }] : [];
  });
  const mistakes = findMistakes(file, text, fields);
  const parserFailed = errors.some((error) => error instanceof YAMLParseError);
  if (!parserFailed)
    return onePerPosition([
      ...parsed.map(({ diagnostic }) => diagnostic),
      ...mistakes.map((mistake) => ({ ...mistake, severity: certainMistakes.has(mistake.code) ? mistake.severity : ('advarsel' as const) })),
    ]);
  const explained = mistakes.some((mistake) => mistake.severity === 'fejl');
  const kept = parsed.filter(({ error }) => !explained || keptParserErrors.has(error.code));
  return onePerPosition([...kept.map(({ diagnostic }) => diagnostic), ...mistakes]);
}

/** A `%` directive other than `%YAML 1.2`, which changes how dates and ja/nej are read: an error where it stands. */
function directiveProblems(file: string, text: string, lineCounter: LineCounter): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const directive of text.matchAll(/^%[^\n]*/gm)) {
    if (/^%YAML[ \t]+1\.2[ \t]*(#.*)?$/.test(directive[0].trimEnd())) continue;
    const at = positionAt(lineCounter, directive.index);
    const linje = directive[0].trimEnd();
    found.push({
      code: 'yaml-direktiv',
      args: { linje, version: /^%YAML[ \t]+(\S+)/.exec(linje)?.[1] },
      severity: 'fejl',
      file,
      start: at,
      end: { line: at.line, column: linje.length + 1 },
    });
  }
  return found;
}

/** An error over the text from one offset to another (a node's range). */
function errorAt(file: string, lineCounter: LineCounter, [from, to]: readonly [number, number, ...number[]], problem: Message): Diagnostic {
  return { ...problem, severity: 'fejl', file, start: positionAt(lineCounter, from), end: positionAt(lineCounter, to) };
}

/** How far before a value its tag (and an anchor) may stand: a tag is a word, so this bounds the text searched, not what is found. */
const propertiesReach = 1024;

/** A tag as written: »!!str« for the core schema's long name, else the name itself. */
const shortTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');

/**
 * A tag (»!…«) is never needed in a standard, and says what it does where it stands: one of
 * the core schema's (text, number, true/false, null, list, group) reads the value as it would
 * be read anyway or is ignored, so it is a warning; any other (`!!binary`, `!!timestamp`,
 * `!!set`, a custom `!foo`) makes the value something a standard cannot hold, an error.
 */
function tagProblem(file: string, text: string, node: Node, lineCounter: LineCounter): Diagnostic | undefined {
  if (!node.tag || !node.range) return undefined;
  // The range starts at the value; the tag stands before it, perhaps with an anchor after it, perhaps on the line above.
  const reach = Math.max(0, node.range[0] - propertiesReach);
  const tag = /(![^\s]*)(?:[ \t]+&\S+)?\s*$/.exec(text.slice(reach, node.range[0]));
  const from = tag ? reach + tag.index : node.range[0];
  const name = tag?.[1] ?? shortTag(node.tag);
  const span: [number, number] = [from, from + name.length];
  const core = /^tag:yaml\.org,2002:(str|int|float|bool|null|map|seq)$/.exec(node.tag)?.[1];
  if (core) {
    const problem: Message = { code: 'yaml-maerke-overfloedigt', args: { tag: name, slags: core === 'str' ? 'tekst' : 'andet' } };
    return { ...errorAt(file, lineCounter, span, problem), severity: 'advarsel' };
  }
  const slags = node.tag.endsWith(':binary') ? 'binary' : node.tag.endsWith(':timestamp') ? 'timestamp' : 'andet';
  return errorAt(file, lineCounter, span, { code: 'yaml-tag-ikke-understoettet', args: { tag: name, slags } });
}

/** A key as written, on one line and short. */
function keyText(text: string, [from, to]: readonly [number, number, ...number[]]): string {
  const written = text
    .slice(from, Math.min(to, from + 200))
    .split('\n')[0]!
    .trim();
  return written.length > 40 || to > from + written.length + 1 ? `${written.slice(0, 40)}…` : written;
}

/** Where the »?« of an explicit key stands, when the key has one on its own line before it. */
function explicitKeyAt(text: string, keyStart: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const before = /\?[ \t]*$/.exec(text.slice(Math.max(lineStart, keyStart - propertiesReach), keyStart));
  return before ? keyStart - before[0].length : undefined;
}

/**
 * A key that is no plain field name: a list, a group, a text block, an alias or nothing
 * (»? [a, b]«, »{a: 1}: x«, »: x«) is an error at the key (from its »?«), since no field is
 * called so; a name written as an explicit key (»? maalgruppe« and »: …« below) reads as the
 * field but is a form a standard does not use, a warning.
 */
function keyProblem(file: string, text: string, pair: Pair, lineCounter: LineCounter): Diagnostic | undefined {
  const key = pair.key as Node | null;
  if (!key?.range) return undefined;
  const question = explicitKeyAt(text, key.range[0]);
  const span: [number, number] = [question ?? key.range[0], Math.max(key.range[1], (question ?? key.range[0]) + 1)];
  const noegle = keyText(text, key.range);
  const wrong = (slags: 'liste' | 'gruppe' | 'blok' | 'henvisning' | 'tom' | 'flet', written = noegle) =>
    errorAt(file, lineCounter, span, { code: 'yaml-feltnavn-ikke-tekst', args: { noegle: written, slags } });
  if (isSeq(key)) return wrong('liste');
  if (isMap(key)) return wrong('gruppe');
  if (isAlias(key)) return wrong('henvisning');
  if (!isScalar(key)) return undefined;
  if (key.value === null || key.value === '') return wrong('tom');
  if (key.type === 'BLOCK_LITERAL' || key.type === 'BLOCK_FOLDED') return wrong('blok');
  // A merge (»<<: *faelles«): YAML 1.2 reads it as a field named »<<«, and fields merged in would have no line of their own to be told at.
  if (key.type === 'PLAIN' && key.value === '<<') return wrong('flet', keyText(text, [key.range[0], (pair.value as Node | null)?.range?.[1] ?? key.range[1]]));
  if (question === undefined) return undefined;
  return { ...errorAt(file, lineCounter, span, { code: 'yaml-feltnavn-med-spoergsmaalstegn', args: { felt: String(key.value) } }), severity: 'advarsel' };
}

/** Duplicate keys, one pass with a set per map: the parser's own check compares every key with every other. */
/** Each key of the map that stands twice, added to `found` (one push each: a spread of 100,000 overflows the stack). */
function duplicateKeys(file: string, map: YAMLMap, lineCounter: LineCounter, found: Diagnostic[]): void {
  const keys = new Map<string, number>();
  // The field before, when nothing follows its colon: the fields after it may have been meant under it.
  let emptyBefore: { name: string; index: number; range: readonly [number, number] } | undefined;
  // Such a field, once told: the fields after it that stand twice are its own, not more mistakes.
  let misplaced: number | undefined;
  map.items.forEach((pair, index) => {
    if (!isScalar(pair.key) || !pair.key.range) {
      emptyBefore = undefined;
      return;
    }
    const key = String(pair.key.value);
    const first = keys.get(key);
    // A section added with its name indented as a field of the one above and its fields beside it: the name is the mistake.
    if (first !== undefined && emptyBefore && first < emptyBefore.index) {
      found.push(errorAt(file, lineCounter, emptyBefore.range, { code: 'yaml-tomt-felt-over-felter', args: { felt: emptyBefore.name, gentaget: key } }));
      misplaced = emptyBefore.index;
    } else if (first !== undefined && !(misplaced !== undefined && first < misplaced))
      found.push(errorAt(file, lineCounter, pair.key.range, { code: 'yaml-dobbelt-noegle', args: { felt: key } }));
    if (first === undefined) keys.set(key, index);
    const value = pair.value as Node | null;
    const empty = value === null || (isScalar(value) && value.value === null && !value.source);
    emptyBefore = empty ? { name: key, index, range: [pair.key.range[0], pair.key.range[1]] } : undefined;
  });
}

/**
 * An alias whose anchor was not set before it (`anchors`: those met so far in document
 * order, as the parser resolves them). Asking the parser instead walks the whole document
 * per alias: quadratic in a file of thousands of aliases.
 */
function unresolvedAlias(file: string, anchors: ReadonlySet<string>, alias: Alias, lineCounter: LineCounter): Diagnostic | undefined {
  if (anchors.has(alias.source) || !alias.range) return undefined;
  return errorAt(file, lineCounter, alias.range, { code: 'yaml-ukendt-alias', args: { alias: alias.source } });
}

/**
 * What the tree holds that the parser accepts but a standard cannot: duplicate keys, keys
 * that are no field name and unknown aliases, then `%` directives other than `%YAML 1.2` and
 * tags (each where it stands: an error, or a warning for a key written with »?« and a core
 * schema's tag). One walk over the tree.
 */
function treeProblems(file: string, text: string, document: Document.Parsed, lineCounter: LineCounter): Diagnostic[] {
  // Where the parser gave up, it makes keys of what it could not place: only a tree it read whole has keys to judge.
  const readWhole = document.errors.length === 0;
  const structure: Diagnostic[] = [];
  const tags: Diagnostic[] = [];
  /** Keys said to be no field name: an alias there is that, not also an alias that points nowhere. */
  const keys = new Set<Node>();
  const anchors = new Set<string>();
  eachNode(document.contents, (node) => {
    if (node.anchor) anchors.add(node.anchor);
    if (isMap(node)) {
      duplicateKeys(file, node, lineCounter, structure);
      for (const pair of readWhole ? node.items : []) {
        const problem = keyProblem(file, text, pair, lineCounter);
        if (problem) structure.push(problem);
        if (problem?.severity === 'fejl') keys.add(pair.key as Node);
      }
    } else if (isAlias(node) && !keys.has(node)) {
      const problem = unresolvedAlias(file, anchors, node, lineCounter);
      if (problem) structure.push(problem);
    }
    const tag = tagProblem(file, text, node, lineCounter);
    if (tag) tags.push(tag);
  });
  return [...structure, ...directiveProblems(file, text, lineCounter), ...tags];
}

/** Where the first alias stands, since the parser says no more of where resolving them failed; else the file's start. */
function firstAliasAt(document: Document.Parsed, lineCounter: LineCounter): Position {
  let offset: number | undefined;
  eachNode(document.contents, (node) => {
    if (offset === undefined && isAlias(node)) offset = node.range?.[0];
  });
  return offset === undefined ? { line: 1, column: 1 } : positionAt(lineCounter, offset);
}

/** Reads with the bounds every input has (a regular file, 2 MB, no symlink out of its folder), then parses. */
export async function loadFile(file: string): Promise<LoadResult> {
  const read = readBounded(file, { maxBytes: maxFileBytes, within: dirname(file) });
  if (!read.ok)
    return read.code === 'fil-findes-ikke' ? fileProblem(file, read.code, { forslag: nearestMunicipalities(file) }) : fileProblem(file, read.code, read.args);
  return parseSource(file, read.bytes);
}

/**
 * A lone CR (old Mac line endings, or a mix) ends a line for YAML 1.2 and for every editor,
 * but the parser counts only LF: make each lone CR an LF. Same length, so every offset,
 * line and column stays what the editor shows; CRLF is left as it is.
 */
export function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * How deep brackets and list items written on one line (»- - -«, »? ? ?«) may nest. A
 * standard needs a handful; the parser's tree of a 2 MB file of »[« takes 1.8 GB and 5 s.
 */
export const maxNesting = 100;
/** A run of more list items (or »?«) on one line than maxNesting, each nesting in the one before. */
const compactRun = new RegExp(`(?:[-?][ \\t]+){${maxNesting + 1}}`);
/** The lexer's markers that stand for no text of the file. */
const lexerMarkers = new Set(['\x02', '\x18', '\x1f']);

/**
 * Where a text first nests deeper than maxNesting, read by the lexer, which keeps no tree,
 * before the parser builds one; undefined when it does not. A text with fewer brackets than
 * the limit and no long run of list items is not lexed at all.
 */
function tooDeepAt(text: string): number | undefined {
  let brackets = 0;
  for (let index = 0; index < text.length && brackets <= maxNesting; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x5b || code === 0x7b) brackets += 1;
  }
  if (brackets <= maxNesting && !compactRun.test(text)) return undefined;
  let flow = 0;
  let onLine = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') flow += 1;
    else if (token === ']' || token === '}') flow = Math.max(flow - 1, 0);
    else if (token === '-' || token === '?') onLine += 1;
    else if (token === '\n' || token === '\r\n') onLine = 0;
    if (flow + onLine > maxNesting) return offset;
    if (!lexerMarkers.has(token)) offset += token.length;
  }
  return undefined;
}

/**
 * Parse already-read bytes: the entry point for editors and the preview server too. `fields`:
 * the field names the file may hold, for »Mente du« on a name YAML could not read as a field
 * (a kvalitetsstandard's; null for another kind of file, whose names are not known here).
 */
export function parseSource(file: string, bytes: Uint8Array, fields: (() => readonly string[]) | null = standardFieldNames): LoadResult {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    // Where the text stops being text (a stray byte, a file cut short), or the file's start when it is all of another kind.
    const start = { line: decoded.line, column: decoded.column };
    const problem = message('fil-ikke-tekst', notTextArgs(decoded));
    return { ok: false, diagnostics: [{ ...problem, severity: 'fejl', file, start, end: start }] };
  }
  const text = withLineFeeds(decoded.text);
  const lineCounter = new LineCounter();
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    const at = positionAt(linesOf(text), deep);
    return { ok: false, diagnostics: [{ ...message('yaml-for-dybt', {}), severity: 'fejl', file, start: at, end: at }], text };
  }
  const documents = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
    version: '1.2',
    // No English warning on stderr (a list or group as a key is stringified; the schema then names it).
    logLevel: 'error',
  });
  const list = Array.isArray(documents) ? documents : [];
  const document = list[0];
  if (!document || document.contents === null) return fileProblem(file, 'fil-tom', {});

  const parserProblems = withMistakes(
    file,
    text,
    list.flatMap((parsed) => [...parsed.errors, ...parsed.warnings]),
    lineCounter,
    fields,
  );
  const tree = treeProblems(file, text, document, lineCounter);
  // A tag the parser could not apply (»!!timestamp x«) is said once, by the tree, with what the tag does.
  const tagged = new Set(tree.filter((each) => each.code === 'yaml-maerke-overfloedigt' || each.code === 'yaml-tag-ikke-understoettet').map(positionKey));
  const said = parserProblems.filter((each) => each.code !== 'yaml-tag-ikke-understoettet' || !tagged.has(positionKey(each)));
  const diagnostics = [...said, ...tree];
  if (list.length > 1) {
    const second = list[1]!;
    const at: Position = positionAt(lineCounter, second.range[0]);
    diagnostics.push({ code: 'yaml-flere-dokumenter', args: {}, severity: 'fejl', file, start: at, end: at });
  }
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'fejl');
  if (errors.length > 0) return { ok: false, diagnostics: capDiagnostics(diagnostics), text };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount });
  } catch (error) {
    const message = String((error as Error).message);
    const alias = /Unresolved alias[^:]*: (\S+)/.exec(message)?.[1];
    // The parser's words stay out of the message: a user reads Danish only.
    const problem: Message = /alias count/i.test(message)
      ? { code: 'yaml-alias-bombe', args: {} }
      : /alias/i.test(message)
        ? { code: 'yaml-ukendt-alias', args: { alias } }
        : { code: 'yaml-syntaks', args: {} };
    return { ok: false, text, diagnostics: [...diagnostics, { ...problem, severity: 'fejl', file, start: firstAliasAt(document, lineCounter) }] };
  }
  if (!isMap(document.contents)) {
    const start = positionAt(lineCounter, document.contents.range?.[0] ?? 0);
    return { ok: false, text, diagnostics: [...diagnostics, { code: 'ikke-en-gruppe', args: {}, severity: 'fejl', file, start }] };
  }
  return { ok: true, loaded: { file, text, document, lineCounter, data }, warnings: diagnostics };
}
