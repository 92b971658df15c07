/**
 * Every node of a parsed YAML document, depth first in document order (a collection before
 * its items, a key before its value), as yaml's `visit` reaches them, but without the frozen
 * path `visit` copies for every node: loading and validating walk each file's tree.
 */
import { isCollection, isMap, isNode, isPair, isScalar, isSeq, type Node, type Scalar } from 'yaml';

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

/**
 * Every text value of a document with its path (keys and list indexes), in document order; keys
 * themselves are not values. The path is the walk's own array, changed as it goes on: copy it to keep it.
 */
export function eachTextValue(
  node: unknown,
  onText: (scalar: Scalar<string>, path: readonly (string | number)[]) => void,
  path: (string | number)[] = [],
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      path.push(String(pair.key.value));
      eachTextValue(pair.value, onText, path);
      path.pop();
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      path.push(index);
      eachTextValue(item, onText, path);
      path.pop();
    });
  } else if (isScalar(node) && typeof node.value === 'string' && node.range) onText(node as Scalar<string>, path);
}
