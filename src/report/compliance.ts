/** The compliance report for people (terminal) and machines (JSON). */
import { assessmentMessages, groundsHash } from '../check/assessments.js';
import { currentStatus, findingFails, statuses, type Finding, type Status } from '../check/index.js';
import type { LawNote } from '../check/law-notes.js';
import type { FileCheck, OwnCheck } from '../check/run.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import { formatMessage } from '../diagnostics/messages.js';
import { printableInline } from '../printable.js';
import { diagnosticToJson, formatDiagnostic } from './diagnostics.js';
import { regulationJson, regulationSentence } from './regulation-used.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import type { Style } from './terminal.js';

export function findingMessage(finding: Finding): string {
  return finding.messages.map((message) => formatMessage(message.code, message.args)).join(' ');
}

const howWords = { felt: 'kravets eget felt', markeret: 'markeret med daekker', fundet: 'fundet af tjekket' } as const;

/** Where a verdict's sentences stand, for people: »Hvem kan få hjælp?« (linje 40, fundet af tjekket): »…« */
export function sourceLines(finding: Finding, style: Style): string[] {
  return (finding.sources ?? []).map((source) => {
    const quoted = source.sentences.slice(0, 2).map((sentence) => `»${sentence.text.length > 110 ? `${sentence.text.slice(0, 110)}…` : sentence.text}«`);
    return `    ${style.dim('Grundlag:')} »${source.heading}« (linje ${source.line}, ${howWords[source.how]})${quoted.length > 0 ? `: ${quoted.join(' ')}` : ''}`;
  });
}

/** The JSON form of a verdict's sources: `kilder`, documented in the README. */
export function sourcesToJson(finding: Finding) {
  return (finding.sources ?? []).map((source) => ({
    afsnit: source.heading,
    sti: formatPath(source.path),
    linje: source.line,
    hvordan: source.how,
    aspekter: source.aspects,
    saetninger: source.sentences.map((sentence) => ({ tekst: sentence.text, linje: sentence.line, henvisning: sentence.pointer })),
  }));
}

/** The word that says a verdict is the tool's reading, found under other headings, for a person to confirm. */
export const toConfirmWords = 'fundet af tjekket, skal bekræftes';

/** »opfyldt (fundet af tjekket, skal bekræftes)« */
export function statusWithCertainty(finding: Finding): string {
  const status = currentStatus(finding);
  return needsConfirming(finding) ? `${status} (${toConfirmWords})` : status;
}

/** The tool's verdict rests on the search alone, and the forvaltning has not assessed it. */
export function needsConfirming(finding: Finding): boolean {
  return finding.toConfirm === true && !finding.assessment;
}

/** How many requirements have each status: the tool's, or with `currentStatus` the status that counts. */
export function countStatuses<Item extends { status: Status }>(
  items: readonly Item[],
  statusOf: (item: Item) => Status = (item) => item.status,
): Record<Status, number> {
  const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as Record<Status, number>;
  for (const item of items) counts[statusOf(item)] += 1;
  return counts;
}

/** The forvaltning's assessment and the tool's finding beside it, for the terminal and the preview. */
export function assessmentLines(finding: Finding): string[] {
  const messages = assessmentMessages(finding);
  if (!messages) return [];
  const tool = formatMessage('vurdering-vaerktoej', { status: finding.status, tekst: findingMessage(finding) });
  const review = messages.review ? [formatMessage(messages.review.code, messages.review.args)] : [];
  return [formatMessage(messages.verdict.code, messages.verdict.args), tool, ...review];
}

/** The JSON form of an assessment: `forvaltningens_vurdering`, documented in the README. */
function assessmentToJson(finding: Finding) {
  const assessment = finding.assessment;
  if (!assessment) return null;
  const { status, begrundelse, af, dato, grundlag, review, line } = assessment;
  return { status, begrundelse, af, dato, grundlag: grundlag ?? null, skal_genvurderes: review !== undefined, aarsag: review ?? null, linje: line };
}

export function kommuneOf(check: FileCheck): string | undefined {
  return check.valid ? check.document.kommune : undefined;
}

const statusStyle = (status: Status, style: Style) => (status === 'opfyldt' ? style.green : status === 'delvist' ? style.yellow : style.red);

/** »17 opfyldt, 3 delvist, …« by the status that counts, and how many of them the forvaltning assessed. */
export function summaryLine(findings: readonly Finding[]): string {
  const counts = countStatuses(findings, currentStatus);
  const assessed = findings.filter((finding) => finding.assessment).length;
  const review = findings.filter((finding) => finding.assessment?.review).length;
  const assessedNote = assessed === 0 ? '' : ` (${assessed} efter forvaltningens vurdering${review > 0 ? `, ${review} skal genvurderes` : ''})`;
  return `${statuses.map((status) => `${counts[status]} ${status}`).join(', ')}${assessedNote}`;
}

/** The heading of the information about the law, in the terminal and the preview: it is no verdict. */
export const notesHeading = 'Oplysninger om lovgrundlaget (ændrer ingen vurdering):';

