/**
 * #18: information, not a verdict, when a standard dated 2024 or later describes treatment of
 * young people under 18 as given under SEL § 101 (since 1 January 2024 it is barnets lov § 33).
 * The input is varied: the date (in the fields, in the text, none), who is treated, which law
 * is named, where the young people are named; every output shows it, and nothing fails on it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkSource, type FileCheck } from '../src/check/run.js';
import { previewPage } from '../src/commands/preview-page.js';
import { analyze } from '../src/lsp/diagnostics.js';
import { complianceFileJson, complianceFileText } from '../src/report/compliance.js';
import { complianceReportHtml } from '../src/report/compliance-html.js';
import { styleOf } from '../src/report/terminal.js';
import { fixtures, runCli } from './helpers.js';

const judgedAt = '2026-11-23';
const section101 = 'Unge under 18 år med et stofmisbrug kan få behandling efter servicelovens § 101.';

interface Variant {
  /** The text of `maalgruppe`. */
  target?: string;
  /** `godkendelse` and `revision.senest_revideret`; null: none. */
  approved?: string | null;
  /** Another section: heading and text. */
  other?: { overskrift: string; tekst: string };
}

function standard({ target = section101, approved = '2024-03-01', other }: Variant): string {
  const document = parse(readFileSync(join(fixtures, 'complete.yml'), 'utf8'));
  document.maalgruppe.tekst = `Tilbuddet er for borgere med et behandlingskrævende forbrug af hash, kokain eller andre stoffer. ${target}`;
  if (approved === null) delete document.godkendelse;
  else document.godkendelse = [{ organ: 'Byrådet', dato: approved }];
  if (other) document.oevrige_afsnit = [{ noegle: 'unge', ...other }];
  return stringify(document, { lineWidth: 0 });
}

function check(text: string, date = judgedAt): FileCheck & { valid: true } {
  const result = checkSource('test.yml', new TextEncoder().encode(text), date);
  if (!result.valid) throw new Error(`invalid: ${JSON.stringify(result.diagnostics.map((diagnostic) => diagnostic.code))}`);
  return result;
}

const notes = (variant: Variant, date = judgedAt) => check(standard(variant), date).notes;

