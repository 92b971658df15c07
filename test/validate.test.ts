import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../src/commands/validate.js';
import { formatMessage } from '../src/diagnostics/messages.js';
import { maxFileBytes } from '../src/load.js';
import { sectionNames } from '../src/sections.js';
import { brokenFileExpectations } from './fixture-expectation.js';
import { fixtures, root } from './helpers.js';

const invalidDir = join(fixtures, 'invalid');
/** Each broken file lists its expected diagnostics (line, column, code and Danish text) in its own `# forventet:` block. */
const invalidFixtures = brokenFileExpectations(invalidDir);

async function diagnosticsOf(file: string) {
  const result = await validateFile(file);
  return result.diagnostics.map((diagnostic) => ({
    line: diagnostic.start?.line,
    column: diagnostic.start?.column,
    code: diagnostic.code,
    message: formatMessage(diagnostic.code, diagnostic.args),
  }));
}

describe('validate: the fixture corpus of broken files', () => {
  const files = readdirSync(invalidDir).filter((name) => name.endsWith('.yml'));

  it('has at least 25 broken files, each with its expected diagnostics', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files.map((name) => name.replace(/\.yml$/, '')).sort()).toEqual(Object.keys(invalidFixtures).sort());
  });

  for (const [name, expected] of Object.entries(invalidFixtures)) {
    it(`${name}.yml`, async () => {
      expect(expected.length).toBeGreaterThan(0);
      expect(await diagnosticsOf(join(invalidDir, `${name}.yml`))).toEqual(expected);
    });
  }
});

