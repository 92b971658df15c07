/**
 * The schema as the editor reads it: the node for a key path, built once from the same
 * definition `npm run generate` writes, so titles, legal texts and citations are never copied.
 */
import { defaultRegulation, type Requirement } from '../regulations/index.js';
import { buildSchema } from '../schema/definition.js';
import { withEditorHints } from '../schema/editor-hints.js';

export interface SchemaNode {
  type?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: unknown[];
  enumDescriptions?: string[];
  required?: string[];
  examples?: unknown[];
  'x-krav'?: { id: string; lovhenvisning: string; regelsaet: string };
  defaultSnippets?: { label?: string; description?: string; body: unknown }[];
}

let root: SchemaNode | undefined;
export function rootSchema(): SchemaNode {
  root ??= withEditorHints(buildSchema(defaultRegulation), defaultRegulation) as SchemaNode;
  return root;
}

/** A list's element schema, or the node itself. */
export function elementOf(node: SchemaNode | undefined): SchemaNode | undefined {
  return node?.items ?? node;
}

/** The node for a key path; lists are stepped through (their keys are those of their items). */
export function schemaAt(path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = rootSchema();
  for (const key of path) {
    node = elementOf(node)?.properties?.[key];
    if (!node) return undefined;
  }
  return node;
}

/** The requirement a node answers, from its `x-krav`. */
export function requirementOf(node: SchemaNode | undefined): Requirement | undefined {
  const id = node?.['x-krav']?.id;
  return id ? defaultRegulation.requirements.find((requirement) => requirement.id === id) : undefined;
}

/** The nearest requirement on the path: a section's fields share their section's citation. */
export function requirementOnPath(path: readonly string[]): { requirement: Requirement; citation: string } | undefined {
  for (let length = path.length; length > 0; length--) {
    const node = schemaAt(path.slice(0, length));
    const requirement = requirementOf(node);
    if (requirement) return { requirement, citation: node!['x-krav']!.lovhenvisning };
  }
  return undefined;
}

let cited: Map<string, SchemaNode> | undefined;
/** The schema node that carries a requirement (its section, or `doegnbehandling.tilbud` for §5.2). */
export function nodeOfRequirement(id: string): SchemaNode | undefined {
  if (!cited) {
    cited = new Map();
    const walk = (node: SchemaNode | undefined) => {
      if (!node) return;
      if (node['x-krav']) cited!.set(node['x-krav'].id, node);
      Object.values(node.properties ?? {}).forEach(walk);
      walk(node.items);
    };
    walk(rootSchema());
  }
  return cited.get(id);
}
