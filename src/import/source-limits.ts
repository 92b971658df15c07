/**
 * The limits every command puts on a text (src/markdown-limits.ts), applied to the file an
 * import would write, and said about the Word document: which heading, which text under
 * which heading, the title, and what to do in Word. `validate` says the same about the YAML
 * file, by its line and column, and that file is never written, so those would point at
 * nothing. The same functions count as validate counts, so the two never disagree.
 */
import { isScalar, parseDocument } from 'yaml';
import type { Message } from '../diagnostics/messages.js';
import type { LimitKind, LimitPlace } from '../diagnostics/import-messages.js';
import { formatBytes } from '../files.js';
import { markdownLimits, markdownProblem, markupCount } from '../markdown-limits.js';
import { eachNode, eachTextValue } from '../yaml-nodes.js';
import type { ImportedStandard, PlacedSection } from './imported.js';

/** How much of a heading or a text the message quotes: enough to find it in Word. */
const openingLength = 60;

/** A text's opening words, on one line. */
function opening(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= openingLength) return line;
  const cut = line.slice(0, openingLength);
  const space = cut.lastIndexOf(' ');
  return `${space > openingLength / 2 ? cut.slice(0, space) : cut}…`;
}

/** The heading a section had in the document; a continuation »(fortsat)« is found under its first part's. */
const headingOf = (section: PlacedSection | undefined) => (section?.heading ? opening(section.heading.replace(/ \(fortsat\)$/, '')) : undefined);

/**
 * The sections as the document had them, each with `measure` summed over it and the parts
 * it was split into (which follow it, src/import/split.ts), largest first, at most three;
 * named by their heading ('' for the text before the first heading).
 */
function largest(standard: ImportedStandard, measure: (section: PlacedSection) => number): Array<{ overskrift: string; amount: number }> {
  const wholes: Array<{ overskrift: string; amount: number }> = [];
  for (const section of standard.sections) {
    const whole = wholes.at(-1);
    if (section.reason === 'delt' && whole) whole.amount += measure(section);
    else wholes.push({ overskrift: section.kind === 'forord' ? '' : (headingOf(section) ?? ''), amount: measure(section) });
  }
  return wholes
    .filter(({ amount }) => amount > 0)
    .sort((a, b) => b.amount - a.amount)
    .slice(0, 3);
}

const limitKinds: Record<string, LimitKind> = {
  'markdown-for-lang': 'laengde',
  'markdown-for-meget-opmaerkning': 'opmaerkning',
  'markdown-for-mange-html': 'html',
  'markdown-for-dyb': 'dybde',
};

/** The section a path of the YAML file is in, the way src/import/yaml.ts writes them, and the rest of the path. */
function sectionAt(standard: ImportedStandard, path: readonly (string | number)[]): { section: PlacedSection; rest: readonly (string | number)[] } | undefined {
  const [first, index, ...more] = path;
  if (first === 'oevrige_afsnit' || first === 'bilag') {
    const kind = first === 'oevrige_afsnit' ? 'afsnit' : 'bilag';
    const section = standard.sections.filter((each) => each.kind === kind)[index as number];
    return section && { section, rest: more };
  }
  const section = standard.sections.find((each) => (each.kind === 'forord' || each.kind === 'krav') && each.key === first);
  return section && { section, rest: path.slice(1) };
}

/** Where in the document a value of the file came from, as the message names it. */
function placeOf(
  standard: ImportedStandard,
  path: readonly (string | number)[],
  text: string,
): { art: LimitPlace; overskrift?: string; felt?: string; eksempel?: string } {
  if (path.length === 1 && (path[0] === 'titel' || path[0] === 'undertitel')) return { art: path[0], eksempel: opening(text) };
  const found = sectionAt(standard, path);
  const field = path.join('.').replace(/\.(\d+)/g, '[$1]');
  if (!found) return { art: 'felt', felt: field, eksempel: opening(text) };
  const overskrift = headingOf(found.section);
  if (found.rest.length === 1 && found.rest[0] === 'overskrift') return { art: 'overskrift', overskrift: opening(text) };
  if (found.rest.length === 1 && found.rest[0] === 'tekst') return { art: 'tekst', ...(overskrift ? { overskrift } : {}) };
  return { art: 'felt', felt: field, ...(overskrift ? { overskrift } : {}), eksempel: opening(text) };
}

/**
 * The first text of the file beyond a limit for one text, or the whole file beyond the limit
 * for markup, as a message about the document; undefined when the file is within them.
 */
export function limitInDocument(standard: ImportedStandard, yaml: string): Message | undefined {
  const document = parseDocument(yaml);
  let problem: Message | undefined;
  eachTextValue(document.contents, (scalar, path) => {
    if (problem) return;
    const found = markdownProblem(scalar.value);
    if (!found) return;
    const place = placeOf(standard, path, scalar.value);
    // Each of the four limits says how many (a number) and the limit.
    const { antal, graense } = found.args as { antal: number | string; graense: number };
    const line = found.line !== undefined ? opening(scalar.value.split('\n')[found.line]!.replace(/^[\s>*+\-\d.)]+/, '')) : undefined;
    problem = {
      code: 'import-over-graense-i-dokumentet',
      args: {
        ...place,
        ...(line ? { eksempel: line } : {}),
        slags: limitKinds[found.code]!,
        antal: typeof antal === 'number' ? antal : 0,
        graense,
      },
    };
  });
  if (problem) return problem;
  // The markup of every value and key, as validate counts it.
  let markup = 0;
  eachNode(document.contents, (node) => {
    if (isScalar(node) && typeof node.value === 'string') markup += markupCount(node.value);
  });
  if (markup <= markdownLimits.markupPerFile) return undefined;
  const most = largest(standard, (section) => markupCount(section.markdown) + markupCount(section.heading ?? ''));
  return {
    code: 'import-for-meget-opmaerkning',
    args: { antal: markup, graense: markdownLimits.markupPerFile, flest: most.map(({ overskrift, amount }) => ({ overskrift, antal: amount })) },
  };
}

/** The sections that fill the most of a file too large to write, by their headings, largest first. */
export function largestSections(standard: ImportedStandard): Array<{ overskrift: string; stoerrelse: string }> {
  return largest(standard, (section) => Buffer.byteLength(section.markdown) + Buffer.byteLength(section.heading ?? '')).map(({ overskrift, amount }) => ({
    overskrift,
    stoerrelse: formatBytes(amount),
  }));
}
