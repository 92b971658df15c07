/**
 * Every command the README shows in a shell block runs as written: in order, in a temporary
 * copy of the project that is a git repository (as a clone is), with the tool's own
 * `npx kvalitetsstandard` run from dist/. Set-up, the test suite itself and the preview
 * server are left out, each for a stated reason; any other command the README gains must be
 * run here or given a reason.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxOf, HeadingLevel, Paragraph } from './import-docx.js';
import { root, stackTrace } from './helpers.js';

/** Commands not run here, and why. */
const notRun: [RegExp, string][] = [
  [/^bash scripts\/setup\.sh$/, 'installs system packages and builds everything: the set-up itself'],
  [/^npm test$/, 'the test suite this test is part of'],
  [/^npx kvalitetsstandard preview /, 'a server that runs until Ctrl+C and is read in a browser (test/editing.test.ts starts it)'],
];

/** A line's words as the shell splits them: double quotes group, a »#« outside them begins a comment. */
function words(line: string): string[] {
  const found: string[] = [];
  for (const match of line.matchAll(/"([^"]*)"|(#.*)|(\S+)/g)) {
    if (match[2] !== undefined) break;
    found.push(match[1] ?? match[3]!);
  }
  return found;
}

const readme = (): string => readFileSync(join(root, 'README.md'), 'utf8');

const readmeCommands = (): string[] =>
  [...readme().matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)]
    .flatMap((block) => block[1]!.split('\n'))
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean);

const git = ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid'];

describe('the README’s commands', () => {
  it('run as written, in order, in a copy of the project: exit codes as documented, no stack trace', { timeout: 180_000 }, async () => {
    const commands = readmeCommands();
    const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-readme-'));
    cpSync(join(root, 'municipalities'), join(workspace, 'municipalities'), { recursive: true });
    for (const args of [
      ['init', '-q'],
      ['add', '.'],
      ['commit', '-q', '-m', 'Klon af projektet'],
    ])
      spawnSync('git', [...git, ...args], { cwd: workspace });
    // The Word document the import example names: a kommune the project does not have yet.
    const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
    const docx = await docxOf([
      new Paragraph({ text: 'Kvalitetsstandard for social behandling for stofmisbrug', heading: HeadingLevel.TITLE }),
      new Paragraph('Testby Kommune'),
      heading('Målgruppe'),
      new Paragraph('Tilbuddet er for borgere over 18 år med et behandlingskrævende stofmisbrug.'),
      heading('Behandlingsgaranti'),
      new Paragraph('Du tilbydes behandling senest 14 dage efter, at du har henvendt dig.'),
    ]);
    writeFileSync(join(workspace, 'Kvalitetsstandard stofmisbrug 2024.docx'), docx);
    // A file the README shows whole (a yaml block that names it in its first line), saved as a reader would.
    const shownFiles = [...readme().matchAll(/^```yaml\n# (municipalities\/[a-z0-9-]+\.krav\.yml)\n([\s\S]*?)^```/gm)];
    expect(shownFiles.length).toBeGreaterThanOrEqual(1);
    for (const [, name, text] of shownFiles) writeFileSync(join(workspace, name!), text!);
    const outputs: string[] = [];

    const ran: string[] = [];
    for (const command of commands) {
      if (notRun.some(([pattern]) => pattern.test(command))) continue;
      const [program, ...args] = words(command);
      const tool = program === 'npx' && args[0] === 'kvalitetsstandard';
      expect(tool || program === 'git', `»${command}«: run it here, or say in notRun why not`).toBe(true);
      const run = tool
        ? spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args.slice(1)], {
            cwd: workspace,
            encoding: 'utf8',
            env: { ...process.env, NO_COLOR: '1' },
          })
        : spawnSync('git', [...git, ...args], { cwd: workspace, encoding: 'utf8' });
      // check exits 1 when a requirement is not met: what it is for, not a failure of the example.
      const allowed = tool && args[1] === 'check' ? [0, 1] : [0];
      expect(allowed, `»${command}« exited ${run.status}:\n${run.stdout}\n${run.stderr}`).toContain(run.status);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(stackTrace);
      outputs.push(run.stdout);
      ran.push(command);
    }
    // The output the README shows for the kommune's own requirements is what the command prints (up to a line's »…«).
    const shownOutput = /^```\n(Kommunens egne krav \([\s\S]*?)^```/m.exec(readme())![1]!;
    for (const line of shownOutput.split('\n').filter(Boolean)) expect(outputs.join('\n')).toContain(line.replace(/ …$/, ''));
    expect(ran).toEqual(expect.arrayContaining(['npx kvalitetsstandard diff randers --fra godkendt-2021']));
    expect(ran.filter((command) => command.startsWith('npx kvalitetsstandard')).length).toBeGreaterThanOrEqual(4);
  });
});
