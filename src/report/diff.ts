/** »Ændringer siden seneste godkendelse«: a comparison for the terminal and as a page for the agenda. */
import type { Comparison, FigureChange, FormChange, SectionChange, WordChange } from '../diff/compare.js';
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

const kindLabel: Record<SectionChange['kind'], string> = { tilfoejet: 'nyt afsnit', fjernet: 'fjernet', aendret: 'ændret', flyttet: 'flyttet' };
const labelOf = (section: SectionChange) => (section.kind === 'aendret' && section.moved ? 'flyttet og ændret' : kindLabel[section.kind]);

/** Where a moved section stands now, and what its key was: said in a sentence each. */
function placeSentences(section: SectionChange): string[] {
  const sentences: string[] = [];
  const { moved } = section;
  if (moved) {
    const where = moved.chapter ? ` i kapitlet »${moved.chapter}«` : '';
    if (moved.after) sentences.push(`Står nu efter »${moved.after}«${where}.`);
    else if (moved.first) sentences.push(`Står nu først${where || ' i standarden'}.`);
    else sentences.push(where ? `Står nu${where}.` : 'Står nu et andet sted i standarden.');
  }
  if (section.previousKey)
    sentences.push(`Afsnittets adresse på hjemmesiden er ændret fra #afsnit-${section.previousKey} til #afsnit-${section.key}; links dertil skal rettes.`);
  return sentences;
}

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

/** A change of form in words: »fed skrift fjernet: »1.850 kr.««, »punktopstilling ændret til almindeligt afsnit: »…««. */
function formPhrase({ text, before, after }: FormChange): string {
  const [was, now] = [before.join(' og '), after.join(' og ')];
  const what = !now ? `${was} fjernet` : !was ? `${now} tilføjet` : was === now ? `${was} er skiftet ud` : `${was} ændret til ${now}`;
  return text ? `${what}: »${shorten(text)}«` : what;
}

/** What introduces the form changes: said outright when the words are the same, so no one looks for a change in them. */
const formHeading = (section: SectionChange) =>
  !section.headingWords && section.words.every((word) => word.kind === 'same') ? 'Kun formateringen er ændret' : 'Formateringen er også ændret';

/** The document's own words for what is compared: its kommune and the two versions, never a path or a revision. */
export function comparedVersions({ kommune, versions }: Comparison): string {
  return `${kommune}s kvalitetsstandard: ${versions.after}, sammenlignet med ${versions.before}`;
}

/** Changed words in the terminal, marked in text (as `wdiff` does) and not by colour alone. */
const terminalMarks: Record<Exclude<WordChange['kind'], 'same'>, (text: string, style: Style) => string> = {
  added: (text, style) => style.green(`{+${text}+}`),
  removed: (text, style) => style.red(`[-${text}-]`),
  moved: (text, style) => style.green(`{+flyttet hertil: ${text.trim()}+} `),
  movedAway: (text, style) => style.red(`[-flyttet herfra: ${text.trim()}-] `),
};

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
    const mark =
      section.kind === 'tilfoejet' ? style.green('+') : section.kind === 'fjernet' ? style.red('-') : style.yellow(section.kind === 'flyttet' ? '>' : '~');
    const words = (changes: WordChange[]) =>
      changes
        .map((word) => (word.kind === 'same' ? shorten(word.text) : terminalMarks[word.kind](word.text, style)))
        .join('')
        .replace(/\s*\n\s*/g, ' ');
    out.push(`  ${mark} ${section.headingWords ? words(section.headingWords) : section.heading} (${labelOf(section)})`);
    out.push(...placeSentences(section).map((sentence) => `    ${sentence}`));
    if (section.kind !== 'aendret') continue;
    if (section.words.some((word) => word.kind !== 'same')) out.push(`    ${words(section.words)}`);
    if (section.form.length > 0) out.push(`    ${formHeading(section)}:`, ...section.form.map((change) => `      - ${formPhrase(change)}`));
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

const htmlMarks: Record<Exclude<WordChange['kind'], 'same'>, ['ins' | 'del', string]> = {
  added: ['ins', 'tilføjet'],
  removed: ['del', 'slettet'],
  moved: ['ins', 'flyttet hertil'],
  movedAway: ['del', 'flyttet herfra'],
};

const diffStyles = `
ins { background: #e3f4e8; color: #0b4f27; text-decoration: underline; }
del { background: #fbe9eb; color: #8a0018; text-decoration: line-through; }
.afsnit-tekst { white-space: pre-wrap; }
ins.flyttet, del.flyttet { background: #eef0f8; color: #1f2d6b; text-decoration-style: dotted; }
/* The label of a move is read, not struck through or underlined with the text it names. */
.maerke { display: inline-block; font-size: 0.85em; font-style: italic; text-decoration: none; }
/* Long Danish words and addresses break, so the tables fit a phone's width (WCAG 1.4.10). */
th, td { overflow-wrap: anywhere; hyphens: auto; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export function diffReportHtml({ comparison, date }: DiffContext): string {
  const title = `Ændringer siden seneste godkendelse: ${comparison.kommune}`;
  const words = (changes: WordChange[]) =>
    changes.map((word) => {
      if (word.kind === 'same') return word.text;
      const [element, label] = htmlMarks[word.kind];
      // A move is said in visible words; an addition or deletion by its line, and in words to a screen reader.
      const moved = word.kind === 'moved' || word.kind === 'movedAway';
      const content = moved ? html`<span class="maerke">${label}: </span>${word.text}` : html`<span class="sr-only">${label}: </span>${word.text}`;
      if (element === 'ins') return moved ? html`<ins class="flyttet">${content}</ins>` : html`<ins>${content}</ins>`;
      return moved ? html`<del class="flyttet">${content}</del>` : html`<del>${content}</del>`;
    });
  return reportPage(
    title,
    `${reportStylesWithFonts()}\n${diffStyles}`,
    html`<h1>${title}</h1>
<p class="meta">${comparedVersions(comparison)}. Compliance vurderet pr. ${danishDate(date)}. Tilføjet tekst er <ins>understreget</ins>, slettet tekst er <del>gennemstreget</del>, og tekst, der er flyttet, står både med »flyttet herfra« og »flyttet hertil«.</p>
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
<h3 id="aendring-${index + 1}">${section.headingWords ? words(section.headingWords) : section.heading} <small>(${labelOf(section)})</small></h3>
${placeSentences(section).map((sentence) => html`<p>${sentence}</p>`)}
${section.words.some((word) => word.kind !== 'same') ? html`<p class="afsnit-tekst">${words(section.words)}</p>` : ''}
${
  section.form.length > 0
    ? html`<p class="formatering">${formHeading(section)}:</p>
<ul>${section.form.map((change) => html`<li>${formPhrase(change)}</li>`)}</ul>`
    : ''
}
</section>`,
)}
`,
  );
}
