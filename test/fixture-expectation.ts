/**
 * A fixture carries what a test expects of it in a `# forventet:` comment block: the block's
 * lines without their »# «, read as YAML. A rule fixture has it first in the file; a broken
 * file has it last, so that the lines its diagnostics point to stay where they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function fixtureExpectation(text: string, file: string): unknown {
  const lines = text.split('\n');
  const start = lines.indexOf('# forventet:');
  if (start < 0) throw new Error(`${file} has no »# forventet:« block`);
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('#'));
  const block = lines.slice(start, end < 0 ? undefined : end).map((line) => line.replace(/^# ?/, ''));
  return (parse(block.join('\n')) as { forventet: unknown }).forventet;
}

/** A diagnostic a broken file must get, as validate and the editor report it. */
export interface ExpectedDiagnostic {
  line: number;
  column: number;
  code: string;
  message: string;
}

/** Each broken file in a folder (by name without `.yml`) with the diagnostics its `# forventet:` block lists. */
export function brokenFileExpectations(dir: string): Record<string, ExpectedDiagnostic[]> {
  const names = readdirSync(dir).filter((name) => name.endsWith('.yml'));
  return Object.fromEntries(
    names.map((name) => {
      const file = join(dir, name);
      const listed = fixtureExpectation(readFileSync(file, 'utf8'), file) as { linje: number; kolonne: number; kode: string; besked: string }[];
      return [name.replace(/\.yml$/, ''), listed.map(({ linje, kolonne, kode, besked }) => ({ line: linje, column: kolonne, code: kode, message: besked }))];
    }),
  );
}
