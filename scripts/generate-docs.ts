/**
 * Writes the requirement documentation from the registry (src/regulations/index.ts): docs/krav.md
 * with one section per requirement (id, citation, title, the law's text, guidance, field, and
 * its parameters where the requirement has them), and the requirement table in README.md
 * between its markers. The editor links each finding to its requirement's section here
 * (src/lsp/requirement-docs.ts), so the anchors are fixed by the requirement's id.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { laws } from '../src/regulations/legal-references.js';
import { type Regulation, type Requirement, regulations } from '../src/regulations/index.js';
import { requirementAnchor } from '../src/regulations/requirement-anchor.js';
import { folderRegulation } from './generate-regulations.js';
import { buildSchema } from '../src/schema/definition.js';

/** The keys every section field has; the others (`frist_dage`, `maal` …) are the requirement's own. */
const sectionKeys = new Set(['overskrift', 'tekst', 'daekker']);

function ownFields(regulation: Regulation): Map<string, string[]> {
  const schema = buildSchema(regulation) as { properties: Record<string, { properties?: Record<string, unknown> }> };
  const fields = new Set(regulation.requirements.map((requirement) => requirement.field));
  return new Map(
    regulation.requirements.map((requirement) => {
      const keys = Object.keys(schema.properties[requirement.field]?.properties ?? {});
      return [requirement.field, keys.filter((key) => !sectionKeys.has(key) && !fields.has(`${requirement.field}.${key}`))];
    }),
  );
}

/**
 * The regulations with requirements to document (one known by name only, BEK 430/2014, has
 * none), each as its folder says now and not as the committed generated code says, which
 * `npm run generate` writes only after these docs: one run suffices.
 */
const documented = (root: string): Regulation[] =>
  regulations.filter((regulation) => regulation.requirements.length > 0).map((regulation) => folderRegulation(root, regulation.id) ?? regulation);

const code = (text: string) => `\`${text}\``;

/** A paragraph wrapped at 80 columns (markdownlint's line length), each line after `prefix` (»> « in a quote). */
function wrap(text: string, prefix = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && prefix.length + line.length + 1 + word.length > 80) {
      lines.push(prefix + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, prefix + line].join('\n');
}
const cell = (text: string) => text.replaceAll('|', '\\|');

function fieldCell(requirement: Requirement, own: Map<string, string[]>): string {
  const extra = own.get(requirement.field) ?? [];
  return `${code(requirement.field)}${extra.length > 0 ? ` (+ ${extra.map(code).join(', ')})` : ''}`;
}

function requirementSection(regulation: Regulation, requirement: Requirement, own: Map<string, string[]>): string {
  // A list item wrapped like a paragraph, its later lines under the item's text.
  const parameters = Object.entries(requirement.parameters).map(([name, parameter]) => {
    const value = typeof parameter.value === 'number' ? String(parameter.value) : parameter.value.join(', ');
    return wrap(`${code(name)}: ${value}${parameter.unit ? ` ${parameter.unit}` : ''} (${parameter.source})`, '  ').replace(/^ {2}/, '- ');
  });
  return [
    `<a id="${requirementAnchor(regulation, requirement)}"></a>`,
    '',
    `### ${requirement.citation}: ${requirement.title}`,
    '',
    wrap(`Id ${code(requirement.id)} · felt ${fieldCell(requirement, own)} · ${regulation.id} ${requirement.citation}`),
    '',
    wrap(requirement.legalText, '> '),
    '',
    wrap(`**Sådan opfylder standarden kravet:** ${requirement.guidance}`),
    ...(parameters.length > 0 ? ['', 'Værdier fra loven:', '', ...parameters] : []),
    '',
  ].join('\n');
}

function regulationSection(regulation: Regulation): string {
  const own = ownFields(regulation);
  return [
    `## ${regulation.id}`,
    '',
    wrap(`[${regulation.name}](${regulation.eli}): ${regulation.longName}.`),
    '',
    ...regulation.requirements.map((requirement) => requirementSection(regulation, requirement, own)),
  ].join('\n');
}

function lawsSection(): string {
  const rows = laws.map(
    (law) => `| ${law.name} | [${law.consolidation}](${law.eli}) | ${law.checked.date} | ${law.checked.confirmed ? 'ja' : 'nej'} | ${cell(law.checked.how)} |`,
  );
  return [
    '## Love, værktøjet henviser til',
    '',
    wrap(
      'Konsolideringerne, som den udgivne side linker lovhenvisninger til (`src/regulations/love.yml`). »Bekræftet: nej« betyder, at nummer og dato ikke kunne bekræftes af en kilde, da de blev skrevet ind: kontrollér dem på Retsinformation.',
    ),
    '',
    '| lov | konsolidering | kontrolleret | bekræftet | hvordan |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function requirementsDocument(documented: readonly Regulation[]): string {
  return [
    '# Kravene til kvalitetsstandarden',
    '',
    '<!-- Skrevet af `npm run generate` ud fra src/regulations/. Ret ikke her. -->',
    '',
    wrap(
      'Hvert krav, værktøjet vurderer en kvalitetsstandard efter: lovens ord, hvad standarden skal indeholde for at opfylde det, og feltet i YAML-filen, hvor det står. Editoren linker hver vurdering hertil.',
    ),
    '',
    ...documented.map(regulationSection),
    lawsSection(),
  ].join('\n');
}

const tableStart = '<!-- kravtabel: skrevet af `npm run generate` ud fra src/regulations/ -->';
const tableEnd = '<!-- /kravtabel -->';

/** The README's table: each requirement linked to its section in docs/krav.md. */
function readmeTable(documented: readonly Regulation[]): string {
  const rows = documented.flatMap((regulation) => {
    const own = ownFields(regulation);
    return regulation.requirements.map(
      (requirement) =>
        `| [${requirement.citation}](docs/krav.md#${requirementAnchor(regulation, requirement)}) | ${cell(requirement.title)} | ${fieldCell(requirement, own)} |`,
    );
  });
  return [tableStart, '', '| krav | titel | felt |', '| --- | --- | --- |', ...rows, '', tableEnd].join('\n');
}

export function requirementDocs(root: string): Record<string, string> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(tableStart);
  const end = readme.indexOf(tableEnd);
  if (start < 0 || end < start) throw new Error(`README.md has no requirement table between ${tableStart} and ${tableEnd}`);
  const shown = documented(root);
  return {
    'docs/krav.md': requirementsDocument(shown),
    'README.md': `${readme.slice(0, start)}${readmeTable(shown)}${readme.slice(end + tableEnd.length)}`,
  };
}