describe('validate: files that are not a kvalitetsstandard at all', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-'));
  const write = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it('an empty file', async () => {
    expect(await diagnosticsOf(write('tom.yml', ''))).toEqual([{ line: undefined, column: undefined, code: 'fil-tom', message: formatMessage('fil-tom', {}) }]);
  });

  it('another program’s settings: one error that says so, at its first field, not one per field', async () => {
    const foreign: [string, string, string][] = [
      ['compose.yml', 'version: "3.8"\nservices:\n  web:\n    image: nginx\n', '(»version«, »services«)'],
      ['workflow.yml', '# CI\nname: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n', '(»name«, »on«, »jobs«)'],
      ['openapi.yml', 'openapi: 3.0.0\ninfo:\n  title: API\npaths: {}\ncomponents: {}\nservers: []\n', '(»openapi«, »info«, »paths« og 2 til)'],
    ];
    for (const [name, text, named] of foreign) {
      const found = await diagnosticsOf(write(name, text));
      expect(
        found.map((each) => [each.code, each.line, each.column]),
        name,
      ).toEqual([['fil-ikke-kvalitetsstandard', text.startsWith('#') ? 2 : 1, 1]]);
      expect(found[0]!.message).toContain(`ingen af dens felter ${named} findes i en kvalitetsstandard`);
    }
    // A kvalitetsstandard's own field, or one misspelt, makes it a kvalitetsstandard with mistakes: each is said where it is.
    for (const [name, text] of [
      ['med-kommune.yml', 'kommune: Xby Kommune\nversion: 3\nservices: {}\n'],
      ['stavet.yml', 'kommun: Xby Kommune\ntitl: Kvalitetsstandard\n'],
      ['et-felt.yml', 'version: 3\n'],
    ] as const) {
      const codes = (await diagnosticsOf(write(name, text))).map((each) => each.code);
      expect(codes, name).toContain('ukendt-felt');
      expect(codes, name).not.toContain('fil-ikke-kvalitetsstandard');
    }
  });

  it('a file with only the schema comment counts as empty', async () => {
    const file = write('kun-kommentar.yml', '# yaml-language-server: $schema=../schema/kvalitetsstandard.schema.json\n');
    expect((await diagnosticsOf(file)).map((d) => d.code)).toEqual(['fil-tom']);
  });

  it('a binary file', async () => {
    const file = write('billede.yml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect((await diagnosticsOf(file)).map((d) => d.code)).toEqual(['fil-ikke-tekst']);
  });

  it('a file that is not UTF-8 (saved as Latin-1 by an old editor)', async () => {
    const file = write('latin1.yml', Buffer.from('kommune: Br\xf8nderslev\n', 'latin1'));
    expect((await diagnosticsOf(file)).map((d) => d.code)).toEqual(['fil-ikke-tekst']);
  });

  it('says where the text stops being text: a stray NUL, a Latin-1 »ø«, a file cut inside »ø«, a UTF-16 file', async () => {
    const cases: [string, Buffer, number, number][] = [
      ['nul.yml', Buffer.from('kommune: Brønderslev\ntitel: Kvalitets\0standard\n'), 2, 17],
      ['latin1-midt.yml', Buffer.concat([Buffer.from('kommune: Brønderslev\r\ntitel: x\rundertitel: Br'), Buffer.from('\xf8nderslev\n', 'latin1')]), 3, 15],
      ['afskaaret.yml', Buffer.from('kommune: Brønderslev\ntitel: Brø').subarray(0, -1), 2, 10],
      ['utf16.yml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kommune: x\n', 'utf16le')]), 1, 1],
    ];
    for (const [name, bytes, line, column] of cases) {
      expect(await diagnosticsOf(write(name, bytes)), name).toEqual([expect.objectContaining({ code: 'fil-ikke-tekst', line, column })]);
    }
  });

  describe('names what a file that is no UTF-8 most likely is, and where (the five real files, in each encoding)', () => {
    const real = ['broenderslev', 'fredericia', 'holstebro', 'ikast-brande', 'randers'].map((name) => ({
      name,
      text: readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8'),
    }));
    const utf16 = (text: string, order: 'le' | 'be') => {
      const little = Buffer.from(text, 'utf16le');
      return order === 'le' ? little : Buffer.from(little).swap16();
    };
    /** Windows-1252 as Word's »Almindelig tekst« writes it: what it has no byte for becomes »?«. */
    const windows1252 = (text: string) => {
      const decoder = new TextDecoder('windows-1252');
      const byteOf = new Map(Array.from({ length: 256 }, (_, byte) => [decoder.decode(Uint8Array.of(byte)), byte] as const));
      return Buffer.from([...text].map((character) => byteOf.get(character) ?? 0x3f));
    };
    const at = (text: string, index: number) => {
      const before = text.slice(0, index).split('\n');
      return { line: before.length, column: before[before.length - 1]!.length + 1 };
    };

    for (const { name, text } of real) {
      it(`${name}: UTF-16 LE and BE, with and without the byte order mark, at the file's start`, async () => {
        const cases: [string, Buffer, string][] = [
          ['le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(text, 'le')]), 'UTF-16 LE'],
          ['le', utf16(text, 'le'), 'UTF-16 LE'],
          ['be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(text, 'be')]), 'UTF-16 BE'],
          ['be', utf16(text, 'be'), 'UTF-16 BE'],
        ];
        for (const [variant, bytes, encoding] of cases) {
          const [found] = await diagnosticsOf(write(`${name}-${variant}.yml`, bytes));
          expect(found, variant).toMatchObject({ code: 'fil-ikke-tekst', line: 1, column: 1 });
          expect(found!.message, variant).toContain(`gemt som ${encoding}`);
          expect(found!.message, variant).toMatch(/I VS Code: .*»UTF-8«\. I Notesblok: .*»UTF-8« ved Kodning/);
        }
      });

      it(`${name}: Windows-1252 with LF and CRLF, at its first letter outside ASCII, naming that letter`, async () => {
        const first = text.search(/[^\x00-\x7f]/);
        for (const [variant, written] of [
          ['lf', text],
          ['crlf', text.replaceAll('\n', '\r\n')],
        ] as const) {
          const [found] = await diagnosticsOf(write(`${name}-1252-${variant}.yml`, windows1252(written)));
          expect(found, variant).toMatchObject({ code: 'fil-ikke-tekst', ...at(text, first) });
          expect(found!.message, variant).toContain(`er »${text[first]}« i Windows-1252`);
          expect(found!.message, variant).toContain('»Western (Windows 1252)«');
        }
      });
    }

    it('Windows-1252 whose first letter outside ASCII is one of its own (0x80-0x9F: »„«, »–«, »€«), named as that letter (before: a control character, »\\x84«)', async () => {
      for (const [byte, letter] of [
        [0x84, '„'],
        [0x96, '–'],
        [0x80, '€'],
        [0x9c, 'œ'],
      ] as const) {
        const bytes = Buffer.concat([Buffer.from('kommune: Testby Kommune\ntitel: Kvalitetsstandard '), Uint8Array.of(byte), Buffer.from(' for alle\n')]);
        const [found] = await diagnosticsOf(write(`egne-tegn-${byte}.yml`, bytes));
        expect(found).toMatchObject({ code: 'fil-ikke-tekst', line: 2, column: 26 });
        expect(found!.message).toContain(`er »${letter}« i Windows-1252`);
      }
    });

    it('a UTF-8 file with one character in Windows-1252 (joined in from elsewhere): said at that character, to be written again (three places)', async () => {
      const { text } = real[4]!;
      const letters = [...text.matchAll(/[æøå]/g)].map((match) => match.index);
      for (const index of [letters[1]!, letters[Math.floor(letters.length / 2)]!, letters[letters.length - 1]!]) {
        const bytes = Buffer.concat([Buffer.from(text.slice(0, index)), windows1252(text[index]!), Buffer.from(text.slice(index + 1))]);
        const [found] = await diagnosticsOf(write(`blandet-${index}.yml`, bytes));
        expect(found, String(index)).toMatchObject({ code: 'fil-ikke-tekst', ...at(text, index) });
        expect(found!.message).toMatch(
          new RegExp(`gemt som UTF-8, men tegnet her \\(byte [0-9A-F]{2}\\) er ikke: det er »${text[index]}« i Windows-1252.*Slet tegnet, skriv det igen`),
        );
      }
    });

    it('a Word document, an old Office file or a PDF named .yml, a file cut inside a letter, and binary data, each said as what it is', async () => {
      const text = real[4]!.text;
      const cut = Buffer.from(text).subarray(0, Buffer.from(text.slice(0, text.indexOf('ø') + 1)).length - 1);
      const cases: [string, Buffer, RegExp, number, number][] = [
        ['docx.yml', Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), /Word-dokument \(\.docx\).*importer/, 1, 1],
        ['doc.yml', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /gamle format \(\.doc/, 1, 1],
        ['pdf.yml', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), /en PDF/, 1, 1],
        ['afbrudt.yml', cut, /slutter midt i et tegn/, at(text, text.indexOf('ø')).line, at(text, text.indexOf('ø')).column],
        ['png.yml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), /binære data/, 1, 1],
      ];
      for (const [file, bytes, wording, line, column] of cases) {
        const [found] = await diagnosticsOf(write(file, bytes));
        expect(found, file).toMatchObject({ code: 'fil-ikke-tekst', line, column });
        expect(found!.message, file).toMatch(wording);
      }
    });
  });

  it('a number YAML reads as no number to count with (.nan, .inf, 1e400) is named in Danish, at its value, for every kind of number field', async () => {
    const randers = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
    const fields = ['frist_dage: 14', 'procent: 60', 'aar: 2022'].filter((field) => randers.includes(field));
    expect(fields.length).toBeGreaterThanOrEqual(2);
    const written: [string, RegExp][] = [
      ['.nan', /»\.nan«, som YAML læser som »ikke et tal«/],
      ['.NaN', /»\.nan«, som YAML læser som »ikke et tal«/],
      ['.inf', /et uendeligt stort tal/],
      ['-.Inf', /et uendeligt stort tal/],
      ['1e400', /et uendeligt stort tal/],
    ];
    for (const field of fields) {
      const at = randers.indexOf(field);
      const line = randers.slice(0, at).split('\n').length;
      for (const [value, wording] of written) {
        const file = write(`tal-${field.split(':')[0]}-${value}.yml`, randers.replace(field, `${field.split(':')[0]}: ${value}`));
        const found = (await diagnosticsOf(file)).filter((each) => each.line === line);
        expect(found, `${field} → ${value}`).toHaveLength(1);
        expect(found[0]!.message, `${field} → ${value}`).toMatch(wording);
        expect(found[0]!.message, `${field} → ${value}`).not.toMatch(/NaN|Infinity/);
      }
    }
  });

  it('a missing file', async () => {
    expect((await diagnosticsOf(join(dir, 'findes-ikke.yml'))).map((d) => d.code)).toEqual(['fil-findes-ikke']);
  });

  it('a directory', async () => {
    mkdirSync(join(dir, 'mappe.yml'));
    expect((await diagnosticsOf(join(dir, 'mappe.yml'))).map((d) => d.code)).toEqual(['fil-er-mappe']);
  });

  it('a file over the size limit is not read', async () => {
    const file = write('stor.yml', `kommune: x\ntitel: y\nforord:\n  tekst: "${'a'.repeat(maxFileBytes)}"\n`);
    const [diagnostic] = await diagnosticsOf(file);
    expect(diagnostic?.code).toBe('fil-for-stor');
    expect(diagnostic?.message).toContain('2,0 MB');
  });

  it('an alias bomb is refused quickly, without expanding it', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(',')}]`);
    }
    const started = performance.now();
    const diagnostics = await diagnosticsOf(write('bombe.yml', `${levels.join('\n')}\n`));
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-alias-bombe']);
    // 10^9 strings would take minutes and gigabytes; refusing takes milliseconds.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe("validate: a section key that is the preface's or a requirement's own field", () => {
  const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-noegle-'));
  it('says the key is reserved and proposes a free one, for every such field, never »bruges af to afsnit«', async () => {
    // Keys are a-z, digits and hyphens: the fields with »_« cannot be written as a key at all.
    const writable = sectionNames.filter((field) => /^[a-z0-9-]+$/.test(field));
    expect(writable.length).toBeGreaterThan(10);
    for (const field of writable) {
      const file = join(dir, `${field}.yml`);
      writeFileSync(
        file,
        `kommune: Testby Kommune\ntitel: Kvalitetsstandard\noevrige_afsnit:\n  - noegle: ${field}\n    overskrift: Om ${field}\n    tekst: Tekst.\n  - noegle: om-${field}\n    overskrift: Andet\n    tekst: Tekst.\n`,
      );
      const found = await diagnosticsOf(file);
      expect(
        found.map((diagnostic) => [diagnostic.line, diagnostic.code]),
        field,
      ).toEqual([[4, 'forbeholdt-afsnitsnoegle']]);
      // The heading's own key is taken by the second section: the proposal is free.
      expect(found[0]!.message).toContain(`Giv afsnittet en anden nøgle, fx »${field}-afsnit«`);
    }
  });
});

describe('validate: a control character or a mark that turns the text’s direction, in any text, is an error where it stands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-styretegn-'));
  /** Each way it gets into a text: pasted raw into a block or a plain value, or written as an escape in double quotes. */
  const ways: [string, (line: string, value: string) => string, RegExp][] = [
    [
      'a mark that turns the direction, raw (U+202E)',
      (line, value) => line.replace(value, `${value.slice(0, 3)}\u202e${value.slice(3)}`),
      /vender tekstens retning \(U\+202E\)/,
    ],
    [
      'an isolate mark, raw (U+2066)',
      (line, value) => line.replace(value, `${value.slice(0, 3)}\u2066${value.slice(3)}`),
      /vender tekstens retning \(U\+2066\)/,
    ],
    ['a bell, raw (U+0007)', (line, value) => line.replace(value, `${value.slice(0, 3)}\u0007${value.slice(3)}`), /usynligt styretegn \(U\+0007\)/],
    [
      'an escape written »\\x1b« in double quotes',
      (line, value) => line.replace(value, `"${value.slice(0, 3)}\\x1b[31m${value.slice(3).replaceAll('"', "'")}"`),
      /escape-tegn \(U\+001B\)/,
    ],
  ];
  for (const name of ['broenderslev', 'fredericia', 'holstebro', 'ikast-brande', 'randers']) {
    it(`${name}: each way, in a plain value and in a »tekst: |« block, at its line, the only error`, async () => {
      const lines = readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8').split('\n');
      const plain = lines.findIndex((line) => /^ {2}overskrift: [A-ZÆØÅ][^:#"'|>]{5,}$/.test(line));
      const block = lines.findIndex((line, index) => /^ {4}[A-ZÆØÅ][^:#]{10,}$/.test(line) && /tekst: \|/.test(lines[index - 1] ?? ''));
      expect(block, 'a line of a »tekst: |« block').toBeGreaterThan(0);
      for (const at of [plain, block].filter((index) => index >= 0)) {
        for (const [way, make, wording] of ways) {
          if (way.includes('double quotes') && at === block) continue;
          const value = lines[at]!.replace(/^ {2}overskrift: /, '').trim();
          const changed = lines.map((line, index) => (index === at ? make(line, value) : line));
          const file = join(dir, `${name}-${at}-${ways.findIndex(([each]) => each === way)}.yml`);
          writeFileSync(file, changed.join('\n'));
          const found = await diagnosticsOf(file);
          expect(
            found.map((each) => [each.line, each.code]),
            `${name}:${at + 1} ${way}`,
          ).toEqual([[at + 1, 'tekst-styretegn']]);
          expect(found[0]!.message, way).toMatch(wording);
        }
      }
    });
  }
});

describe('a character that shows nothing inside a value (a zero-width space, a soft hyphen, a word joiner, a BOM mid-file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-usynligt-'));
  const write = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const complete = readFileSync(join(fixtures, 'complete.yml'), 'utf8');
  const assessed = `${complete.trimEnd()}\n\nvurderinger:\n  - krav: '§4.1.6'\n    status: opfyldt\n    begrundelse: Læst.\n    af: Anna Hansen\n    dato: 2026-11-20\n`;
  const characters = ['\u200b', '\u00ad', '\u2060', '\ufeff', '\u200d'];
  /** A line of the file, the value on it and the offset in that value where the character goes. */
  const places: Array<[string, string, string, number]> = [
    ['a date', '    dato: 2025-06-16', '2025-06-16', 7],
    ['the kommune’s name', 'kommune: Testby Kommune', 'Testby Kommune', 10],
    ['an address', '  url: https://www.testby.dk/kvalitetsstandarder', 'https://www.testby.dk/kvalitetsstandarder', 12],
    ['a discharge status in a list', '  udskrivningsstatusser: [faerdigbehandlet, andet_tilbud', 'faerdigbehandlet', 7],
    ['the status of an assessment', '    status: opfyldt', 'opfyldt', 3],
    ['the requirement an assessment names', "  - krav: '§4.1.6'", '§4.1.6', 4],
    ['a name that passes the schema (the organ)', '  - organ: Byrådet', 'Byrådet', 3],
  ];
  let count = 0;
  for (const [what, line, value, offset] of places) {
    for (const character of characters) {
      it(`${what} with U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}: one error at the character, naming the field and what the value looks like`, async () => {
        const lineIndex = assessed.split('\n').indexOf(assessed.split('\n').find((each) => each.startsWith(line))!);
        expect(lineIndex, line).toBeGreaterThanOrEqual(0);
        const at = assessed.split('\n')[lineIndex]!.indexOf(value) + offset;
        const changed = assessed
          .split('\n')
          .map((each, index) => (index === lineIndex ? `${each.slice(0, at)}${character}${each.slice(at)}` : each))
          .join('\n');
        count += 1;
        const found = await diagnosticsOf(write(`usynligt-${count}.yml`, changed));
        expect(found.map((each) => [each.line, each.column, each.code])).toEqual([[lineIndex + 1, at + 1, 'yaml-usynligt-tegn']]);
        expect(found[0]!.message).toContain(`så den er ikke »${value}«, som den ser ud til at være`);
        expect(found[0]!.message).toContain(`(U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
      });
    }
  }

  it('an escape written »\\u200b« in double quotes: the error stands at the escape', async () => {
    const changed = complete.replace('    dato: 2025-06-16', '    dato: "2025-06\\u200b-16"');
    const found = await diagnosticsOf(write('escape.yml', changed));
    expect(found.map((each) => [each.line, each.column, each.code])).toEqual([[9, 19, 'yaml-usynligt-tegn']]);
    expect(found[0]!.message).toContain('»godkendelse[0].dato« indeholder et usynligt mellemrum (U+200B), så den er ikke »2025-06-16«');
  });

  it('in running text: a warning naming the word, and the file stays valid', async () => {
    const changed = complete.replace('forbrug af hash', 'forbrug af ha\u00adsh');
    const warnings = (await validateFile(write('tekst.yml', changed))).diagnostics;
    expect(warnings.map((each) => [each.start?.line, each.code, each.severity])).toEqual([[27, 'yaml-usynligt-tegn', 'advarsel']]);
    expect(formatMessage(warnings[0]!.code, warnings[0]!.args)).toContain(
      'Teksten i »maalgruppe.tekst« indeholder en blød bindestreg, som ikke ses (U+00AD) i »hash«. Siden viser ordet rigtigt, men tjekket læser det som to ord',
    );
  });
});

