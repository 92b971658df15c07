/**
 * `diff` compares what the standard prints: every field whose change alters the published
 * page is reported, and the words shown are the words as printed (no Markdown). The fields
 * are not listed here: each value of a real file is changed in turn, and a change counts as
 * printed when the rendered page's text changes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { FileCheck } from '../src/check/run.js';
import { compare } from '../src/diff/compare.js';
import { formChanges } from '../src/diff/form.js';
import { maxEdits, type WordChange, wordChanges } from '../src/diff/words.js';
import { diffReportText } from '../src/report/diff.js';
import { styleOf } from '../src/report/terminal.js';
import { printedDocument, printedPage } from '../src/diff/printed.js';
import type { Kvalitetsstandard } from '../src/generated/kvalitetsstandard.js';
import { parseSource } from '../src/load.js';
import { validateLoaded } from '../src/validate.js';
import { defaultRegulation } from '../src/regulations/index.js';
import { buildSchema } from '../src/schema/definition.js';
import { municipalityNames, root } from './helpers.js';

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

function valid(text: string, at = file): Kvalitetsstandard | undefined {
  const parsed = parseSource(at, Buffer.from(text));
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
  it('reports a change to each value of a real file that the page prints, with the changed words', { timeout: 60_000 }, () => {
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

  it('reports a moved section as moved, and in the contents, where the order is printed', () => {
    const source = readFileSync(file, 'utf8');
    const document = parseDocument(source);
    const order = document.getIn(['praesentation', 'raekkefoelge']) as { items: unknown[] };
    order.items.push(order.items.shift());
    const { sections } = compare(checked(valid(source)!), checked(valid(String(document))!));
    expect(sections.map((section) => [section.heading, section.kind])).toEqual([
      ['Indhold', 'aendret'],
      ['Hvordan læser jeg denne kvalitetsstandard?', 'flyttet'],
    ]);
    expect(sections[0]!.words.map((word) => word.kind)).toEqual(['movedAway', 'same', 'moved']);
    expect(sections[1]!.moved).toEqual({ after: 'Ordforklaringer', first: false, chapter: undefined });
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

/** The real file with the text of the section at `path` replaced. */
function withText(path: Path, text: string): Kvalitetsstandard {
  const document = parseDocument(readFileSync(file, 'utf8'));
  document.setIn([...path, 'tekst'], text);
  return valid(String(document))!;
}

/** Sections of every kind: a requirement's, the preface, another section and an appendix. */
const sectionPaths: Path[] = [['maalgruppe'], ['forord'], ['oevrige_afsnit', 0], ['bilag', 1]];

