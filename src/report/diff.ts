/** »Ændringer siden seneste godkendelse«: a comparison for the terminal and as a page for the agenda. */
import type { Comparison, FigureChange, SectionChange, WordChange } from '../diff/compare.js';
import { danishDate } from '../dates.js';
import { reportStylesWithFonts, statusClass } from './compliance-html.js';
import { html, reportPage } from '../render/safe-html.js';
import type { Style } from './terminal.js';

export interface DiffContext {
  comparison: Comparison;
  file: string;
  /** What the current file is compared with: a git version or a file. */
  from: string;
  date: string;
}

const kindLabel: Record<SectionChange['kind'], string> = { tilfoejet: 'nyt afsnit', fjernet: 'fjernet', aendret: 'ændret' };

/** The two lists of values before and after, each under its heading: the figures, and the fields no printed text shows. */
const valueLists = (comparison: Comparison): Array<{ heading: string; changes: FigureChange[] }> =>
  [
    { heading: 'Tal og datoer', changes: comparison.figures },
    { heading: 'Felter, som ikke står i den trykte tekst', changes: comparison.fields },
  ].filter((list) => list.changes.length > 0);

const nothingChanged = (comparison: Comparison) =>
  comparison.sections.length + comparison.figures.length + comparison.fields.length + comparison.statuses.length === 0;

/** Long unchanged stretches shortened to their ends, so the changes stand out. */
function shorten(text: string, words = 8): string {
  const parts = text.split(/(\s+)/);
  if (parts.length <= words * 4) return text;
  return `${parts.slice(0, words * 2).join('')} … ${parts.slice(-words * 2).join('')}`;
}

/** The document's own words for what is compared: its kommune and the two versions, never a path or a revision. */
export function comparedVersions({ kommune, versions }: Comparison): string {
  return `${kommune}s kvalitetsstandard: ${versions.after}, sammenlignet med ${versions.before}`;
}

export function diffReportText({ comparison, file, from }: DiffContext, style: Style): string {
  // The terminal is the policy officer's: it also says which file and which --fra were compared.
  const out = [
    style.bold(`Ændringer i ${comparison.kommune} siden ${comparison.versions.before}`),
    `${comparedVersions(comparison)} (${file} og ${from}).`,
    '',
  ];
  if (nothingChanged(comparison)) {
    return `${out.join('\n')}Ingen ændringer.\n`;
  }
  if (comparison.sections.length > 0) out.push(style.bold('Afsnit'));
  for (const section of comparison.sections) {
    const mark = section.kind === 'tilfoejet' ? style.green('+') : section.kind === 'fjernet' ? style.red('-') : style.yellow('~');
    const words = (changes: WordChange[]) =>
      changes
        .map((word) => (word.kind === 'added' ? style.green(`{+${word.text}+}`) : word.kind === 'removed' ? style.red(`[-${word.text}-]`) : shorten(word.text)))
        .join('')
        .replace(/\s*\n\s*/g, ' ');
    out.push(`  ${mark} ${section.headingWords ? words(section.headingWords) : section.heading} (${kindLabel[section.kind]})`);
    if (section.kind !== 'aendret' || section.words.every((word) => word.kind === 'same')) continue;
    out.push(`    ${words(section.words)}`);
  }
  for (const list of valueLists(comparison)) {
    if (out.at(-1) !== '') out.push('');
    out.push(style.bold(list.heading));
    for (const figure of list.changes) out.push(`  ${figure.label}: ${figure.before ?? 'ingen'} → ${figure.after ?? 'ingen'}`);
  }
  if (comparison.statuses.length > 0) out.push('', style.bold('Compliance (BEK 1477/2019)'));
  for (const status of comparison.statuses) out.push(`  ${status.id} ${status.title}: ${status.before} → ${status.after}`);
  return `${out.join('\n')}\n`;
}

const diffStyles = `
ins { background: #e3f4e8; color: #0b4f27; text-decoration: underline; }
del { background: #fbe9eb; color: #8a0018; text-decoration: line-through; }
.afsnit-tekst { white-space: pre-wrap; }
/* Long Danish words and addresses break, so the tables fit a phone's width (WCAG 1.4.10). */
th, td { overflow-wrap: anywhere; hyphens: auto; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export function diffReportHtml({ comparison, date }: DiffContext): string {
  const title = `Ændringer siden seneste godkendelse: ${comparison.kommune}`;
  const words = (changes: WordChange[]) =>
    changes.map((word) =>
      word.kind === 'added'
        ? html`<ins><span class="sr-only">tilføjet: </span>${word.text}</ins>`
        : word.kind === 'removed'
          ? html`<del><span class="sr-only">slettet: </span>${word.text}</del>`
          : word.text,
    );
  return reportPage(
    title,
    `${reportStylesWithFonts()}\n${diffStyles}`,
    html`<h1>${title}</h1>
<p class="meta">${comparedVersions(comparison)}. Compliance vurderet pr. ${danishDate(date)}. Tilføjet tekst er <ins>understreget</ins>, slettet tekst er <del>gennemstreget</del>.</p>
${nothingChanged(comparison) ? html`<p>Ingen ændringer.</p>` : ''}
${valueLists(comparison).map(
  (list) => html`<h2>${list.heading}</h2>
<table><thead><tr><th scope="col">Hvad</th><th scope="col">Før</th><th scope="col">Nu</th></tr></thead>
<tbody>${list.changes.map((figure) => html`<tr><th scope="row">${figure.label}</th><td>${figure.before ?? 'ingen'}</td><td>${figure.after ?? 'ingen'}</td></tr>`)}</tbody></table>`,
)}
${
  comparison.statuses.length > 0
    ? html`<h2>Compliance</h2>
<table><thead><tr><th scope="col">Krav</th><th scope="col">Før</th><th scope="col">Nu</th></tr></thead>
<tbody>${comparison.statuses.map(
        (status) =>
          html`<tr><th scope="row">${status.id} ${status.title}</th><td><span class="status ${statusClass[status.before]}">${status.before}</span></td><td><span class="status ${statusClass[status.after]}">${status.after}</span></td></tr>`,
      )}</tbody></table>`
    : ''
}
${comparison.sections.length > 0 ? html`<h2>Afsnit</h2>` : ''}
${comparison.sections.map(
  (section, index) => html`<section aria-labelledby="aendring-${index + 1}">
<h3 id="aendring-${index + 1}">${section.headingWords ? words(section.headingWords) : section.heading} <small>(${kindLabel[section.kind]})</small></h3>
${section.words.some((word) => word.kind !== 'same') ? html`<p class="afsnit-tekst">${words(section.words)}</p>` : ''}
</section>`,
)}
`,
  );
}
