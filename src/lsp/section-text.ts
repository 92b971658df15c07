/**
 * The YAML of a whole section, as completion and the »Tilføj afsnittet« quick fix insert it:
 * heading, the guidance as a comment, a text block, and the section's structured fields,
 * all read from the schema. Values the schema's own snippet fixes (deadline 14, follow-up
 * months 1 and 6) are written; fields only the kommune can fill in are left as comments.
 */
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { stringify } from 'yaml';
import { formatMessage } from '../diagnostics/messages.js';
import { requirementOf, schemaAt, type SchemaNode } from './schema.js';

/** Fields every section has; the rest are the section's structured data. */
const commonFields = new Set(['overskrift', 'tekst', 'daekker']);

const isConcrete = (value: unknown): boolean => value !== undefined && !JSON.stringify(value).includes('${');

function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  return stringify(value).trimEnd();
}

/** The section's data fields, each as YAML lines at one indentation step. */
function fieldLines(node: SchemaNode, indent: string): string[] {
  const body = (node.defaultSnippets?.[0]?.body ?? {}) as Record<string, unknown>;
  return Object.entries(node.properties ?? {})
    .filter(([key]) => !commonFields.has(key))
    .flatMap(([key, field]) => {
      if (isConcrete(body[key])) return [`${indent}${key}: ${flow(body[key])}`];
      const example = field.examples?.[0] ?? elementExample(field);
      if (example === undefined) return [`${indent}# ${key}: (${field.title ?? key})`];
      const lines = stringify({ [key]: example })
        .trimEnd()
        .split('\n');
      return [`${indent}${formatMessage('lsp-eksempel-kommentar', { titel: field.title ?? key })}`, ...lines.map((line) => `${indent}# ${line}`)];
    });
}

/**
 * A list of objects has no example of its own; one element shows it, from its snippet's
 * fields with each field's own example (or, where it has none, its title as a placeholder).
 */
function elementExample(field: SchemaNode): unknown {
  const item = field.items?.defaultSnippets?.[0]?.body;
  if (!item || typeof item !== 'object') return undefined;
  const properties = field.items?.properties ?? {};
  const choice = (value: unknown) => (typeof value === 'string' ? /\$\{\d+\|([^,|]*)/.exec(value)?.[1] : undefined);
  const element = Object.fromEntries(
    Object.entries(item as Record<string, unknown>).map(([key, value]) => [
      key,
      properties[key]?.examples?.[0] ?? choice(value) ?? (isConcrete(value) ? value : (properties[key]?.title ?? key)),
    ]),
  );
  return [element];
}

export interface SectionTextOptions {
  /** Insert tab stops for an editor's snippet (completion); plain text for a quick fix. */
  snippet: boolean;
}

/** The whole section `field` at the top level, ending with a newline. */
export function sectionText(field: string, options: SectionTextOptions): string {
  const node = schemaAt([field]);
  if (!node) return `${field}:\n`;
  const requirement = requirementOf(node);
  const title = requirement?.title ?? node.title ?? field;
  const escape = (text: string) => (options.snippet ? text.replace(/[$}\\]/g, '\\$&') : text);
  const lines = [`${field}:`, `  overskrift: ${options.snippet ? `\${1:${escape(title)}}` : stringify(title).trimEnd()}`];
  if (requirement) lines.push(`  ${escape(formatMessage('lsp-vejledning-kommentar', { vejledning: requirement.guidance }))}`);
  lines.push('  tekst: |', `    ${options.snippet ? '$0' : ''}`);
  lines.push(...fieldLines(node, '  ').map(escape));
  return `${lines.join('\n')}\n`;
}

/** The names of a section's structured fields, for the completion's description. */
export function sectionFieldNames(field: string): string[] {
  return Object.keys(schemaAt([field])?.properties ?? {}).filter((key) => !commonFields.has(key));
}

/**
 * Where a whole section goes at `line` (the blank line the check names, or the content after
 * it): the blank lines around that place become one blank line before the section and one
 * after it (none at the start or end of the file), however many there were.
 */
export function sectionInsertion(document: TextDocument, line: number, section: string): TextEdit {
  const lines = document.getText().split(/\r\n|\r|\n/);
  const blank = (index: number) => index < lines.length && lines[index]!.trim() === '';
  let start = Math.min(line, lines.length);
  while (start > 0 && blank(start - 1)) start -= 1;
  let end = Math.min(line, lines.length);
  while (blank(end)) end += 1;
  if (end >= lines.length) {
    // Nothing after: the section ends the file, after the last content and one blank line.
    const from = start > 0 ? { line: start - 1, character: lines[start - 1]!.length } : { line: 0, character: 0 };
    return { range: { start: from, end: document.positionAt(document.getText().length) }, newText: `${start > 0 ? '\n\n' : ''}${section}` };
  }
  // A section whose empty text block ends it already ends in a blank-looking line.
  const after = /\n[ \t]*\n$/.test(section) ? '' : '\n';
  return { range: { start: { line: start, character: 0 }, end: { line: end, character: 0 } }, newText: `${start > 0 ? '\n' : ''}${section}${after}` };
}