describe('diff reports a change in form alone', () => {
  // Each pair prints the same words in another form; the forms named are those only the first has, and only the second.
  const pairs: Array<[string, string, string[], string[]]> = [
    ['Du får **fri behandling** her.', 'Du får fri behandling her.', ['fed skrift'], []],
    ['Du får *fri behandling* her.', 'Du får fri behandling her.', ['kursiv'], []],
    ['Læs [mere om os](https://www.kommune.invalid/os) her.', 'Læs mere om os (https://www.kommune.invalid/os) her.', ['link'], []],
    [
      '### Ansøgning\n\nTekst.\n\n#### Klage\n\nMere tekst.',
      '### Ansøgning\n\nTekst.\n\n### Klage\n\nMere tekst.',
      ['underoverskrift på niveau 2'],
      ['underoverskrift på niveau 1'],
    ],
    ['- Rådgivning\n- Døgnbehandling', 'Rådgivning\n\nDøgnbehandling', ['punktopstilling'], ['almindeligt afsnit']],
    ['- Rådgivning\n- Døgnbehandling', '1. Rådgivning\n2. Døgnbehandling', ['punktopstilling'], ['nummereret liste']],
  ];

  it('names the form that changed and the words it concerns, both ways, in every kind of section', { timeout: 60_000 }, () => {
    for (const path of sectionPaths) {
      for (const [first, second, onlyFirst, onlySecond] of pairs) {
        for (const [before, after, gone, come] of [
          [first, second, onlyFirst, onlySecond],
          [second, first, onlySecond, onlyFirst],
        ] as const) {
          const { sections, fields } = compare(checked(withText(path, before)), checked(withText(path, after)));
          const where = `${path.join('.')}: ${before} → ${after}`;
          expect(sections, where).toHaveLength(1);
          expect(
            sections[0]!.words.every((word) => word.kind === 'same'),
            where,
          ).toBe(true);
          expect(
            sections[0]!.form.map(({ before, after }) => ({ before, after })),
            where,
          ).toEqual([{ before: gone, after: come }]);
          expect(sections[0]!.form[0]!.text, where).toMatch(/Klage|fri behandling|mere om os|Rådgivning Døgnbehandling/);
          expect(fields).toEqual([]);
        }
      }
    }
  });

  it('keeps words and form apart: a reworded sentence is no change of form, and a bold word that is also reworded is both', () => {
    const path = ['maalgruppe'];
    const reworded = compare(checked(withText(path, 'Du får fri behandling her.')), checked(withText(path, 'Du får gratis behandling her.')));
    expect(reworded.sections[0]!.form).toEqual([]);
    const both = compare(checked(withText(path, 'Du får fri behandling her.')), checked(withText(path, 'Du får **gratis behandling** her.')));
    expect(both.sections[0]!.words.filter((word) => word.kind === 'added').map((word) => word.text.trim())).toEqual(['gratis']);
    expect(both.sections[0]!.form).toEqual([{ text: 'behandling', before: [], after: ['fed skrift'] }]);
    // Words printed alike say nothing at all, whatever the Markdown (a list marker, a line broken in two).
    const same = compare(checked(withText(path, '- Rådgivning\n- Døgnbehandling')), checked(withText(path, '* Rådgivning\n* Døgnbehandling')));
    expect(same.sections).toEqual([]);
    // Said as it is: only the form, or the form too when the words or the heading changed as well.
    const report = (before: Kvalitetsstandard, after: Kvalitetsstandard) =>
      diffReportText({ comparison: compare(checked(before), checked(after)), file, from: 'HEAD', date: '2026-11-23' }, styleOf(false));
    const retitled = (text: string) => {
      const document = withText(path, text);
      return { ...document, maalgruppe: { ...document.maalgruppe!, overskrift: 'Hvem kan få behandling?' } };
    };
    expect(report(withText(path, 'Du får fri behandling her.'), withText(path, 'Du får **fri** behandling her.'))).toContain('Kun formateringen er ændret:');
    for (const after of [withText(path, 'Du får **fri** behandling nu.'), retitled('Du får **fri** behandling her.')])
      expect(report(withText(path, 'Du får fri behandling her.'), after)).toContain('Formateringen er også ændret:');
    const rewrapped = compare(checked(withText(path, 'Du får fri behandling her.')), checked(withText(path, 'Du får fri\nbehandling her.')));
    expect(rewrapped.sections).toEqual([]);
  });
});

