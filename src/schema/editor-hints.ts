/**
 * Danish help for editors that read only the schema (Red Hat's YAML extension, i.e.
 * yaml-language-server): `errorMessage` and `patternErrorMessage`, which it shows instead of
 * its English text for a wrong type, a wrong enum value, a failed format or pattern, an
 * unknown or missing property; and `enumDescriptions` for completion and hover. Added to
 * the schema the definition builds, as a separate pass, so the definition stays about the law.
 */
import { enumDescriptions, listDanish, terms } from '../diagnostics/labels.js';
import { formatMessage, type MessageCode } from '../diagnostics/messages.js';
import { combinedMeasure, type Regulation } from '../regulations/index.js';
import { fullDatePattern, statedDatePattern } from './definition.js';

type JsonSchema = Record<string, unknown>;

const patternMessages: Record<string, MessageCode> = {
  noegle: 'skema-noegle',
  farve: 'skema-farve',
  begrundelse: 'skema-begrundelse',
  af: 'skema-vurderet-af',
  grundlag: 'skema-grundlag',
};

const quoteList = (items: readonly string[]) => items.map((item) => `»${item}«`);

/** What each value of a list the law fixes means (a discharge status, a måltal), from the regulation's data. */
function listedMeanings(regulation: Regulation): Record<string, string> {
  const items = regulation.requirements.flatMap((requirement) => Object.values(requirement.parameters).flatMap((parameter) => parameter.items ?? []));
  const meanings: Record<string, string> = Object.fromEntries(items.map((item) => [item.id, item.description]));
  // The one figure for the first two måltal together, as ./definition.ts allows it.
  const targets = regulation.requirements.find((requirement) => requirement.id === '§4.3');
  if (targets?.parameters.maaltal) meanings[combinedMeasure(targets)] = terms.combinedMeasure.description;
  return meanings;
}

function meaningsOf(key: string, regulation: Regulation): Record<string, string> {
  if (enumDescriptions[key]) return enumDescriptions[key];
  return key === 'regelsaet' ? { [regulation.id]: regulation.name } : listedMeanings(regulation);
}

/** The messages for one node; `titel` is its own title, or its list's for a list's items. */
function hint(node: JsonSchema, key: string, titel: string, regulation: Regulation): JsonSchema {
  const properties = node.properties as Record<string, JsonSchema> | undefined;
  const required = node.required as string[] | undefined;
  if (Array.isArray(node.enum)) {
    const values = node.enum.map(String);
    const meanings = meaningsOf(key, regulation);
    return {
      errorMessage: formatMessage('skema-vaerdi', { titel, tilladte: values.join(', ') }),
      ...(values.every((value) => meanings[value]) ? { enumDescriptions: values.map((value) => meanings[value]) } : {}),
    };
  }
  if (properties) {
    const paakraevet = required ? listDanish(quoteList(required)) : undefined;
    if (key === '') return { errorMessage: formatMessage('skema-rod', { paakraevet: listDanish(quoteList(required ?? [])) }) };
    return { errorMessage: formatMessage('skema-gruppe', { titel, felter: Object.keys(properties).join(', '), paakraevet }) };
  }
  // A date is a string or a bare year (`dato: 2016`); both its type and its pattern can fail.
  if (node.pattern === statedDatePattern) {
    const message = formatMessage('skema-dato', { titel });
    return { errorMessage: message, patternErrorMessage: message };
  }
  if (node.pattern === fullDatePattern) {
    const message = formatMessage('skema-vurderingsdato', { titel });
    return { errorMessage: message, patternErrorMessage: message };
  }
  switch (node.type) {
    case 'string':
      if (node.format === 'uri') return { errorMessage: formatMessage('skema-url', {}), patternErrorMessage: formatMessage('skema-url', {}) };
      if (patternMessages[key]) return { errorMessage: formatMessage('skema-tekst', { titel }), patternErrorMessage: formatMessage(patternMessages[key]!, {}) };
      return { errorMessage: formatMessage('skema-tekst', { titel }) };
    case 'integer':
    case 'number':
      return { errorMessage: formatMessage('skema-tal', { titel, eksempel: (node.examples as number[] | undefined)?.[0] }) };
    case 'boolean':
      return { errorMessage: formatMessage('skema-sandt-falsk', { titel }) };
    case 'array':
      return { errorMessage: formatMessage('skema-liste', { titel }) };
    default:
      return {};
  }
}

function withHints(node: JsonSchema, key: string, titel: string, regulation: Regulation): JsonSchema {
  if (Array.isArray(node.anyOf)) {
    return { ...node, anyOf: (node.anyOf as JsonSchema[]).map((branch) => ({ ...branch, errorMessage: formatMessage('skema-raekkefoelge', {}) })) };
  }
  const out: JsonSchema = { ...node, ...hint(node, key, titel, regulation) };
  const properties = node.properties as Record<string, JsonSchema> | undefined;
  if (properties) {
    out.properties = Object.fromEntries(
      Object.entries(properties).map(([name, child]) => [name, withHints(child, name, String(child.title ?? name), regulation)]),
    );
  }
  const items = node.items as JsonSchema | undefined;
  if (items && typeof items === 'object') out.items = withHints(items, key, String(items.title ?? titel), regulation);
  if (node['x-krav'] && properties?.overskrift) out.properties = withSectionDefaults(node, out.properties as Record<string, JsonSchema>);
  return out;
}

/**
 * yaml-language-server completes a section's key with only its required fields and those
 * with a `default`; so a section's heading defaults to the regulation's title (as rendering
 * does when it is left out), its text to empty, and a scalar field to its snippet's value:
 * choosing »maalgruppe« then inserts the whole section, not an empty key.
 */
function withSectionDefaults(section: JsonSchema, properties: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const body = ((section.defaultSnippets as { body?: Record<string, unknown> }[] | undefined)?.[0]?.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(properties).map(([name, child]) => {
      if (name === 'overskrift') return [name, { ...child, default: section.title }];
      if (name === 'tekst') return [name, { ...child, default: '' }];
      const value = body[name];
      return [name, typeof value === 'number' ? { ...child, default: value } : child];
    }),
  );
}

/** The schema with Danish messages and value descriptions for editors. */
export function withEditorHints(schema: JsonSchema, regulation: Regulation): JsonSchema {
  return withHints(schema, '', String(schema.title ?? ''), regulation);
}
