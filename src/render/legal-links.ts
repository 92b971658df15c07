/** A rehype plugin: citations of known laws in running text become links to the law's text. */
import type { ElementContent, Root, Text } from 'hast';
import { eachText } from './walk.js';
import { legalReferences } from '../regulations/legal-references.js';

interface Match {
  start: number;
  end: number;
  eli: string;
  name: string;
}

function findCitations(text: string): Match[] {
  const matches: Match[] = [];
  for (const reference of legalReferences) {
    for (const match of text.matchAll(reference.pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].trimEnd().length;
      if (!matches.some((other) => start < other.end && end > other.start)) matches.push({ start, end, eli: reference.eli, name: reference.name });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

function linkCitations(node: Text): ElementContent[] | undefined {
  const matches = findCitations(node.value);
  if (matches.length === 0) return undefined;
  const parts: ElementContent[] = [];
  let position = 0;
  for (const match of matches) {
    if (match.start > position) parts.push({ type: 'text', value: node.value.slice(position, match.start) });
    parts.push({
      type: 'element',
      tagName: 'a',
      properties: { href: match.eli, className: ['lovhenvisning'], title: match.name },
      children: [{ type: 'text', value: node.value.slice(match.start, match.end) }],
    });
    position = match.end;
  }
  if (position < node.value.length) parts.push({ type: 'text', value: node.value.slice(position) });
  return parts;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** Plain text in, HTML out: the citations in it linked (for short fields such as »lovgrundlag«). */
export function linkLegalCitations(text: string): string {
  let position = 0;
  let html = '';
  for (const match of findCitations(text)) {
    html += `${escapeHtml(text.slice(position, match.start))}<a href="${match.eli}" class="lovhenvisning" title="${escapeHtml(match.name)}">${escapeHtml(text.slice(match.start, match.end))}</a>`;
    position = match.end;
  }
  return html + escapeHtml(text.slice(position));
}

export function rehypeLegalLinks() {
  return (tree: Root) => {
    eachText(
      tree,
      (element) => element.tagName === 'a',
      (text, parent, index) => {
        const replacement = linkCitations(text);
        if (!replacement) return undefined;
        parent.children.splice(index, 1, ...replacement);
        return index + replacement.length;
      },
    );
  };
}