describe('diff reports a section or a line that moved as moved', () => {
  const source = readFileSync(file, 'utf8');
  /** The real file with an edit made to its parsed document. */
  const edited = (edit: (document: ReturnType<typeof parseDocument>) => void) => {
    const document = parseDocument(source);
    edit(document);
    return valid(String(document))!;
  };
  /** Renames a section's key everywhere it is named (its list and the order of presentation). */
  const renamed = (document: ReturnType<typeof parseDocument>, list: string, index: number, key: string) => {
    const old = document.getIn([list, index, 'noegle']) as string;
    document.setIn([list, index, 'noegle'], key);
    const order = JSON.stringify(document.getIn(['praesentation', 'raekkefoelge']));
    document.setIn(['praesentation', 'raekkefoelge'], JSON.parse(order.replaceAll(`"${old}"`, `"${key}"`)));
  };

  it('shows a renamed key, with or without reworded text, as the same section', () => {
    for (const [list, index] of [
      ['oevrige_afsnit', 0],
      ['oevrige_afsnit', 2],
      ['bilag', 0],
    ] as const) {
      const heading = (document: Kvalitetsstandard) => (document[list]![index] as { overskrift?: string }).overskrift;
      const only = edited((document) => renamed(document, list, index, 'nyt-navn'));
      const reworded = edited((document) => {
        renamed(document, list, index, 'nyt-navn');
        const text = document.getIn([list, index, 'tekst']) as string;
        document.setIn([list, index, 'tekst'], text.replace(/\S+\s+\S+/, 'Med nye ord'));
      });
      for (const after of [only, reworded]) {
        const { sections } = compare(checked(valid(source)!), checked(after));
        const section = sections.find((change) => change.key === 'nyt-navn')!;
        expect(section).toMatchObject({ kind: 'aendret', previousKey: valid(source)![list]![index]!.noegle, heading: heading(after) });
        expect(sections.filter((change) => change.kind === 'tilfoejet' || change.kind === 'fjernet')).toEqual([]);
        const changedWords = section.words.filter((word) => word.kind !== 'same');
        expect(changedWords.length > 0).toBe(after === reworded);
      }
    }
  });

  it('pairs two alike sections, renamed and moved, by their headings before their words', () => {
    const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
    let tested = 0;
    for (const list of ['oevrige_afsnit', 'bilag'] as const) {
      for (const [index, section] of valid(source)![list]!.entries()) {
        const paragraphs = section.tekst!.trim().split(/\n\s*\n/);
        const short = paragraphs.slice(0, -1).join('\n\n');
        // A shortened copy alike enough to be the same section (70 % of words shared).
        if (paragraphs.length < 3 || words(short) < 0.8 * words(section.tekst!)) continue;
        const key = section.noegle;
        const heading = section.overskrift ?? key;
        /** The section and its short twin after it, both printed as chapters of their own (out of the order of presentation). */
        const withTwin = (edit: (items: unknown[], document: ReturnType<typeof parseDocument>) => void) =>
          edited((document) => {
            const order = document.getIn(['praesentation', 'raekkefoelge']) as unknown as { toJSON(): unknown[] };
            document.setIn(
              ['praesentation', 'raekkefoelge'],
              order
                .toJSON()
                .map((entry) => (Array.isArray(entry) ? entry.filter((each) => each !== key) : entry))
                .filter((entry) => entry !== key && (!Array.isArray(entry) || entry.length > 0)),
            );
            const items = (document.getIn([list]) as { items: unknown[] }).items;
            items.splice(index + 1, 0, document.createNode({ noegle: `${key}-kort`, overskrift: `${heading} i kort form`, tekst: `${short}\n` }));
            edit(items, document);
          });
        const before = withTwin(() => {});
        // The section shortened to the twin's words, the twin given a new paragraph, both keys renamed and their order swapped.
        const after = withTwin((items, document) => {
          document.setIn([list, index, 'tekst'], `${short}\n`);
          document.setIn([list, index, 'noegle'], `${key}-ny`);
          document.setIn([list, index + 1, 'tekst'], `${short}\n\nEt nyt afsnit om noget andet.\n`);
          document.setIn([list, index + 1, 'noegle'], `${key}-kort-ny`);
          items.splice(index, 0, items.splice(index + 1, 1)[0]);
        });
        const { sections } = compare(checked(before), checked(after));
        const previous = (now: string) => sections.find((change) => change.key === now)?.previousKey;
        expect([previous(`${key}-ny`), previous(`${key}-kort-ny`)], key).toEqual([key, `${key}-kort`]);
        expect(sections.filter((change) => change.kind === 'tilfoejet' || change.kind === 'fjernet')).toEqual([]);
        tested += 1;
      }
    }
    expect(tested).toBeGreaterThan(0);
  });

  it('prints lines that moved where they stand among the words that changed around them', () => {
    const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();
    const side = (changes: WordChange[], kinds: WordChange['kind'][]) =>
      collapsed(
        changes
          .filter((change) => kinds.includes(change.kind))
          .map((change) => change.text)
          .join(''),
      );
    let tested = 0;
    for (const name of municipalityNames) {
      const path = join(root, 'municipalities', `${name}.yml`);
      for (const part of printedDocument(path, name, valid(readFileSync(path, 'utf8'), path)!).values()) {
        const lines = part.text.split('\n').filter((line) => line.trim() !== '');
        if (lines.length < 4) continue;
        // Each line reworded in turn, with the line after it moved to the end.
        for (let at = 0; at + 2 < lines.length; at++) {
          const changed = [...lines];
          changed[at] = changed[at]!.replace(/\S+/, 'Omskrevet');
          changed.push(changed.splice(at + 1, 1)[0]!);
          const changes = wordChanges(lines.join('\n'), changed.join('\n'));
          // Read in order, each side of the changes is its own text, each moved line in its place.
          expect(side(changes, ['same', 'removed', 'movedAway']), part.key).toBe(collapsed(lines.join('\n')));
          expect(side(changes, ['same', 'added', 'moved']), part.key).toBe(collapsed(changed.join('\n')));
          tested += changes.some((change) => change.kind === 'movedAway') ? 1 : 0;
        }
      }
    }
    expect(tested).toBeGreaterThan(100);
  });

  it("shows a section moved into another list, or into a requirement's field, as the same section", () => {
    const other = valid(source)!.oevrige_afsnit![1]!;
    const toAppendix = edited((document) => {
      const items = document.getIn(['oevrige_afsnit']) as { items: unknown[] };
      (document.getIn(['bilag']) as { items: unknown[] }).items.push(items.items.splice(1, 1)[0]);
    });
    const toField = edited((document) => {
      renamed(document, 'oevrige_afsnit', 1, 'fremtidig_indsats');
      document.setIn(['fremtidig_indsats'], { overskrift: other.overskrift, tekst: other.tekst });
      document.deleteIn(['oevrige_afsnit', 1]);
    });
    for (const [after, previousKey] of [
      [toAppendix, undefined],
      [toField, other.noegle],
    ] as const) {
      const { sections } = compare(checked(valid(source)!), checked(after));
      const kinds = sections.map((section) => section.kind);
      expect(kinds).not.toContain('tilfoejet');
      expect(kinds).not.toContain('fjernet');
      expect(sections.find((section) => section.heading === other.overskrift)?.previousKey).toBe(previousKey);
    }
  });

  it('keeps a new section and a removed one apart when their texts are not alike', () => {
    const replaced = edited((document) => {
      renamed(document, 'oevrige_afsnit', 0, 'helt-andet');
      document.setIn(['oevrige_afsnit', 0, 'overskrift'], 'Åbningstider');
      document.setIn(['oevrige_afsnit', 0, 'tekst'], 'Centret har åbent mandag til fredag fra 8 til 15.');
    });
    const kinds = compare(checked(valid(source)!), checked(replaced)).sections.map((section) => section.kind);
    expect(kinds).toContain('tilfoejet');
    expect(kinds).toContain('fjernet');
  });

  it('says a section moved to another chapter moved, and where it stands now', () => {
    const order = (valid(source)!.praesentation!.raekkefoelge as (string | string[])[]).map((entry) => [entry].flat());
    // Each section of a chapter of several, moved to the end of another chapter.
    const grouped = order.filter((chapter) => chapter.length > 1);
    for (const [index, chapter] of grouped.entries()) {
      const key = chapter.at(-1)!;
      const target = grouped[(index + 1) % grouped.length]!;
      const moved = edited((document) =>
        document.setIn(
          ['praesentation', 'raekkefoelge'],
          order.map((entry) => (entry === chapter ? entry.slice(0, -1) : entry === target ? [...entry, key] : entry)),
        ),
      );
      const { sections } = compare(checked(valid(source)!), checked(moved));
      const section = sections.find((change) => change.key === key)!;
      expect(section.kind, key).toBe('flyttet');
      expect(section.moved?.chapter).toBe(printedDocument(file, 'randers', moved).get(target[0]!)!.heading);
      expect(sections.map((change) => change.kind)).not.toContain('tilfoejet');
    }
  });

  it('says list items and paragraphs that changed places moved, not removed and added', () => {
    const items = ['Rådgivning om behandling', 'Ambulant behandling i centret', 'Døgnbehandling på et opholdssted', 'Efterbehandling'];
    const list = (order: number[]) => order.map((index) => `- ${items[index]}`).join('\n');
    const paragraphs = (order: number[]) => order.map((index) => items[index]).join('\n\n');
    for (const path of sectionPaths) {
      for (const write of [list, paragraphs]) {
        for (const order of [
          [1, 0, 2, 3],
          [3, 0, 1, 2],
          [1, 2, 3, 0],
        ]) {
          const { sections } = compare(checked(withText(path, write([0, 1, 2, 3]))), checked(withText(path, write(order))));
          const words = sections[0]!.words;
          expect(words.filter((word) => word.kind === 'added' || word.kind === 'removed')).toEqual([]);
          const moved = words.filter((word) => word.kind === 'moved').map((word) => word.text.trim());
          expect(moved).toEqual(words.filter((word) => word.kind === 'movedAway').map((word) => word.text.trim()));
          expect(moved.length).toBeGreaterThan(0);
          for (const text of moved) expect(items).toContain(text);
        }
      }
    }
  });
});

