/** The import report for the terminal, in Danish: what was recognised, where each section went and why, what needs a person. */
import { formatMessage, type MessageArgs, type MessageCode } from '../diagnostics/messages.js';
import type { Style } from '../report/terminal.js';
import type { ImportedStandard, PlacedSection } from './imported.js';
import type { Sourced } from './metadata.js';

const line = (code: MessageCode, args: MessageArgs = {}) => formatMessage(code, args);
const short = (text: string, max = 110) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function placementLine(section: PlacedSection): string[] {
  const args: MessageArgs = {
    felt: section.key,
    noegle: section.key,
    krav: section.requirement?.id,
    titel: section.requirement?.title,
    navngivne: (section.named ?? []).join(', '),
    andet: section.claimedBy,
  };
  const heading = section.heading ? `»${short(section.heading, 80)}«` : '(uden overskrift)';
  const lines = [`  ${heading} ${line(`import-placering-${section.reason}` as MessageCode, args)}`];
  if (section.covers.length > 0) lines.push(`  ${line('import-placering-daekker', { krav: section.covers.join(', ') })}`);
  if (section.images.length > 0) lines.push(`  ${line('import-placering-billeder', { antal: section.images.length })}`);
  if (section.diagrams?.length) lines.push(`  ${line('import-placering-diagrammer', { antal: section.diagrams.length })}`);
  return lines;
}

function fieldLines(section: PlacedSection): string[] {
  return Object.entries(section.data).flatMap(([name, data]) => {
    if (name === 'maal') {
      return (data.value as Array<Sourced<Record<string, unknown>>>).map(
        (figure) =>
          `  ${line('import-felt', {
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
      return [`  ${line('import-felt-tilbud', { felt: `${section.key}.${name}`, antal: offers.length, navne, kilde: short(data.source) })}`];
    }
    const value = Array.isArray(data.value) ? `[${data.value.join(', ')}]` : String(data.value);
    return [`  ${line('import-felt', { felt: `${section.key}.${name}`, vaerdi: value, kilde: short(data.source) })}`];
  });
}

export function importReportText(standard: ImportedStandard, sourceName: string, style: Style): string {
  const out: string[] = [style.bold(line('import-rapport-titel', { fil: sourceName })), ''];
  out.push(style.bold(line('import-rapport-genkendt')));
  const kommune = standard.kommune;
  out.push(
    `  ${line('import-meta-kommune', { vaerdi: kommune.value, angivet: 'given' in kommune ? 'ja' : undefined, kilde: kommune.source ? short(kommune.source, 80) : undefined })}`,
  );
  out.push(
    `  ${'fallback' in standard.titel ? line('import-meta-titel-gaet', { vaerdi: standard.titel.value, fra: standard.titel.fallback }) : line('import-meta-titel', { vaerdi: standard.titel.value })}`,
  );
  if (standard.undertitel) out.push(`  ${line('import-meta-undertitel', { vaerdi: standard.undertitel.value })}`);
  for (const approval of standard.godkendelse) out.push(`  ${line('import-meta-godkendelse', { ...approval.value, kilde: short(approval.source, 80) })}`);
  for (const law of standard.lovgrundlag) out.push(`  ${line('import-meta-lovgrundlag', { vaerdi: law.value })}`);
  if (standard.revision.senest)
    out.push(
      `  ${line('import-meta-revision', { felt: 'senest_revideret', dato: standard.revision.senest.value, kilde: short(standard.revision.senest.source, 80) })}`,
    );
  if (standard.revision.naeste)
    out.push(
      `  ${line('import-meta-revision', { felt: 'naeste_revision', dato: standard.revision.naeste.value, kilde: short(standard.revision.naeste.source, 80) })}`,
    );
  if (standard.numbered) out.push(`  ${line('import-meta-nummerering')}`);
  if (standard.tocEntries > 0) out.push(`  ${line('import-meta-indhold', { antal: standard.tocEntries })}`);
  if (standard.images > 0) out.push(`  ${line('import-meta-billeder', { antal: standard.images })}`);
  if (standard.diagrams > 0) out.push(`  ${line('import-meta-diagrammer', { antal: standard.diagrams })}`);
  if (standard.tableRows > 0) out.push(`  ${line('import-meta-tabelraekker', { antal: standard.tableRows })}`);

  const missing: MessageCode[] = [];
  if (standard.godkendelse.length === 0) missing.push('import-mangler-godkendelse');
  if (standard.lovgrundlag.length === 0) missing.push('import-mangler-lovgrundlag');
  if (!standard.revision.senest && !standard.revision.naeste) missing.push('import-mangler-revision');
  if (!standard.undertitel) missing.push('import-mangler-undertitel');
  out.push('', style.bold(line('import-rapport-ikke-fundet')));
  out.push(...(missing.length > 0 ? missing.map((code) => `  ${line(code)}`) : [`  ${line('import-rapport-intet')}`]));

  out.push('', style.bold(line('import-rapport-afsnit')));
  const byKey = new Map(standard.sections.map((section) => [section.key, section]));
  for (const entry of standard.order) {
    for (const key of Array.isArray(entry) ? entry : [entry]) {
      const section = byKey.get(key);
      if (section && (section.markdown || section.heading)) out.push(...placementLine(section));
    }
  }

  const fields = standard.sections.flatMap(fieldLines);
  out.push('', style.bold(line('import-rapport-felter')));
  out.push(...(fields.length > 0 ? fields : [`  ${line('import-rapport-intet')}`]));

  out.push('', style.bold(line('import-rapport-spoergsmaal')));
  const questions = standard.questions.map((question) => `  - ${formatMessage(question.code, question.args)}`);
  out.push(...(questions.length > 0 ? questions : [`  ${line('import-rapport-intet')}`]));
  return `${out.join('\n')}\n`;
}
