import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/generate.js';
import { defaultRegulation, fullCitation } from '../src/regulations/index.js';
import { root } from './helpers.js';

const schema = JSON.parse(readFileSync(join(root, 'schema', 'kvalitetsstandard.schema.json'), 'utf8'));

/** Every schema node that carries a citation, with its dotted path. */
function citedNodes(node: unknown, path: string[] = []): { path: string; node: Record<string, any> }[] {
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, any>;
  const here = record['x-krav'] ? [{ path: path.join('.'), node: record }] : [];
  const children = Object.entries(record.properties ?? {}).flatMap(([key, child]) => citedNodes(child, [...path, key]));
  return [...here, ...children, ...citedNodes(record.items, path)];
}

describe('the JSON Schema', () => {
  const cited = citedNodes(schema);

  it('has every requirement of BEK 1477/2019 §§ 3-6 exactly once', () => {
    const ids = cited.map(({ node }) => node['x-krav'].id);
    expect(ids.sort()).toEqual(defaultRegulation.requirements.map((requirement) => requirement.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(25);
  });

  it('puts each requirement on the field the regulation names, with Danish title, legal text and citation', () => {
    for (const requirement of defaultRegulation.requirements) {
      const entry = cited.find(({ node }) => node['x-krav'].id === requirement.id)!;
      expect(entry.path).toBe(requirement.field);
      expect(entry.node.title).toBe(requirement.title);
      expect(entry.node.description).toContain(requirement.legalText);
      expect(entry.node['x-krav']).toEqual({
        id: requirement.id,
        lovhenvisning: fullCitation(defaultRegulation, requirement),
        regelsaet: 'BEK 1477/2019',
      });
    }
  });

  it('gives every property a Danish title or description for hover help', () => {
    const missing: string[] = [];
    const walk = (node: Record<string, any>, path: string) => {
      for (const [key, child] of Object.entries<Record<string, any>>(node.properties ?? {})) {
        if (!child.title && !child.description) missing.push(`${path}${key}`);
        walk(child, `${path}${key}.`);
        if (child.items) walk(child.items, `${path}${key}[].`);
      }
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });

  it('offers a snippet for every requirement section', () => {
    for (const { node } of cited.filter(({ path }) => !path.includes('.'))) {
      expect(node.defaultSnippets?.[0]?.body).toHaveProperty('tekst');
    }
  });

  it('is committed as generated from src/ (run `npm run generate` after changing the definition)', async () => {
    for (const [path, content] of Object.entries(await generatedFiles())) {
      expect(readFileSync(join(root, path), 'utf8'), path).toBe(content);
    }
  });
});
