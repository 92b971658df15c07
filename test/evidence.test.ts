/**
 * The evidence-based check (issue #9): coverage declared with `daekker`, content found under
 * another heading, pointers, the verdict from the aspects the law names, dates as documents
 * state them, and where each verdict's sentences stand (the JSON's `kilder`).
 */
import { describe, expect, it } from 'vitest';
import { checkSource, type FileCheck } from '../src/check/run.js';
import { parseSource } from '../src/load.js';
import { complianceReportJson } from '../src/report/compliance.js';
import { formatMessage } from '../src/diagnostics/messages.js';
import { validateLoaded } from '../src/validate.js';

const head = 'kommune: Testby Kommune\ntitel: Kvalitetsstandard for social behandling for stofmisbrug\n';

function checked(yaml: string, date = '2026-11-23'): FileCheck & { valid: true } {
  const result = checkSource('test.yml', Buffer.from(head + yaml), date);
  if (!result.valid) throw new Error(JSON.stringify(result.diagnostics));
  return result;
}
const finding = (check: FileCheck & { valid: true }, id: string) => check.findings.find((candidate) => candidate.requirement.id === id)!;
const codes = (check: FileCheck & { valid: true }, id: string) => finding(check, id).messages.map((message) => message.code);

const targetGroup = 'Tilbuddet er for dig, der er over 18 år og har et behandlingskrævende forbrug af hash, kokain eller andre stoffer.';

describe('coverage as data: daekker', () => {
  it('reads a section marked with daekker as answering the requirement, and says so', () => {
    const check = checked(`oevrige_afsnit:\n  - noegle: hvem\n    overskrift: Hvem kan få hjælp?\n    daekker: ['§4.1.2']\n    tekst: ${targetGroup}\n`);
    const result = finding(check, '§4.1.2');
    expect(result.status).toBe('opfyldt');
    expect(result.sources?.map((source) => [source.heading, source.how])).toEqual([['Hvem kan få hjælp?', 'markeret']]);
    expect(codes(check, '§4.1.2')).toEqual(['krav-opfyldt']);
  });

  it('finds the same section without daekker, says where, and suggests marking it', () => {
    const check = checked(`oevrige_afsnit:\n  - noegle: hvem\n    overskrift: Hvem kan få hjælp?\n    tekst: ${targetGroup}\n`);
    const result = finding(check, '§4.1.2');
    expect(result.status).toBe('opfyldt');
    expect(result.sources?.[0]).toMatchObject({ heading: 'Hvem kan få hjælp?', how: 'fundet', line: 6 });
    const text = formatMessage(result.messages[0]!.code, result.messages[0]!.args);
    expect(text).toContain('Fundet i afsnittet »Hvem kan få hjælp?« (linje 6)');
    expect(text).toContain("daekker: ['§4.1.2']");
  });

  it('refuses an id the regulation does not have, with the nearest one', () => {
    const result = parseSource('test.yml', Buffer.from(`${head}maalgruppe:\n  daekker: ['§4.1.22']\n  tekst: ${targetGroup}\n`));
    if (!result.ok) throw new Error('parse');
    const validation = validateLoaded(result.loaded);
    expect(validation.valid).toBe(false);
    if (validation.valid) return;
    expect(validation.diagnostics[0]).toMatchObject({ code: 'ugyldig-vaerdi', start: { line: 4 } });
    expect(formatMessage(validation.diagnostics[0]!.code, validation.diagnostics[0]!.args)).toContain('Mente du »§4.1.2«?');
  });
});

