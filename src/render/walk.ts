/**
 * Walks over a text's HTML tree (hast) for the rehype plugins, in document order, parents
 * before their children, reading a node's children only after its visitor has run (so a
 * visitor may change them). unist-util-visit did this for them, but it names a closure per
 * node for its stack traces (Object.defineProperty on each): a quarter of the time a text took
 * to render, in eight walks per text.
 */
import type { Element, Root, RootContent, Text } from 'hast';

type Parent = Root | Element;

/** Each element below `tree` (and `tree` itself if it is one); »skip« leaves out that element's children. */
export function eachElement(tree: Parent, visitor: (element: Element) => unknown): void {
  if (tree.type === 'element' && visitor(tree) === 'skip') return;
  for (const child of tree.children as RootContent[]) if (child.type === 'element') eachElement(child, visitor);
}

/**
 * Each text node with its parent and place, outside the elements `skip` says to leave out.
 * The visitor may replace the text in its parent's children and return where to go on.
 */
export function eachText(tree: Parent, skip: (element: Element) => boolean, visitor: (text: Text, parent: Parent, index: number) => number | undefined): void {
  const children = tree.children as RootContent[];
  let index = 0;
  while (index < children.length) {
    const child = children[index]!;
    if (child.type === 'text') {
      index = visitor(child, tree, index) ?? index + 1;
      continue;
    }
    if (child.type === 'element' && !skip(child)) eachText(child, skip, visitor);
    index += 1;
  }
}
