/**
 * A link Word writes as a field (HYPERLINK, the usual form of a pasted address) is shown as one
 * link, however many runs its text is split into (a change of formatting, a spelling mark). The
 * converter makes one link per run, an empty one for the run that only separates the field's
 * code from its text: a web address became »[www.testby](…)[.dk/stof](…)« on the page, and a
 * link to `javascript:` one line in the report per run, one of them »Linket »««. Here the runs
 * of one field's link are one link again, holding the runs with their formatting.
 */

/** The part of the converter's document model a run and a link have. */
interface ModelElement {
  type: string;
  href?: string;
  anchor?: string;
  targetFrame?: string;
  children?: ModelElement[];
}

/** The link a run holds alone, as the converter wraps a run inside a field's link. */
const linkOfRun = (element: ModelElement): ModelElement | undefined => {
  const [only, ...others] = element.children ?? [];
  return element.type === 'run' && only?.type === 'hyperlink' && others.length === 0 ? only : undefined;
};

const sameTarget = (one: ModelElement, other: ModelElement) => one.href === other.href && one.anchor === other.anchor && one.targetFrame === other.targetFrame;

/** The model with each series of runs that each hold a link to the same target as one link around those runs. */
export function withFieldLinksJoined<T extends ModelElement>(element: T): T {
  if (!element.children) return element;
  const children: ModelElement[] = [];
  let joined: ModelElement | undefined;
  for (const child of element.children) {
    const link = linkOfRun(child);
    if (!link) {
      children.push(withFieldLinksJoined(child));
      joined = undefined;
      continue;
    }
    const run = { ...child, children: link.children ?? [] };
    if (joined && sameTarget(joined, link)) joined.children!.push(run);
    else children.push((joined = { ...link, children: [run] }));
  }
  return { ...element, children };
}
