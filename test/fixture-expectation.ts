/**
 * A fixture carries what a test expects of it in a `# forventet:` comment block: the block's
 * lines without their »# «, read as YAML. A rule fixture has it first in the file; a broken
 * file has it last, so that the lines its diagnostics point to stay where they are.
 */
import { parse } from 'yaml';

export function fixtureExpectation(text: string, file: string): unknown {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line === '# forventet:');
  if (start < 0) throw new Error(`${file} has no »# forventet:« block`);
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('#'));
  const block = lines.slice(start, end < 0 ? undefined : end).map((line) => line.replace(/^# ?/, ''));
  return (parse(block.join('\n')) as { forventet: unknown }).forventet;
}
