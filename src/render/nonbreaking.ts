/**
 * Tokens a reader takes in as one never break across lines: a phone number
 * (»45 97 30 00«, »+45 4597 3000«), an amount with its unit (»2.150 kr.«, »15 %«,
 * »kr. 500«) and a date (»1. januar 2026«). Their spaces become no-break spaces when the
 * page is rendered; the YAML keeps ordinary ones.
 */
import type { Root } from 'hast';
import { eachText } from './walk.js';
import { months } from '../text/dates.js';

const noBreak = '\u00a0';
const monthName = months.join('|');
const number = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;

const together = [
  // Eight digits in groups of two to four (a Danish number), with or without a country code.
  /(?<![\d.,])(?:\+\d{2} )?(?:\d{2} \d{2} \d{2} \d{2}|\d{4} \d{4}|\d{2} \d{2} \d{4}|\d{4} \d{2} \d{2})(?!\d|[.,]\d)/g,
  new RegExp(String.raw`(?<![\d.,])(?:${number}) (?:kr\.|kroner|DKK|%|procent|pct\.)`, 'g'),
  new RegExp(String.raw`(?:kr\.|DKK) (?:${number})(?![\d])`, 'g'),
  new RegExp(String.raw`(?<!\d)\d{1,2}\. (?:${monthName})(?: \d{4})?(?!\p{L})`, 'gu'),
  new RegExp(String.raw`(?<!\p{L})(?:${monthName}) \d{4}(?!\d)`, 'gu'),
];

/** The text with the spaces inside such tokens made no-break. */
export function keepTogether(text: string): string {
  let result = text;
  for (const pattern of together) result = result.replace(pattern, (token) => token.replaceAll(' ', noBreak));
  return result;
}

const verbatim = new Set(['code', 'pre', 'kbd', 'samp']);

/** A rehype plugin: keepTogether on every text outside code. */
export function rehypeKeepTogether() {
  return (tree: Root) => {
    eachText(
      tree,
      (element) => verbatim.has(element.tagName),
      (text) => {
        text.value = keepTogether(text.value);
        return undefined;
      },
    );
  };
}