describe('the verdict follows the elements the law names', () => {
  it('needs both the organisational structure and the types of offer for § 4, stk. 1, nr. 4; ten words are not enough', () => {
    const vague = checked('organisering:\n  tekst: Vi arbejder hele tiden på at gøre tingene bedre for alle vores borgere i kommunen.\n');
    expect(finding(vague, '§4.1.4').status).not.toBe('opfyldt');
    const full = checked(
      'organisering:\n  tekst: |\n    Rusmiddelcentret hører under Socialforvaltningen.\n\n    Vi tilbyder ambulant behandling, dagbehandling og døgnbehandling.\n',
    );
    expect(finding(full, '§4.1.4').status).toBe('opfyldt');
    const half = checked('organisering:\n  tekst: Rusmiddelcentret hører under Socialforvaltningen og ledes af en centerleder.\n');
    expect(finding(half, '§4.1.4').status).toBe('delvist');
    expect(formatMessage(half.findings.find((f) => f.requirement.id === '§4.1.4')!.messages[0]!.code, finding(half, '§4.1.4').messages[0]!.args)).toContain(
      'de konkrete typer af behandlingstilbud',
    );
  });

  it('recognises values written as a stance, not only the words »værdi« and »norm«', () => {
    const check = checked(
      'maal_og_vaerdier:\n  tekst: Målet er, at du bliver stoffri. Vi møder dig med en motiverende, helhedsorienteret og anerkendende tilgang.\n',
    );
    expect(finding(check, '§4.1.3').status).toBe('opfyldt');
  });

  it('calls a section that only points elsewhere `delvist`, quoting the pointer', () => {
    const check = checked('sagsbehandling_og_klageadgang:\n  tekst: Læs om klageadgang i »Generel information«.\n');
    const result = finding(check, '§4.1.12');
    expect(result.status).toBe('delvist');
    expect(codes(check, '§4.1.12')).toContain('kun-henvisning');
    expect(formatMessage(result.messages[0]!.code, result.messages[0]!.args)).toContain('»Læs om klageadgang i »Generel information«.«');
  });

  it('reads the deadline of the guarantee from the text when no field states it', () => {
    const within = checked('behandlingsgaranti:\n  tekst: Du har ret til at behandlingen starter senest 14 dage efter, at du har henvendt dig.\n');
    expect(finding(within, '§4.1.6').status).toBe('opfyldt');
    const tooLate = checked('behandlingsgaranti:\n  tekst: Behandlingen påbegyndes inden for tre uger efter din henvendelse.\n');
    expect(finding(tooLate, '§4.1.6').status).toBe('mangler');
    expect(codes(tooLate, '§4.1.6')).toEqual(['garanti-frist-for-lang']);
  });

  it('reads follow-up months and discharge statuses from the text', () => {
    const check = checked(
      'oevrige_afsnit:\n  - noegle: efter\n    overskrift: Når behandlingen slutter\n    tekst: Efter afsluttet behandling følger vi op efter 1 og 6 måneder, når du er udskrevet som færdigbehandlet, til andet tilbud, til hospital eller af anden årsag.\n',
    );
    expect(finding(check, '§4.2').status).toBe('opfyldt');
  });

  it('finds nothing in a text about something else, whatever its headings', () => {
    const snow = checked(
      'visitation:\n  tekst: Vejene ryddes efter en fast prioritering. Du kan kontakte Vej og Park på telefon, hvis din vej ikke er ryddet, og vi vurderer, om vi kan komme.\nmaalgruppe:\n  tekst: Vintertjenesten er for alle borgere og trafikanter i kommunen.\n',
    );
    expect(finding(snow, '§4.1.5').status).not.toBe('opfyldt');
    expect(finding(snow, '§4.1.2').status).not.toBe('opfyldt');
  });
});

describe('dates as documents state them', () => {
  it('judges a year as its last day: 2016 is due by 2018-12-31', () => {
    // Named, since BEK 430/2014, whose requirements the tool does not know, was in force in 2018.
    const yearOnly = 'regelsaet: BEK 1477/2019\nrevision:\n  senest_revideret: 2016\n';
    expect(finding(checked(yearOnly, '2018-12-31'), '§6.1').status).toBe('opfyldt');
    expect(finding(checked(yearOnly, '2019-01-01'), '§6.1').status).toBe('mangler');
  });

  it('judges a month as its last day, and accepts it in an approval', () => {
    const monthOnly = 'godkendelse:\n  - organ: Byrådet\n    dato: 2021-08\n';
    expect(finding(checked(monthOnly, '2023-08-31'), '§6.1').status).toBe('opfyldt');
    expect(finding(checked(monthOnly, '2023-09-01'), '§6.1').status).toBe('mangler');
  });
});

describe('the JSON says which sentences a verdict rests on', () => {
  it('gives kilder with section, path, line, how, aspects and sentences', () => {
    const check = checked(`maalgruppe:\n  overskrift: Målgruppe\n  tekst: ${targetGroup}\n`);
    const [report] = JSON.parse(complianceReportJson([check])) as { krav: { id: string; kilder: unknown[] }[] }[];
    const kilder = report!.krav.find((krav) => krav.id === '§4.1.2')!.kilder;
    expect(kilder).toEqual([
      {
        afsnit: 'Målgruppe',
        sti: 'maalgruppe',
        linje: 5,
        hvordan: 'felt',
        aspekter: ['maalgruppe'],
        saetninger: [{ tekst: targetGroup, linje: 5, henvisning: false }],
      },
    ]);
  });
});
