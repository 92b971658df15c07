/**
 * A section longer than a text field may be (the limits `validate` applies to every text)
 * is split at paragraph boundaries: the first part stays where it was placed, the rest
 * follow it as sections of their own »(fortsat)«, in the same chapter of the order, and the
 * report says so. Only a paragraph longer than a whole field is split inside it (at a line,
 * then a sentence, then a space). Every part is measured once, so splitting is linear.
 */
import { markdownLimits, markupCount } from '../markdown-limits.js';
import type { ImportedStandard, PlacedSection } from './imported.js';

/** Below the limits, so a person can add a sentence or a link without tipping it over. */
const maxLength = markdownLimits.length - 1_000;
const maxMarkup = markdownLimits.markup - 200;
const maxTags = markdownLimits.htmlTags - 20;

interface Measured {
  length: number;
  markup: number;
  tags: number;
}

const measure = (text: string): Measured => ({ length: text.length, markup: markupCount(text), tags: text.match(/<[a-z/!]/gi)?.length ?? 0 });
const fits = ({ length, markup, tags }: Measured) => length <= maxLength && markup <= maxMarkup && tags <= maxTags;
/** Where a text may be split, coarsest first: paragraphs, lines, sentences (the full stop kept), words. */
const finerSeparators: ReadonlyArray<{ at: string | RegExp; join: string }> = [
  { at: '\n\n', join: '\n\n' },
  { at: '\n', join: '\n' },
  { at: /(?<=[.!?]) /, join: ' ' },
  { at: ' ', join: ' ' },
];

/** A text with no separator left, cut into pieces short enough that even all-markup pieces fit. */
function cut(text: string): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += maxTags) pieces.push(text.slice(at, at + maxTags));
  return pieces;
}

/** The text as consecutive parts that each fit, cut at the coarsest separator that works. */
export function splitText(text: string, separators = finerSeparators): string[] {
  if (fits(measure(text))) return [text];
  const [separator, ...finer] = separators;
  if (separator === undefined) return cut(text);
  const parts: string[] = [];
  let current: string[] = [];
  let size: Measured = { length: 0, markup: 0, tags: 0 };
  const flush = () => {
    if (current.length > 0) parts.push(current.join(separator.join));
    current = [];
    size = { length: 0, markup: 0, tags: 0 };
  };
  for (const piece of text.split(separator.at)) {
    const own = measure(piece);
    const joined = { length: size.length + separator.join.length + own.length, markup: size.markup + own.markup, tags: size.tags + own.tags };
    if (fits(joined)) {
      current.push(piece);
      size = joined;
      continue;
    }
    flush();
    if (fits(own)) {
      current.push(piece);
      size = own;
    } else parts.push(...splitText(piece, finer));
  }
  flush();
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** The sections that continue `section`, each with the next part of its text. */
function continuations(section: PlacedSection, parts: readonly string[], keys: Set<string>): PlacedSection[] {
  // A requirement's field (»frit_valg«) is no noegle: its continuations are »frit-valg-del-2« ….
  const base = section.key.replace(/[^a-z0-9]+/g, '-');
  return parts.map((markdown, index) => {
    let number = index + 2;
    while (keys.has(`${base}-del-${number}`)) number += 1;
    const key = `${base}-del-${number}`;
    keys.add(key);
    return {
      kind: section.kind === 'bilag' ? 'bilag' : 'afsnit',
      key,
      heading: `${section.heading ?? 'Forord'} (fortsat)`,
      markdown,
      text: '',
      covers: [],
      images: [],
      reason: 'delt',
      data: {},
    };
  });
}

/** The order with each split section's continuations right after it, in its chapter. */
function orderWith(order: ImportedStandard['order'], after: ReadonlyMap<string, string[]>): ImportedStandard['order'] {
  return order.map((entry) => {
    const keys = (Array.isArray(entry) ? entry : [entry]).flatMap((key) => [key, ...(after.get(key) ?? [])]);
    return keys.length === 1 ? keys[0]! : keys;
  });
}

/** The standard with every section within the limits of a text field; a question for each split. */
export function splitLongSections(standard: ImportedStandard): ImportedStandard {
  const keys = new Set(standard.sections.map((section) => section.key));
  const after = new Map<string, string[]>();
  const sections: PlacedSection[] = [];
  const questions: ImportedStandard['questions'] = [];
  for (const section of standard.sections) {
    const [first = '', ...rest] = section.markdown ? splitText(section.markdown) : [''];
    if (rest.length === 0) {
      sections.push(section);
      continue;
    }
    const more = continuations(section, rest, keys);
    sections.push({ ...section, markdown: first }, ...more);
    after.set(
      section.key,
      more.map((each) => each.key),
    );
    questions.push({
      code: 'import-spoerg-delt',
      args: { overskrift: section.heading ?? 'Forord', antal: rest.length + 1, graense: markdownLimits.length.toLocaleString('da-DK') },
    });
  }
  if (after.size === 0) return standard;
  return { ...standard, sections, order: orderWith(standard.order, after), questions: [...standard.questions, ...questions] };
}