describe('validate: one list item written as two (a »- « too many)', () => {
  const randers = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
  const folder = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-split-'));
  const offer = 'doegnbehandling:\n  tilbud:\n    - navn: Opholdsstedet Eksempel\n      pris: 1.850 kr. pr. døgn\n';
  const assessment =
    '\nvurderinger:\n  - krav: §4.4\n    status: opfyldt\n    begrundelse: Afsnittet beskriver samtalen.\n    af: Anna Hansen\n    dato: 2026-11-20\n';
  const cases: [string, string, string, string][] = [
    ['an approval, its date split off', randers, '    dato: 2021-12-13', 'dato'],
    ['a residential offer, its price split off', randers.replace(/^doegnbehandling:\n/m, offer), '      pris: 1.850 kr. pr. døgn', 'pris'],
    ['an assessment, split after its status', randers + assessment, '    begrundelse: Afsnittet beskriver samtalen.', 'begrundelse'],
  ];
  it.each(cases)('%s: one error on the split line, saying which »- « to remove', async (_name, whole, line, field) => {
    expect(whole).toContain(`\n${line}\n`);
    const dashed = line.replace(/^( *) {2}/, '$1- ');
    const file = join(folder, `${field}.yml`);
    writeFileSync(file, whole.replace(`\n${line}\n`, `\n${dashed}\n`));
    const at = whole.split('\n').indexOf(line) + 1;
    const diagnostics = await diagnosticsOf(file);
    expect(diagnostics).toEqual([
      { line: at, column: dashed.indexOf('-') + 3, code: 'punkt-delt-i-to', message: expect.stringContaining(`Fjern »- « foran »${field}«`) },
    ]);
  });

  it('a new item that shares a field with the one above is a new item, told what it lacks', async () => {
    const file = join(folder, 'new.yml');
    // »pris« again: its own item, missing its »navn«, not half of the one above.
    writeFileSync(file, randers.replace(/^doegnbehandling:\n/m, `${offer}    - pris: 2.000 kr.\n      behandlingsform: Døgn.\n`));
    expect((await diagnosticsOf(file)).map((each) => each.code)).toEqual(['felt-mangler']);
    // Only fields the item above lacks: the same lines with »pris« left out read as its second half.
    writeFileSync(
      file,
      randers.replace(/^doegnbehandling:\n/m, `${offer.replace('      pris: 1.850 kr. pr. døgn\n', '')}    - pris: 2.000 kr.\n      behandlingsform: Døgn.\n`),
    );
    expect((await diagnosticsOf(file)).map((each) => each.code)).toEqual(['punkt-delt-i-to']);
  });
});
