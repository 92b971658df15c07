/**
 * Where the editor links a finding: its requirement's own section in docs/krav.md (written by
 * `npm run generate`). package.json names no repository, so the link is a file URL to the
 * docs/krav.md installed with the tool: in the package beside dist/, or in the VS Code
 * extension beside server/ (editors/vscode/build.mjs copies it there). Without it, the
 * regulation's text on Retsinformation.
 */
import { existsSync } from 'node:fs';
import type { Regulation, Requirement } from '../regulations/index.js';
import { requirementAnchor } from '../regulations/requirement-anchor.js';

/** From src/lsp/ or dist/lsp/ to the package's docs/, and from the extension's server/ to its docs/. */
const candidates = [new URL('../../docs/krav.md', import.meta.url), new URL('../docs/krav.md', import.meta.url)];
let installed: URL | undefined | null = null;

export function requirementDocsUrl(): URL | undefined {
  if (installed === null) installed = candidates.find((candidate) => existsSync(candidate));
  return installed;
}

export function requirementHref(regulation: Regulation, requirement: Requirement): string {
  const docs = requirementDocsUrl();
  return docs ? `${docs.href}#${requirementAnchor(regulation, requirement)}` : regulation.eli;
}
