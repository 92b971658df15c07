/**
 * The YAML mistakes a person makes by hand: uncommenting a template line, indenting, and
 * pasting text. Each is made at several places in real files (a fresh `ny` file and the
 * municipalities), and the message must stand on the line of the mistake and name it.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../src/check/run.js';
import { newMunicipalityYaml } from '../src/commands/new.js';
import { type Diagnostic, maxDiagnosticsPerFile } from '../src/diagnostics/diagnostic.js';
import { formatMessage } from '../src/diagnostics/messages.js';
import { maxNesting, parseSource, yamlErrorMessages } from '../src/load.js';
import { codeActions } from '../src/lsp/code-actions.js';
import { analyze } from '../src/lsp/diagnostics.js';
import { defaultRegulation } from '../src/regulations/index.js';
import { validateLoaded } from '../src/validate.js';
import { type ErrorCode, isNode, LineCounter, parseDocument, visit } from 'yaml';
import { municipalityNames, root, runCli, sectionsRepeatingAFieldAbove } from './helpers.js';

const fresh = newMunicipalityYaml('Testby Kommune', 'testby');
const randers = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
const holstebro = readFileSync(join(root, 'municipalities', 'holstebro.yml'), 'utf8');

/** Every diagnostic of a text, as load and validate give them (errors and warnings). */
function diagnosticsOf(text: string): Diagnostic[] {
  const loaded = parseSource('x.yml', Buffer.from(text));
  if (!loaded.ok) return loaded.diagnostics;
  const validation = validateLoaded(loaded.loaded);
  return [...loaded.warnings, ...(validation.valid ? validation.warnings : validation.diagnostics)];
}

const message = (diagnostic: Diagnostic) => formatMessage(diagnostic.code, diagnostic.args);

/** A mistake made at one line: the new lines, the (1-based) line it stands on, and what the message must say. */
interface Made {
  lines: string[];
  line: number;
  says: RegExp;
  /** Valid YAML that is likely not what was meant: a warning, not an error. */
  warning?: boolean;
}

interface Mistake {
  name: string;
  text: string;
  /** The lines (0-based) where the mistake can be made. */
  places: (lines: string[]) => number[];
  make: (lines: string[], at: number) => Made;
}

const indexesWhere = (lines: string[], test: (line: string, index: number) => boolean) => lines.flatMap((line, index) => (test(line, index) ? [index] : []));
const replaced = (lines: string[], at: number, line: string) => lines.map((each, index) => (index === at ? line : each));
const indentOf = (line: string) => /^ */.exec(line)![0].length;
const fieldOf = (line: string) => /^\s*(?:-\s+)?([a-z_]+):/.exec(line)?.[1] ?? '';