describe('treatment of under-18s under SEL § 101 in a standard dated 2024 or later', () => {
  it('is pointed out at the sentence, citing barnets lov § 33 and § 34', () => {
    const text = standard({});
    const [note, ...more] = check(text).notes;
    expect(more).toEqual([]);
    expect(note).toMatchObject({ code: 'under-18-barnets-lov', path: ['maalgruppe'], eli: 'https://www.retsinformation.dk/eli/lta/2025/282' });
    expect(note!.citation).toBe('barnets lov § 33, LBK nr. 282 af 17/03/2025');
    const line = text.split('\n')[note!.span.start.line - 1]!;
    expect(line.slice(note!.span.start.column - 1)).toContain('Unge under 18 år');
    expect(note!.args).toMatchObject({ dato: '2024-03-01', saetning: section101 });
  });

  it('depends on the standard’s date: its fields, a newer date in its text, or the date it is judged at when it has none', () => {
    expect(notes({ approved: '2023-06-01' })).toEqual([]);
    expect(notes({ approved: '2024-01-01' })).toHaveLength(1);
    const statedInText = notes({ approved: '2023-06-01', other: { overskrift: 'Om standarden', tekst: 'Godkendt i byrådet den 5. marts 2024.' } });
    expect(statedInText.map((note) => note.args.dato)).toEqual(['2024-03-05']);
    expect(notes({ approved: null }, '2023-12-31')).toEqual([]);
    expect(notes({ approved: null }).map((note) => [note.args.dato, note.args.udateret])).toEqual([[judgedAt, 'ja']]);
  });

  it('finds the young people in the sentence, its heading or the sentence before it, however they are named', () => {
    for (const target of [
      'Behandling efter SEL § 101 gives også til børn og unge.',
      'Mindreårige tilbydes ambulant behandling efter § 101, stk. 3.',
      'Er du under 18 år, kan du få behandling efter §§ 101 og 107 i lov om social service.',
      'Kommunen tilbyder også unge i alderen 15-17 år et forløb. Forløbet gives efter SEL §10, §11, §101 og SUL §141.',
    ]) {
      expect(notes({ target }), target).toHaveLength(1);
    }
    const underHeading = notes({ other: { overskrift: 'Unge under 18 år', tekst: 'Behandlingen gives efter servicelovens § 101.' }, target: '' });
    expect(underHeading.map((note) => note.path)).toEqual([['oevrige_afsnit', 0]]);
  });

  it('is not said of a standard that gives § 101 to adults only, names barnets lov, or speaks of a person’s own children', () => {
    for (const target of [
      'Tilbuddet efter servicelovens § 101 er for unge over 18 år og voksne.',
      'Tilbud efter § 101 gives til borgere, der er fyldt 18 år; unge under 18 år henvises til Børn og Familie.',
      'Unge under 18 år får behandling efter barnets lov § 33, og gavekort efter § 34.',
      'Unge under 18 år med et stofmisbrug henvises til Familieafdelingen, som giver behandling efter barnets lov.',
      'Har du børn under 18 år, tilbyder vi dig familieorienteret behandling efter § 101.',
      'Unge under 18 år henvises til Familieafdelingen.',
      'Unge under 18 år kan få rådgivning. Voksne får behandling efter § 101.',
      'Behandlerne er opmærksomme på børn og unge under 18 år, der bor hjemme hos en forælder i behandling efter § 101.',
    ]) {
      expect(notes({ target }), target).toEqual([]);
    }
    const ownChildrenHeading = { overskrift: 'Opmærksomhed på hjemmeboende børn under 18 år', tekst: 'Alle behandlere efter § 101 spørger til børnene.' };
    expect(notes({ target: '', other: ownChildrenHeading })).toEqual([]);
  });

  it('is shown in the terminal, JSON, annex, editor and preview, and changes no status and no exit code', () => {
    const text = standard({ approved: '2025-06-16' });
    const result = check(text);
    const plain = check(standard({ approved: '2025-06-16', target: '' }));
    expect(result.findings.map((finding) => finding.status)).toEqual(plain.findings.map((finding) => finding.status));

    const terminal = complianceFileText(result, styleOf(false));
    expect(terminal).toContain('Oplysninger om lovgrundlaget (ændrer ingen vurdering):');
    expect(terminal).toMatch(
      /test\.yml:\d+:\d+ {2}oplysning {2}\(barnets lov § 33, LBK nr\. 282 af 17\/03\/2025\)\n {4}Standarden er dateret 2025-06-16 og beskriver/,
    );

    expect(complianceFileJson(result).oplysninger).toEqual([
      expect.objectContaining({ kode: 'under-18-barnets-lov', lovhenvisning: 'barnets lov § 33, LBK nr. 282 af 17/03/2025', sti: 'maalgruppe' }),
    ]);
    expect(complianceFileJson(plain).oplysninger).toEqual([]);

    const annex = complianceReportHtml([result]);
    expect(annex).toContain('<h2>Oplysninger om lovgrundlaget</h2>');
    expect(annex).toContain('Se <a href="https://www.retsinformation.dk/eli/lta/2025/282">barnets lov § 33, LBK nr. 282 af 17/03/2025</a>.');
    expect(complianceReportHtml([plain])).not.toContain('Oplysninger om lovgrundlaget');

    const editor = analyze('file:///test.yml', 'test.yml', text, { compliance: 'advarsel', date: judgedAt }).filter(
      (diagnostic) => diagnostic.code === 'under-18-barnets-lov',
    );
    expect(editor).toEqual([expect.objectContaining({ severity: 3, codeDescription: { href: 'https://www.retsinformation.dk/eli/lta/2025/282' } })]);
    expect(editor[0]!.message).toContain('barnets lov § 33');

    const dir = mkdtempSync(join(tmpdir(), 'oplysning-'));
    writeFileSync(join(dir, 'testby.yml'), text);
    expect(previewPage(join(dir, 'testby.yml'), 'testby')()).toMatch(
      /<li><strong>Oplysning \(barnets lov § 33, LBK nr\. 282 af 17\/03\/2025\):<\/strong> Standarden er dateret 2025-06-16 og beskriver/,
    );
    const cli = runCli(['check', join(dir, 'testby.yml'), '--dato', judgedAt]);
    expect(cli.stdout).toContain('oplysning');
    expect(cli.status).toBe(0);
  });
});
