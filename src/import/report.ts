/** The import report for the terminal, in Danish: what was recognised, where each section went and why, what needs a person. */
import { formatMessage, type Message } from '../diagnostics/messages.js';
import type { Style } from '../report/terminal.js';
import type { ImportedStandard, PlacedSection } from './imported.js';
import type { Sourced } from './metadata.js';

const short = (text: string, max = 110) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Why a section went where it went. */
function placementMessage(section: PlacedSection): Message {
  const requirement = { felt: section.key, krav: section.requirement?.id ?? '', titel: section.requirement?.title ?? '' };
  const named = { noegle: section.key, navngivne: (section.named ?? []).join(', ') };
  switch (section.reason) {
    case 'overskrift-er-krav':
      return { code: 'import-placering-overskrift-er-krav', args: requirement };
    case 'underoverskrift-er-krav':
      return { code: 'import-placering-underoverskrift-er-krav', args: requirement };
    case 'tal-i-teksten':
      return { code: 'import-placering-tal-i-teksten', args: requirement };
    case 'overskrift-nævner-flere':
      return { code: 'import-placering-overskrift-nævner-flere', args: named };
    case 'krav-allerede-besat':
      return { code: 'import-placering-krav-allerede-besat', args: { ...named, andet: section.claimedBy ?? '' } };
    case 'ingen-krav-i-overskrift':
      return { code: 'import-placering-ingen-krav-i-overskrift', args: { noegle: section.key } };
    case 'forord':
      return { code: 'import-placering-forord', args: {} };
    case 'forside':
      return { code: 'import-placering-forside', args: {} };
    case 'bilag':
      return { code: 'import-placering-bilag', args: { noegle: section.key } };
    case 'delt':
      return { code: 'import-placering-delt', args: { noegle: section.key } };
  }
}

function placementLine(section: PlacedSection): string[] {
  const heading = section.heading ? `»${short(section.heading, 80)}«` : '(uden overskrift)';
  const placement = placementMessage(section);
  const lines = [`  ${heading} ${formatMessage(placement.code, placement.args)}`];
  if (section.covers.length > 0) lines.push(`  ${formatMessage('import-placering-daekker', { krav: section.covers.join(', ') })}`);
  if (section.images.length > 0) lines.push(`  ${formatMessage('import-placering-billeder', { antal: section.images.length })}`);
  if (section.diagrams?.length) lines.push(`  ${formatMessage('import-placering-diagrammer', { antal: section.diagrams.length })}`);
  return lines;
}

function fieldLines(section: PlacedSection): string[] {
  return Object.entries(section.data).flatMap(([name, data]) => {
    if (name === 'maal') {
      return (data.value as Array<Sourced<Record<string, unknown>>>).map(
        (figure) =>
          `  ${formatMessage('import-felt', {
            felt: `${section.key}.maal`,
            vaerdi: Object.entries(figure.value)
              .map(([key, value]) => `${key} ${value}`)
              .join(', '),
            kilde: short(figure.source),
          })}`,
      );
    }
    if (name === 'tilbud') {
      const offers = data.value as Array<{ navn: string }>;
      const navne = offers.map((offer) => offer.navn).join(', ');
      return [`  ${formatMessage('import-felt-tilbud', { felt: `${section.key}.${name}`, antal: offers.length, navne, kilde: short(data.source) })}`];
    }
    const value = Array.isArray(data.value) ? `[${data.value.join(', ')}]` : String(data.value);
    return [`  ${formatMessage('import-felt', { felt: `${section.key}.${name}`, vaerdi: value, kilde: short(data.source) })}`];
  });
}

/** How many questions of one kind the report lists: a document can repeat a thing thousands of times (a link, a picture), and a report of thousands of lines is read by no one. */
export const questionsShownPerKind = 10;

/** The questions, each kind's first few, and after them one line with how many more there are of that kind. */
function questionLines(questions: ImportedStandard['questions']): string[] {
  const totals = new Map<string, number>();
  for (const question of questions) totals.set(question.code, (totals.get(question.code) ?? 0) + 1);
  const listed = new Map<string, number>();
  const lines: string[] = [];
  for (const question of questions) {
    const index = (listed.get(question.code) ?? 0) + 1;
    listed.set(question.code, index);
    if (index <= questionsShownPerKind) lines.push(`  - ${formatMessage(question.code, question.args)}`);
    const total = totals.get(question.code)!;
    if (index === questionsShownPerKind && total > index) lines.push(`  - ${formatMessage('import-rapport-flere', { antal: total - index, ialt: total })}`);
  }
  return lines;
}

