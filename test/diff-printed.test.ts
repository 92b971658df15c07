/**
 * `diff` compares what the standard prints: every field whose change alters the published
 * page is reported, and the words shown are the words as printed (no Markdown). The fields
 * are not listed here: each value of a real file is changed in turn, and a change counts as
 * printed when the rendered page's text changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { FileCheck } from '../src/check/run.js';
import { compare } from '../src/diff/compare.js';
import { printedDocument, printedPage } from '../src/diff/printed.js';
import type { Kvalitetsstandard } from '../src/generated/kvalitetsstandard.js';
import { parseSource } from '../src/load.js';
import { validateLoaded } from '../src/validate.js';
import { defaultRegulation } from '../src/regulations/index.js';
import { buildSchema } from '../src/schema/definition.js';
import { root } from './helpers.js';

type ValidCheck = FileCheck & { valid: true };
type Path = (string | number)[];

const file = join(root, 'municipalities', 'randers.yml');

/** A residential offer with every field the schema has, so its printed fields are changed too. */
function withOffer(text: string): string {
  const document = parseDocument(text);
  const fields = ['behandlingsform', 'maalgruppe', 'kerneydelser', 'personaleforhold', 'fysiske_forhold', 'pris'];
  const offer = { navn: 'Opholdsstedet Eksempel', url: 'https://eksempel.invalid/tilbud', tekst: 'Tilbuddet ligger ved vandet.' };
  document.setIn(['doegnbehandling', 'tilbud'], [{ ...offer, ...Object.fromEntries(fields.map((field) => [field, `Oplysning om ${field} i ord.`])) }]);
  return String(document);
}

function valid(text: string): Kvalitetsstandard | undefined {
  const parsed = parseSource(file, Buffer.from(text));
  if (!parsed.ok) return undefined;
  const result = validateLoaded(parsed.loaded);
  return result.valid ? result.document : undefined;
}

const checked = (document: Kvalitetsstandard): ValidCheck =>
  ({
    valid: true,
    file,
    date: '2026-11-23',
    regulation: defaultRegulation.id,
    regulationUsed: { regulation: defaultRegulation, chosenBy: 'regelsaet' },
    text: '',
    document,
    findings: [],
    notes: [],
    warnings: [],
  }) as ValidCheck;

/** The page's text as a reader sees it (styles and tags left out); the page is rendered once per version, for this and for diff. */
const pageText = (document: Kvalitetsstandard) =>
  printedPage(file, 'randers', document)
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

function leaves(value: unknown, path: Path = []): [Path, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
  return [[path, value]];
}

/** One value of each field: the same field in another list item is printed by the same template. */
function valueOfEachField(source: string): [Path, unknown][] {
  const fields = new Set<string>();
  return leaves(parseDocument(source).toJS()).filter(([path]) => {
    const field = path.map((segment) => (typeof segment === 'number' ? '[]' : segment)).join('.');
    return !fields.has(field) && Boolean(fields.add(field));
  });
}

const marker = 'Ændringsord';

/** Ways to change a value that may keep the file valid: a word added, a digit changed, a key or address extended. */
function mutations(value: unknown): unknown[] {
  if (typeof value === 'number') return [value + 1];
  if (typeof value === 'boolean') return [!value];
  const text = String(value);
  return [`${text} ${marker}`, text.replace(/\d(?=\D*$)/, (digit) => String((Number(digit) + 1) % 10)), `${text}-ny`, `${text}/ny`];
}

