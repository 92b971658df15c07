/**
 * Compiles each requirement's `beskeder.yml` (src/regulations/<regulation>/<requirement>/)
 * to typed TypeScript: the arguments of every code, its text for the terminal and editor,
 * and its plain text for the annex, as template literals (no template is parsed at run time).
 * The files are checked against schema/beskeder.schema.json, and every placeholder against
 * the arguments the file declares.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

type ArgumentKind = 'tal' | 'tekst' | 'dato';
interface MessageData {
  tekst: string;
  bilag?: string;
  argumenter: Record<string, ArgumentKind>;
}

const tsTypes: Record<ArgumentKind, string> = { tal: 'number', tekst: 'string', dato: 'string' };
/** `{navn}`, `{#navn}`, `{^navn}`, `{#navn=1}`, `{^navn=1}` and `{/navn}`. */
const tag = /\{([#^/]?)([a-zA-Z][a-zA-Z0-9_]*)(=1)?\}/g;

const literal = (text: string) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** A template as the body of a template literal; `value` writes an argument (the annex writes dates in Danish). */
function compileTemplate(template: string, where: string, value: (name: string) => string): { code: string; used: Set<string>; optional: Set<string> } {
  const used = new Set<string>();
  const optional = new Set<string>();
  const open: { name: string; head: string }[] = [];
  let code = '';
  let last = 0;
  for (const match of template.matchAll(tag)) {
    const [whole, kind, name, one] = match as unknown as [string, string, string, string | undefined];
    code += literal(template.slice(last, match.index));
    last = match.index + whole.length;
    used.add(name);
    if (kind === '') code += `\${${value(name)}}`;
    else if (kind === '/') {
      const section = open.pop();
      if (section?.name !== name) throw new Error(`${where}: {/${name}} lukker ikke den sidst åbnede {#…}/{^…}`);
      code = `${section.head}${code}\` : ''}`;
    } else {
      if (!one) optional.add(name);
      const test = one ? `a.${name} === 1` : `a.${name}`;
      open.push({ name, head: code + (kind === '#' ? `\${${test} ? \`` : `\${!(${test}) ? \``) });
      code = '';
    }
  }
  if (open.length > 0) throw new Error(`${where}: {#${open.at(-1)!.name}} lukkes ikke med {/${open.at(-1)!.name}}`);
  return { code: code + literal(template.slice(last)), used, optional };
}

function compileMessage(code: string, data: MessageData, where: string) {
  const declared = new Set(Object.keys(data.argumenter));
  const tekst = compileTemplate(data.tekst, `${where}: ${code}.tekst`, (name) => `a.${name}`);
  const dateIn = (name: string) => (data.argumenter[name] === 'dato' ? `danishDate(a.${name})` : `a.${name}`);
  const bilag = data.bilag === undefined ? undefined : compileTemplate(data.bilag, `${where}: ${code}.bilag`, dateIn);
  const used = new Set([...tekst.used, ...(bilag?.used ?? [])]);
  for (const name of used) if (!declared.has(name)) throw new Error(`${where}: ${code} bruger {${name}}, som ikke står under argumenter`);
  for (const name of declared) if (!used.has(name)) throw new Error(`${where}: ${code} har argumentet ${name}, som ingen tekst bruger`);
  const optional = new Set([...tekst.optional, ...(bilag?.optional ?? [])]);
  const args = Object.entries(data.argumenter).map(([name, kind]) => `${name}${optional.has(name) ? '?' : ''}: ${tsTypes[kind]}`);
  const parameter = (template: { used: Set<string> }) => (template.used.size > 0 ? 'a' : '_');
  return {
    type: `  '${code}': ${args.length > 0 ? `{ ${args.join('; ')} }` : 'Record<string, never>'};`,
    text: `  '${code}': (${parameter(tekst)}) => \`${tekst.code}\`,`,
    annex: bilag && `  '${code}': (${parameter(bilag)}) => \`${bilag.code}\`,`,
  };
}

/** The generated module for every `beskeder.yml` under the regulations, keyed by its path. */
export function generatedMessageFiles(root: string): Record<string, string> {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'schema', 'beskeder.schema.json'), 'utf8')));
  const regulations = join(root, 'src', 'regulations');
  const byName = (a: string, b: string) => a.localeCompare(b, 'da', { numeric: true });
  const parts = { types: [] as string[], texts: [] as string[], annex: [] as string[] };
  for (const regulation of readdirSync(regulations, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(byName)) {
    for (const requirement of readdirSync(join(regulations, regulation)).sort(byName)) {
      const where = `src/regulations/${regulation}/${requirement}/beskeder.yml`;
      if (!existsSync(join(root, where))) continue;
      const data: unknown = parse(readFileSync(join(root, where), 'utf8'));
      if (!validate(data)) throw new Error(`${where} følger ikke schema/beskeder.schema.json: ${ajv.errorsText(validate.errors)}`);
      for (const [code, message] of Object.entries(data as Record<string, MessageData>)) {
        const compiled = compileMessage(code, message, where);
        parts.types.push(compiled.type);
        parts.texts.push(compiled.text);
        if (compiled.annex) parts.annex.push(compiled.annex);
      }
    }
  }
  const module = `// Generated by \`npm run generate\` from src/regulations/*/*/beskeder.yml. Do not edit.
import { danishDate } from '../dates.js';

/** The requirement-specific message codes and their arguments. */
export interface RequirementMessageArgs {
${parts.types.join('\n')}
}

/** Their texts for the terminal, JSON and the editor. */
export const requirementMessages: { readonly [Code in keyof RequirementMessageArgs]: (args: RequirementMessageArgs[Code]) => string } = {
${parts.texts.join('\n')}
};

/** Their plain texts for the annex. */
export const requirementAnnexMessages: { readonly [Code in keyof RequirementMessageArgs]?: (args: RequirementMessageArgs[Code]) => string } = {
${parts.annex.join('\n')}
};
`;
  return { 'src/generated/requirement-messages.ts': module };
}
