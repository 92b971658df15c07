/** The compliance report for people (terminal) and machines (JSON). */
import { statuses, type Finding, type Status } from '../check/index.js';
import type { FileCheck } from '../check/run.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import { formatMessage } from '../diagnostics/messages.js';
import { diagnosticToJson, formatDiagnostic } from './diagnostics.js';
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
  return finding.toConfirm ? `${finding.status} (${toConfirmWords})` : finding.status;
}

export function countStatuses(findings: readonly Finding[]): Record<Status, number> {
  const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as Record<Status, number>;
  for (const finding of findings) counts[finding.status] += 1;
  return counts;
}

export function kommuneOf(check: FileCheck): string | undefined {
  return check.valid ? check.document.kommune : undefined;
}

const statusStyle = (status: Status, style: Style) => (status === 'opfyldt' ? style.green : status === 'delvist' ? style.yellow : style.red);

export function summaryLine(findings: readonly Finding[]): string {
  const counts = countStatuses(findings);
  return statuses.map((status) => `${counts[status]} ${status}`).join(', ');
}

export function complianceReportText(checks: readonly FileCheck[], failing: ReadonlySet<Status>, style: Style): string {
  const out: string[] = [];
  let failed = 0;
  for (const check of checks) {
    if (!check.valid) {
      failed += 1;
      out.push(style.bold(`${check.file}: ugyldig, ikke vurderet`));
      for (const diagnostic of check.diagnostics) out.push(formatDiagnostic(diagnostic, check.text, style));
      out.push('');
      continue;
    }
    const kommune = check.document.kommune;
    out.push(style.bold(`${kommune} (${check.file})`), `Vurderet efter ${check.regulation} pr. ${check.date}`, '');
    for (const finding of check.findings) {
      const paint = statusStyle(finding.status, style);
      out.push(
        `  ${finding.requirement.id.padEnd(9)} ${paint(finding.status.padEnd(18))} ${finding.requirement.title}${finding.toConfirm ? style.dim(` (${toConfirmWords})`) : ''}`,
      );
    }
    const notMet = check.findings.filter((finding) => finding.status !== 'opfyldt');
    // Met, but only because the search found it under another heading: worth making explicit.
    const foundElsewhere = check.findings.filter((finding) => finding.status === 'opfyldt' && finding.sources?.some((source) => source.how === 'fundet'));
    const listFinding = (finding: Finding) => {
      const where = `${finding.file}:${finding.span.start.line}:${finding.span.start.column}`;
      out.push(
        `${style.bold(where)}  ${statusStyle(finding.status, style)(statusWithCertainty(finding))}  ${finding.requirement.id} ${finding.requirement.title} ${style.dim(`(${finding.citation})`)}`,
        `    ${findingMessage(finding)}`,
        ...sourceLines(finding, style),
      );
    };
    if (notMet.length > 0) out.push('', 'Fund:');
    notMet.forEach(listFinding);
    if (foundElsewhere.length > 0) out.push('', 'Opfyldt under andre overskrifter:');
    foundElsewhere.forEach(listFinding);
    if (check.findings.some((finding) => failing.has(finding.status))) failed += 1;
    out.push('', `${kommune}: ${summaryLine(check.findings)}.`, '');
  }
  const files = checks.length === 1 ? '1 fil' : `${checks.length} filer`;
  const verdict = failed === 0 ? style.green(`${files} vurderet: ingen mangler.`) : style.red(`${files} vurderet: ${failed} med mangler eller fejl.`);
  out.push(verdict);
  return `${out.join('\n')}\n`;
}

/** The JSON report; its shape is documented in the README and kept stable. */
export function complianceReportJson(checks: readonly FileCheck[]): string {
  const report = checks.map((check) => ({
    kommune: kommuneOf(check) ?? null,
    fil: check.file,
    dato: check.date,
    regelsaet: check.regulation,
    gyldig: check.valid,
    krav: check.valid
      ? check.findings.map((finding) => ({
          id: finding.requirement.id,
          titel: finding.requirement.title,
          lovhenvisning: finding.citation,
          status: finding.status,
          skal_bekraeftes: finding.toConfirm === true,
          besked: findingMessage(finding),
          koder: finding.messages.map((message) => message.code),
          sti: formatPath(finding.path),
          linje: finding.span.start.line,
          kolonne: finding.span.start.column,
          kilder: sourcesToJson(finding),
        }))
      : [],
    opsummering: check.valid ? countStatuses(check.findings) : null,
    fejl: check.valid ? [] : check.diagnostics.map(diagnosticToJson),
  }));
  return `${JSON.stringify(report, null, 2)}\n`;
}
