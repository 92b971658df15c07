/**
 * The structured fields the check reads, from the sentences that state them: in the
 * requirement's own section, or stated outright in another (which then becomes that
 * requirement's section if it stood under the document's own heading, or gets a field with
 * the data only beside it). Each value keeps its sentence for the YAML comment.
 */
import { listDanish, terms } from '../diagnostics/labels.js';
import { defaultRegulation } from '../regulations/index.js';
import { deadlineDays, dischargeStatuses, followUpMonths, publicationUrl, targetFigures, type Found, type TargetFigure } from './facts.js';
import type { ImportedStandard, PlacedSection } from './imported.js';
import { partialDateQuestion } from './interpreted.js';
import type { Sourced } from './metadata.js';
import { lawFacts } from './offer-fields.js';
import type { Offer } from './offers.js';

/** Headings of parts that quote the law: their sentences are the law's, not the kommune's. */
const quotesLaw = (heading: string | undefined) => /lovgrundlag|lovtekst|lovgivning|bilag|lovens? ord/i.test(heading ?? '');

interface FieldContext {
  sections: PlacedSection[];
  order: ImportedStandard['order'];
  questions: ImportedStandard['questions'];
  revision: ImportedStandard['revision'];
}

export function readStructuredFields({ sections, order, questions, revision }: FieldContext): void {
  // Structured fields: in the requirement's own section, or stated outright elsewhere.
  const field = (name: string) => sections.find((section) => section.kind === 'krav' && section.key === name);
  const ownText = (section: PlacedSection | undefined) => (section ? section.text : '');
  const elsewhere = sections.filter((section) => !quotesLaw(section.heading));

  const attach = <T>(fieldName: string, dataName: string, result: Found<T>, from?: PlacedSection) => {
    if (!result) return;
    if ('unclear' in result) {
      questions.push({
        code: 'import-spoerg-uklar-frist',
        args: { felt: `${fieldName}.${dataName}`, saetninger: result.unclear.map((sentence) => `»${sentence}«`).join(' ') },
      });
      return;
    }
    let target = field(fieldName);
    if (!target && from?.kind === 'afsnit') {
      // A section that states the requirement's own figures is that requirement.
      const requirement = defaultRegulation.requirements.find((each) => each.field === fieldName)!;
      renameInOrder(order, from.key, fieldName);
      Object.assign(from, { kind: 'krav', key: fieldName, requirement, reason: 'tal-i-teksten', named: undefined });
      target = from;
    }
    if (!target) {
      // The figures stand in another section: the field is made with the data only, next to it.
      const requirement = defaultRegulation.requirements.find((each) => each.field === fieldName)!;
      target = { kind: 'krav', key: fieldName, markdown: '', text: '', requirement, covers: [], images: [], reason: 'overskrift-er-krav', data: {} };
      sections.push(target);
      insertAfter(order, from?.key, fieldName);
      // Dates from the title page need no text of their own; figures from a section's text do.
      if (from) questions.push({ code: 'import-spoerg-data-uden-afsnit', args: { felt: fieldName, overskrift: from.heading ?? from.key } });
    }
    target.data[dataName] = result.found as Sourced<unknown>;
  };
  const search = <T>(finder: (text: string) => Found<T>, fieldName: string): [Found<T>, PlacedSection | undefined] => {
    const own = field(fieldName);
    const inOwn = own ? finder(ownText(own)) : undefined;
    if (inOwn) return [inOwn, own];
    for (const section of elsewhere) {
      if (section === own) continue;
      const result = finder(section.text);
      if (result) return [result, section];
    }
    return [undefined, undefined];
  };

  const guarantee = field('behandlingsgaranti');
  const [deadline, deadlineFrom] =
    guarantee && deadlineDays(guarantee.text, true)
      ? [deadlineDays(guarantee.text, true), guarantee]
      : search((text) => deadlineDays(text, false), 'behandlingsgaranti');
  attach('behandlingsgaranti', 'frist_dage', deadline, deadlineFrom);
  const followUp = field('opfoelgning');
  if (followUp) {
    attach('opfoelgning', 'maaneder', followUpMonths(followUp.text), followUp);
    attach('opfoelgning', 'udskrivningsstatusser', dischargeStatuses(followUp.text), followUp);
  }
  const targetsField = field('maaltal');
  const targetSource =
    targetsField && targetFigures(targetsField.text).length > 0 ? targetsField : elsewhere.find((section) => targetFigures(section.text).length > 0);
  if (targetSource) {
    // Each figure keeps its own sentence; the writer puts it beside the figure.
    const figures = targetFigures(targetSource.text);
    attach<Array<Sourced<TargetFigure>>>('maaltal', 'maal', { found: { value: figures, source: '' } }, targetSource);
  }
  const [published, publishedIn] = search(publicationUrl, 'offentliggoerelse');
  attach('offentliggoerelse', 'url', published, publishedIn);
  readOfferTables(sections, attach, questions);
  questions.push(...readFieldsQuestion(sections));
  for (const [name, date] of [
    ['senest_revideret', revision.senest],
    ['naeste_revision', revision.naeste],
  ] as const) {
    if (!date) continue;
    attach('revision', name, { found: date }, field('revision'));
    // A title page's year has its own question already.
    const question = questions.some((each) => each.fields?.includes(`revision.${name}`)) ? undefined : partialDateQuestion(`revision.${name}`, date);
    if (question) questions.push(question);
  }
}