interface SchemaNode {
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** The values the schema allows at a path, when it lists them (a requirement id, a status). */
function enumAt(schema: SchemaNode, path: Path): unknown[] | undefined {
  let node: SchemaNode | undefined = schema;
  for (const step of path) node = typeof step === 'number' ? node?.items : node?.properties?.[step];
  return node?.enum;
}

describe('diff reports every change to printed text', () => {
  it('reports a change to each value of a real file that the page prints, with the changed words', () => {
    const source = withOffer(readFileSync(file, 'utf8'));
    const original = valid(source)!;
    expect(original).toBeDefined();
    const printedBefore = pageText(original);
    const tested: string[] = [];
    const missed: string[] = [];
    for (const [path, value] of valueOfEachField(source)) {
      for (const changed of mutations(value)) {
        const document = parseDocument(source);
        document.setIn(path, changed);
        const mutated = valid(String(document));
        if (!mutated || pageText(mutated) === printedBefore) continue;
        const name = path.join('.');
        tested.push(name);
        const { sections, figures } = compare(checked(original), checked(mutated));
        const added = sections
          .flatMap((section) => [...section.words, ...(section.headingWords ?? [])])
          .filter((word) => word.kind === 'added')
          .map((word) => word.text)
          .join(' ');
        if (sections.length + figures.length === 0 || (String(changed).endsWith(marker) && !added.includes(marker))) missed.push(name);
        break;
      }
    }
    expect(missed).toEqual([]);
    // The fields the first week found missed, among many others.
    for (const name of ['undertitel', 'maaltal.maal.0.tekst', 'doegnbehandling.tilbud.0.behandlingsform', 'doegnbehandling.tilbud.0.fysiske_forhold'])
      expect(tested).toContain(name);
    expect(tested.length).toBeGreaterThan(30);
  });

  it('reports a change to every value of a real file, printed or not, and names an unprinted one by its field', { timeout: 60_000 }, () => {
    // Fields the page does not print, added to a real file: coverage, an assessment, a colour, the rule set.
    const document = parseDocument(withOffer(readFileSync(file, 'utf8')));
    document.setIn(['visitation', 'daekker'], ['§4.1.2', '§4.1.6']);
    document.setIn(['praesentation', 'farve'], '#004b87');
    document.setIn(['regelsaet'], defaultRegulation.id);
    document.setIn(['vurderinger'], [{ krav: '§4.4', status: 'delvist', begrundelse: 'Afsnittet nævner børnene.', af: 'Anna Hansen', dato: '2026-11-20' }]);
    const source = String(document);
    const original = valid(source)!;
    expect(original.vurderinger).toHaveLength(1);
    const schema = buildSchema(defaultRegulation) as SchemaNode;
    const missed: string[] = [];
    const unprinted: string[] = [];
    for (const [path, value] of valueOfEachField(source)) {
      // Every way to change the value that keeps the file valid, until one does: the value's own mutations, another allowed value, or none.
      const options = [...mutations(value), ...(enumAt(schema, path) ?? []), undefined].filter((option) => option !== value);
      for (const changed of options) {
        const edited = parseDocument(source);
        if (changed === undefined) edited.deleteIn(path);
        else edited.setIn(path, changed);
        const mutated = valid(String(edited));
        if (!mutated) continue;
        const { sections, figures, fields } = compare(checked(original), checked(mutated));
        if (sections.length + figures.length + fields.length === 0) missed.push(path.join('.'));
        if (fields.length > 0) unprinted.push(path.join('.'));
        break;
      }
    }
    expect(missed).toEqual([]);
    for (const name of [
      'visitation.daekker.0',
      'praesentation.farve',
      'regelsaet',
      'vurderinger.0.status',
      'vurderinger.0.begrundelse',
      'opfoelgning.udskrivningsstatusser.0',
    ])
      expect(unprinted).toContain(name);
    // A printed value is shown as printed, never again as a field.
    for (const name of ['titel', 'undertitel', 'doegnbehandling.tilbud.0.navn', 'lovgrundlag.0']) expect(unprinted).not.toContain(name);
  });

  it("names an unprinted field by the schema's titles and its values as a council member reads them", () => {
    const source = readFileSync(file, 'utf8');
    const document = parseDocument(source);
    const statuses = document.getIn(['opfoelgning', 'udskrivningsstatusser']) as { items: unknown[] } | undefined;
    expect(statuses?.items.length).toBeGreaterThan(1);
    statuses!.items.pop();
    document.setIn(['vurderinger'], [{ krav: '§4.4', status: 'opfyldt', begrundelse: 'Afsnittet beskriver samtalen.', af: 'Anna Hansen', dato: '2026-11-20' }]);
    // A printed change in the same revision: shown as printed, never as a field, and the unprinted ones still listed.
    document.set('titel', 'Kvalitetsstandard, revideret udgave');
    const { fields, sections } = compare(checked(valid(source)!), checked(valid(String(document))!));
    expect(sections.length).toBeGreaterThan(0);
    expect(fields.map((field) => field.label)).not.toContain('Titel');
    const labels = fields.map((field) => field.label);
    const statusesChange = fields.find((field) => field.label.includes('›') && field.label.endsWith('Udskrivningsstatusser'));
    // The law's words for the values, not the file's ids (»færdigbehandlet«, not »faerdigbehandlet«).
    expect(`${statusesChange?.before} ${statusesChange?.after}`).not.toMatch(/_|ae|oe|aa/);
    expect(statusesChange?.before?.split(', ')).toHaveLength(statuses!.items.length + 1);
    // The item's name is in the label, not a field of its own.
    expect(labels).not.toContain('Forvaltningens vurderinger › §4.4 › Krav');
    expect(fields).toContainEqual({ label: 'Forvaltningens vurderinger › §4.4 › Status', before: undefined, after: 'opfyldt' });
    expect(fields).toContainEqual({ label: 'Forvaltningens vurderinger › §4.4 › Dato', before: undefined, after: '20. november 2026' });
  });

  it('reports a link whose address changed, and only the address, wherever the link stands', () => {
    const source = readFileSync(file, 'utf8');
    // A new first paragraph in the first section's text, or in the last one's.
    const first = source.indexOf('tekst: |\n');
    const last = source.lastIndexOf('tekst: |\n');
    const withParagraph = (at: number, paragraph: string) => {
      const indent = /\n( +)\S/.exec(source.slice(at + 8))![1];
      return valid(`${source.slice(0, at + 9)}${indent}${paragraph}\n\n${source.slice(at + 9)}`)!;
    };
    const links = [
      ['[klageskemaet](https://www.kommune.invalid/klage)', '[klageskemaet](https://www.kommune.invalid/klage-ny)', '-ny'],
      ['[skriv til os](mailto:rusmiddel@kommune.invalid)', '[skriv til os](mailto:misbrug@kommune.invalid)', 'misbrug'],
      ['<https://www.kommune.invalid/gammel>', '<https://www.kommune.invalid/nyside>', 'nyside'],
    ] as const;
    for (const [before, after, added] of links) {
      for (const at of [first, last]) {
        const { sections, fields } = compare(checked(withParagraph(at, `Læs mere: ${before}.`)), checked(withParagraph(at, `Læs mere: ${after}.`)));
        expect(fields).toEqual([]);
        const words = sections.flatMap((section) => section.words.filter((word) => word.kind !== 'same').map((word) => word.text)).join(' ');
        expect(words).toContain(added);
        expect(words).not.toContain('Læs');
      }
    }
    // A link whose text is its address prints the address once.
    const printed = [...printedDocument(file, 'randers', withParagraph(first, 'Se <https://www.kommune.invalid/a>.')).values()]
      .map((part) => part.text)
      .join('\n');
    expect(printed).toContain('https://www.kommune.invalid/a');
    expect(printed).not.toContain('(https://www.kommune.invalid/a)');
  });

  it('compares words as printed, never the Markdown around them', () => {
    const source = readFileSync(file, 'utf8');
    const before = valid(source.replace('tekst: |\n    Kvalitetsstandarden er', 'tekst: |\n    ### Formål\n\n    Kvalitetsstandarden er'))!;
    const after = valid(source.replace('tekst: |\n    Kvalitetsstandarden er', 'tekst: |\n    **Formål**\n\n    Kvalitetsstandarden er **klart** et'))!;
    const { sections } = compare(checked(before), checked(after));
    const words = sections.flatMap((section) => section.words.map((word) => word.text)).join('');
    expect(words).toContain('klart');
    expect(words).not.toMatch(/\*\*|###/);
  });

  it('names and writes the figures as the standard prints them: Danish labels, Danish dates, no Markdown', () => {
    const edit = (pris: string, dato: string) => {
      const document = parseDocument(withOffer(readFileSync(file, 'utf8')));
      document.setIn(['doegnbehandling', 'tilbud', 0, 'pris'], pris);
      document.setIn(['godkendelse', 0, 'dato'], dato);
      const maal = document.getIn(['maaltal', 'maal', 0, 'procent']) as number;
      if (dato !== '2021-12-13') document.setIn(['maaltal', 'maal', 0, 'procent'], maal + 0.5);
      return valid(String(document))!;
    };
    const { figures } = compare(checked(edit('**1.850 kr.** pr. døgn', '2021-12-13')), checked(edit('**1.950 kr.** pr. døgn', '2023-06-01')));
    expect(figures).toContainEqual({ label: 'Pris: Opholdsstedet Eksempel', before: '1.850 kr. pr. døgn', after: '1.950 kr. pr. døgn' });
    expect(figures).toContainEqual({ label: 'Godkendt af Byrådet', before: '13. december 2021', after: '1. juni 2023' });
    const target = figures.find((figure) => figure.label.startsWith('Måltal'))!;
    expect(target.after).toMatch(/\d,5 %/);
    for (const figure of figures) expect(`${figure.label} ${figure.before} ${figure.after}`).not.toMatch(/_|\*\*|\d{4}-\d{2}-\d{2}/);
  });

  it('names the versions by their own approval, or in plain Danish when they state none', () => {
    const source = readFileSync(file, 'utf8');
    const approved = valid(source)!;
    const draft = valid(source.replace('Kvalitetsstandard nr. 15', 'Kvalitetsstandard nr. 16'))!;
    const reapproved = valid(source.replace('dato: 2021-12-13', 'dato: 2023-06-01'))!;
    const unapproved = valid(source.replace(/\ngodkendelse:\n {2}- organ: Byrådet\n {4}dato: 2021-12-13\n/, '\n'))!;
    expect(unapproved.godkendelse).toBeUndefined();
    const versions = (before: Kvalitetsstandard, after: Kvalitetsstandard) => compare(checked(before), checked(after)).versions;
    expect(versions(approved, draft)).toEqual({ before: 'den godkendte udgave af 13. december 2021', after: 'den nye udgave, som endnu ikke er godkendt' });
    expect(versions(approved, reapproved)).toEqual({ before: 'den godkendte udgave af 13. december 2021', after: 'den godkendte udgave af 1. juni 2023' });
    expect(versions(unapproved, draft).before).toBe('den tidligere udgave');
  });

  it('reports a moved section in the contents, where the order is printed', () => {
    const source = readFileSync(file, 'utf8');
    const document = parseDocument(source);
    const order = document.getIn(['praesentation', 'raekkefoelge']) as { items: unknown[] };
    order.items.push(order.items.shift());
    const { sections } = compare(checked(valid(source)!), checked(valid(String(document))!));
    expect(sections.map((section) => section.heading)).toEqual(['Indhold']);
    expect(sections[0]!.words.some((word) => word.kind !== 'same')).toBe(true);
  });

  it('names a section that prints no heading by its chapter, never by its key', () => {
    const grouped = (text: string) => {
      const document = parseDocument(readFileSync(file, 'utf8'));
      document.deleteIn(['maalgruppe', 'overskrift']);
      document.setIn(['maalgruppe', 'tekst'], text);
      document.setIn(['praesentation', 'raekkefoelge'], [['opgaver', 'maalgruppe']]);
      return valid(String(document))!;
    };
    const { sections } = compare(checked(grouped('Første udgave.')), checked(grouped('Anden udgave.')));
    expect(sections.map((section) => section.heading)).toEqual(['Hvad kan behandlingen til mig bestå af?']);
  });
});
