/**
 * A rehype plugin: a paragraph that ends with a colon introduces what follows it
 * (»Der kan være flere mål:«, »Lov om social service § 99:«). It gets the class
 * `indledning`, so print keeps it on the page of what it introduces.
 */
import type { ElementContent, Root } from 'hast';
import { eachElement } from './walk.js';

/** The text a node ends with, looking into its last child. */
function endText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  const children = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const last = children[children.length - 1];
  return last ? endText(last) : '';
}

export function rehypeLeadIns() {
  return (tree: Root) => {
    eachElement(tree, (node) => {
      if (node.tagName !== 'p' || !/:\s*$/.test(endText(node))) return;
      node.properties.className = [...[node.properties.className ?? []].flat().map(String), 'indledning'];
    });
  };
}