type Attach = <T>(fieldName: string, dataName: string, result: Found<T>, from?: PlacedSection) => void;

/** Every table of døgntilbud, wherever it stood, is `doegnbehandling.tilbud`; the question says how each column was read. */
function readOfferTables(sections: readonly PlacedSection[], attach: Attach, questions: ImportedStandard['questions']): void {
  const holders = sections.filter((section) => section.offerTables?.length);
  if (holders.length === 0) return;
  const tables = holders.flatMap((section) => section.offerTables!.map((table) => ({ table, section })));
  const offers = tables.flatMap(({ table }) => table.offers);
  const source = tables.map(({ table }) => table.columns.map((column) => column.heading).join(' | ')).join(' … ');
  attach<Offer[]>('doegnbehandling', 'tilbud', { found: { value: offers, source } }, holders[0]);
  for (const { table, section } of tables) {
    const mapped = table.columns.filter((column) => column.field).map((column) => `»${column.heading}« → ${column.field}`);
    const unmapped = table.columns.filter((column) => !column.field && column.heading.trim()).map((column) => `»${column.heading}«`);
    const missing = lawFacts
      .filter((fact) => !table.columns.some((column) => column.field === fact))
      .map((fact) => terms.residentialField[fact as keyof typeof terms.residentialField]);
    questions.push({
      code: 'import-spoerg-doegntilbud',
      fields: ['doegnbehandling.tilbud'],
      args: {
        antal: table.offers.length,
        overskrift: section.heading ?? '',
        kolonner: mapped.join(', '),
        ikke: unmapped.join(', '),
        mangler: listDanish(missing),
      },
    });
  }
}

/** The fields read out of sentences (not the revision dates, which are copied, nor the offers, which have their own question): each is the importer's reading of a sentence. */
export function readFieldsQuestion(sections: readonly PlacedSection[]): ImportedStandard['questions'] {
  const fields = sections
    .flatMap((section) => Object.keys(section.data).map((name) => `${section.key}.${name}`))
    .filter((name) => !name.startsWith('revision.') && name !== 'doegnbehandling.tilbud');
  return fields.length > 0 ? [{ code: 'import-spoerg-faste-felter', fields, args: { felter: fields.join(', '), antal: fields.length } }] : [];
}

function renameInOrder(order: Array<string | string[]>, from: string, to: string): void {
  order.forEach((entry, index) => {
    if (Array.isArray(entry)) entry.forEach((key, inner) => key === from && (entry[inner] = to));
    else if (entry === from) order[index] = to;
  });
}

/** Puts `key` right after `after` in the order (in its chapter group), or at the end. */
function insertAfter(order: Array<string | string[]>, after: string | undefined, key: string): void {
  const index = order.findIndex((entry) => (Array.isArray(entry) ? entry.includes(after ?? '') : entry === after));
  if (index < 0) {
    order.push(key);
    return;
  }
  const entry = order[index]!;
  if (Array.isArray(entry)) entry.splice(entry.indexOf(after!) + 1, 0, key);
  else order.splice(index, 1, [entry, key]);
}
