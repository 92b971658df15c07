/**
 * Every message code rendered with its example arguments (test/message-examples.ts, typed by
 * the code's own arguments): the terminal's text and, where the code has one, the annex's.
 * A text that shows `undefined`, `NaN`, `[object Object]` or an empty »« has an argument
 * its producer cannot fill, or a template that reads one the code does not declare.
 */
import { describe, expect, it } from 'vitest';
import { danishDate } from '../src/dates.js';
import { formatAnnexMessage, hasAnnexWording } from '../src/diagnostics/annex-messages.js';
import { formatMessage, type MessageCode, messageCodes } from '../src/diagnostics/messages.js';
import { messageExamples } from './message-examples.js';

const broken = /undefined|NaN|\[object Object\]|»«/;
const context = { afsnit: 'Behandlingsgaranti', krav: 'Behandlingsgaranti' };
/** Arguments that only choose the words (a flag, a kind), so their value never shows. */
const choosers = new Set(['eget', 'kunDelvis', 'angivet', 'blok', 'slags', 'art', 'fortsaetter']);
/** Arguments a text leaves out on purpose: read by the editor's quick fix, JSON, or shown only in another variant. */
const notShown: Partial<Record<MessageCode, string[]>> = {
  'yaml-kolon-i-tekst': ['felt'],
  'krav-fundet': ['sti'],
  // With a suggestion or a known home, the allowed fields are not listed.
  'ukendt-felt': ['tilladte'],
  // Given with --kommune, the source sentence is not quoted.
  'import-meta-kommune': ['kilde'],
};
/** Met and found: the annex names the sections instead of a sentence. */
const annexSilent = new Set<MessageCode>(['krav-opfyldt', 'krav-fundet']);

describe('message texts', () => {
  it('has an example for every code and no example for a code that does not exist', () => {
    expect(Object.keys(messageExamples).sort()).toEqual([...messageCodes].sort());
  });

  for (const code of messageCodes) {
    it(code, () => {
      const args = messageExamples[code];
      const text = formatMessage(code, args);
      expect(text.trim(), 'terminal text').not.toBe('');
      expect(text, 'terminal text').not.toMatch(broken);
      for (const [name, value] of Object.entries(args)) {
        if (typeof value === 'string' && value.length > 3 && !choosers.has(name) && !notShown[code]?.includes(name))
          // A date may be written as Danish text (»1. januar 2024«).
          expect(
            [value, danishDate(value)].some((shown) => text.includes(shown)),
            `${name} in the terminal text: ${text}`,
          ).toBe(true);
      }
      if (!hasAnnexWording(code)) return;
      const annex = formatAnnexMessage(code, args, context);
      expect(annex, 'annex text').not.toMatch(broken);
      if (!annexSilent.has(code)) expect(annex.trim(), 'annex text').not.toBe('');
    });
  }

  it('tells the user to report to the developers only for a bug in the tool, and says what to do for anything else', () => {
    // A fault of the tool itself (exit 70, an exception in the language server, an import that did not validate, a handler that failed).
    const bugs = new Set<MessageCode>(['uventet-fejl', 'lsp-intern-fejl', 'import-ugyldig-yaml', 'lsp-besked-ikke-behandlet']);
    const reporting = messageCodes.filter((code) => /udvikler/i.test(formatMessage(code, messageExamples[code])));
    expect(reporting.sort()).toEqual([...bugs].sort());
  });

  it('fills a template’s placeholders and sections from the arguments', () => {
    expect(formatMessage('opfoelgning-statusser', { ...messageExamples['opfoelgning-statusser'], antal: 1 })).toContain('Tilføj den i teksten');
    expect(formatMessage('opfoelgning-statusser', { ...messageExamples['opfoelgning-statusser'], antal: 2 })).toContain('Tilføj dem i teksten');
    expect(formatMessage('opfoelgning-maaneder', { foerste: 1, anden: 6, felt: 'opfoelgning.maaneder' })).toMatch(
      /^Der står ikke, hvornår der følges op, men loven kræver opfølgning senest 1 måned og igen 6 måneder/,
    );
    expect(formatMessage('garanti-frist-for-lang', { dage: 30, graense: 10, felt: 'behandlingsgaranti.frist_dage' })).toContain('højst 10 dage');
    expect(formatAnnexMessage('revision-ok', { dato: '2023-11-20', frist: '2025-11-20' }, context)).toBe(
      'Senest godkendt eller revideret 20. november 2023; næste revision skal ske senest 20. november 2025.',
    );
  });
});
