/**
 * Escape sequences in a file never reach the terminal (#20.11). The commands run on a real
 * terminal (a pseudo-terminal from util-linux's `script`), where the tool colours its
 * report: a heading, a quoted sentence, a field name and an imported Word heading carry ESC,
 * CSI and OSC sequences, C1 controls and bidi overrides; what arrives shows them as visible
 * escapes (a text holding them is refused by validate, at its line; the importer leaves them
 * out), and the only escape sequences on the screen are the tool's own colours.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it, vi } from 'vitest';
import { root } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const cli = join(root, 'dist', 'cli.js');
const hasScript = spawnSync('script', ['--version']).status === 0;
const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** Runs the CLI on a pseudo-terminal, with colour allowed, and returns what the terminal received. */
function onTerminal(args: string[], cwd: string): string {
  const { NO_COLOR: _, ...inherited } = process.env;
  const env = { ...inherited, TERM: 'xterm-256color' };
  const command = [process.execPath, cli, ...args].map(quote).join(' ');
  const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, env, encoding: 'utf8', timeout: 50_000 });
  return run.stdout.replace(/\r\n/g, '\n');
}

/** The tool's own colour codes (src/report/terminal.ts): the only escape sequences allowed through. */
const ownStyling = /\u001b\[(?:1|2|22|31|32|33|39)m/g;
/** Every control character a terminal acts on, and the bidi controls that reorder what it shows. */
const acting = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function expectOnlyOwnStyling(output: string): void {
  expect(output).toMatch(ownStyling);
  const rest = output.replace(ownStyling, '');
  expect(
    acting.exec(rest)?.[0].codePointAt(0)?.toString(16),
    JSON.stringify(rest.slice(Math.max(0, rest.search(acting) - 40), rest.search(acting) + 40)),
  ).toBeUndefined();
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-terminal-'));
  mkdirSync(join(dir, 'municipalities'));
  return dir;
}

const randers = () => readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
// A section whose own sentences the check quotes as its evidence (the values, in their own field).
const heading = 'Hvilke værdier bygger stofmisbrugsbehandlingen på?';
const sentence = 'Derudover er der i Randers Kommune fokus på rehabilitering';

describe.skipIf(!hasScript)('text from a file on a terminal', () => {
  // YAML's double-quoted escapes: \e is ESC, \a BEL, \x9b the one-byte CSI, \x9d the one-byte OSC.
  const headings = [
    ['SGR that recolours, as the tool’s own red', '\\e[31mHvilke værdier\\e[39m bygger stofmisbrugsbehandlingen på?'],
    ['CSI that clears the screen and moves the cursor', 'Hvilke værdier\\e[2J\\e[1;1H bygger stofmisbrugsbehandlingen på?'],
    ['OSC that retitles the window, ended by BEL and by ST', 'Hvilke \\e]0;ejet\\a værdier \\e]8;;http://x\\e\\\\ bygger stofmisbrugsbehandlingen på?'],
    ['C1 controls (CSI, OSC) and DEL', 'Hvilke \\x9b31m værdier \\x9d0;x\\x07 bygger\\x7f stofmisbrugsbehandlingen på?'],
    ['bidi overrides and isolates', 'Hvilke \\u202eværdier\\u202c bygger \\u2067stofmisbrugsbehandlingen\\u2069 på?'],
  ] as const;

  it.each(headings)('check refuses a section heading with %s at its line, saying what it is, and nothing acts on the terminal', (_kind, written) => {
    const dir = project();
    const text = randers();
    const line = text.slice(0, text.indexOf(`overskrift: ${heading}`)).split('\n').length;
    writeFileSync(join(dir, 'municipalities', 'randers.yml'), text.replace(`overskrift: ${heading}`, `overskrift: "${written}"`));
    const output = onTerminal(['check', '--dato', '2026-11-23', 'randers'], dir);
    expect(output, output.slice(0, 2000)).toMatch(
      new RegExp(`randers\\.yml:${line}:\\d+\u001b\\[22m  \u001b\\[31mfejl\u001b\\[39m  Teksten i »[a-z_.]+overskrift« indeholder`),
    );
    expect(output).toContain('[tekst-styretegn]');
    expectOnlyOwnStyling(output);
  });

  it('check quotes a sentence with raw escape sequences in a text block as visible escapes', () => {
    const dir = project();
    const raw = `${sentence.replace('fokus', '\u001b[5m\u001b[31mfokus\u001b[0m\u009b2J')}`;
    writeFileSync(join(dir, 'municipalities', 'randers.yml'), randers().replace(sentence, raw));
    const output = onTerminal(['check', '--dato', '2026-11-23', 'randers'], dir);
    expect(output).toContain('Randers Kommune \\x1B[5m\\x1B[31mfokus\\x1B[0m\\x9B2J på rehabilitering');
    expectOnlyOwnStyling(output);
  });

  it('validate names a field with escape sequences as visible escapes', () => {
    const dir = project();
    writeFileSync(join(dir, 'municipalities', 'randers.yml'), `${randers()}"ukendt\\e[31m\\u202e": 1\n`);
    const output = onTerminal(['validate', 'randers'], dir);
    expect(output).toContain('ukendt\\x1B[31m\\u202E');
    expectOnlyOwnStyling(output);
  });

  it('the import leaves a Word heading’s C1 controls and bidi overrides out of its report and its file (validate refuses them)', async () => {
    const dir = project();
    // XML 1.0 has no ESC; C1 controls and bidi overrides it carries.
    const hostile = 'Hvem kan \u009b31mfå\u009b0m \u009d0;titel\u009chjælp\u202e?';
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Kvalitetsstandard for stofmisbrugsbehandling')] }),
            new Paragraph({ children: [new TextRun('Testby Kommune. Serviceloven § 101.')] }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(hostile)] }),
            new Paragraph({ children: [new TextRun(`Alle borgere over 18 år med et \u202emisbrug\u202c af stoffer kan få behandling.`)] }),
          ],
        },
      ],
    });
    writeFileSync(join(dir, 'testby.docx'), await Packer.toBuffer(document));
    const output = onTerminal(['importer', 'testby.docx', '--kommune', 'Testby'], dir);
    expect(output).toContain('»Hvem kan 31mfå0m 0;titelhjælp?«');
    expectOnlyOwnStyling(output);
    expect(readFileSync(join(dir, 'municipalities', 'testby.yml'), 'utf8')).not.toMatch(acting);
  });
});