/** One piece of information about the law, for the terminal: where, the law it cites, what it says. */
export function noteLines(note: LawNote, style: Style): string[] {
  const where = `${note.file}:${note.span.start.line}:${note.span.start.column}`;
  return [`${style.bold(where)}  oplysning  ${style.dim(`(${note.citation})`)}`, `    ${formatMessage(note.code, note.args)}`];
}

/** The JSON form of a piece of information about the law: `oplysninger`, documented in the README. */
export function noteToJson(note: LawNote) {
  return {
    kode: note.code,
    besked: formatMessage(note.code, note.args),
    lovhenvisning: note.citation,
    eli: note.eli,
    sti: formatPath(note.path),
    linje: note.span.start.line,
    kolonne: note.span.start.column,
  };
}

/** Whether the file is invalid or has a finding that fails at `failing` (information about the law never fails it). */
export function checkFails(check: FileCheck, failing: ReadonlySet<Status>): boolean {
  return !check.valid || check.findings.some((finding) => findingFails(finding, failing)) || ownFails(check, failing);
}

/** »  §4.1.6    opfyldt            Behandlingsgaranti« */
export function statusRow(finding: Finding, status: Status, style: Style, idWidth = 9): string {
  return `  ${finding.requirement.id.padEnd(idWidth)} ${statusStyle(status, style)(status.padEnd(18))} ${finding.requirement.title}`;
}

/** A finding not met (or met elsewhere) with where, what and why. */
export function findingLines(finding: Finding, style: Style): string[] {
  const where = `${printableInline(finding.file)}:${finding.span.start.line}:${finding.span.start.column}`;
  return [
    `${style.bold(where)}  ${statusStyle(finding.status, style)(statusWithCertainty(finding))}  ${finding.requirement.id} ${finding.requirement.title} ${style.dim(`(${finding.citation})`)}`,
    `    ${findingMessage(finding)}`,
    ...sourceLines(finding, style),
  ];
}

/** One file's part of the text report: files' parts in order, then complianceVerdictText, make the report. */
export function complianceFileText(check: FileCheck, style: Style): string {
  const out: string[] = [];
  if (!check.valid) {
    out.push(style.bold(`${printableInline(check.file)}: ugyldig, ikke vurderet`));
    for (const diagnostic of check.diagnostics) out.push(formatDiagnostic(diagnostic, check.text, style));
    out.push('');
  } else {
    const kommune = check.document.kommune;
    const { remark } = check.regulationUsed.regulation;
    out.push(
      style.bold(`${kommune} (${printableInline(check.file)})`),
      regulationSentence(check.regulationUsed, check.date),
      ...(remark ? [style.dim(`Bemærk: ${remark}`)] : []),
      '',
    );
    for (const finding of check.findings) {
      const status = currentStatus(finding);
      const assessed = finding.assessment
        ? style.dim(`  (forvaltningens vurdering; værktøjet fandt: ${finding.status}${finding.assessment.review ? '; skal genvurderes' : ''})`)
        : needsConfirming(finding)
          ? style.dim(` (${toConfirmWords})`)
          : '';
      out.push(`${statusRow(finding, status, style)}${assessed}`);
    }
    const notMet = check.findings.filter((finding) => !finding.assessment && finding.status !== 'opfyldt');
    // Met, but only because the search found it under another heading: worth making explicit.
    const foundElsewhere = check.findings.filter(
      (finding) => !finding.assessment && finding.status === 'opfyldt' && finding.sources?.some((source) => source.how === 'fundet'),
    );
    const assessed = check.findings.filter((finding) => finding.assessment);
    const listFinding = (finding: Finding) => out.push(...findingLines(finding, style));
    // An assessment is placed at its entry in `vurderinger`; the tool's finding follows it.
    const listAssessment = (finding: Finding) => {
      const { line, column, status, review } = finding.assessment!;
      const [verdict, tool, reviewLine] = assessmentLines(finding);
      out.push(
        `${style.bold(`${printableInline(finding.file)}:${line}:${column}`)}  ${statusStyle(status, style)(status)}  ${finding.requirement.id} ${finding.requirement.title} ${style.dim(`(${finding.citation})`)}`,
        `    ${verdict}`,
        `    ${style.dim(tool!)}`,
        ...sourceLines(finding, style),
        ...(review ? [`    ${style.red(reviewLine!)}`] : []),
      );
    };
    if (notMet.length > 0) out.push('', 'Fund:');
    notMet.forEach(listFinding);
    if (foundElsewhere.length > 0) out.push('', 'Opfyldt under andre overskrifter:');
    foundElsewhere.forEach(listFinding);
    if (assessed.length > 0) out.push('', 'Forvaltningens vurderinger:');
    assessed.forEach(listAssessment);
    if (check.notes.length > 0) out.push('', notesHeading);
    for (const note of check.notes) out.push(...noteLines(note, style));
    // The warnings validate gives (a picture or a bold line in a text): check reads the same file, so it says them too.
    if (check.warnings.length > 0) out.push('', 'Advarsler:');
    for (const warning of check.warnings) out.push(formatDiagnostic(warning, check.text, style));
    out.push('', `${kommune}: ${summaryLine(check.findings)}.`, '');
  }
  if (check.own) out.push(...ownRequirementsLines(check.own, style));
  return `${out.join('\n')}\n`;
}

