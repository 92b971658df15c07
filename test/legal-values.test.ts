/**
 * Issue 18: each legal value is written once, in the regulation's data (`parametre` in
 * src/regulations/<regulation>/<requirement>/krav.yml, with its source), and code reads it
 * from `requirement.parameters`. This test searches the code under src/ (comments aside:
 * they may quote the law) for stray copies of the 14 days, the revision every 2 years, the
 * follow-up after 1 and 6 months, the 12 months of §4.3, the four weeks to complain, the ages
 * of §4.4, of a target group and of barnets lov (love.yml), the four discharge statuses and the
 * three måltal; and the regulation's own data (its patterns, guidance and message texts; not
 * the law it quotes, nor the example sentences) for the numbers, which it writes as
 * `{frist_dage}` or passes to a message as an argument.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultRegulation, findRequirement, listParameter, numberParameter } from '../src/regulations/index.js';
import { lawParameter } from '../src/regulations/law-values.js';
import { root } from './helpers.js';

const src = join(root, 'src');

/** Files that may not hold them yet, each with the reason (none: keep it so). */
const notYet: Record<string, string> = {};

/** The law's values as they would be copied into code: numbers, phrases and the data's ids. */
interface StrayPattern {
  value: string;
  pattern: RegExp;
  /** A number, which the data too writes only in `parametre` (an id is the data's own business). */
  number?: true;
}

function strayPatterns(): StrayPattern[] {
  const guarantee = findRequirement(defaultRegulation, '§4.1.6');
  const followUp = findRequirement(defaultRegulation, '§4.2');
  const revision = findRequirement(defaultRegulation, '§6.1');
  const days = numberParameter(guarantee, 'frist_dage');
  const [first, second] = ['foerste_opfoelgning_maaneder', 'anden_opfoelgning_maaneder'].map((name) => numberParameter(followUp, name));
  const years = numberParameter(revision, 'revision_aar');
  const returnMonths = numberParameter(findRequirement(defaultRegulation, '§4.3'), 'tilbagevenden_maaneder');
  const complaintWeeks = numberParameter(findRequirement(defaultRegulation, '§4.1.12'), 'klagefrist_uger');
  const ages = [
    ...new Set([
      numberParameter(findRequirement(defaultRegulation, '§4.4'), 'boern_under_aar'),
      numberParameter(findRequirement(defaultRegulation, '§4.1.2'), 'voksen_fra_aar'),
      lawParameter('BL', 'under_aar'),
    ]),
  ];
  const ids = [...listParameter(followUp, 'udskrivningsstatusser'), ...listParameter(findRequirement(defaultRegulation, '§4.3'), 'maaltal')];
  return [
    // 14 as a number or in a text, but not in »§4.1.14«, »4-1-14«, »\u2014«, »§ 14.8.4« or a table of number words.
    { value: `${days} dage`, pattern: new RegExp(`(?<![\\w.§\\\\/-]|fjorten: ?)${days}(?![\\w-]|\\.\\d)`), number: true },
    { value: `hvert ${years}. år`, pattern: new RegExp(`(?<![\\w.])${years}\\.? år|\\b(two|to)[ -]?(years?|år)\\b|twoYears`, 'i'), number: true },
    {
      value: `${first} og ${second} måneder`,
      pattern: new RegExp(
        `\\[\\s*${first}\\s*,\\s*${second}\\s*\\]|\\b${first} måned|\\b${second} måneder|includes\\(\\s*${second}\\s*\\)|senest ${first} og igen ${second}`,
      ),
      number: true,
    },
    // »inden for 12 måneder«, also as a pattern's `12\s*måneder`; not »§ 12« or »2012«.
    { value: `${returnMonths} måneder`, pattern: new RegExp(`(?<![\\w.§/-])${returnMonths}(\\s|\\\\s[*+?]?)*(måneder|mdr)`), number: true },
    // The time to complain, in weeks, in words or in days (»4 uger«, »fire uger«, »28 dage«, also as a pattern's `(4|fire) uger`).
    {
      value: `${complaintWeeks} uger`,
      pattern: new RegExp(`(?<![\\w.§/-])${complaintWeeks}(\\|fire\\)?|\\)?)?(\\s|\\\\s[*+?]?)*uger|\\bfire\\)? uger|(?<![\\w.§/-])${complaintWeeks * 7} dage`),
      number: true,
    },
    // The ages of § 4, stk. 4, of a target group and of barnets lov: »18 år«, »18-årige«, »under 18«, »fyldt 18«, also as a
    // pattern's `under\s18`, `(?!18 )` or the ages below one (`1[0-7]`); not »§ 18«, »2018« or an offset of 18 bytes.
    ...ages.map((age) => ({
      value: `${age} år`,
      pattern: new RegExp(
        `(?<![\\w.§/-])${age}(?:\\s|\\\\s[*+?]?)*(?:år|\\[-\\\\s\\]\\?årige|-?årige)|(?:under|over|fyldt)\\)?(?:\\s|\\\\s[*+?]?)+(?:\\(\\?!)?${age}(?!\\d)|\\b1\\[0-${(age % 10) - 1}\\]`,
      ),
      number: true as const,
    })),
    ...ids.map((id) => ({ value: id, pattern: new RegExp(`['"\`]${id}['"\`]|\\b${id}(?=\\s*:)|${id.includes('_') ? `\\b${id}\\b` : '(?!)'}`) })),
  ];
}

