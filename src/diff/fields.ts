/**
 * Changed fields the printed standard does not show: which requirements a section answers,
 * the forvaltning's assessments, the rule set chosen, the discharges a follow-up covers, and
 * whatever field the schema gains next. Found by walking both versions' values with the schema
 * (its titles name them), so no field can change unseen. Markdown text is printed by
 * construction and compared as printed; any other changed value counts as printed when
 * applying that change alone to the old version changes the old version's printed page (the
 * kommune's own templates decide, not a list here).
 */
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { danishDate, parseStatedDate } from '../dates.js';
import { defaultRegulation } from '../regulations/index.js';
import { buildSchema } from '../schema/definition.js';

/** A value before and after, named for the reader (a figure or a field). */
export interface FigureChange {
  label: string;
  before?: string;
  after?: string;
}

interface SchemaNode {
  title?: string;
  contentMediaType?: string;
  enum?: unknown[];
  'x-navne'?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
}

type Json = unknown;
/** A step into a value: a property, or the item of a list whose naming property has this value. */
type Step = string | { list: string; key: string; value: string };

interface Leaf {
  steps: Step[];
  label: string;
  value: Json;
  node?: SchemaNode;
}

let schemaRoot: SchemaNode | undefined;
const schema = () => (schemaRoot ??= buildSchema(defaultRegulation) as SchemaNode);

const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The property that names an item of a list of objects: its first required text property (»krav«, »navn«, »noegle«). */
function namingKey(items: SchemaNode | undefined, list: Json[]): string | undefined {
  return items?.required?.find((key) => list.every((item) => isObject(item) && typeof item[key] === 'string'));
}

/** Every value a version holds that is not an object: a scalar, or a list of scalars as one value, by its steps. */
function leavesOf(value: Json, node: SchemaNode | undefined, steps: Step[], labels: string[], out: Map<string, Leaf>): void {
  if (Array.isArray(value) && value.some(isObject)) {
    const key = namingKey(node?.items, value);
    const list = String(steps.at(-1));
    value.forEach((item, index) => {
      const name = key ? String((item as Record<string, Json>)[key]) : String(index + 1);
      const step: Step = key ? { list, key, value: name } : { list, key: '', value: String(index) };
      // The naming property is in the label already (»Forvaltningens vurderinger › §4.4 › Status«).
      const { [key ?? '']: _name, ...rest } = item as Record<string, Json>;
      leavesOf(key ? rest : item, node?.items, [...steps.slice(0, -1), step], [...labels, name], out);
    });
  } else if (isObject(value)) {
    for (const [property, child] of Object.entries(value)) {
      const childNode = node?.properties?.[property];
      leavesOf(child, childNode, [...steps, property], [...labels, childNode?.title ?? property], out);
    }
  } else out.set(JSON.stringify(steps), { steps, label: labels.join(' › '), value, node });
}

function leaves(document: Kvalitetsstandard): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  leavesOf(document, schema(), [], [], out);
  return out;
}

/** The child a step leads to in `parent`, and how to set or remove it there. */
function child(parent: Json, step: Step): { value: Json; set: (value: Json) => void; remove: () => void } | undefined {
  if (typeof step === 'string') {
    if (!isObject(parent)) return undefined;
    return { value: parent[step], set: (value) => void (parent[step] = value), remove: () => void delete parent[step] };
  }
  const list = isObject(parent) ? parent[step.list] : undefined;
  if (!Array.isArray(list)) return isObject(parent) ? { value: undefined, set: (value) => void (parent[step.list] = [value]), remove: () => {} } : undefined;
  const index = step.key ? list.findIndex((item) => isObject(item) && item[step.key] === step.value) : Number(step.value);
  const found = index >= 0 && index < list.length;
  return {
    value: found ? list[index] : undefined,
    set: (value) => {
      if (found) list[index] = value;
      else list.push(value);
    },
    remove: () => {
      if (found) list.splice(index, 1);
    },
  };
}

/** Makes the value at `steps` in `target` as in `source`: where `target` lacks a step, the whole of `source`'s value there is copied. */
function applyChange(target: Json, source: Json, steps: readonly Step[]): void {
  const [step, ...rest] = steps;
  const into = child(target, step!);
  const from = child(source, step!);
  if (!into) return;
  if (from?.value === undefined) into.remove();
  else if (rest.length === 0 || into.value === undefined) into.set(structuredClone(from.value));
  else applyChange(into.value, from.value, rest);
}

/** How many of `steps` both versions have: past them, applyChange copies (or removes) the whole value. */
function reach(target: Json, source: Json, steps: readonly Step[]): number {
  let [into, from] = [target, source];
  for (const [index, step] of steps.entries()) {
    [into, from] = [child(into, step)?.value, child(from, step)?.value];
    if (into === undefined || from === undefined) return index + 1;
  }
  return steps.length;
}

/** A value as a council member reads it: a list with commas and its values' Danish names, yes or no, a stated date in Danish. */
function shown(value: Json, node: SchemaNode | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  const names = node?.items?.['x-navne'];
  const named = (item: Json) => names?.[node!.items!.enum?.indexOf(item) ?? -1] ?? String(item);
  if (Array.isArray(value)) return value.map((item) => (Array.isArray(item) ? `[${item.join(', ')}]` : named(item))).join(', ');
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'string' && parseStatedDate(value)) return danishDate(value);
  return String(value);
}

const startsWith = (steps: readonly Step[], prefix: readonly string[]) => prefix.every((step, index) => step === steps[index]);

/**
 * The changed fields between two versions the printed pages do not show, labelled by the
 * schema's titles. `shownElsewhere` are the property paths another part of the comparison
 * names (the figures); `printsChange` tells whether a version prints differently from `before`.
 */
export function unprintedFieldChanges(
  before: Kvalitetsstandard,
  after: Kvalitetsstandard,
  shownElsewhere: readonly (readonly string[])[],
  printsChange: (version: Kvalitetsstandard) => boolean,
): FigureChange[] {
  const old = leaves(before);
  const current = leaves(after);
  const candidates: { leaf: Leaf; was?: Leaf; now?: Leaf }[] = [];
  for (const id of new Set([...current.keys(), ...old.keys()])) {
    const was = old.get(id);
    const now = current.get(id);
    const leaf = (now ?? was)!;
    if (JSON.stringify(was?.value) === JSON.stringify(now?.value) || leaf.node?.contentMediaType === 'text/markdown') continue;
    const steps = leaf.steps.map((step) => (typeof step === 'string' ? step : step.list));
    if (!shownElsewhere.some((path) => startsWith(steps, path))) candidates.push({ leaf, was, now });
  }
  // Rendering is the cost: all the changes at once first (usually none of them prints), then each on its own.
  const all = structuredClone(before);
  for (const { leaf } of candidates) applyChange(all, after, leaf.steps);
  const printed = candidates.length > 0 && printsChange(all);
  // A change inside a list item the old version lacks (or the new one) moves the whole item: one probe for all its fields.
  const probes = new Map<string, boolean>();
  return candidates
    .filter(({ leaf }) => {
      if (!printed) return true;
      const steps = leaf.steps.slice(0, reach(before, after, leaf.steps));
      const key = JSON.stringify(steps);
      if (!probes.has(key)) {
        const probe = structuredClone(before);
        applyChange(probe, after, steps);
        probes.set(key, printsChange(probe));
      }
      return !probes.get(key);
    })
    .map(({ leaf, was, now }) => ({ label: leaf.label, before: shown(was?.value, leaf.node), after: shown(now?.value, leaf.node) }));
}
