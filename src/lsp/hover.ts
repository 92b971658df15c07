/**
 * Hover: on every field its Danish title and description, and for a section of the
 * regulation (or any field within one) the law's text, the citation and the guidance,
 * all read from the regulation and the schema. On a requirement id or an enum value, what
 * it means.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { defaultRegulation, type Requirement } from '../regulations/index.js';
import { danishDate } from '../dates.js';
import { formatMessage } from '../diagnostics/messages.js';
import { knownRegulations } from '../regulations/select.js';
import { cursorContext } from './cursor.js';
import { nodeOfRequirement, requirementOf, requirementOnPath, schemaAt, type SchemaNode } from './schema.js';

/** What the schema says about a requirement (title, citation, the law's text), and its guidance. */
export function requirementDocumentation(requirement: Requirement): string {
  // Every requirement's node has one (test/schema.test.ts); the legal text stands in otherwise.
  const described = nodeOfRequirement(requirement.id)?.markdownDescription ?? requirement.legalText;
  return described.includes(requirement.guidance) ? described : `${described}\n\n${requirement.guidance}`;
}

export function fieldDocumentation(node: SchemaNode): string {
  const requirement = requirementOf(node);
  if (requirement) return requirementDocumentation(requirement);
  return [node.title ? `**${node.title}**` : '', node.description ?? ''].filter(Boolean).join('\n\n');
}

/** On the value of `regelsaet`: the regulation it names, when it is in force, and what is not confirmed about it. */
function regulationHover(line: string, lineIndex: number): Hover | null {
  const match = /^(regelsaet:[ \t]*)(["']?)(.*?)\2[ \t]*(#.*)?$/.exec(line);
  const regulation = match && knownRegulations().find((known) => known.id === match[3]);
  if (!match || !regulation) return null;
  const start = match[1]!.length;
  const value = formatMessage('regelsaet-beskrivelse', {
    id: regulation.id,
    navn: regulation.name,
    titel: regulation.longName,
    fra: (regulation.validFrom ?? regulation.issued) && danishDate((regulation.validFrom ?? regulation.issued)!),
    til: regulation.validTo && danishDate(regulation.validTo),
    krav: regulation.requirements.length || undefined,
    bemaerkning: regulation.remark,
  });
  const range = { start: { line: lineIndex, character: start }, end: { line: lineIndex, character: start + match[2]!.length * 2 + match[3]!.length } };
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

export function hover(text: string, position: Position): Hover | null {
  const lines = text.split(/\r\n|\r|\n/);
  const context = cursorContext(lines, position.line, position.character);
  if (context.inText) return null;
  const range = (start: number, end: number) => ({ start: { line: position.line, character: start }, end: { line: position.line, character: end } });

  const onKey = context.keyRange && position.character >= context.keyRange.start && position.character <= context.keyRange.end;
  if (onKey && context.key) {
    const path = [...context.path, context.key];
    const node = schemaAt(path);
    if (!node) return null;
    const parts = [fieldDocumentation(node)];
    const section = requirementOf(node) ? undefined : requirementOnPath(path);
    if (section) parts.push(`---\n\n${requirementDocumentation(section.requirement)}`);
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') }, range: range(context.keyRange!.start, context.keyRange!.end) };
  }

  const owner = context.onValue ? [...context.path, context.key!] : context.path;
  if (owner.length === 1 && owner[0] === 'regelsaet') return regulationHover(lines[position.line] ?? '', position.line);
  // A value: a requirement id (in `daekker`) or one of a field's allowed values.
  const value = context.word.text.replace(/^["']|["']$/g, '');
  if (!value) return null;
  const requirement = defaultRegulation.requirements.find((candidate) => candidate.id === value);
  if (requirement)
    return { contents: { kind: MarkupKind.Markdown, value: requirementDocumentation(requirement) }, range: range(context.word.start, context.word.end) };
  // A section named in the presentation order: what that section is.
  const named = owner.join('.') === 'praesentation.raekkefoelge' ? schemaAt([value]) : undefined;
  if (named) return { contents: { kind: MarkupKind.Markdown, value: fieldDocumentation(named) }, range: range(context.word.start, context.word.end) };
  const node = schemaAt(owner);
  const element = node?.enum ? node : node?.items;
  const index = element?.enum?.indexOf(value) ?? -1;
  if (index < 0) return null;
  const description = element!.enumDescriptions?.[index];
  const body = [`**${value}**`, description, node?.title ? `(${node.title})` : undefined].filter(Boolean).join('\n\n');
  return { contents: { kind: MarkupKind.Markdown, value: body }, range: range(context.word.start, context.word.end) };
}