/** A section of the `ny` template uncommented: its lines from »# felt:« to the blank line after it. */
function sectionLines(lines: string[], at: number): number[] {
  const end = lines.findIndex((line, index) => index > at && !line.startsWith('#  ') && !/^# [a-z_]+:/.test(line));
  return Array.from({ length: end - at }, (_, offset) => at + offset);
}
const uncommented = (lines: string[], at: number, prefix: string) => {
  const section = new Set(sectionLines(lines, at));
  return lines.map((line, index) => (section.has(index) ? line.slice(prefix.length) : line));
};
const templateSections = (lines: string[]) => indexesWhere(lines, (line) => /^# [a-z_]+:$/.test(line) && !line.startsWith('# godkendelse'));

/** A plain one-line value of a field (no quotes, block or list), as pasted text lands. */
const plainValueLines = (lines: string[]) => indexesWhere(lines, (line) => /^\s+[a-z_]+: [A-ZÆØÅ][^:#"'|>]*$/.test(line) && !/\d{4}-\d\d/.test(line));

/** Paragraphs inside a block text (»tekst: |«) after its first line, without colons (so they read as text). */
function blockLines(lines: string[]): number[] {
  return indexesWhere(lines, (line, index) => {
    const previous =
      lines
        .slice(0, index)
        .filter((each) => each.trim() !== '')
        .at(-1) ?? '';
    return /^ {4}[A-ZÆØÅ][^:#]*$/.test(line) && /^ {4}\S/.test(previous);
  });
}

/** The lines of YAML list items after the first of their list (as the parser reads them: no »- « inside a text). */
function laterItems(lines: string[]): number[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(lines.join('\n'), { lineCounter });
  const found: number[] = [];
  visit(document, {
    Seq(_, seq) {
      if (seq.flow) return;
      for (const item of seq.items.slice(1)) if (isNode(item) && item.range) found.push(lineCounter.linePos(item.range[0]).line - 1);
    },
  });
  return found.sort((a, b) => a - b);
}

/** Fields after a sibling with a value on one line (so one more space cannot make them its children). */
function laterFields(lines: string[]): number[] {
  return indexesWhere(lines, (line, index) => {
    const previous = lines[index - 1] ?? '';
    return /^ {2}[a-z_]+:/.test(line) && /^ {2}[a-z_]+: \S/.test(previous) && !/: [|>]/.test(previous);
  });
}

/** Three places: the first, one in the middle, the last. */
const spread = (indexes: number[]) =>
  [...new Set([indexes[0], indexes[Math.floor(indexes.length / 2)], indexes[indexes.length - 1]])].filter((index) => index !== undefined) as number[];

/** Spaces YAML does not read as one, with their names in a message (as patterns). */
const oddSpaces: [string, string][] = [
  ['\u00a0', 'et hårdt mellemrum \\(U\\+00A0\\)'],
  ['\u2009', 'et typografisk mellemrum \\(U\\+2009\\)'],
  ['\u202f', 'et typografisk mellemrum \\(U\\+202F\\)'],
  ['\u3000', 'et bredt mellemrum fra kinesisk eller japansk tekst \\(U\\+3000\\)'],
];
/** Characters that show nothing, with their names in a message (as patterns). */
const invisibleCharacters: [string, string][] = [
  ['\ufeff', 'et usynligt BOM-tegn \\(U\\+FEFF\\)'],
  ['\u200b', 'et usynligt mellemrum \\(U\\+200B\\)'],
  ['\u00ad', 'en blød bindestreg, som ikke ses \\(U\\+00AD\\)'],
  ['\u2060', 'et usynligt bindetegn \\(U\\+2060\\)'],
];

const mistakes: Mistake[] = [
  {
    name: 'a section uncommented with the space left after »#«',
    text: fresh,
    places: (lines) => templateSections(lines),
    make: (lines, at) => ({ lines: uncommented(lines, at, '#'), line: at + 1, says: new RegExp(`Fjern mellemrummet før »${fieldOf(lines[at]!.slice(1))}«`) }),
  },
  {
    name: 'a section uncommented with one line left one space too far in',
    text: fresh,
    places: (lines) => templateSections(lines),
    make: (lines, at) => {
      const whole = uncommented(lines, at, '# ');
      const child = at + 2;
      return { lines: replaced(whole, child, ` ${whole[child]}`), line: child + 1, says: new RegExp(`Fjern mellemrummet før »${fieldOf(whole[child]!)}«`) };
    },
  },
  {
    name: 'a section uncommented with »#  « removed from one field (one space too few)',
    text: fresh,
    places: (lines) => templateSections(lines),
    make: (lines, at) => {
      const whole = uncommented(lines, at, '# ');
      const child = at + 2;
      return {
        lines: replaced(whole, child, whole[child]!.slice(1)),
        line: child + 1,
        says: new RegExp(`Ryk »${fieldOf(whole[child]!)}« 1 mellemrum længere ind`),
      };
    },
  },
  {
    name: 'a field of a section moved to the left edge when uncommenting (»#   « removed whole)',
    text: fresh,
    places: (lines) => templateSections(lines),
    make: (lines, at) => {
      const whole = uncommented(lines, at, '# ');
      const child = at + 2;
      const field = fieldOf(whole[child]!);
      // Followed by another field of its section, the line that left the section is the mistake; else the field is unknown at the top.
      const followed = /^ {2}[a-z_]+:/.test(whole.slice(child + 1).find((line) => !/^ {4}/.test(line)) ?? '');
      const says = followed
        ? new RegExp(`»${field}« står helt ude til venstre, men felterne på samme niveau er rykket 2 mellemrum ind\\. Ryk »${field}« 2 mellemrum længere ind`)
        : new RegExp(`Ukendt felt »${field}«`);
      return { lines: replaced(whole, child, whole[child]!.trimStart()), line: child + 1, says };
    },
  },
  {
    name: 'a line of a »tekst: |« not indented',
    text: randers,
    places: blockLines,
    make: (lines, at) => ({
      lines: replaced(lines, at, lines[at]!.trimStart().padStart(lines[at]!.length - 2)),
      line: at + 1,
      says: /hører til teksten i »tekst«.*Ryk den 4 mellemrum ind/,
    }),
  },
  {
    name: 'a line of a »tekst: |« moved to the left edge',
    text: holstebro,
    places: blockLines,
    make: (lines, at) => ({ lines: replaced(lines, at, lines[at]!.trimStart()), line: at + 1, says: /hører til teksten i »[a-z_]+«.*Ryk den 4 mellemrum ind/ }),
  },
  {
    name: 'a line of a »tekst: |« with a list mark or »: « not indented',
    text: randers,
    places: (lines) => blockLines(lines),
    make: (lines, at) => {
      const pasted = at % 2 === 0 ? '  - Rådgivning' : '  Bemærk: det er gratis';
      return { lines: [...lines.slice(0, at), pasted, ...lines.slice(at)], line: at + 1, says: /hører til teksten i »tekst«.*Ryk den 4 mellemrum ind/ };
    },
  },
  {
    name: 'the first line under »tekst: |« not indented',
    text: randers,
    places: (lines) => indexesWhere(lines, (line, index) => /^ {2}tekst: \|$/.test(lines[index - 1] ?? '') && /^ {4}[A-ZÆØÅ][^:#]*$/.test(line)),
    make: (lines, at) => ({
      lines: replaced(lines, at, lines[at]!.slice(2)),
      line: at + 1,
      says: /ser ud til at være teksten i »tekst«.*Ryk den og resten af teksten 4 mellemrum ind/,
    }),
  },
  {
    name: 'a line pasted with a tab',
    text: randers,
    places: laterFields,
    make: (lines, at) => ({ lines: replaced(lines, at, `\t${lines[at]!.trimStart()}`), line: at + 1, says: /tabulator/ }),
  },
  {
    name: 'a section’s name indented as a field of the section above, its fields beside it (one of them already there)',
    text: randers,
    places: sectionsRepeatingAFieldAbove,
    make: (lines, at) => ({
      lines: replaced(lines, at, `  ${lines[at]}`),
      line: at + 1,
      says: /har intet efter kolonet.*ryk det ud på linje med de andre afsnit/,
    }),
  },
  {
    name: 'a section’s or a field’s name without its colon, with its fields under it',
    text: randers,
    places: (lines) => indexesWhere(lines, (line, index) => /^( {2})?[a-z_]+:$/.test(line) && /^ +(- )?[a-z_]+:/.test(lines[index + 1] ?? '')),
    make: (lines, at) => ({ lines: replaced(lines, at, lines[at]!.slice(0, -1)), line: at + 1, says: /står alene på linjen.*uden kolon.*Skriv »[a-z_]+:«/ }),
  },
  {
    name: 'a section’s or a field’s name misspelt and without its colon, with its fields under it: the field it is like is named',
    text: randers,
    places: (lines) => indexesWhere(lines, (line, index) => /^( {2})?[a-z_]{6,}:$/.test(line) && /^ +(- )?[a-z_]+:/.test(lines[index + 1] ?? '')),
    make: (lines, at) => {
      const field = fieldOf(lines[at]!);
      // A letter dropped, or two swapped, somewhere inside the name.
      const cut = 2 + (at % (field.length - 3));
      const typo = at % 2 === 0 ? field.slice(0, cut) + field.slice(cut + 1) : field.slice(0, cut) + field[cut + 1] + field[cut] + field.slice(cut + 2);
      return {
        lines: replaced(lines, at, lines[at]!.replace(`${field}:`, typo)),
        line: at + 1,
        says: new RegExp(`»${typo}« står alene på linjen.*Mente du »${field}«\\?.*Skriv »${field}:«`),
      };
    },
  },
  {
    name: 'a word like no field, alone or with more words, at the left edge after a »tekst: |«: text that lost its place, not a field without its colon',
    text: holstebro,
    places: (lines) => indexesWhere(lines, (line, index) => /^ {4}[A-ZÆØÅ]/.test(line) && lines[index + 1] === '' && /^[a-z_]+:/.test(lines[index + 2] ?? '')),
    make: (lines, at) => {
      const word = ['hej', 'note til mig selv', 'ok', 'slut med det', 'nb husk dato'][at % 5]!;
      return { lines: [...lines.slice(0, at + 1), word, ...lines.slice(at + 1)], line: at + 2, says: /hører til teksten i »tekst«.*Ryk den 4 mellemrum ind/ };
    },
  },
  {
    name: 'a field written without its colon, with its value, among fields at its own indentation',
    text: randers,
    places: (lines) => indexesWhere(lines, (line, index) => /^ {2}[a-z_]+: [^:#|>"'[{]+$/.test(line) && /^ {2}[a-z_]+:/.test(lines[index + 1] ?? '')),
    make: (lines, at) => {
      const field = fieldOf(lines[at]!);
      return {
        lines: replaced(lines, at, lines[at]!.replace(':', '')),
        line: at + 1,
        says: new RegExp(`Der mangler et kolon efter »${field}«.*Skriv »${field}: `),
      };
    },
  },
  {
    name: 'the text’s first line written after »|« or »>« on the field’s own line',
    text: randers,
    places: (lines) => indexesWhere(lines, (line, index) => /^ {2}tekst: \|$/.test(line) && /^ {4}[A-ZÆØÅ]/.test(lines[index + 1] ?? '')),
    make: (lines, at) => {
      const mark = ['|', '>', '|-', '|2'][at % 4]!;
      const joined = lines[at]!.replace('|', `${mark} ${lines[at + 1]!.trim()}`);
      return {
        lines: [...lines.slice(0, at), joined, ...lines.slice(at + 2)],
        line: at + 1,
        says: new RegExp(`skal begynde på linjen under »\\${mark[0]}${mark.slice(1)}«`),
      };
    },
  },
  {
    name: 'an empty line of a »tekst: |« holding a tab before the text’s indentation (alone, after spaces, or before them)',
    text: holstebro,
    places: (lines) => indexesWhere(lines, (line, index) => line === '' && blockLines(lines).includes(index + 1) && /^ {4}\S/.test(lines[index - 1] ?? '')),
    make: (lines, at) => ({ lines: replaced(lines, at, ['\t', '  \t', '\t    '][at % 3]!), line: at + 1, says: /tabulator/ }),
  },
  {
    name: 'a line indented with a space that is none to YAML (a non-breaking space from Word, a vertical tab, a typographic space)',
    text: randers,
    places: laterFields,
    make: (lines, at) => {
      const [space, name] = [
        ['\u00a0', 'et hårdt mellemrum \\(U\\+00A0\\)'],
        ['\u000b', 'en lodret tabulator \\(U\\+000B\\)'],
        ['\u2003', 'et typografisk mellemrum \\(U\\+2003\\)'],
      ][at % 3]!;
      const line = lines[at]!;
      const indent = line.length - line.trimStart().length;
      return {
        lines: replaced(lines, at, `${' '.repeat(indent - 1)}${space}${line.trimStart()}`),
        line: at + 1,
        says: new RegExp(`Indrykningen indeholder ${name}`),
      };
    },
  },
  {
    name: 'an odd space right after a field’s colon (a non-breaking, thin, narrow or ideographic space)',
    text: randers,
    places: (lines) => indexesWhere(lines, (line) => /^\s*(- )?[a-z_]+: [^|>\s]/.test(line)),
    make: (lines, at) => {
      const [space, name] = oddSpaces[at % oddSpaces.length]!;
      return {
        lines: replaced(lines, at, lines[at]!.replace(': ', `:${space}`)),
        line: at + 1,
        says: new RegExp(`Efter kolonet i »${fieldOf(lines[at]!)}:« står ${name}, .*ikke som feltet »${fieldOf(lines[at]!)}«`),
      };
    },
  },
  {
    name: 'an odd space right after a list item’s »-«',
    text: randers,
    places: laterItems,
    make: (lines, at) => {
      const [space, name] = oddSpaces[at % oddSpaces.length]!;
      return {
        lines: replaced(lines, at, lines[at]!.replace('- ', `-${space}`)),
        line: at + 1,
        says: new RegExp(`Efter »-« står ${name}, .*ikke som et punkt`),
      };
    },
  },
  {
    name: 'an invisible character or an odd space inside a field’s name',
    text: randers,
    places: (lines) => indexesWhere(lines, (line) => /^\s*(- )?[a-z_]{2,}:( |$)/.test(line)),
    make: (lines, at) => {
      const [character, name] = [...invisibleCharacters, oddSpaces[0]!][at % (invisibleCharacters.length + 1)]!;
      const field = fieldOf(lines[at]!);
      // Inside the name, or (an odd space) right before its colon.
      const offset = character === oddSpaces[0]![0] ? field.length : 1 + (at % (field.length - 1));
      const column = lines[at]!.indexOf(`${field}:`) + offset;
      return {
        lines: replaced(lines, at, `${lines[at]!.slice(0, column)}${character}${lines[at]!.slice(column)}`),
        line: at + 1,
        says: new RegExp(`Feltnavnet »${field}« indeholder her ${name}\\. Det ses ikke`),
      };
    },
  },
  {
    name: 'a field name with a letter of another alphabet that looks like its own (Cyrillic, Greek, full-width)',
    text: randers,
    places: (lines) => indexesWhere(lines, (line) => /^\s*(- )?[a-z_]*[aeoicpx][a-z_]*:( |$)/.test(line)),
    make: (lines, at) => {
      const field = fieldOf(lines[at]!);
      const [latin, other, name] = [
        ['e', 'е', 'et kyrillisk »е« \\(U\\+0435\\)'],
        ['o', 'ο', 'et græsk »ο« \\(U\\+03BF\\)'],
        ['a', 'ａ', 'et bredt »ａ« \\(U\\+FF41\\)'],
        ['i', 'і', 'et kyrillisk »і« \\(U\\+0456\\)'],
      ].find(([letter]) => field.includes(letter!)) ?? ['c', 'с', 'et kyrillisk »с« \\(U\\+0441\\)'];
      const written = lines[at]!.replace(`${field}:`, `${field.replace(latin!, other!)}:`);
      return {
        lines: replaced(lines, at, written),
        line: at + 1,
        says: new RegExp(`Feltnavnet ligner »${field}«, men ${name} her er ikke et almindeligt bogstav`),
      };
    },
  },
  {
    name: 'an invisible character before a field, a list item or a comment (a byte order mark from a file pasted in, a zero-width space)',
    text: randers,
    places: (lines) => indexesWhere(lines, (line, index) => index > 0 && /^\s*(- |#|[a-z_]+:)/.test(line)),
    make: (lines, at) => {
      const [character, name] = invisibleCharacters[at % invisibleCharacters.length]!;
      // At the line's start, or after its indentation.
      const column = at % 2 === 0 ? 0 : indentOf(lines[at]!);
      return {
        lines: replaced(lines, at, `${lines[at]!.slice(0, column)}${character}${lines[at]!.slice(column)}`),
        line: at + 1,
        says: new RegExp(`Linjen begynder med ${name}\\. Det ses ikke`),
      };
    },
  },
  {
    name: 'pasted text with »: « on the field’s line',
    text: randers,
    places: plainValueLines,
    make: (lines, at) => ({ lines: replaced(lines, at, `${lines[at]}: se nedenfor`), line: at + 1, says: /kolon efterfulgt af mellemrum/ }),
  },
  {
    name: 'a text with »: « put in typographic quotes from Word, which YAML reads as letters',
    text: randers,
    places: plainValueLines,
    make: (lines, at) => {
      const [open, close] = [
        ['”', '”'],
        ['“', '”'],
        ['„', '“'],
        ['»', '«'],
      ][at % 4]!;
      const line = lines[at]!.replace(/: (.*)$/, `: ${open}$1: se nedenfor${close}`);
      return { lines: replaced(lines, at, line), line: at + 1, says: new RegExp(`typografiske anførselstegn \\(${open}\\).*almindelige anførselstegn`) };
    },
  },
  {
    name: 'pasted text with »: « on its second line',
    text: randers,
    places: plainValueLines,
    make: (lines, at) => {
      const indent = ' '.repeat(indentOf(lines[at]!) + 2);
      const next = [...lines.slice(0, at + 1), `${indent}Bemærk: se nedenfor`, ...lines.slice(at + 1)];
      return {
        lines: next,
        line: at + 2,
        says: new RegExp(`Kolonet i »Bemærk: se nedenfor« gør linjen til et nyt felt.*»${fieldOf(lines[at]!)}« fra linje ${at + 1}`),
      };
    },
  },
  {
    name: 'pasted text with » #«',
    text: randers,
    places: plainValueLines,
    make: (lines, at) => ({
      lines: replaced(lines, at, `${lines[at]} #1 i Danmark`),
      line: at + 1,
      says: /stopper ved »#«: »#1 i Danmark« er en kommentar/,
      warning: true,
    }),
  },
  {
    name: 'a list item one space to the left of its siblings',
    text: randers,
    places: laterItems,
    make: (lines, at) => ({
      lines: replaced(lines, at, lines[at]!.slice(1)),
      line: at + 1,
      says: /Punktet »- .*« er rykket \d+ mellemrum ind.*Ryk »-« 1 mellemrum længere ind/,
    }),
  },
  {
    name: 'a list item one space to the right of its siblings',
    text: randers,
    places: laterItems,
    make: (lines, at) => {
      // After an item that is one text, YAML reads the line as that text's continuation (valid, so a warning).
      const above = lines
        .slice(0, at)
        .filter((line) => !/^\s*(#.*)?$/.test(line))
        .at(-1)!;
      const warning = /^\s*- (?![a-z_]+:)/.test(above);
      return { lines: replaced(lines, at, ` ${lines[at]}`), line: at + 1, says: /Fjern mellemrummet før »-«/, warning };
    },
  },
  {
    name: 'a field indented like another section (mixed indentation)',
    text: randers,
    places: laterFields,
    make: (lines, at) => ({
      lines: replaced(lines, at, `  ${lines[at]}`),
      line: at + 1,
      says: new RegExp(`»${fieldOf(lines[at]!)}« er rykket 4 mellemrum ind.*Fjern 2 mellemrum før`),
    }),
  },
  {
    name: 'no space after the colon',
    text: randers,
    places: plainValueLines,
    make: (lines, at) => ({ lines: replaced(lines, at, lines[at]!.replace(': ', ':')), line: at + 1, says: /mangler et mellemrum efter kolonet/ }),
  },
  {
    name: 'a quote that is never closed',
    text: randers,
    places: plainValueLines,
    make: (lines, at) => ({ lines: replaced(lines, at, lines[at]!.replace(': ', ': "')), line: at + 1, says: /Anførselstegnet »"« her lukkes aldrig/ }),
  },
  {
    name: 'a quote that closes before the text ends',
    text: randers,
    places: (lines) => plainValueLines(lines).filter((at) => /: \S+ \S/.test(lines[at]!)),
    make: (lines, at) => ({ lines: replaced(lines, at, lines[at]!.replace(/: (\S+)/, ': "$1"')), line: at + 1, says: /slutter ved det andet »"«/ }),
  },
];

describe('YAML mistakes made by hand are reported on their own line, saying what to do', () => {
  for (const mistake of mistakes) {
    const lines = mistake.text.split('\n');
    const places = spread(mistake.places(lines));
    it(`${mistake.name} (${places.length} places)`, () => {
      expect(places.length).toBeGreaterThan(0);
      for (const at of places) {
        const made = mistake.make(lines, at);
        const diagnostics = diagnosticsOf(made.lines.join('\n'));
        const context = `${mistake.name} at line ${made.line}: ${diagnostics.map((each) => `${each.start?.line}: ${message(each)}`).join(' | ')}`;
        const errors = diagnostics.filter((each) => each.severity === 'fejl');
        const here = diagnostics.filter((each) => each.start?.line === made.line && made.says.test(message(each)));
        expect(here, context).toHaveLength(1);
        if (made.warning) expect(here[0]!.severity, context).toBe('advarsel');
        else
          expect(
            errors.map((each) => each.start?.line),
            context,
          ).toEqual([made.line]);
      }
    });
  }

  it.each([
    // The line written in place of the list item (and of as many lines above it).
    ['a quote', '  - "Serviceloven § 101', 0, /Anførselstegnet »"« her lukkes aldrig/],
    ['a bracket', 'lovgrundlag: [Serviceloven § 101', 1, /Der mangler et tegn/],
  ])('%s never closed, with only comments after it, is reported where it opens', (_name, line, above, says) => {
    const lines = fresh.split('\n');
    const at = lines.indexOf('  - Serviceloven § 101') - above;
    const broken = [...lines.slice(0, at), line, ...lines.slice(at + above + 1)];
    const diagnostics = diagnosticsOf(broken.join('\n'));
    expect(diagnostics.map((each) => [each.start?.line, message(each)])).toEqual([[at + 1, expect.stringMatching(says)]]);
  });

  it('the issue’s case: »opgaver« uncommented with its space left is line 50 of a fresh file, not an empty line above', () => {
    const lines = fresh.split('\n');
    const at = lines.indexOf('# opgaver:');
    const [diagnostic, ...rest] = diagnosticsOf(uncommented(lines, at, '#').join('\n'));
    expect(rest).toEqual([]);
    expect(diagnostic?.start).toEqual({ line: at + 1, column: 2 });
    expect(message(diagnostic!)).toBe(
      '»opgaver« er rykket 1 mellemrum ind, men felterne på samme niveau står helt ude til venstre. Fjern mellemrummet før »opgaver«.',
    );
  });

  it('the real files and a fresh file give no such message (every section of the template uncommented too)', () => {
    const all = templateSections(fresh.split('\n')).reduce((lines, at) => uncommented(lines, at, '# '), fresh.split('\n'));
    for (const text of [...municipalityNames.map((name) => readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8')), fresh, all.join('\n')]) {
      const loaded = parseSource('x.yml', Buffer.from(text));
      expect(loaded.ok && loaded.warnings).toEqual([]);
    }
  });
});

describe('a line break YAML does not read as one (U+2028, U+2029) is named where it stands', () => {
  it('before a field of a real file, in place of the line break, at three places', () => {
    const lines = randers.split('\n');
    for (const [index, at] of spread(laterFields(lines)).entries()) {
      const hidden = index % 2 === 0 ? '\u2028' : '\u2029';
      const joined = [...lines.slice(0, at - 1), `${lines[at - 1]}${hidden}${lines[at]}`, ...lines.slice(at + 1)];
      const here = diagnosticsOf(joined.join('\n')).filter((each) => each.code === 'yaml-usynligt-linjeskift');
      expect(here.map((each) => [each.start?.line, each.start?.column])).toEqual([[at, lines[at - 1]!.length + 1]]);
      expect(message(here[0]!)).toMatch(hidden === '\u2028' ? /linjeskilletegn \(U\+2028\)/ : /afsnitsskilletegn \(U\+2029\)/);
    }
  });

  it('after a comment, whose field then vanishes, and is the only YAML message there', () => {
    const diagnostics = diagnosticsOf('kommune: Testby Kommune\n# Udfyld titlen\u2028titel: Kvalitetsstandard\n');
    const yaml = diagnostics.filter((each) => each.code.startsWith('yaml-'));
    expect(yaml.map((each) => [each.code, each.start?.line, each.start?.column])).toEqual([['yaml-usynligt-linjeskift', 2, 16]]);
    expect(diagnostics.some((each) => each.code === 'felt-mangler')).toBe(true);
  });

  it('is not said of a file without one', () => {
    expect(diagnosticsOf(randers).some((each) => each.code === 'yaml-usynligt-linjeskift')).toBe(false);
  });
});

describe('a byte order mark (U+FEFF) beyond the one a UTF-8 file may begin with', () => {
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  const loadBytes = (bytes: Buffer) => {
    const loaded = parseSource('x.yml', bytes);
    return loaded.ok ? loaded.warnings : loaded.diagnostics;
  };

  it('one at the start is the file’s own and says nothing; a second is a warning at 1:1 and the file reads as before (the five files)', () => {
    for (const name of municipalityNames) {
      const text = readFileSync(join(root, 'municipalities', `${name}.yml`));
      expect(loadBytes(Buffer.concat([bom, text])), name).toEqual([]);
      const twice = parseSource('x.yml', Buffer.concat([bom, bom, text]));
      expect(twice.ok && twice.warnings.map((each) => [each.code, each.severity, each.start?.line, each.start?.column]), name).toEqual([
        ['yaml-usynligt-tegn', 'advarsel', 1, 1],
      ]);
      expect(twice.ok && twice.loaded.data, name).toEqual(parseDocument(text.toString('utf8')).toJS());
    }
  });

  it('a third, which YAML reads as part of the first field or comment, is an error at 1:1 and the only message', () => {
    const diagnostics = loadBytes(Buffer.concat([bom, bom, bom, Buffer.from(randers)]));
    expect(diagnostics.map((each) => [each.code, each.severity, each.start?.line, each.start?.column])).toEqual([['yaml-usynligt-tegn', 'fejl', 1, 1]]);
    expect(message(diagnostics[0]!)).toMatch(/Linjen begynder med et usynligt BOM-tegn \(U\+FEFF\)/);
  });
});

describe('what YAML can say but a standard cannot hold is named, with what to write instead', () => {
  const lines = randers.split('\n');
  const dateLines = indexesWhere(lines, (line) => /^\s+(?:- )?[a-z_]+: \d{4}-\d\d-\d\d$/.test(line));
  const textLines = plainValueLines(lines);
  const cases: [string, string, number, RegExp][] = [
    ['%YAML 1.1 first', `%YAML 1.1\n---\n${randers}`, 1, /Linjen »%YAML 1.1« beder om YAML 1.1.*Slet linjen/],
    ['%YAML 1.1 after a comment', `# Udkast\n%YAML 1.1\n---\n${randers}`, 2, /beder om YAML 1.1/],
    ['%TAG', `%TAG !k! tag:kommune.dk,2024:\n---\n${randers}`, 1, /er et YAML-direktiv.*Slet linjen/],
    ...spread(dateLines).map(
      (at) =>
        [
          '!!timestamp',
          replaced(lines, at, lines[at]!.replace(': ', ': !!timestamp ')).join('\n'),
          at + 1,
          /^Mærket »!!timestamp« bruges ikke i en kvalitetsstandard: det gør værdien til et tidspunkt\..*ÅÅÅÅ-MM-DD/,
        ] as [string, string, number, RegExp],
    ),
    ...spread(textLines).map(
      (at) =>
        [
          '!!binary',
          replaced(lines, at, lines[at]!.replace(': ', ': !!binary ')).join('\n'),
          at + 1,
          /^Mærket »!!binary« bruges ikke i en kvalitetsstandard: det gør værdien til binære data\. Fjern »!!binary«/,
        ] as [string, string, number, RegExp],
    ),
    ['!!set', randers.replace(/^lovgrundlag:\n {2}- (.*)$/m, 'lovgrundlag: !!set {$1}'), 5, /^Mærket »!!set« bruges ikke i en kvalitetsstandard\. Fjern det/],
    [
      'farve: #…',
      randers.replace(/^praesentation:\n/m, 'praesentation:\n  farve: #1a5fb4\n'),
      lines.indexOf('praesentation:') + 2,
      /»praesentation.farve« er tom, fordi »#« begynder en kommentar.*»farve: "#1a5fb4"«/,
    ],
    ['undertitel: #…', randers.replace(/^undertitel: .*$/m, 'undertitel: #15'), 4, /»undertitel« er tom, fordi »#« begynder en kommentar.*»undertitel: "#15"«/],
  ];
  it.each(cases)('%s', (_name, text, line, says) => {
    const diagnostics = diagnosticsOf(text);
    const errors = diagnostics.filter((each) => each.severity === 'fejl');
    expect(errors.map((each) => [each.start?.line, message(each)])).toEqual([[line, expect.stringMatching(says)]]);
    expect(message(errors[0]!)).not.toContain('gruppe af underfelter');
  });

  it('%YAML 1.2, the version the tool reads, is accepted', () => {
    expect(diagnosticsOf(`%YAML 1.2\n---\n${randers}`)).toEqual([]);
  });
});

describe('every error the yaml package can give reaches the user in Danish, never in the package’s English', () => {
  const dist = join(root, 'node_modules', 'yaml', 'dist');
  /** The codes the installed package declares (ErrorCode) and the codes its code passes to an error. */
  const packageCodes = () => {
    const declared = /type ErrorCode = ([^;]+);/.exec(readFileSync(join(dist, 'errors.d.ts'), 'utf8'))![1]!.match(/[A-Z][A-Z0-9_]+/g)!;
    const used = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.js'))
      .flatMap((name) =>
        [...readFileSync(join(dist, name), 'utf8').matchAll(/(?:onError|YAML(?:Parse|Warning)?Error)\([^;]*?'([A-Z][A-Z0-9_]+)'/g)].map((match) => match[1]!),
      );
    return new Set([...declared, ...used]);
  };
  /** Words of the package’s messages and codes that are no Danish. */
  const english = /\b(alias|props|anchors?|tags?|multiple|exhaustion|resource|key|chars|flow|block|token|indent|directive|collection|must|cannot|the|with)\b/i;

  it('has a Danish wording for each code the package declares or uses, and none for a code it does not have', () => {
    const codes = packageCodes();
    expect(codes.size).toBeGreaterThanOrEqual(23);
    expect(new Set(Object.keys(yamlErrorMessages))).toEqual(codes);
    for (const code of codes) {
      const problem = yamlErrorMessages[code as ErrorCode]('&y');
      // Two codes are said by the tree’s own check, with the directive’s or the tag’s own words (cases above).
      if (code === 'BAD_COLLECTION_TYPE' || code === 'BAD_DIRECTIVE') expect(problem, code).toBeUndefined();
      else expect(formatMessage(problem!.code, problem!.args), code).not.toMatch(english);
    }
  });

  const cases: [string, string, string, RegExp][] = [
    ['10,000 nested »[«', `forord: ${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'yaml-for-dybt', /for mange|så mange niveauer/],
    ['10,000 nested »{a:«', `forord: ${'{a: '.repeat(10_000)}${'}'.repeat(10_000)}`, 'yaml-for-dybt', /niveauer i dybden/],
    ['an anchor on an alias', 'forord: &x *y', 'yaml-anker-eller-maerke', /Henvisningen »\*y« kan ikke have et anker/],
    ['a tag on an alias', 'forord: !!str *y', 'yaml-anker-eller-maerke', /Henvisningen »\*y« kan ikke have/],
    ['two anchors', 'forord: &x &y foo', 'yaml-anker-eller-maerke', /mere end ét anker \(»&y« er det andet\)/],
    ['two tags', 'forord: !!str !!str foo', 'yaml-anker-eller-maerke', /mere end ét mærke \(»!!str« er det andet\)/],
    ['a key over 1024 characters', `${'a'.repeat(1100)}: b`, 'yaml-langt-feltnavn', /over 1024 tegn/],
    ['a list inside »{ }«', 'forord: { a: - b }', 'yaml-blok-i-klammer', /Inden i »\[ \]« eller »\{ \}«/],
  ];
  it.each(cases)('%s: said in Danish, with what to do', (_name, line, code, says) => {
    const diagnostics = diagnosticsOf(`kommune: Testby Kommune\ntitel: Kvalitetsstandard\n${line}\n`);
    const found = diagnostics.find((each) => each.code === code);
    expect(found && message(found)).toMatch(says);
    for (const each of diagnostics) expect(message(each)).not.toMatch(english);
    expect(diagnostics.map((each) => each.code)).not.toContain('yaml-syntaks');
  });

  it('a list or a group as a key gets no English warning on stderr, and is named at its line', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-noegle-'));
    for (const [name, line, says] of [
      ['liste.yml', '[a]: b', 'x.yml:3:1  fejl  Nøglen »[a]« er en liste.'],
      ['gruppe.yml', '? {a: b}\n: c', 'x.yml:3:1  fejl  Nøglen »{a: b}« er en gruppe af felter.'],
    ] as const) {
      writeFileSync(join(workspace, name), `kommune: Testby Kommune\ntitel: Kvalitetsstandard\n${line}\n`);
      const run = runCli(['validate', name], { cwd: workspace });
      expect(run.status, name).toBe(1);
      expect(run.stderr, name).toBe('');
      expect(run.stdout).toContain(says.replace('x.yml', name));
      expect(run.stdout).not.toContain('Ukendt felt');
    }
  });
});

describe('nesting deeper than a standard has: one error where it passes the limit, the same in the editor', () => {
  const settings = { compliance: 'information', date: '2026-11-23' } as const;
  const start = 'kommune: Testby Kommune\ntitel: "[[[ {{{ - - - står i en tekst"\n';
  const over = maxNesting + 1;
  /** [what, the third line, the column of the bracket or item that goes one level too deep] */
  const cases: [string, string, number][] = [
    ['»[« a million times (1 MB, which the parser’s tree made 1 GB)', `forord: ${'['.repeat(1_000_000)}`, 9 + maxNesting],
    ['»{a: « as many times as the limit and one more, closed', `forord: ${'{a: '.repeat(over)}1${'}'.repeat(over)}`, 9 + 4 * maxNesting],
    ['»- « on one line', `forord: ${'- '.repeat(300_000)}a`, 9 + 2 * maxNesting],
    ['»? « on one line', `? ${'? '.repeat(300_000)}a`, 1 + 2 * maxNesting],
    [
      '»[« and »{« mixed, with a text in quotes holding »[« on the way',
      `forord: ${'[{'.repeat(50)}"[[[[", ${'[ '.repeat(20)}`,
      9 + 100 + 8 + 2 * (maxNesting - 100),
    ],
  ];
  it.each(cases)('%s', (_name, line, column) => {
    for (const breaks of ['\n', '\r\n', '\r']) {
      const text = `${start}${line}\n`.replace(/\n/g, breaks);
      const found = diagnosticsOf(text).filter((each) => each.code === 'yaml-for-dybt');
      expect(
        found.map((each) => each.start),
        JSON.stringify(breaks),
      ).toEqual([{ line: 3, column }]);
      const editor = analyze('file:///x.yml', 'x.yml', text, settings).filter((each) => each.code === 'yaml-for-dybt');
      expect(editor.map((each) => each.range.start)).toEqual([{ line: 2, character: column - 1 }]);
    }
  });

  it('nesting as deep as the limit, or brackets closed and opened again many times, is read as YAML', () => {
    for (const line of [
      `forord: ${'['.repeat(maxNesting)}${']'.repeat(maxNesting)}`,
      `forord: [${'[{a: [b]}], '.repeat(10_000)}c]`,
      `forord: ${'- '.repeat(maxNesting - 1)}a`,
    ]) {
      expect(diagnosticsOf(`${start}${line}\n`).map((each) => each.code)).not.toContain('yaml-for-dybt');
    }
  });
});

describe('one mistake repeated as often as 2 MB allows: counted and capped, not a crash', () => {
  const start = 'kommune: Testby Kommune\ntitel: Kvalitetsstandard\n';
  // More than a spread's arguments fit on the stack (about 125,000).
  const times = 150_000;
  const cases: [string, string, string][] = [
    ['a field written again and again', 'forord: x\n'.repeat(times), 'yaml-dobbelt-noegle'],
    ['a key in a list item written again and again', `oevrige_afsnit:\n  - noegle: a\n${'    tekst: x\n'.repeat(times)}`, 'yaml-dobbelt-noegle'],
  ];
  it.each(cases)('%s', (_name, lines, code) => {
    const diagnostics = diagnosticsOf(`${start}${lines}`);
    expect(diagnostics.length).toBe(maxDiagnosticsPerFile + 1);
    expect(diagnostics.slice(0, -1).filter((each) => each.code === code).length).toBeGreaterThan(maxDiagnosticsPerFile / 2);
    const more = diagnostics.at(-1)!;
    expect(more.code).toBe('flere-fejl');
    expect(Number((more.args as { antal: number }).antal)).toBeGreaterThan(times - maxDiagnosticsPerFile - 10);
  });
});

describe('keys that are no field name, and tags: one message each, at the key or the tag, saying what is wrong and what to do', () => {
  const keyAdvice =
    'Nøgler (feltnavnet før kolonet) skal være almindelig tekst, fx »maalgruppe«. Skriv feltet som »navn: værdi«, med feltets navn før kolonet og uden »?« foran.';
  const start = 'kommune: Testby Kommune\ntitel: Kvalitetsstandard for social behandling for stofmisbrug\nlovgrundlag:\n  - Serviceloven § 101\n';
  /** [what, lines after a list (where »Linjen fortsætter teksten i »-«« was said), [line, column, severity, message]…] */
  const cases: [string, string, [number, number, string, string][]][] = [
    ['»? [a, b]« (the issue’s case)', '? [a, b]\n: x\n', [[5, 1, 'fejl', `Nøglen »[a, b]« er en liste. ${keyAdvice}`]]],
    ['»? {a: 1}«', '? {a: 1}\n: x\n', [[5, 1, 'fejl', `Nøglen »{a: 1}« er en gruppe af felter. ${keyAdvice}`]]],
    ['a list key in brackets, without »?«', '[a, b]: x\n', [[5, 1, 'fejl', `Nøglen »[a, b]« er en liste. ${keyAdvice}`]]],
    ['a group key in braces', '{a: 1}: x\n', [[5, 1, 'fejl', `Nøglen »{a: 1}« er en gruppe af felter. ${keyAdvice}`]]],
    ['a block text as key', '? |\n  maalgruppe\n: x\n', [[5, 1, 'fejl', `Nøglen er en tekstblok (»|« eller »>«). ${keyAdvice}`]]],
    ['a colon with no key', ': x\n', [[5, 1, 'fejl', `Der står et kolon uden et feltnavn foran. ${keyAdvice}`]]],
    ['an alias as key', '*navn : x\n', [[5, 1, 'fejl', `Nøglen »*navn« er en henvisning (»*«). ${keyAdvice}`]]],
    [
      'a field name written as an explicit key: read as the field, a warning',
      '? undertitel\n: Kvalitetsstandard nr. 15\n',
      [
        [
          5,
          1,
          'advarsel',
          '»?« foran »undertitel« gør det til en såkaldt kompleks nøgle, som en kvalitetsstandard ikke bruger. Skriv feltet på én linje som »undertitel: …«: fjern »?«, og flyt værdien fra linjen med »:« op efter feltnavnet.',
        ],
      ],
    ],
    [
      '»!!binary«',
      'undertitel: !!binary aGVq\n',
      [
        [
          5,
          13,
          'fejl',
          'Mærket »!!binary« bruges ikke i en kvalitetsstandard: det gør værdien til binære data. Fjern »!!binary«, og skriv teksten som almindelig tekst.',
        ],
      ],
    ],
    [
      'a custom tag: one error, not also »kendes ikke« as a warning',
      'undertitel: !foo Kvalitetsstandard\n',
      [
        [
          5,
          13,
          'fejl',
          'Mærket »!foo« bruges ikke i en kvalitetsstandard. Fjern det (»!« og det, der står efter, til mellemrummet); skal teksten begynde med »!«, så sæt den i anførselstegn.',
        ],
      ],
    ],
    [
      'a custom tag with an undeclared handle',
      'undertitel: !e!foo x\n',
      [[5, 13, 'fejl', expect.stringMatching(/^Mærket »!e!foo« bruges ikke i en kvalitetsstandard\./) as never]],
    ],
    [
      '»!!str«: a warning (the value is text either way)',
      'undertitel: !!str 2024\n',
      [
        [
          5,
          13,
          'advarsel',
          'Mærket »!!str« bruges ikke i en kvalitetsstandard. Fjern det; skal værdien læses som tekst (fx et årstal), så sæt den i anførselstegn i stedet.',
        ],
      ],
    ],
    [
      '»!!str« on a group: not »kendes ikke«',
      'maalgruppe: !!str\n  tekst: Voksne over 18 år.\n',
      [[5, 13, 'advarsel', expect.stringMatching(/^Mærket »!!str« bruges ikke i en kvalitetsstandard\. Fjern det/) as never]],
    ],
    [
      '»!!float« on a value that is no decimal number: not »kendes ikke«',
      'maalgruppe:\n  tekst: !!float Voksne\n',
      [
        [
          6,
          10,
          'advarsel',
          'Mærket »!!float« bruges ikke i en kvalitetsstandard. Fjern det, og skriv værdien, som den skal læses: tekst, et tal, true eller false, eller en liste.',
        ],
      ],
    ],
    [
      'a tag on a key: at the tag, no »Linjen fortsætter teksten«',
      '!!str undertitel: x\n',
      [[5, 1, 'advarsel', expect.stringMatching(/^Mærket »!!str«/) as never]],
    ],
    ['a tag and an anchor', 'undertitel: !!binary &a aGVq\n', [[5, 13, 'fejl', expect.stringMatching(/^Mærket »!!binary«/) as never]]],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    const shown = diagnosticsOf(`${start}${lines}`).map((each) => [each.start?.line, each.start?.column, each.severity, message(each)]);
    expect(shown).toEqual(expected);
  });

  it('a key that is no field name is an error at its own line inside a real file, with nothing else said', () => {
    const lines = randers.split('\n');
    // Before a section, and at the end, after the list that ends the file (where »Linjen fortsætter teksten i »-«« was said).
    const end = lines.at(-1) === '' ? lines.length - 1 : lines.length;
    for (const at of [lines.indexOf('opgaver:'), end]) {
      const text = [...lines.slice(0, at), '? [a, b]', ': x', ...lines.slice(at)].join('\n');
      const shown = diagnosticsOf(text).map((each) => [each.start?.line, each.start?.column, each.code]);
      expect(shown, `at ${at + 1}`).toEqual([[at + 1, 1, 'yaml-feltnavn-ikke-tekst']]);
    }
  });

  it('no tag gets two messages, whatever it is on', () => {
    for (const tag of [
      '!!str',
      '!!int',
      '!!float',
      '!!bool',
      '!!null',
      '!!seq',
      '!!map',
      '!!binary',
      '!!timestamp',
      '!!set',
      '!!omap',
      '!!pairs',
      '!!merge',
      '!!value',
      '!foo',
      '!',
      '!<tag:example.com,2024:x>',
    ]) {
      for (const value of ['x', '5', '[a]', '{a: b}']) {
        const found = diagnosticsOf(`${start}undertitel: ${tag} ${value}\n`).filter((each) => each.start?.line === 5 && each.start.column === 13);
        expect(found.map(message), `${tag} ${value}`).toEqual([
          expect.stringMatching(new RegExp(`^Mærket »${tag.replace(/[!<>.,]/g, '\\$&')}« bruges ikke i en kvalitetsstandard`)),
        ]);
      }
    }
  });
});

describe('line endings: CR only, CRLF and a mix are read, with the lines an editor shows', () => {
  const date = '2026-11-23';
  const endings: [string, (text: string) => string][] = [
    ['CR only (old Mac)', (text) => text.replace(/\n/g, '\r')],
    ['CRLF (Windows)', (text) => text.replace(/\n/g, '\r\n')],
    // A CR is never followed by an LF ending (an empty line after it would make them one CRLF).
    [
      'a mix of CRLF, LF and CR',
      (text) =>
        text
          .split('\n')
          .map((line, index) => line + ['\r\n', '\n', '\r'][index % 3])
          .join(''),
    ],
  ];
  const summary = (text: string) => {
    const result = checkSource('x.yml', Buffer.from(text), date);
    if (!result.valid) return result.diagnostics.map((each) => [each.start?.line, each.code]);
    return result.findings.map((finding) => [finding.requirement.id, finding.status, finding.span.start.line]);
  };
  for (const [name, convert] of endings) {
    it(`${name}: every municipality checks as with LF`, () => {
      for (const municipality of municipalityNames) {
        const text = readFileSync(join(root, 'municipalities', `${municipality}.yml`), 'utf8');
        expect(summary(convert(text)), municipality).toEqual(summary(text));
      }
    });
    it(`${name}: a mistake is reported on its own line`, () => {
      const lines = fresh.split('\n');
      const at = lines.indexOf('# maalgruppe:');
      const broken = convert(uncommented(lines, at, '#').join('\n'));
      expect(diagnosticsOf(broken).map((each) => [each.start?.line, each.code])).toEqual([[at + 1, 'yaml-felt-indrykning']]);
    });
  }
});

describe('a fresh `ny` file, as a new user edits it, from the command line', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-yaml-mistakes-'));
  const file = join(workspace, 'municipalities', 'testby.yml');
  const check = () => JSON.parse(runCli(['check', 'testby', '--dato', '2026-11-23', '--format', 'json'], { cwd: workspace }).stdout)[0];
  const sections = defaultRegulation.requirements.filter((requirement) => !requirement.field.includes('.'));

  it('check points at each commented-out section and says to remove »# «, not to add the field', () => {
    expect(runCli(['ny', 'Testby'], { cwd: workspace }).status).toBe(0);
    const lines = readFileSync(file, 'utf8').split('\n');
    const report = check();
    for (const requirement of sections) {
      const krav = report.krav.find((each: { sti: string }) => each.sti === requirement.field);
      const from = lines.indexOf(`# ${requirement.field}:`) + 1;
      // Revision's finding says first that no date is given (§6.1), then where the section stands.
      expect(krav?.koder, requirement.field).toEqual(
        requirement.field === 'revision' ? ['revision-ingen-dato', 'afsnit-udkommenteret'] : ['afsnit-udkommenteret'],
      );
      expect(krav.linje, requirement.field).toBe(from);
      expect(krav.besked).toMatch(new RegExp(`står i filen, men er kommenteret ud \\(linje ${from}-\\d+\\)\\. Fjern »# « foran linjerne`));
    }
    const terminal = runCli(['check', 'testby', '--dato', '2026-11-23'], { cwd: workspace }).stdout;
    expect(terminal).toContain(`testby.yml:${lines.indexOf('# serviceniveau:') + 1}:1`);
    expect(terminal).not.toContain('Tilføj feltet »serviceniveau«');
  });

  it('a section moved to the end, or written »#felt:«, is still found where it now stands', () => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.indexOf('# opgaver:');
    const section = lines.slice(at, at + 4);
    const moved = [...lines.slice(0, at), ...lines.slice(at + 4), ...section.map((line) => line.replace(/^# opgaver/, '#opgaver'))];
    writeFileSync(file, moved.join('\n'));
    const krav = check().krav.find((each: { sti: string }) => each.sti === 'opgaver');
    expect(krav.koder).toEqual(['afsnit-udkommenteret']);
    expect(krav.linje).toBe(moved.length - 3);
    writeFileSync(file, lines.join('\n'));
  });

  it('a section uncommented with its space left is reported at its line with »Fjern mellemrummet«', () => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.indexOf('# opgaver:');
    writeFileSync(file, uncommented(lines, at, '#').join('\n'));
    const run = runCli(['validate', 'testby'], { cwd: workspace });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain(`testby.yml:${at + 1}:2  fejl  »opgaver« er rykket 1 mellemrum ind`);
    expect(run.stdout + run.stderr).toContain('Fjern mellemrummet før »opgaver«.');
    writeFileSync(file, uncommented(lines, at, '# ').join('\n'));
    const krav = check().krav.find((each: { sti: string }) => each.sti === 'opgaver');
    expect(krav.koder).not.toContain('afsnit-udkommenteret');
  });
});

describe('the editor (language server renderer): the same places, and a fix that uncomments', () => {
  const settings = { compliance: 'information', date: '2026-11-23' } as const;

  it('a CR-only file with a mistake is underlined on the mistake’s line', () => {
    const lines = fresh.split('\n');
    const at = lines.indexOf('# opgaver:');
    const [diagnostic, ...rest] = analyze('file:///x.yml', 'x.yml', uncommented(lines, at, '#').join('\r'), settings);
    expect(rest).toEqual([]);
    expect(diagnostic?.range.start).toEqual({ line: at, character: 1 });
    expect(diagnostic?.message).toContain('Fjern mellemrummet før »opgaver«');
  });

  it('a commented-out section gets »Fjern »# «« as its fix, and applying it makes it a section', () => {
    const diagnostics = analyze('file:///x.yml', 'x.yml', fresh, settings);
    const document = TextDocument.create('file:///x.yml', 'yaml', 1, fresh);
    for (const field of ['serviceniveau', 'doegnbehandling', 'revision']) {
      const from = fresh.split('\n').indexOf(`# ${field}:`);
      const diagnostic = diagnostics.find((each) => (each.data as { field?: string }).field === field)!;
      expect(diagnostic.range.start.line, field).toBe(from);
      const actions = codeActions('file:///x.yml', document, [diagnostic], { file: 'x.yml', range: diagnostic.range, date: settings.date });
      // Uncommenting, not inserting the section a second time.
      expect(actions.map((each) => each.title).filter((title) => title.startsWith('Tilføj afsnittet'))).toEqual([]);
      const action = actions.find((each) => each.title.startsWith('Fjern »# «'));
      expect(action?.title).toMatch(new RegExp(`^Fjern »# « foran afsnittet ».*« \\(linje ${from + 1}-\\d+\\)$`));
      const fixed = TextDocument.applyEdits(document, action!.edit!.changes!['file:///x.yml']!);
      const loaded = parseSource('x.yml', Buffer.from(fixed));
      expect(loaded.ok && Object.keys(loaded.loaded.data as object), field).toContain(field);
    }
  });

  it('every quick fix in a CRLF or CR-only file writes that file’s line breaks, and applied gives the LF result (before: mixed lines, and in a CR-only file a line lost)', () => {
    const uri = 'file:///k/municipalities/x.yml';
    /** Each action's title and the text it makes, with LF line breaks, and whether it wrote another kind of line break. */
    const applied = (text: string, lineBreak: string) => {
      const document = TextDocument.create(uri, 'yaml', 1, text);
      const diagnostics = analyze(uri, '/k/municipalities/x.yml', text, settings);
      const everywhere = { start: { line: 0, character: 0 }, end: { line: document.lineCount, character: 0 } };
      return codeActions(uri, document, diagnostics, { file: '/k/municipalities/x.yml', range: everywhere, date: settings.date }).map((action) => {
        const edits = action.edit!.changes![uri]!;
        for (const edit of edits)
          expect(
            edit.newText.replace(/\r\n|\r|\n/g, (found) => (found === lineBreak ? '' : 'X')),
            action.title,
          ).not.toContain('X');
        return [action.title, TextDocument.applyEdits(document, edits).replace(/\r\n?/g, '\n')];
      });
    };
    const titles = (text: string) => applied(text, '\n').map(([title]) => title!.replace(/ .*/, ''));
    // Sections inserted, assessments recorded, sections uncommented.
    expect(new Set([...titles(randers), ...titles(fresh)])).toEqual(new Set(['Tilføj', 'Registrér', 'Fjern']));
    for (const lf of [randers, holstebro, fresh]) {
      const expected = applied(lf, '\n');
      for (const lineBreak of ['\r\n', '\r']) expect(applied(lf.replace(/\n/g, lineBreak), lineBreak)).toEqual(expected);
    }
  });

  it('a character that is none to YAML where the structure is gets a fix that deletes it or makes it a space; applied, the file reads as before', () => {
    const lines = randers.split('\n');
    const field = lines.findIndex((line) => line.startsWith('titel: '));
    const item = lines.findIndex((line) => /^ {2}- \S/.test(line));
    const made: [string, string][] = [
      ['after a colon', replaced(lines, field, lines[field]!.replace(': ', ':\u00a0')).join('\n')],
      ['after a dash', replaced(lines, item, lines[item]!.replace('- ', '-\u3000')).join('\n')],
      ['in a field name', replaced(lines, field, `ti\u200b${lines[field]!.slice(2)}`).join('\n')],
      ['before a field', replaced(lines, field, `\ufeff${lines[field]}`).join('\n')],
      ['in the indentation', replaced(lines, item, `\u00a0${lines[item]!.slice(1)}`).join('\n')],
      ['a look-alike letter in a field name', replaced(lines, field, `tіtеl${lines[field]!.slice(5)}`).join('\n')],
    ];
    for (const [where, text] of made) {
      const [diagnostic, ...rest] = analyze('file:///x.yml', 'x.yml', text, settings).filter((each) => each.severity === 1);
      expect(rest, where).toEqual([]);
      const document = TextDocument.create('file:///x.yml', 'yaml', 1, text);
      const [action] = codeActions('file:///x.yml', document, [diagnostic!], { file: 'x.yml', range: diagnostic!.range, date: settings.date });
      expect(action?.title, where).toMatch(/^(Slet det usynlige tegn|Erstat tegnet med et almindeligt mellemrum|Ret til »titel«)$/);
      expect(TextDocument.applyEdits(document, action!.edit!.changes!['file:///x.yml']!), where).toBe(randers);
    }
  });
});

describe('a »#« line in a text written without »|« is named as the comment YAML reads it as', () => {
  /** A field of a real file whose text goes on below its name without »|«, with a Markdown heading among its lines. */
  const withHeading = (heading: string, after: string) =>
    randers.replace(/^opgaver:\n {2}overskrift: (.*)\n {2}tekst: \|\n[\s\S]*?(?=\n\S)/m, (_, title: string) =>
      [
        'opgaver:',
        `  overskrift: ${title}`,
        '  tekst:',
        '    Behandlingen kan deles op i rådgivning og behandling',
        `    ${heading}`,
        ...(after ? [`    ${after}`] : []),
      ].join('\n'),
    );
  const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;

  for (const heading of ['### Rådgivning', '## Rådgivning', '# Rådgivning']) {
    it(`»${heading}« with text below it: an error there, and no other`, () => {
      const text = withHeading(heading, 'Rådgivning er for dig, som er i tvivl');
      const diagnostics = diagnosticsOf(text);
      expect(diagnostics.map((each) => [each.code, each.severity, each.start?.line])).toEqual([
        ['yaml-kommentarlinje-i-tekst', 'fejl', lineOf(text, `    ${heading}`)],
      ]);
      expect(message(diagnostics[0]!)).toContain('Skriv »|« efter »tekst:«');
    });
  }

  it('names the text’s field, not »-«, also in the lines of a list and the headings that follow', () => {
    const withoutBlock = randers.replace(
      '  tekst: |\n    Behandlingen kan overordnet opdeles i:',
      '  tekst:\n    Behandlingen kan overordnet opdeles i\n    ## Tilbud',
    );
    const said = diagnosticsOf(withoutBlock).filter((each) => ['yaml-kommentarlinje-i-tekst', 'yaml-kolon-i-fortsat-tekst'].includes(each.code));
    expect(said.length).toBeGreaterThan(2);
    for (const each of said) expect(each.args, message(each)).toMatchObject({ felt: 'tekst' });
  });

  it('as the text’s last line: a warning, since the file reads but the line is lost', () => {
    const text = withHeading('## Rådgivning', '');
    expect(diagnosticsOf(text).map((each) => [each.code, each.severity, each.start?.line])).toEqual([
      ['yaml-kommentarlinje-i-tekst', 'advarsel', lineOf(text, '    ## Rådgivning')],
    ]);
  });

  it('is not said of a comment at the field’s level, nor of a heading in a »|« block', () => {
    expect(diagnosticsOf(randers)).toEqual([]);
    const atFieldLevel = randers.replace(/^opgaver:\n/m, 'opgaver:\n  # Afsnittet herunder er kommunens eget.\n');
    expect(diagnosticsOf(atFieldLevel)).toEqual([]);
  });
});

describe('the editor makes a text YAML folds a block with »|«, and its lines then stand as written', () => {
  const settings = { compliance: 'information', date: '2026-11-23' } as const;
  const head = 'kommune: Xby Kommune\ntitel: Kvalitetsstandard\nopgaver:\n';
  const cases: [string, string][] = [
    ['after »>«', '  tekst: >\n    Vi tilbyder:\n    - rådgivning\n    - ambulant behandling\n'],
    ['after »>-«, with a comment', '  tekst: >- # vores tilbud\n    Vi tilbyder:\n    - rådgivning\n    - ambulant behandling\n'],
    ['below the field, no »|«', '  tekst:\n    Vi tilbyder følgende\n    - rådgivning\n    - ambulant behandling\n'],
    ['on the field’s line', '  tekst: Vi tilbyder følgende\n    - rådgivning\n    - ambulant behandling\n'],
    ['a heading YAML reads as a comment', '  tekst:\n    Vi tilbyder følgende\n    ## Rådgivning\n    Samtaler med en rådgiver\n'],
    ['in double quotes, with escapes', '  tekst: "Vi tilbyder \\"fx\\":\n    - r\\u00e5dgivning\n    - ambulant behandling" # vores tilbud\n'],
    ['in single quotes', "  tekst: 'Vi tilbyder ''fx'':\n    - rådgivning\n    - ambulant behandling'\n"],
    [
      'in quotes, in an item of oevrige_afsnit',
      '  tekst: Vi tilbyder behandling.\noevrige_afsnit:\n  - noegle: tilbud\n    overskrift: Tilbud\n    tekst: "Vi tilbyder:\n      - rådgivning\n      - ambulant behandling"\n',
    ],
  ];
  for (const [name, field] of cases) {
    it(name, () => {
      const text = head + field;
      const document = TextDocument.create('file:///x.yml', 'yaml', 1, text);
      const diagnostic = analyze('file:///x.yml', 'x.yml', text, settings).find((each) =>
        ['tekst-foldet', 'yaml-kommentarlinje-i-tekst'].includes((each.data as { code?: string }).code ?? ''),
      );
      expect(diagnostic, name).toBeDefined();
      const action = codeActions('file:///x.yml', document, [diagnostic!], { file: 'x.yml', range: diagnostic!.range, date: settings.date }).find(
        (each) => each.title === 'Skriv teksten som en blok med »|«',
      );
      const fixed = TextDocument.applyEdits(document, action!.edit!.changes!['file:///x.yml']!);
      expect(diagnosticsOf(fixed), fixed).toEqual([]);
      const loaded = parseSource('x.yml', Buffer.from(fixed));
      const data = loaded.ok ? (loaded.loaded.data as { opgaver: { tekst: string }; oevrige_afsnit?: { tekst: string }[] }) : undefined;
      const value = data?.oevrige_afsnit?.[0]?.tekst ?? data?.opgaver.tekst ?? '';
      if (name.startsWith('in '))
        expect(value.split('\n')[0], fixed).toBe(
          name.includes('escapes') ? 'Vi tilbyder "fx":' : name.includes('single') ? "Vi tilbyder 'fx':" : 'Vi tilbyder:',
        );
      expect(value.split('\n').slice(1, 3), fixed).toEqual(
        name.startsWith('a heading') ? ['## Rådgivning', 'Samtaler med en rådgiver'] : ['- rådgivning', '- ambulant behandling'],
      );
    });
  }
});

describe('a merge key (»<<: *anker«), which YAML 1.2 reads as a field named »<<«', () => {
  const merged = 'Skriv felterne ud her, og slet linjen.';
  const cases: Array<[string, string, number, string]> = [
    [
      'in a section, from a field of its own',
      'faelles: &faelles\n  overskrift: Fælles\nmaalgruppe:\n  <<: *faelles\n  tekst: Borgere over 18 år.\n',
      4,
      '»<<: *faelles«',
    ],
    ['from another section', 'maalgruppe: &m\n  tekst: Borgere over 18 år.\nvisitation:\n  <<: *m\n', 4, '»<<: *m«'],
    ['from several, as a list', 'maalgruppe: &m\n  tekst: A.\nopgaver: &o\n  tekst: B.\nvisitation:\n  <<: [*m, *o]\n', 6, '»<<: [*m, *o]«'],
    ['at the top of the file', 'forord: &f\n  tekst: A.\n<<: *f\n', 3, '»<<: *f«'],
    ['in an item of oevrige_afsnit', 'oevrige_afsnit:\n  - &a\n    noegle: et\n    tekst: A.\n  - <<: *a\n    noegle: to\n', 5, '»<<: *a«'],
  ];
  it.each(cases)('%s: one error on the line of »<<«, the same in validate, check, the editor and build', (_what, body, line, written) => {
    const text = `kommune: Testby Kommune\ntitel: Kvalitetsstandard\n${body}`;
    const at = line + 2;
    const found = diagnosticsOf(text);
    expect(found.map((each) => [each.start?.line, each.code])).toEqual([[at, 'yaml-feltnavn-ikke-tekst']]);
    expect(message(found[0]!)).toContain(`fra et andet sted i filen (${written})`);
    expect(message(found[0]!)).toContain(merged);
    const check = checkSource('x.yml', Buffer.from(text), '2026-11-23');
    expect(check.valid ? [] : check.diagnostics.map((each) => [each.start?.line, message(each)])).toEqual([[at, message(found[0]!)]]);
    const editor = analyze('file:///x/municipalities/x.yml', 'x.yml', text, { compliance: 'information', date: '2026-11-23' });
    expect(editor.map((each) => [each.range.start.line + 1, each.message])).toEqual([[at, message(found[0]!)]]);
  });

  it('build refuses it with the same message, and a quoted »"<<"« is an unknown field as any other', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-flet-'));
    writeFileSync(join(dir, 'flet.yml'), `kommune: Testby Kommune\ntitel: Kvalitetsstandard\n${cases[1]![1]}`);
    const build = runCli(['build', join(dir, 'flet.yml'), '--out', join(dir, 'ud'), '--uden-pdf', '--dato', '2026-11-23']);
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(`flet.yml:6:3  fejl  »<<« henter felterne fra et andet sted i filen (»<<: *m«)`);
    expect(diagnosticsOf('kommune: Testby Kommune\ntitel: Kvalitetsstandard\n"<<": x\n').map((each) => each.code)).toEqual(['ukendt-felt']);
  });
});