describe('diff reports a picture that changed', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-logo-'));
  const copy = join(folder, 'randers.yml');
  const svg = (colour: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="${colour}"/></svg>\n`;
  writeFileSync(join(folder, 'blaa.svg'), svg('#004b87'));
  writeFileSync(join(folder, 'roed.svg'), svg('#870000'));
  writeFileSync(join(folder, 'ogsaa-blaa.svg'), svg('#004b87'));
  const withLogo = (logo: string, kommune = 'Randers Kommune'): ValidCheck => {
    const document = parseDocument(readFileSync(file, 'utf8'));
    document.setIn(['praesentation', 'logo'], logo);
    document.setIn(['kommune'], kommune);
    return { ...checked(valid(String(document), copy)!), file: copy };
  };

  it('names a picture swapped for another, and one whose text (alt) changed, on the page that prints it', () => {
    const swapped = compare(withLogo('blaa.svg'), withLogo('roed.svg'));
    expect(swapped.sections.flatMap((section) => section.form)).toEqual([
      { text: '', before: ['billede med teksten »Randers Kommune«'], after: ['billede med teksten »Randers Kommune«'] },
    ]);
    expect(swapped.fields).toEqual([]);
    // The logo's text is the municipality's name: a new name is new words on the cover, and a new text of the same picture.
    const renamed = compare(withLogo('blaa.svg'), withLogo('blaa.svg', 'Randers Byråd'));
    expect(renamed.sections.flatMap((section) => section.form)).toContainEqual({
      text: '',
      before: ['billede med teksten »Randers Kommune«'],
      after: ['billede med teksten »Randers Byråd«'],
    });
  });

  it('lists a new file name for the same picture as a field, since the page prints the same', () => {
    const { sections, fields } = compare(withLogo('blaa.svg'), withLogo('ogsaa-blaa.svg'));
    expect(sections).toEqual([]);
    expect(fields.map((field) => [field.before, field.after])).toEqual([['blaa.svg', 'ogsaa-blaa.svg']]);
  });
});

describe('diff of a text rewritten past what is compared word by word (maxEdits)', () => {
  const lines = Array.from({ length: 3 * maxEdits }, (_, index) => `Linje ${index + 1}`);

  it('still says each line of a long list turned upside down moved', () => {
    const changes = wordChanges(lines.join('\n'), [...lines].reverse().join('\n'));
    expect(changes.filter((change) => change.kind === 'added' || change.kind === 'removed')).toEqual([]);
    expect(changes.filter((change) => change.kind === 'moved').map((change) => change.text.trim())).toHaveLength(lines.length);
  });

  it('shows a paragraph whose every word changed as removed and added, and names no form in it', () => {
    const before = lines.map((line) => line.replace('Linje', 'Ord')).join(' ');
    const after = [...lines].reverse().join(' ');
    const changes = wordChanges(before, after);
    expect(changes.map((change) => change.kind)).toEqual(['removed', 'added']);
    expect(changes.map((change) => change.text)).toEqual([before, after]);
    const words = (text: string) => text.split(' ').map((word) => ({ word, form: ['almindeligt afsnit'] }));
    expect(formChanges(words(before), words(after))).toEqual([]);
  });
});
