/** The sections and sentences a verdict rests on, as HTML: for the preview panel and the reports. */
import type { Finding } from '../check/index.js';
import { keepTogether } from '../render/nonbreaking.js';
import { html, type SafeHtml } from '../render/safe-html.js';

const howWords = { felt: 'kravets eget afsnit', markeret: 'markeret med daekker', fundet: 'fundet af tjekket' } as const;

/** A list of the sources with their quoted sentences (in »…«, as every quotation the tool shows); `withLines` adds the line numbers (for the editor, not the byråd). */
export function sourcesHtml(finding: Finding, withLines: boolean): SafeHtml | undefined {
  const sources = finding.sources ?? [];
  if (sources.length === 0) return undefined;
  return html`<ul class="grundlag">${sources.map(
    (source) =>
      html`<li>»${source.heading}« (${withLines ? `linje ${source.line}, ` : ''}${howWords[source.how]})${
        source.sentences.length > 0 ? html`: ${source.sentences.slice(0, 3).map((sentence) => `»${keepTogether(sentence.text)}« `)}` : ''
      }</li>`,
  )}</ul>`;
}
