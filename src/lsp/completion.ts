/**
 * Completion as a policy officer needs it: missing sections by their Danish title and
 * citation, inserted whole; a section's fields; requirement ids for `daekker`; section keys
 * for `praesentation.raekkefoelge`; enum values with their Danish descriptions.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver';
import { formatMessage } from '../diagnostics/messages.js';
import { defaultRegulation, fullCitation } from '../regulations/index.js';
import { knownRegulations } from '../regulations/select.js';
import { cursorContext, type CursorContext } from './cursor.js';
import { listedValues, sectionKeysIn, siblingKeys, topLevelKeys } from './document-keys.js';
import { fieldDocumentation, requirementDocumentation } from './hover.js';
import { elementOf, requirementOf, rootSchema, schemaAt, type SchemaNode } from './schema.js';
import { sectionFieldNames, sectionText } from './section-text.js';

const order = (index: number) => String(index).padStart(3, '0');

/** The word under the cursor, which a chosen item replaces. */
function wordRange(position: Position, context: CursorContext): Range {
  return { start: { line: position.line, character: context.word.start }, end: { line: position.line, character: context.word.end } };
}

/** A missing top-level section of the regulation: the whole section, labelled by title and citation. */
function sectionItem(field: string, node: SchemaNode, index: number, range: Range): CompletionItem {
  const requirement = requirementOf(node)!;
  const citation = fullCitation(defaultRegulation, requirement);
  const fields = sectionFieldNames(field);
  return {
    label: requirement.title,
    labelDetails: { detail: ` ${field}`, description: citation },
    kind: CompletionItemKind.Module,
    // The label is the title already: the detail adds the citation, not the title again.
    detail: citation,
    documentation: {
      kind: MarkupKind.Markdown,
      value: `${requirementDocumentation(requirement)}\n\n${formatMessage('lsp-afsnit-indsaettes', { felter: fields.join(', ') || undefined })}`,
    },
    filterText: `${field} ${requirement.title}`,
    sortText: `0${order(index)}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: { ...range, start: { line: range.start.line, character: 0 } }, newText: sectionText(field, { snippet: true }) },
  };
}

/** A field of a mapping (not a section of the regulation): `key: ` or the key with its nested lines. */
function fieldItem(key: string, node: SchemaNode, index: number, range: Range, column: number): CompletionItem {
  const nested = node.type === 'object' ? `\n${' '.repeat(column + 2)}$0` : node.type === 'array' ? `\n${' '.repeat(column + 2)}- $0` : ' $0';
  const block = node.description?.includes('Markdown') ? ` |\n${' '.repeat(column + 2)}$0` : nested;
  return {
    label: node.title ?? key,
    labelDetails: { detail: ` ${key}` },
    kind: CompletionItemKind.Property,
    documentation: { kind: MarkupKind.Markdown, value: fieldDocumentation(node) },
    filterText: `${key} ${node.title ?? ''}`,
    sortText: `1${order(index)}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: `${key}:${block}` },
  };
}

function keyItems(lines: readonly string[], position: Position, context: CursorContext): CompletionItem[] {
  const range = wordRange(position, context);
  const node = elementOf(context.path.length === 0 ? rootSchema() : schemaAt(context.path));
  const properties = Object.entries(node?.properties ?? {});
  const present = context.path.length === 0 ? topLevelKeys(lines) : siblingKeys(lines, position.line, context.column);
  if (context.word.text) present.delete(context.word.text);
  return properties
    .filter(([key]) => !present.has(key))
    .map(([key, child], index) =>
      context.path.length === 0 && requirementOf(child) ? sectionItem(key, child, index, range) : fieldItem(key, child, index, range, context.column),
    );
}

/** The regulations a standard can be judged against (built in, or loaded from the setting `regelsaetMapper`), with their names. */
function regulationItems(range: Range): CompletionItem[] {
  return knownRegulations()
    .filter((regulation) => regulation.requirements.length > 0)
    .map((regulation, index) => ({
      label: regulation.id,
      labelDetails: { description: regulation.name },
      kind: CompletionItemKind.EnumMember,
      detail: regulation.longName,
      documentation: regulation.remark ? { kind: MarkupKind.Markdown, value: regulation.remark } : undefined,
      sortText: order(index),
      textEdit: { range, newText: regulation.id },
    }));
}

function valueItems(lines: readonly string[], position: Position, context: CursorContext, owner: string[]): CompletionItem[] {
  const range = wordRange(position, context);
  const key = owner[owner.length - 1];
  const node = schemaAt(owner);
  const quoteIds = (text: string) => (context.inList && /\[[^\]]*$/.test((lines[position.line] ?? '').slice(0, position.character)) ? `'${text}'` : text);
  const listed = listedValues(lines, position.line);
  listed.delete(context.word.text.replace(/^["']|["']$/g, ''));
  if (key === 'daekker') {
    return defaultRegulation.requirements
      .filter((requirement) => !listed.has(requirement.id))
      .map((requirement, index) => ({
        label: requirement.id,
        labelDetails: { description: requirement.title },
        kind: CompletionItemKind.Reference,
        detail: fullCitation(defaultRegulation, requirement),
        documentation: { kind: MarkupKind.Markdown, value: requirementDocumentation(requirement) },
        filterText: `${requirement.id} ${requirement.title}`,
        sortText: order(index),
        textEdit: { range, newText: quoteIds(requirement.id) },
      }));
  }
  if (key === 'regelsaet' && owner.length === 1) return regulationItems(range);
  if (key === 'raekkefoelge' && owner[0] === 'praesentation') {
    return sectionKeysIn(lines)
      .filter(({ key: section }) => !listed.has(section))
      .map(({ key: section }, index) => {
        const requirement = requirementOf(schemaAt([section]));
        return {
          label: section,
          labelDetails: { description: requirement ? requirement.title : formatMessage('lsp-afsnit-i-filen', {}) },
          kind: CompletionItemKind.Reference,
          sortText: order(index),
          textEdit: { range, newText: section },
        };
      });
  }
  const element = node?.enum ? node : node?.items?.enum ? node.items : undefined;
  if (!element?.enum) return [];
  return element.enum.map((value, index) => ({
    label: String(value),
    kind: CompletionItemKind.EnumMember,
    documentation: element.enumDescriptions?.[index] ? { kind: MarkupKind.Markdown, value: element.enumDescriptions[index]! } : undefined,
    labelDetails: element.enumDescriptions?.[index] ? { description: element.enumDescriptions[index] } : undefined,
    sortText: order(index),
    textEdit: { range, newText: String(value) },
  }));
}

export function completions(text: string, position: Position): CompletionItem[] {
  const lines = text.split(/\r\n|\r|\n/);
  const context = cursorContext(lines, position.line, position.character);
  if (context.inText) return [];
  if (context.onValue) return valueItems(lines, position, context, [...context.path, context.key!]);
  if (context.inList) {
    // `- |` under a list of values offers the values; under a list of mappings, the item's keys.
    const values = valueItems(lines, position, context, context.path);
    if (values.length > 0 || schemaAt(context.path)?.items?.type !== 'object') return values;
  }
  return keyItems(lines, position, context);
}