/** The text report's last line: how many files, how many failed. */
export function complianceVerdictText(count: number, failed: number, style: Style): string {
  const files = count === 1 ? '1 fil' : `${count} filer`;
  return `${failed === 0 ? style.green(`${files} vurderet: ingen mangler.`) : style.red(`${files} vurderet: ${failed} med mangler eller fejl.`)}\n`;
}

export function complianceReportText(checks: readonly FileCheck[], failing: ReadonlySet<Status>, style: Style): string {
  const failed = checks.filter((check) => checkFails(check, failing)).length;
  return `${checks.map((check) => complianceFileText(check, style)).join('')}${complianceVerdictText(checks.length, failed, style)}`;
}

/** The JSON report; its shape is documented in the README and kept stable. */
export function complianceReportJson(checks: readonly FileCheck[]): string {
  return `${JSON.stringify(checks.map(complianceFileJson), null, 2)}\n`;
}

/** One file's entry in the JSON report. */
export function complianceFileJson(check: FileCheck) {
  return {
    kommune: kommuneOf(check) ?? null,
    fil: check.file,
    dato: check.date,
    regelsaet: check.regulation,
    regelsaet_brugt: regulationJson(check),
    gyldig: check.valid,
    krav: check.valid ? check.findings.map((finding) => findingToJson(check.document, finding)) : [],
    opsummering: check.valid ? countStatuses(check.findings) : null,
    gaeldende_opsummering: check.valid ? countStatuses(check.findings, currentStatus) : null,
    oplysninger: check.valid ? check.notes.map(noteToJson) : [],
    // As from validate: a valid file's warnings (alvor »advarsel«), an invalid file's errors.
    fejl: (check.valid ? check.warnings : check.diagnostics).map(diagnosticToJson),
    ...(check.own ? { egne_krav: ownRequirementsJson(check, check.own) } : {}),
  };
}

/** A finding's entry in `krav` (and `egne_krav.krav`). */
export function findingToJson(document: Kvalitetsstandard, finding: Finding) {
  return {
    id: finding.requirement.id,
    titel: finding.requirement.title,
    lovhenvisning: finding.citation,
    status: finding.status,
    skal_bekraeftes: needsConfirming(finding),
    besked: findingMessage(finding),
    koder: finding.messages.map((message) => message.code),
    sti: formatPath(finding.path),
    linje: finding.span.start.line,
    kolonne: finding.span.start.column,
    kilder: sourcesToJson(finding),
    grundlag: groundsHash(document, finding),
    forvaltningens_vurdering: assessmentToJson(finding),
    gaeldende_status: currentStatus(finding),
  };
}

/** The heading of a kommune's own requirements, in every output. */
export const ownRequirementsHeading = 'Kommunens egne krav';

/** An own-requirements file with an error is not read: its requirements are not judged. */
export const ownInvalid = (own: OwnCheck) => own.diagnostics.some((diagnostic) => diagnostic.severity === 'fejl');

/** A broken `.krav.yml`, or an own requirement that fails at `failing`, fails the file as the law's would. */
function ownFails(check: FileCheck, failing: ReadonlySet<Status>): boolean {
  return !!check.own && (ownInvalid(check.own) || check.own.findings.some((finding) => findingFails(finding, failing)));
}

/** The text report's part for `<kommune>.krav.yml`: apart from the law's requirements, after them. */
function ownRequirementsLines(own: OwnCheck, style: Style): string[] {
  if (ownInvalid(own)) {
    return [
      style.bold(`${ownRequirementsHeading} (${printableInline(own.file)}): ugyldig, ikke vurderet`),
      ...own.diagnostics.map((d) => formatDiagnostic(d, own.text, style)),
      '',
    ];
  }
  const idWidth = Math.max(9, ...own.findings.map((finding) => finding.requirement.id.length));
  const out = [
    style.bold(`${ownRequirementsHeading} (${printableInline(own.file)})`),
    ...own.findings.map((finding) => statusRow(finding, finding.status, style, idWidth)),
  ];
  const notMet = own.findings.filter((finding) => finding.status !== 'opfyldt');
  if (notMet.length > 0) out.push('', 'Fund:', ...notMet.flatMap((finding) => findingLines(finding, style)));
  out.push(...own.diagnostics.map((d) => formatDiagnostic(d, own.text, style)));
  if (own.findings.length > 0) out.push('', `${ownRequirementsHeading}: ${summaryLine(own.findings)}.`);
  return [...out, ''];
}

/** `egne_krav` in the JSON report, only for a file with a `.krav.yml` beside it; documented in the README. */
function ownRequirementsJson(check: FileCheck, own: OwnCheck) {
  const judged = check.valid && !ownInvalid(own);
  return {
    fil: own.file,
    gyldig: !ownInvalid(own),
    krav: check.valid ? own.findings.map((finding) => findingToJson(check.document, finding)) : [],
    opsummering: judged ? countStatuses(own.findings) : null,
    fejl: own.diagnostics.map(diagnosticToJson),
  };
}
