/** The content-stream pass on small hand-written streams: artifacts, decorative paths, spaces at line ends. */
import { describe, expect, it } from 'vitest';
import { parseToUnicode, rewritePage, type FontCodes } from '../src/render/pdf-content.js';

// A two-byte font whose codes 0x01-0x1a are a-z and 0x20 is a space, as Chromium's subsets are.
const cmap = `/CIDInit /ProcSet findresource begin
begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
1 beginbfrange <0001> <001A> <0061> endbfrange
2 beginbfchar <0020> <0020> <0021> <002D> endbfchar
endcmap`;
const font = parseToUnicode(cmap, 2);
const fonts = new Map<string, FontCodes>([['F1', font]]);
const word = (text: string) =>
  `<${[...text].map((char) => (char === ' ' ? '0020' : char === '-' ? '0021' : (char.charCodeAt(0) - 96).toString(16).padStart(4, '0'))).join('')}>`;
const run = (stream: string) => rewritePage(Buffer.from(stream, 'latin1'), fonts);
const line = (y: number, text: string) => `BT /F1 10 Tf 1 0 0 1 72 ${y} Tm ${word(text)} Tj ET`;

describe('content pass', () => {
  it('reads a ToUnicode CMap: ranges, single codes and the space', () => {
    expect(font.unicode.get(0x01)).toBe('a');
    expect(font.unicode.get(0x1a)).toBe('z');
    expect(font.space).toBe(0x20);
  });

  it('wraps what is outside marked content in /Artifact and leaves tagged content alone', () => {
    const result = run(`q 0 0 1 rg 0 0 100 1 re f Q\n${line(800, 'side')}\n/P <</MCID 0>> BDC ${line(700, 'tekst')} EMC`);
    const text = Buffer.from(result.content).toString('latin1');
    expect(text).toMatch(/\/Artifact BMC\s+0 0 100 1 re f\s+EMC\s+Q/);
    expect(text).toMatch(/\/Artifact BMC\s+BT \/F1 10 Tf [^\n]+ ET\s+EMC/);
    expect(text).toContain('/P <</MCID 0>> BDC BT');
    expect(result.wrapped).toBe(2);
    expect(result.texts.get(0)).toBe('tekst ');
  });

  it('turns a tagged sequence that only paints paths into an artifact, but not a figure', () => {
    const result = run(
      '/H2 <</MCID 0>> BDC 0 0 100 2 re f EMC /Figure <</MCID 1>> BDC 0 0 10 10 re f EMC /P <</MCID 2>> BDC 0 0 5 5 re W n BT /F1 10 Tf <0001> Tj ET EMC',
    );
    expect(result.artifacts).toEqual(new Set([0]));
    const text = Buffer.from(result.content).toString('latin1');
    expect(text.startsWith('/Artifact BMC 0 0 100 2 re f EMC')).toBe(true);
    expect(text).toContain('/Figure <</MCID 1>> BDC');
  });

  it('ends a line with a space where the text goes on below, unless it ends in a hyphen or a space already', () => {
    const result = run(`/P <</MCID 0>> BDC ${line(700, 'der')} ${line(688, 'er')} ${line(676, 'stof-')} ${line(664, 'misbrug ')} ${line(652, 'slut')} EMC`);
    expect(result.texts.get(0)).toBe('der er stof-misbrug slut ');
    // Inside the line's own text object, with the line's font: invisible, and in the same tag.
    expect(Buffer.from(result.content).toString('latin1')).toContain(`${word('der')} Tj <0020> Tj ET`);
    expect(result.spaces).toBe(3);
  });

  it('does not break a line at a superscript, and adds a space across marked content on a new line', () => {
    const result = run(`/P <</MCID 0>> BDC ${line(700, 'plan')} EMC /Link <</MCID 1>> BDC ${line(703, 'a')} EMC /P <</MCID 2>> BDC ${line(688, 'videre')} EMC`);
    expect(result.texts.get(0)).toBe('plan');
    expect(result.texts.get(1)).toBe('a ');
    expect(result.texts.get(2)).toBe('videre ');
  });

  it('reads operands through comments, literal strings with parentheses and dictionaries', () => {
    const result = run('% a comment with BT in it\n/Span <</MCID 4 /Lang (da\\)x)>> BDC BT /F1 10 Tf 1 0 0 1 0 0 Tm (\\000\\001) Tj ET EMC');
    expect(result.texts.get(4)).toBe('a ');
    expect(result.wrapped).toBe(0);
  });

  it('reads a TJ array of many strings, a font name with #xx escapes and an inline image whose data holds operators', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmn';
    const array = `[${[...letters].map((char) => word(char)).join(' -12 ')}]`;
    const image = 'BI /W 2 /H 1 /BPC 8 /CS /G ID \x00EMC Q\xff EI';
    const result = run(`${image}\n/P <</MCID 2>> BDC BT /F#31 10 Tf 1 0 0 1 72 700 Tm ${array} TJ ET EMC`);
    expect(result.texts.get(2)).toBe(`${letters} `);
    expect(Buffer.from(result.content).toString('latin1')).toMatch(/^\/Artifact BMC\nBI .* EI\s+EMC\n\/P/s);
  });

  it('reads a stream cut short inside a string without failing, as far as it goes', () => {
    for (const end of ['<0001 0002', '(\\000\\001', '(\\000\\001\\']) {
      const result = run(`/P <</MCID 0>> BDC BT /F1 10 Tf ${end}`);
      expect(result.texts.size).toBe(0);
      expect(result.spaces).toBe(0);
    }
    const result = run(`/P <</MCID 0>> BDC BT /F1 10 Tf <0001 0002> Tj (\\000\\003`);
    expect(result.texts.get(0)).toBe('ab ');
  });
});
