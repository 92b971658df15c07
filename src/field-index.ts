/**
 * The field names of a kvalitetsstandard and where each may stand, read from the generated
 * schema on first use: for »Mente du« on a field YAML could not read as one (./yaml-mistakes.ts)
 * and on an unknown field (./validate.ts). It imports nothing of the tool, so the YAML
 * reading below the schema can use it.
 */
import { readFileSync } from 'node:fs';

let fieldIndex: Map<string, string[]> | undefined;

/** Each field name with the paths it is allowed under: `frist_dage` → ['behandlingsgaranti']. */
function index(): Map<string, string[]> {
  if (fieldIndex) return fieldIndex;
  const found = new Map<string, string[]>();
  const schema = JSON.parse(readFileSync(new URL('../schema/kvalitetsstandard.schema.json', import.meta.url), 'utf8'));
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== 'object') return;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    for (const [key, child] of Object.entries(properties ?? {})) {
      found.set(key, [...(found.get(key) ?? []), path.join('.') || '(øverste niveau)']);
      walk(child, [...path, key]);
    }
    walk((node as { items?: unknown }).items, path);
  };
  walk(schema, []);
  fieldIndex = found;
  return found;
}

/** Where a field name is allowed, in Danish (»behandlingsgaranti eller …«), or undefined for a name the schema does not know. */
export function whereFieldBelongs(name: string): string | undefined {
  return index().get(name)?.join(' eller ');
}

let fieldNames: readonly string[] | undefined;

/** Every field name of a kvalitetsstandard, at any level: one list, so that »Mente du« keeps its normal forms (../suggest.ts). */
export const standardFieldNames = (): readonly string[] => (fieldNames ??= [...index().keys()]);
