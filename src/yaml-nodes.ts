/**
 * Every node of a parsed YAML document, depth first in document order (a collection before
 * its items, a key before its value), as yaml's `visit` reaches them, but without the frozen
 * path `visit` copies for every node: loading and validating walk each file's tree.
 */
import { isCollection, isNode, isPair, type Node } from 'yaml';

export function eachNode(node: unknown, onNode: (node: Node) => void): void {
  if (isPair(node)) {
    eachNode(node.key, onNode);
    eachNode(node.value, onNode);
    return;
  }
  if (!isNode(node)) return;
  onNode(node);
  if (isCollection(node)) for (const item of node.items) eachNode(item, onNode);
}
