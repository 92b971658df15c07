/**
 * #18: docs/krav.md and the README's requirement table are written from the registry (their
 * staleness is tested with the other generated files in schema.test.ts), and the editor links
 * each finding to its own requirement's section there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/lsp/diagnostics.js';
import { defaultRegulation, regulations } from '../src/regulations/index.js';
import { requirementAnchor } from '../src/regulations/requirement-anchor.js';
import { root } from './helpers.js';

const docs = readFileSync(join(root, 'docs', 'krav.md'), 'utf8');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The text of the section after an anchor, up to the next anchor or heading of its level. */
function sectionAt(markdown: string, anchor: string): string | undefined {
  const at = markdown.indexOf(`<a id="${anchor}"></a>`);
  if (at < 0) return undefined;
  const rest = markdown.slice(at + 1);
  const next = rest.search(/<a id=|\n## /);
  return rest.slice(0, next < 0 ? undefined : next);
}

/** The quoted lines of a section, joined: the law's text as written. */
const quoted = (section: string) =>
  section
    .split('\n')
    .filter((line) => line.startsWith('> '))
    .map((line) => line.slice(2))
    .join(' ');

describe('docs/krav.md and the README’s table', () => {
  it('have every requirement once, with its own anchor, citation, title, legal text, guidance and field', () => {
    for (const regulation of regulations) {
      const anchors = regulation.requirements.map((requirement) => requirementAnchor(regulation, requirement));
      expect(new Set(anchors).size).toBe(anchors.length);
      for (const requirement of regulation.requirements) {
        const anchor = requirementAnchor(regulation, requirement);
        expect(docs.split(`<a id="${anchor}"></a>`)).toHaveLength(2);
        const section = sectionAt(docs, anchor)!;
        expect(section).toContain(`### ${requirement.citation}: ${requirement.title}`);
        expect(quoted(section)).toBe(requirement.legalText);
        expect(section.replace(/\s+/g, ' ')).toContain(requirement.guidance);
        expect(section).toContain(`felt \`${requirement.field}\``);
        expect(readme).toContain(`| [${requirement.citation}](docs/krav.md#${anchor}) | ${requirement.title} | \`${requirement.field}\``);
      }
    }
  });

  it('anchor a requirement by its ids alone, so a link survives a new title or wording', () => {
    const requirement = defaultRegulation.requirements.find((candidate) => candidate.id === '§4.1.6')!;
    expect(requirementAnchor(defaultRegulation, requirement)).toBe('bek-1477-2019-4-1-6');
    const renamed: typeof requirement = { ...requirement, title: 'Et andet navn', citation: '§ 4, stk. 1, nr. 6 (ny)' };
    expect(requirementAnchor(defaultRegulation, renamed)).toBe('bek-1477-2019-4-1-6');
    expect(requirementAnchor({ id: 'BEK 9/2030' }, requirement)).toBe('bek-9-2030-4-1-6');
  });

  it('list the laws cited, saying which numbers a source confirmed', () => {
    expect(docs).toContain('| Barnets lov | [LBK nr. 282 af 17/03/2025](https://www.retsinformation.dk/eli/lta/2025/282) | 2026-12-04 | ja |');
    expect(docs).toContain('| Lov om social service | [LBK nr. 155 af 11/02/2025](https://www.retsinformation.dk/eli/lta/2025/155) | 2026-12-04 | nej |');
  });

  it('keep markdownlint’s basic rules: one title, blank lines around headings, no trailing spaces, lines of prose within 80 columns', () => {
    const lines = docs.split('\n');
    expect(lines.filter((line) => line.startsWith('# '))).toHaveLength(1);
    expect(docs.endsWith('\n') && !docs.endsWith('\n\n')).toBe(true);
    expect(docs).not.toMatch(/\n\n\n| +\n/);
    lines.forEach((line, index) => {
      if (line.startsWith('#')) expect([lines[index - 1] ?? '', lines[index + 1]], line).toEqual(['', '']);
      if (!line.startsWith('|') && !line.startsWith('<!--')) expect(line.length, line).toBeLessThanOrEqual(80);
    });
  });
});

describe('the editor’s link from a finding', () => {
  const text = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
  const findings = analyze('file:///randers.yml', 'randers.yml', text, { compliance: 'information', date: '2026-11-23' }).filter((diagnostic) =>
    defaultRegulation.requirements.some((requirement) => requirement.id === diagnostic.code),
  );

  it('goes to the requirement’s own section of the installed docs/krav.md, not to the whole regulation', () => {
    expect(findings.length).toBeGreaterThan(3);
    for (const finding of findings) {
      const href = finding.codeDescription!.href;
      const [file, anchor] = href.split('#');
      expect(file).toBe(pathToFileURL(join(root, 'docs', 'krav.md')).href);
      const requirement = defaultRegulation.requirements.find((candidate) => candidate.id === finding.code)!;
      expect(sectionAt(readFileSync(fileURLToPath(file!), 'utf8'), anchor!)).toContain(requirement.citation);
    }
    expect(new Set(findings.map((finding) => finding.codeDescription!.href)).size).toBe(findings.length);
  });

  it('is found the same way by the built server', async () => {
    const built = (await import(pathToFileURL(join(root, 'dist', 'lsp', 'requirement-docs.js')).href)) as typeof import('../src/lsp/requirement-docs.js');
    expect(built.requirementDocsUrl()?.href).toBe(pathToFileURL(join(root, 'docs', 'krav.md')).href);
  });
});
