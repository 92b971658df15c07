/**
 * #18.4: the editor on a kommune's own `.krav.yml`: its keys at each level with what they
 * mean (completion and hover), the fields of a kvalitetsstandard for `felt`, and the
 * regulation's cue lists for `stikord.liste`. Read from the format's own description
 * (src/own/format.ts), so the editor offers exactly what the check accepts.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Hover, type Position } from 'vscode-languageserver';
import { ownFormat } from '../own/format.js';
import { defaultRegulation } from '../regulations/index.js';
import { cursorContext, type CursorContext } from './cursor.js';
import { siblingKeys, topLevelKeys } from './document-keys.js';
import { rootSchema, type SchemaNode } from './schema.js';

type Level = keyof typeof ownFormat;

/** Which level of the format a key path is at: `krav` → a requirement, `krav.aspekter` → an aspect. */
function levelOf(path: readonly string[]): Level | undefined {
  const at = path.join('.');
  if (at === '') return 'fil';
  if (at === 'krav') return 'krav';
  if (at === 'krav.aspekter') return 'aspekt';
  if (at === 'krav.aspekter.stikord') return 'stikord';
  if (/^krav\.aspekter(\.stikord)?\.formuleringer$/.test(at)) return 'formulering';
  return undefined;
}

/** Keys whose value is a list or a group go on their own lines. */
const nested: Record<string, string> = { krav: '\n  - id: egen-', aspekter: '\n  - id: ', formuleringer: " ['", stikord: '\n  mindst: ' };

/** Dotted field paths of a kvalitetsstandard, with their titles (a few levels down). */
function fieldPaths(node: SchemaNode, prefix = '', depth = 0): { path: string; node: SchemaNode }[] {
  const properties = Object.entries((node.items ?? node).properties ?? {});
  return properties.flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [{ path, node: child }, ...(depth < 2 ? fieldPaths(child, path, depth + 1) : [])];
  });
}

function valueItems(context: CursorContext, position: Position): CompletionItem[] {
  const range = { start: { line: position.line, character: context.word.start }, end: { line: position.line, character: context.word.end } };
  if (context.key === 'felt') {
    return fieldPaths(rootSchema()).map(({ path, node }, index) => ({
      label: path,
      labelDetails: node.title ? { description: node.title } : undefined,
      kind: CompletionItemKind.Field,
      documentation: node.description ? { kind: MarkupKind.Markdown, value: node.description } : undefined,
      sortText: String(index).padStart(4, '0'),
      textEdit: { range, newText: path },
    }));
  }
  if (context.key === 'liste') {
    return Object.keys(defaultRegulation.aspects.shared?.lists ?? {}).map((name) => ({
      label: name,
      kind: CompletionItemKind.EnumMember,
      textEdit: { range, newText: name },
    }));
  }
  return [];
}

export function ownCompletions(text: string, position: Position): CompletionItem[] {
  const lines = text.split(/\r\n|\r|\n/);
  const context = cursorContext(lines, position.line, position.character);
  if (context.inText) return [];
  if (context.onValue) return valueItems(context, position);
  const level = levelOf(context.path);
  if (!level) return [];
  const present = context.path.length === 0 ? topLevelKeys(lines) : siblingKeys(lines, position.line, context.column);
  if (context.word.text) present.delete(context.word.text);
  const range = { start: { line: position.line, character: context.word.start }, end: { line: position.line, character: context.word.end } };
  const indent = ' '.repeat(context.column);
  return Object.entries(ownFormat[level])
    .filter(([key]) => !present.has(key))
    .map(([key, description], index) => ({
      label: key,
      kind: CompletionItemKind.Property,
      documentation: { kind: MarkupKind.Markdown, value: description },
      sortText: String(index).padStart(3, '0'),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: `${key}:${(nested[key] ?? ' ').replaceAll('\n', `\n${indent}`)}$0` },
    }));
}

export function ownHover(text: string, position: Position): Hover | null {
  const lines = text.split(/\r\n|\r|\n/);
  const context = cursorContext(lines, position.line, position.character);
  const level = levelOf(context.path);
  const onKey = context.keyRange && position.character >= context.keyRange.start && position.character <= context.keyRange.end;
  if (!onKey || !level || !context.key) return null;
  const description = (ownFormat[level] as Record<string, string>)[context.key];
  if (!description) return null;
  const range = { start: { line: position.line, character: context.keyRange!.start }, end: { line: position.line, character: context.keyRange!.end } };
  return { contents: { kind: MarkupKind.Markdown, value: `**${context.key}**\n\n${description}` }, range };
}