/** Tokens after which a slash is a division; after any other it opens a regular expression. */
const endsOperand = new Set([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
]);

/** The file's text with every comment blanked out (same lines), by TypeScript's own scanner. */
function codeOnly(text: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const code = text.split('');
  let previous: ts.SyntaxKind | undefined;
  const braces: boolean[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && !(previous !== undefined && endsOperand.has(previous))) {
      kind = scanner.reScanSlashToken();
    }
    // A closing brace that ends a template's ${…} continues the template.
    if (kind === ts.SyntaxKind.OpenBraceToken) braces.push(false);
    if (kind === ts.SyntaxKind.TemplateHead) braces.push(true);
    if (kind === ts.SyntaxKind.CloseBraceToken && braces.pop()) {
      kind = scanner.reScanTemplateToken(false);
      if (kind === ts.SyntaxKind.TemplateMiddle) braces.push(true);
    }
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) {
      for (let at = scanner.getTokenStart(); at < scanner.getTokenEnd(); at++) if (code[at] !== '\n') code[at] = ' ';
    } else if (kind !== ts.SyntaxKind.WhitespaceTrivia && kind !== ts.SyntaxKind.NewLineTrivia) previous = kind;
  }
  return code.join('');
}

function strayCopies(text: string, patterns = strayPatterns()): string[] {
  const lines = codeOnly(text).split('\n');
  return lines.flatMap((line, index) => patterns.filter(({ pattern }) => pattern.test(line)).map(({ value }) => `${index + 1}: »${value}« in ${line.trim()}`));
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Keys of the data whose text is the law's own (quoted, cited) or the values themselves. */
const lawsOwn = new Set(['lovtekst', 'henvisning', 'parametre']);
/** The regelsæt's keys that hold patterns (the others name and date it). */
const sharedPatternKeys = ['domaene', 'moenstre', 'stikordslister'];

/** Every text of a data file with its key path, the law's own words aside. */
function dataTexts(value: unknown, path: string[] = []): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path: path.join('.'), text: value }];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => (lawsOwn.has(key) ? [] : dataTexts(child, [...path, key])));
}

/** A regulation folder's patterns, guidance and message texts (its example sentences quote documents). */
function regulationTexts(folder: string): { file: string; path: string; text: string }[] {
  const read = (file: string) => parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>;
  const regelsaet = read('regelsaet.yml');
  const shared = sharedPatternKeys.flatMap((key) => dataTexts(regelsaet[key], [key]).map((text) => ({ file: 'regelsaet.yml', ...text })));
  const own = (regelsaet.krav as string[]).flatMap((name) =>
    ['krav.yml', 'beskeder.yml']
      .map((file) => join(name, file))
      .filter((file) => existsSync(join(folder, file)))
      .flatMap((file) => dataTexts(read(file)).map((text) => ({ file, ...text }))),
  );
  return [...shared, ...own];
}