export function importReportText(standard: ImportedStandard, sourceName: string, style: Style): string {
  const out: string[] = [style.bold(formatMessage('import-rapport-titel', { fil: sourceName })), ''];
  out.push(style.bold(formatMessage('import-rapport-genkendt', {})));
  const kommune = standard.kommune;
  out.push(
    `  ${formatMessage('import-meta-kommune', { vaerdi: kommune.value, angivet: 'given' in kommune ? 'ja' : undefined, kilde: kommune.source ? short(kommune.source, 80) : undefined })}`,
  );
  out.push(
    `  ${'fallback' in standard.titel ? formatMessage('import-meta-titel-gaet', { vaerdi: standard.titel.value }) : formatMessage('import-meta-titel', { vaerdi: standard.titel.value })}`,
  );
  if (standard.undertitel) out.push(`  ${formatMessage('import-meta-undertitel', { vaerdi: standard.undertitel.value })}`);
  for (const approval of standard.godkendelse)
    out.push(`  ${formatMessage('import-meta-godkendelse', { ...approval.value, kilde: short(approval.source, 80) })}`);
  for (const law of standard.lovgrundlag) out.push(`  ${formatMessage('import-meta-lovgrundlag', { vaerdi: law.value })}`);
  if (standard.revision.senest)
    out.push(
      `  ${formatMessage('import-meta-revision', { felt: 'senest_revideret', dato: standard.revision.senest.value, kilde: short(standard.revision.senest.source, 80) })}`,
    );
  if (standard.revision.naeste)
    out.push(
      `  ${formatMessage('import-meta-revision', { felt: 'naeste_revision', dato: standard.revision.naeste.value, kilde: short(standard.revision.naeste.source, 80) })}`,
    );
  if (standard.numbered) out.push(`  ${formatMessage('import-meta-nummerering', {})}`);
  if (standard.tocEntries > 0) out.push(`  ${formatMessage('import-meta-indhold', { antal: standard.tocEntries })}`);
  if (standard.images > 0) out.push(`  ${formatMessage('import-meta-billeder', { antal: standard.images })}`);
  if (standard.diagrams > 0) out.push(`  ${formatMessage('import-meta-diagrammer', { antal: standard.diagrams })}`);
  if (standard.tableRows > 0) out.push(`  ${formatMessage('import-meta-tabelraekker', { antal: standard.tableRows })}`);

  const missing: ('import-mangler-godkendelse' | 'import-mangler-lovgrundlag' | 'import-mangler-revision' | 'import-mangler-undertitel')[] = [];
  if (standard.godkendelse.length === 0) missing.push('import-mangler-godkendelse');
  if (standard.lovgrundlag.length === 0) missing.push('import-mangler-lovgrundlag');
  if (!standard.revision.senest && !standard.revision.naeste) missing.push('import-mangler-revision');
  if (!standard.undertitel) missing.push('import-mangler-undertitel');
  out.push('', style.bold(formatMessage('import-rapport-ikke-fundet', {})));
  out.push(...(missing.length > 0 ? missing.map((code) => `  ${formatMessage(code, {})}`) : [`  ${formatMessage('import-rapport-intet', {})}`]));

  out.push('', style.bold(formatMessage('import-rapport-afsnit', {})));
  const byKey = new Map(standard.sections.map((section) => [section.key, section]));
  for (const entry of standard.order) {
    for (const key of Array.isArray(entry) ? entry : [entry]) {
      const section = byKey.get(key);
      if (section && (section.markdown || section.heading)) out.push(...placementLine(section));
    }
  }

  const fields = standard.sections.flatMap(fieldLines);
  out.push('', style.bold(formatMessage('import-rapport-felter', {})));
  out.push(...(fields.length > 0 ? fields : [`  ${formatMessage('import-rapport-intet', {})}`]));

  out.push('', style.bold(formatMessage('import-rapport-spoergsmaal', {})));
  const questions = questionLines(standard.questions);
  out.push(...(questions.length > 0 ? questions : [`  ${formatMessage('import-rapport-intet', {})}`]));
  return `${out.join('\n')}\n`;
}
