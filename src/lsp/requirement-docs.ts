/**
 * Where the editor links a finding: its requirement's own section in docs/krav.md (written by
 * `npm run generate`). package.json names no repository, so the link is a file URL to the
 * docs/krav.md installed with the tool: in the package beside dist/, or in the VS Code
 * extension beside server/ (editors/vscode/build.mjs copies it there). Without it, the
 * regulation's text on Retsinformation.
 */
import { existsSync } from 'node:fs';
import { type Regulation, type Requirement, regulations } from '../regulations/index.js';
import { requirementAnchor } from '../regulations/requirement-anchor.js';

/** From src/lsp/ or dist/lsp/ to the package's docs/, and from the extension's server/ to its docs/. */
const candidates = [new URL('../../docs/krav.md', import.meta.url), new URL('../docs/krav.md', import.meta.url)];
let installed: URL | undefined | null = null;

export function requirementDocsUrl(): URL | undefined {
  if (installed === null) installed = candidates.find((candidate) => existsSync(candidate));
  return installed;
}

/**
 * The section of the documented regulation that holds the requirement (a reissue shares its
 * requirements with the regulation documented), else the text of the regulation judged by.
 */
export function requirementHref(regulation: Regulation, requirement: Requirement): string | undefined {
  const docs = requirementDocsUrl();
  const documented = regulations.find((candidate) => candidate.requirements.includes(requirement));
  return docs && documented ? `${docs.href}#${requirementAnchor(documented, requirement)}` : regulation.eli;
}