function regulationFolders(): string[] {
  const base = join(src, 'regulations');
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(base, entry.name, 'regelsaet.yml')))
    .map((entry) => join(base, entry.name));
}

describe('legal values', () => {
  it('finds a copy of each value when one is written in code, and not in comments', () => {
    const planted = [
      'const legalDeadlineDays = 14;',
      "behandlingsgaranti: ['tekst: |', 'frist_dage: 14'],",
      "description: 'Loven kræver højst 14.',",
      'if (!months.includes(6)) return;',
      "const example = 'maaneder: [1, 6]';",
      "const statuses = ['faerdigbehandlet', 'andet_tilbud', 'hospital', 'anden_aarsag'];",
      'indicators.add(`tilbagevenden_12_maaneder`);',
      "const due = twoYearsAfter(day); // 'hvert 2. år'",
      'const young = /unge under\\s18(?!\\d)/;',
      'const range = String.raw`mellem 1\\d og 1[0-7]`;',
      'const notLaw = String.raw`(?:under|over) (?!18 )\\d+ år`;',
      "text: 'personer, der er fyldt 18 år',",
    ];
    for (const line of planted) expect(strayCopies(line), line).not.toEqual([]);
    const harmless = [
      '/** senest 14 dage efter henvendelsen (SEL § 101, stk. 4) */',
      "import rule from './4-1-14-monitorering.js'; // §4.1.14",
      "const dash = '\\u2014'; const section = '§4.1.14';",
      'const numberWords = { ti: 10, fjorten: 14 };',
      'const pattern = /\\d{1,2}\\/\\d{1,2}/; // 1 måned',
      'const entry = text.slice(entries + 20 * number, entries + 20 * number + 18);',
      "const cited = '§ 18, stk. 2 i lov nr. 2018';",
    ];
    for (const line of harmless) expect(strayCopies(line), line).toEqual([]);
  });

  it('are written nowhere in src/ but in the regulation data', () => {
    const patterns = strayPatterns();
    const found = sourceFiles(src)
      .filter((file) => !(relative(src, file).split('\\').join('/') in notYet))
      .flatMap((file) => strayCopies(readFileSync(file, 'utf8'), patterns).map((copy) => `${relative(root, file)}:${copy}`));
    expect(found).toEqual([]);
  });

  it('are written in the regulation data only in its parametre and the law it quotes', () => {
    const numbers = strayPatterns().filter((pattern) => pattern.number);
    const folders = regulationFolders();
    expect(folders.length).toBeGreaterThan(0);
    const found = folders.flatMap((folder) =>
      regulationTexts(folder).flatMap(({ file, path, text }) =>
        numbers.filter(({ pattern }) => pattern.test(text)).map(({ value }) => `${relative(root, join(folder, file))} ${path}: »${value}« in ${text}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('finds a number written into a pattern or a text of the data, not the placeholder that stands for it', () => {
    const numbers = strayPatterns().filter((pattern) => pattern.number);
    const stray = (text: string) => numbers.filter(({ pattern }) => pattern.test(text)).map(({ value }) => value);
    const texts = dataTexts({
      lovtekst: 'Tilbud … skal iværksættes senest 14 dage efter henvendelsen.',
      emne: 'garanti|\\<14 dage',
      aspekter: [{ raad: 'inden for 12 måneder', formuleringer: ['tilbage[^.]*12\\s*måneder'] }],
      svar: '\\<{frist_dage} dage|inden for {tilbagevenden_maaneder} måneder|i 2012 måneder',
    });
    expect(texts.map(({ path, text }) => [path, stray(text)])).toEqual([
      ['emne', ['14 dage']],
      ['aspekter.0.raad', ['12 måneder']],
      ['aspekter.0.formuleringer.0', ['12 måneder']],
      ['svar', []],
    ]);
  });
});
