/** Where a requirement's section is in docs/krav.md: the README's table and the editor link there. */
import type { Regulation, Requirement } from './regulation.js';

const slug = (id: string) =>
  id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Fixed by the ids alone, so a link stays valid when a title or wording changes: »bek-1477-2019-4-1-6«. */
export function requirementAnchor(regulation: Pick<Regulation, 'id'>, requirement: Pick<Requirement, 'id'>): string {
  return `${slug(regulation.id)}-${slug(requirement.id)}`;
}
