/**
 * Issue 17: verdicts a byråd can trust. Drafts that restate the law or hold only headings and
 * placeholders meet nothing; quoted law is partial with its own code; dates written in prose
 * count for § 6, stk. 1; a verdict the search found elsewhere is marked to be confirmed, and
 * advice to write `daekker` is given only where it belongs (#19.7).
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, checkSource, type FileCheck } from '../src/check/run.js';
import { previewPage } from '../src/commands/preview-page.js';
import { analyze } from '../src/lsp/diagnostics.js';
import { formatMessage } from '../src/diagnostics/messages.js';
import { complianceReportHtml } from '../src/report/compliance-html.js';
import { complianceReportJson } from '../src/report/compliance.js';
import { markdownToHtml } from '../src/render/markdown.js';
import { fixtures } from './helpers.js';

type Valid = FileCheck & { valid: true };
const head = 'kommune: Testby Kommune\ntitel: Kvalitetsstandard for social behandling for stofmisbrug\nlovgrundlag:\n  - Serviceloven § 101\n';
function checked(yaml: string, date = '2026-11-23'): Valid {
  const result = checkSource('test.yml', Buffer.from(head + yaml), date);
  if (!result.valid) throw new Error(JSON.stringify(result.diagnostics));
  return result;
}
const finding = (check: Valid, id: string) => check.findings.find((candidate) => candidate.requirement.id === id)!;
const texts = (check: Valid, id: string) =>
  finding(check, id)
    .messages.map((message) => formatMessage(message.code, message.args))
    .join(' ');
const sectionFourAndFive = (check: Valid) => check.findings.filter((candidate) => /^§[45]/.test(candidate.requirement.id));

describe('drafts that restate the law or hold only headings and placeholders', () => {
  const drafts = join(fixtures, 'evidence', 'drafts');
  for (const name of readdirSync(drafts)) {
    it(`${name} meets nothing of §§ 4-5`, async () => {
      const check = (await checkFile(join(drafts, name), '2026-11-23')) as Valid;
      expect(check.valid).toBe(true);
      const met = sectionFourAndFive(check).filter((candidate) => candidate.status === 'opfyldt');
      expect(met.map((candidate) => candidate.requirement.id)).toEqual([]);
      // At most a few partial verdicts, and only for quoted law or a section that answers nothing.
      const partial = sectionFourAndFive(check).filter((candidate) => candidate.status === 'delvist');
      expect(partial.length).toBeLessThanOrEqual(2);
    });
  }

  it('says why a requirement field that restates the law answers nothing, quoting it', () => {
    const check = checked(
      'maalgruppe:\n  tekst: Her beskrives målgruppen for tilbuddene om stofmisbrugsbehandling.\nbrugerinddragelse:\n  tekst: Brugerinddragelsen sikres.\n',
    );
    expect(finding(check, '§4.1.2').status).toBe('mangler');
    expect(finding(check, '§4.1.10').messages.map((message) => message.code)).toEqual(['afsnit-uden-svar']);
    expect(texts(check, '§4.1.10')).toContain('gengiver kun kravets egen ordlyd (»Brugerinddragelsen sikres.«)');
    // The same field with an answer beyond the restatement is met.
    const answered = checked(
      'brugerinddragelse:\n  tekst: Brugerinddragelsen sikres ved, at du sammen med din behandler lægger planen, og via et brugerråd.\n',
    );
    expect(finding(answered, '§4.1.10').status).toBe('opfyldt');
  });

  it('tells words about the document from a statement that only names it', () => {
    const about = checked('maalgruppe:\n  tekst: I Testby Kommune indeholder kvalitetsstandarden en beskrivelse af målgruppen for tilbuddene.\n');
    expect(finding(about, '§4.1.2').status).toBe('mangler');
    const rule = checked('behandlingsgaranti:\n  tekst: Ifølge standarden har du ret til at starte behandling senest 14 dage efter din henvendelse.\n');
    expect(finding(rule, '§4.1.6').status).toBe('opfyldt');
    const scope = checked('maalgruppe:\n  tekst: Kvalitetsstandarden omfatter borgere over 18 år med et behandlingskrævende stofmisbrug.\n');
    expect(finding(scope, '§4.1.2').status).toBe('opfyldt');
  });

  it('calls a placeholder a placeholder', () => {
    const check = checked('visitation:\n  tekst: Udfyldes senere.\n');
    expect(finding(check, '§4.1.5').status).toBe('mangler');
    expect(texts(check, '§4.1.5')).toContain('er kun en pladsholder');
  });

  it('calls a template’s guidance a placeholder in every form, and the same words as the kommune’s own an answer', () => {
    const answer = 'Du kan klage over afgørelsen til Ankestyrelsen inden fire uger, efter at du har modtaget den.';
    const guidance = [
      `[${answer}]`,
      `Eksempeltekst: ${answer}`,
      `Skriv fx: "${answer}"`,
      'Beskriv her, hvordan du kan klage over afgørelsen til Ankestyrelsen, og fristen for at klage.',
      'Indsæt beskrivelse af klageadgangen til Ankestyrelsen og fristen på fire uger.',
    ];
    for (const text of guidance) {
      const check = checked(`sagsbehandling_og_klageadgang:\n  tekst: '${text.replaceAll("'", "''")}'\n`);
      expect(finding(check, '§4.1.12').status, text).toBe('mangler');
      expect(texts(check, '§4.1.12'), text).toContain('er kun en pladsholder');
    }
    const own = checked(`sagsbehandling_og_klageadgang:\n  tekst: '${answer} Afgørelsen træffes inden for 14 dage.'\n`);
    expect(finding(own, '§4.1.12').status).not.toBe('mangler');
    // Words the citizen is asked to do are no template: »Skriv til os …«.
    const citizen = checked(
      'visitation:\n  tekst: Skriv til Rusmiddelcentret eller ring, så træffer visitator afgørelse om behandling efter en samtale med dig.\n',
    );
    expect(finding(citizen, '§4.1.5').status).not.toBe('mangler');
  });
});

describe('quoted law is partial, not absent', () => {
  const quoted = `oevrige_afsnit:\n  - noegle: lov\n    overskrift: Lovgrundlag\n    tekst: |\n      Stk. 2. Tilbud efter stk. 1 skal iværksættes senest 14 dage efter henvendelsen til kommunen.\n\n      Stk. 3. En person, der er visiteret til behandling, kan vælge at blive behandlet i et andet offentligt behandlingstilbud.\n`;

  it('gives delvist with its own code and a plain message, in the terminal words, the JSON and the annex', () => {
    const check = checked(quoted);
    for (const id of ['§4.1.6', '§4.1.7']) {
      expect(finding(check, id).status).toBe('delvist');
      expect(finding(check, id).messages.map((message) => message.code)).toContain('kun-lovtekst');
      expect(texts(check, id)).toContain('gengiver lovens tekst');
    }
    expect(finding(check, '§4.1.5').status).toBe('mangler');
    const json = JSON.parse(complianceReportJson([check]));
    expect(json[0].krav.find((krav: { id: string }) => krav.id === '§4.1.7').koder).toContain('kun-lovtekst');
    expect(complianceReportHtml([check])).toContain(
      'Standarden gengiver lovens tekst om muligheden for frit valg af behandlingstilbud, men beskriver ikke, hvordan kommunen gør det.',
    );
  });

  it('counts the same rule in the kommune’s own words as met', () => {
    const check = checked('behandlingsgaranti:\n  tekst: Du kan starte i behandling senest 14 dage efter, at du har kontaktet os.\n');
    expect(finding(check, '§4.1.6').status).toBe('opfyldt');
  });
});

describe('dates stated in prose count for § 6, stk. 1', () => {
  const prose = (sentence: string) => checked(`forord:\n  tekst: |\n    ${sentence}\n\n    Kommunen tilbyder behandling for stofmisbrug.\n`);

  it('reads approval, update and revision dates, partial ones as their last day, with the sentence as the source', () => {
    for (const [sentence, status] of [
      ['Opdateret: 4. august 2022.', 'mangler'],
      ['Revideret 2013.', 'mangler'],
      ['Godkendt i byrådet den 13. december 2025.', 'opfyldt'],
      ['Standarden blev revideret i marts 2025.', 'opfyldt'],
    ] as const) {
      const result = finding(prose(sentence), '§6.1');
      expect([sentence, result.status]).toEqual([sentence, status]);
      expect(result.sources?.[0]?.sentences[0]?.text).toBe(sentence);
      expect(result.toConfirm).toBe(true);
      expect(texts(prose(sentence), '§6.1')).toContain(`læst i teksten: »${sentence}«`);
    }
  });

  it('takes neither a cited act’s date nor a placeholder for the document’s', () => {
    expect(finding(prose('Standarden er udarbejdet efter bekendtgørelse nr. 1477 af 17. december 2019.'), '§6.1').status).toBe('kan ikke vurderes');
    expect(finding(prose('Standarden er godkendt af udvalget d. (ny dato).'), '§6.1').status).toBe('kan ikke vurderes');
  });

  it('prefers a date field that is newer than the text', () => {
    const check = checked('godkendelse:\n  - organ: Byrådet\n    dato: 2025-12-01\nforord:\n  tekst: Opdateret 2019.\n');
    expect(finding(check, '§6.1')).toMatchObject({ status: 'opfyldt' });
    expect(finding(check, '§6.1').toConfirm).toBeFalsy();
  });
});

describe('how sure the tool is', () => {
  const elsewhere =
    'oevrige_afsnit:\n  - noegle: hvem\n    overskrift: Hvem kan få hjælp?\n    tekst: Tilbuddet er for dig, der er over 18 år og har et forbrug af hash eller kokain.\n';

  it('marks a verdict found only under another heading as to be confirmed, in the JSON, the terminal words and the annex', () => {
    const check = checked(elsewhere);
    expect(finding(check, '§4.1.2')).toMatchObject({ status: 'opfyldt', toConfirm: true });
    const json = JSON.parse(complianceReportJson([check]));
    const krav = json[0].krav.find((entry: { id: string }) => entry.id === '§4.1.2');
    expect(krav.skal_bekraeftes).toBe(true);
    expect(json[0].krav.find((entry: { id: string }) => entry.id === '§4.5').skal_bekraeftes).toBe(false);
    expect(complianceReportHtml([check])).toContain('forvaltningen bør bekræfte vurderingen');
    // Marked with daekker, it is the document's own choice.
    const marked = checked(elsewhere.replace('    tekst:', "    daekker: ['§4.1.2']\n    tekst:"));
    expect(finding(marked, '§4.1.2').toConfirm).toBeFalsy();
  });

  it('does not ask to confirm a verdict the forvaltning has assessed', () => {
    const assessed = checked(
      `${elsewhere}vurderinger:\n  - krav: '§4.1.2'\n    status: opfyldt\n    begrundelse: Afsnittet beskriver målgruppen.\n    af: Anna Hansen\n    dato: 2026-11-20\n`,
    );
    expect(finding(assessed, '§4.1.2').toConfirm).toBe(true);
    const krav = JSON.parse(complianceReportJson([assessed]))[0].krav.find((entry: { id: string }) => entry.id === '§4.1.2');
    expect(krav.skal_bekraeftes).toBe(false);
    expect(complianceReportHtml([assessed])).not.toContain('forvaltningen bør bekræfte vurderingen');
  });

  it('gives no daekker advice for a requirement answered in its own field, and names sections by heading (#19.7)', () => {
    const own = checked(`maalgruppe:\n  tekst: Tilbuddet er for borgere over 18 år med et forbrug af stoffer.\n${elsewhere}`);
    expect(finding(own, '§4.1.2').messages.map((message) => message.code)).not.toContain('krav-fundet');
    const found = texts(checked(elsewhere), '§4.1.2');
    expect(found).toContain('»Hvem kan få hjælp?«');
    expect(found).not.toContain('oevrige_afsnit');
  });

  it('never suggests daekker for a section that is only about the document, a pointer or quoted law', () => {
    const check = checked(
      'oevrige_afsnit:\n  - noegle: om\n    overskrift: Om standarden\n    tekst: |\n      Kvalitetsstandarden indeholder en beskrivelse af målgruppen og visitationen.\n\n      Klageadgangen er nærmere beskrevet i afsnittet »Klage«.\n',
    );
    for (const candidate of check.findings) expect(candidate.messages.map((message) => message.code)).not.toContain('krav-fundet');
    expect(finding(check, '§4.1.2').status).toBe('mangler');
  });
});

describe('the preview and the editor say the same', () => {
  const yaml = `${head}oevrige_afsnit:\n  - noegle: lov\n    overskrift: Lovgrundlag\n    tekst: |\n      Stk. 2. Tilbud efter stk. 1 skal iværksættes senest 14 dage efter henvendelsen til kommunen.\n  - noegle: hvem\n    overskrift: Hvem kan få hjælp?\n    tekst: Tilbuddet er for dig, der er over 18 år og har et forbrug af hash eller kokain.\n`;

  it('shows quoted law as partial with its message, and a verdict found elsewhere as to be confirmed', () => {
    const diagnostics = analyze('file:///test.yml', 'test.yml', yaml, { compliance: 'information', date: '2026-11-23' });
    const message = (id: string) => diagnostics.find((diagnostic) => diagnostic.code === id)?.message ?? '';
    // The editor lists what is not met; a partial verdict resting on the search says so.
    expect(message('§4.1.6')).toContain('delvist (fundet af tjekket, skal bekræftes)');
    expect(message('§4.1.6')).toContain('gengiver lovens tekst');
    const folder = mkdtempSync(join(tmpdir(), 'trust-'));
    const file = join(folder, 'test.yml');
    writeFileSync(file, yaml);
    const page = previewPage(file, 'test')();
    expect(page).toContain('gengiver lovens tekst om behandlingsgarantien');
    expect(page).toContain('Målgruppe: opfyldt (fundet af tjekket, skal bekræftes).');
  });
});

describe('a sentence that introduces a list is read with its items', () => {
  const leadIns = [
    [
      'Social behandling for stofmisbrug er for dig, der:',
      ['Har et behandlingskrævende forbrug af cannabis eller andre stoffer.', 'Ønsker rådgivning om dit forbrug.'],
    ],
    ['Tilbuddet er til borgere, som:', ['har et skadeligt forbrug af kokain', 'er fyldt 18 år']],
    ['Behandlingen er for unge og voksne, der:', ['har et dagligt forbrug af hash;', 'oplever problemer i familien eller på jobbet på grund af stoffer;']],
  ] as const;

  it.each(leadIns)('a target group given as »%s« and a list is answered in its own field', (leadIn, items) => {
    for (const blank of ['\n', '']) {
      const check = checked(`maalgruppe:\n  tekst: |\n    ${leadIn}\n${blank}${items.map((item) => `    - ${item}\n`).join('')}`);
      const target = finding(check, '§4.1.2');
      expect(target.status).toBe('opfyldt');
      expect(target.sources?.[0]?.how).toBe('felt');
      expect(target.sources?.[0]?.sentences[0]?.text).toContain(items[0].replace(/[.;]$/, ''));
    }
  });

  it('the same lead-in alone, or with only bare names under it, answers nothing', () => {
    expect(finding(checked('maalgruppe:\n  tekst: |\n    Social behandling for stofmisbrug er for dig, der:\n'), '§4.1.2').status).not.toBe('opfyldt');
    const named = checked('visitation:\n  tekst: |\n    Visitationen består af:\n\n    - Udredning og visitation\n    - Behandlingsplan\n');
    expect(finding(named, '§4.1.5').status).not.toBe('opfyldt');
  });
});

describe('a report of years that have ended tells what was, not what is', () => {
  const report = [
    'Medarbejderne var uddannet som socialrådgivere og sygeplejersker og deltog i supervision hver måned.',
    'Resultaterne blev registreret i DanRIS hvert kvartal.',
  ];
  const section = (heading: string, sentences: readonly string[]) =>
    `oevrige_afsnit:\n  - noegle: status\n    overskrift: "${heading}"\n    tekst: |\n${sentences.map((sentence) => `      ${sentence}\n`).join('')}`;
  const statuses = (yaml: string, date = '2026-11-23') => ['§4.1.13', '§4.1.14'].map((id) => finding(checked(yaml, date), id).status);

  it('under a heading of a period before the year judged in, told in the past', () => {
    expect(statuses(section('Status på indsatsen 2019-2022', report))).toEqual(['mangler', 'mangler']);
    expect(statuses(section('Evaluering af 2021', report))).toEqual(['mangler', 'mangler']);
    // Under a subheading in the text, too.
    const sub = `oevrige_afsnit:\n  - noegle: om\n    overskrift: Om indsatsen\n    tekst: |\n      ## Status 2019-2022\n\n${report.map((sentence) => `      ${sentence}\n`).join('')}`;
    expect(statuses(sub)).toEqual(['mangler', 'mangler']);
  });

  it('but not what it tells in the present, nor a period that has not ended, nor without such a heading', () => {
    const present = [
      'Medarbejderne er uddannet som socialrådgivere og sygeplejersker og deltager i supervision hver måned.',
      'Resultaterne registreres i DanRIS hvert kvartal.',
    ];
    expect(statuses(section('Status på indsatsen 2019-2022', present))).toEqual(['opfyldt', 'opfyldt']);
    expect(statuses(section('Status på indsatsen 2024-2027', report))).toEqual(['opfyldt', 'opfyldt']);
    expect(statuses(section('Status på indsatsen 2019-2022', report), '2021-06-01')).toEqual(['opfyldt', 'opfyldt']);
    expect(statuses(section('Personale og monitorering', report))).toEqual(['opfyldt', 'opfyldt']);
  });

  it('a sentence that opens with a closed period and a verb in the past tells what was, wherever it stands', () => {
    const yaml = (sentence: string) => `brugerinddragelse:\n  tekst: ${sentence}\n`;
    expect(finding(checked(yaml('I perioden 2019-2022 blev brugerne inddraget gennem et brugerråd.')), '§4.1.10').status).not.toBe('opfyldt');
    expect(finding(checked(yaml('Fra 2018 til 2021 havde kommunen et brugerråd.')), '§4.1.10').status).not.toBe('opfyldt');
    expect(finding(checked(yaml('Siden 2019 er brugerne inddraget gennem et brugerråd, der mødes hvert kvartal.')), '§4.1.10').status).toBe('opfyldt');
  });

  it('a year before the one judged in, named anywhere in a sentence told in the past, or a report of a year as its heading', () => {
    const status = (id: string, yaml: string) => finding(checked(yaml), id).status;
    const field = (name: string, text: string) => `${name}:\n  tekst: ${JSON.stringify(text)}\n`;
    const done = [
      ['§4.1.10', 'brugerinddragelse', 'Vi gennemførte i 2023 en brugerundersøgelse blandt alle borgere i behandling.'],
      ['§4.1.10', 'brugerinddragelse', 'Brugerrådet mødtes fire gange i 2023 og drøftede udviklingen af tilbuddet.'],
      ['§4.1.10', 'brugerinddragelse', 'I 2024 har vi gennemført en brugerundersøgelse, og brugerne har været inddraget i udviklingen af tilbuddet.'],
      ['§4.1.13', 'personale', 'Behandlerne var i 2023 uddannet som socialrådgivere og sygeplejersker og fik supervision hver måned.'],
      ['§4.1.14', 'monitorering', 'Vi registrerede i 2023 alle forløb i DanRIS og udarbejdede en årsrapport til udvalget.'],
    ] as const;
    const goesOn = [
      ['§4.1.10', 'brugerinddragelse', 'Brugerrådet, som blev oprettet i 2019, mødes fire gange om året med ledelsen.'],
      ['§4.1.10', 'brugerinddragelse', 'Vi holdt i 2024 fire brugerrådsmøder, og brugerrådet mødes fortsat hver tredje måned.'],
      [
        '§4.1.8',
        'behandlingsplan',
        'Byrådet besluttede i 2024, at alle borgere skal have en behandlingsplan, som udarbejdes sammen med behandleren og følges op hver tredje måned.',
      ],
      [
        '§4.1.13',
        'personale',
        'De ansatte behandlere er socialrådgivere og sygeplejersker med efteruddannelse i kognitiv terapi og får supervision hver måned.',
      ],
    ] as const;
    expect(done.filter(([id, name, text]) => status(id, field(name, text)) === 'opfyldt')).toEqual([]);
    expect(goesOn.filter(([id, name, text]) => status(id, field(name, text)) !== 'opfyldt')).toEqual([]);
    for (const heading of ['Årsrapport 2023', 'Året der gik – 2024', 'Hvad skete der i 2023?', 'Tilbageblik på 2024', 'Opgørelse for 2023'])
      expect(statuses(section(heading, [...report, 'Vi registrerede alle forløb i DanRIS.'])), heading).toEqual(['mangler', 'mangler']);
  });
});

describe('how the document itself was made is told in the past', () => {
  it('counts for § 6, stk. 2 under a heading of the years it was made for', () => {
    const yaml = `oevrige_afsnit:\n  - noegle: om\n    overskrift: "Kvalitetsstandard 2022-2024"\n    tekst: |\n      Brugerrådet blev inddraget i udarbejdelsen af standarden og kom med forslag til teksten om frit valg.\n`;
    expect(finding(checked(yaml), '§6.2').status).toBe('opfyldt');
    expect(finding(checked(yaml.replace('Brugerrådet blev inddraget', 'I perioden 2022-2024 blev brugerrådet inddraget')), '§6.2').status).toBe('opfyldt');
  });
});

describe('§ 5, stk. 2: an offer’s field says something, or it is not filled', () => {
  const offer = (fields: Record<string, string>) =>
    `doegnbehandling:\n  tekst: Kommunen køber døgnbehandling hos godkendte tilbud.\n  tilbud:\n    - navn: Behandlingshjemmet Skovly\n${Object.entries(fields)
      .map(([key, value]) => `      ${key}: ${JSON.stringify(value)}\n`)
      .join('')}`;
  const facts = {
    behandlingsform: 'Kognitiv miljøterapi i grupper og individuelle samtaler.',
    maalgruppe: 'Voksne over 18 år med et stofmisbrug.',
    kerneydelser: 'Afrusning, behandling og udslusning.',
    personaleforhold: 'Socialrådgivere, pædagoger og en sygeplejerske.',
    fysiske_forhold: 'Tolv eneværelser med eget bad på en landejendom.',
    pris: '2.150 kr. pr. døgn.',
  };
  const codes = (check: Valid) => finding(check, '§5.2').messages.map((message) => message.code);

  it('is met by the six facts, and partial where one only points on or is a placeholder', () => {
    expect(finding(checked(offer(facts)), '§5.2').status).toBe('opfyldt');
    for (const [field, value] of [
      ['behandlingsform', 'Se Tilbudsportalen.'],
      ['pris', 'Oplyses ved henvendelse.'],
      ['personaleforhold', 'Tekst følger.'],
    ] as const) {
      const check = checked(offer({ ...facts, [field]: value }));
      expect(finding(check, '§5.2').status, value).toBe('delvist');
      expect(codes(check)).toEqual(['doegntilbud-felter-uden-indhold']);
      expect(texts(check, '§5.2')).toContain(`(»${value}«)`);
    }
    // A fact that mentions a source beside it is still a fact.
    expect(finding(checked(offer({ ...facts, pris: '2.150 kr. pr. døgn; se også Tilbudsportalen.' })), '§5.2').status).toBe('opfyldt');
  });
});

describe('§ 4, stk. 1, nr. 6: the deadline field completes a guarantee the text speaks of', () => {
  it('and does not make one of a text about another service', () => {
    const spoken = checked('behandlingsgaranti:\n  tekst: Der er behandlingsgaranti i Testby Kommune.\n  frist_dage: 14\n');
    expect(finding(spoken, '§4.1.6').status).toBe('opfyldt');
    const other = checked(
      'behandlingsgaranti:\n  tekst: Du tilbydes alkoholbehandling senest 14 dage efter, at du har henvendt dig til Alkoholenheden.\n  frist_dage: 14\n',
    );
    expect(finding(other, '§4.1.6').status).not.toBe('opfyldt');
  });

  it('the start and its limit in many words meet it; a longer limit so worded does not; a time of another event beside it is that event’s', () => {
    const status = (text: string) => finding(checked(`behandlingsgaranti:\n  tekst: ${JSON.stringify(text)}\n`), '§4.1.6').status;
    const met = [
      'Henvender du dig til os, begynder din behandling inden 14 dage.',
      'Der går højst 14 dage fra din henvendelse, til behandlingen begynder.',
      'Du venter aldrig mere end 14 dage på at komme i behandling.',
      'Senest 14 dage efter din første henvendelse er du i gang med behandlingen.',
      'Fra du henvender dig, til du starter i behandling, går der maks. 14 dage.',
      'Der går max. 14 dage fra din første henvendelse, til din behandling starter.',
      'Ingen venter mere end 14 dage på at komme i behandling.',
      'Ingen borgere skal vente på behandling mere end 14 dage efter deres henvendelse.',
      'Du skal ikke vente mere end 14 dage fra din henvendelse, til din behandling starter.',
      'Behandlingen vil blive igangsat senest 14 dage efter din henvendelse.',
      'Behandlingen starter senest 14 dage efter henvendelsen og varer højst 12 uger.',
      'Behandlingen starter senest 14 dage efter henvendelsen, og behandlingsplanen udarbejdes inden for 4 uger.',
    ];
    const tooLong = [
      'Du venter aldrig mere end 30 dage på at komme i behandling.',
      'Din behandling begynder senest 4 uger efter din henvendelse.',
      'Fra du henvender dig, til du starter i behandling, går der maks. 3 uger.',
      'Der går max. 4 uger fra din første henvendelse, til din behandling starter.',
      'Ingen borgere skal vente mere end 30 dage på at komme i behandling.',
      'Du skal ikke vente mere end 30 dage fra din henvendelse, til din behandling starter.',
    ];
    expect(met.filter((text) => status(text) !== 'opfyldt')).toEqual([]);
    expect(tooLong.filter((text) => status(text) !== 'mangler')).toEqual([]);
  });

  it('a deadline for a decision is the case handling’s, not the treatment’s start', () => {
    const decision = checked('behandlingsgaranti:\n  tekst: Du får en skriftlig afgørelse senest 14 dage efter din henvendelse.\n');
    expect(finding(decision, '§4.1.6').status).not.toBe('opfyldt');
    const start = checked('behandlingsgaranti:\n  tekst: Du får svar og starter i behandling senest 14 dage efter din henvendelse.\n');
    expect(finding(start, '§4.1.6').status).toBe('opfyldt');
  });
});

describe('words that look like an answer and are not', () => {
  /** The status of one requirement when a sentence is its own field's text. */
  const statusOf = (id: string, field: string, text: string) => finding(checked(`${field}:\n  tekst: ${JSON.stringify(text)}\n`), id).status;
  type Case = readonly [id: string, field: string, text: string];
  /** Twin tests: none of the first list is met (each sentence its requirement's own field), every one of the second is. */
  const expectTwins = (notAnswers: readonly Case[], answers: readonly Case[]) => {
    expect(notAnswers.filter(([id, field, text]) => statusOf(id, field, text) === 'opfyldt')).toEqual([]);
    expect(answers.filter(([id, field, text]) => statusOf(id, field, text) !== 'opfyldt')).toEqual([]);
  };

  it('§ 4, stk. 1, nr. 2: a target group says what use of drugs brings a person to the offers, not the offer’s name or »alle, der har brug for det«', () => {
    const vague = [
      'Tilbuddet er for alle, der har brug for det.',
      'Målgruppen er borgere med udfordringer.',
      'Tilbuddet gives til borgere over 18 år, der har behov for støtte.',
      'Målgruppen for stofmisbrugsbehandlingen er alle borgere, der har brug for hjælp.',
      'Rusmiddelcentret henvender sig til alle borgere i kommunen.',
      'Målgruppen for behandling af stofmisbrug er mennesker i udsatte positioner.',
      // Alcohol alone is the neighbouring service's (sundhedsloven § 141).
      'Målgruppen er borgere over 18 år med et behandlingskrævende alkoholforbrug.',
    ];
    const answered = [
      'Målgruppen er borgere over 18 år med et behandlingskrævende forbrug af stoffer, også når de har et alkoholforbrug ved siden af.',
      'Målgruppen er borgere med et blandingsmisbrug af stoffer og alkohol.',
      'Målgruppen er borgere over 18 år med et misbrug af euforiserende stoffer.',
      'Tilbuddet er for alle, der har et problematisk forbrug af rusmidler, og for deres pårørende.',
      'Målgruppen for stofmisbrugsbehandlingen er unge under 25 år, der ryger hash.',
      'Målgruppen er borgere over 18 år med behov for behandling for stofmisbrug.',
    ];
    expect(vague.filter((text) => statusOf('§4.1.2', 'maalgruppe', text) === 'opfyldt')).toEqual([]);
    expect(answered.filter((text) => statusOf('§4.1.2', 'maalgruppe', text) !== 'opfyldt')).toEqual([]);
  });

  it('§ 4, stk. 1, nr. 11: the rules for paying for kost og logi say what the citizen pays, not only who sets a price', () => {
    const free = 'Ambulant behandling er gratis. ';
    const whoSets = [
      'Prisen for kost og logi fastsættes af byrådet.',
      'Byrådet fastsætter hvert år taksterne for egenbetaling for kost og logi.',
      'Egenbetalingen for kost og logi er politisk besluttet.',
      'Der kan blive tale om egenbetaling for kost og logi under døgnbehandling.',
      'Prisen for kost og logi under døgnbehandling afhænger af stedet.',
    ];
    const rules = [
      'Under døgnbehandling betaler du 2.500 kr. om måneden for kost og logi.',
      'Ved døgnbehandling skal du selv betale for kost og logi; prisen fastsættes af byrådet.',
      'Kost og logi under døgnbehandling betales af borgeren efter en individuel vurdering af økonomien.',
      'Du betaler heller ikke for kost og logi under døgnbehandling.',
    ];
    expect(whoSets.filter((text) => statusOf('§4.1.11', 'betaling', free + text) === 'opfyldt')).toEqual([]);
    expect(rules.filter((text) => statusOf('§4.1.11', 'betaling', free + text) !== 'opfyldt')).toEqual([]);
  });

  it('a provider’s own account of its practice is not the kommune’s, nor is another party’s quality standard', () => {
    const providers = [
      'Ifølge Behandlingshjemmet Skovlys egen kvalitetsstandard udarbejdes behandlingsplanen sammen med beboeren og følges op hver måned.',
      'Af Novavis kvalitetsstandard fremgår det, at behandlingsplanen udarbejdes sammen med borgeren og følges op hver tredje måned.',
      'Leverandøren oplyser, at behandlingsplanen udarbejdes sammen med borgeren ved opstart og følges op hver tredje måned.',
      'Novavi beskriver i sin egen kvalitetsstandard, at behandlingsplanen udarbejdes sammen med borgeren og følges op hver tredje måned.',
    ];
    const kommunes = [
      'Ifølge kommunens retningslinjer udarbejdes behandlingsplanen sammen med dig ved opstart og følges op hver tredje måned.',
      'I henhold til Rusmiddelcentrets kvalitetsstandard udarbejdes behandlingsplanen sammen med dig og følges op hver tredje måned.',
      'Behandlingsstedet udarbejder en behandlingsplan sammen med dig, som følges op hver måned.',
    ];
    expect(providers.filter((text) => statusOf('§4.1.8', 'behandlingsplan', text) === 'opfyldt')).toEqual([]);
    expect(kommunes.filter((text) => statusOf('§4.1.8', 'behandlingsplan', text) !== 'opfyldt')).toEqual([]);
    // The kommune's demand on the providers' own standards is its own (§ 5, stk. 1).
    const demand =
      'Det er et krav, at døgntilbuddets kvalitetsstandard er godkendt af Socialtilsynet, og at tilbuddet arbejder efter dokumenterede metoder og sender en status til kommunen hver måned.';
    expect(statusOf('§5.1', 'doegnbehandling', demand)).toBe('opfyldt');
    // Under a heading of the provider's own account, the plainest sentence is the provider's.
    const under = (heading: string) =>
      finding(
        checked(
          `oevrige_afsnit:\n  - noegle: x\n    overskrift: ${heading}\n    tekst: Behandlingsplanen udarbejdes sammen med borgeren ved opstart og følges op hver tredje måned.\n`,
        ),
        '§4.1.8',
      ).status;
    expect(under('Leverandørens kvalitetsstandard')).not.toBe('opfyldt');
    expect(under('Behandlingsstedets egen beskrivelse')).not.toBe('opfyldt');
    expect(under('Sådan arbejder vi')).toBe('opfyldt');
  });

  it('the jobcentre’s employment measures are another service’s, but the jobcentre named in passing leaves an answer alone', () => {
    const employment = [
      ['§4.1.5', 'visitation', 'Du henvender dig til jobcentret, hvor en sagsbehandler holder en samtale med dig og træffer afgørelse om dit forløb.'],
      ['§4.1.13', 'personale', 'Medarbejderne i jobcentret er socialrådgivere med efteruddannelse i motiverende samtale og får supervision hver måned.'],
      [
        '§4.4',
        'hjemmeboende_boern',
        'Jobcentret spørger altid, om du har hjemmeboende børn under 18 år, og inddrager familieafdelingen, hvis børnene har brug for støtte.',
      ],
      ['§4.1.7', 'frit_valg', 'Du kan vælge et andet godkendt tilbud om virksomhedspraktik eller løntilskud af tilsvarende karakter.'],
    ] as const;
    const treatment = [
      [
        '§4.1.5',
        'visitation',
        'Du kan henvende dig direkte til Rusmiddelcentret eller blive henvist af jobcentret eller din læge; en visitator holder en samtale med dig og træffer afgørelse om din behandling.',
      ],
      ['§4.1.8', 'behandlingsplan', 'Behandlingsplanen udarbejdes sammen med dig og følges op hver tredje måned, og den koordineres med jobcentrets plan.'],
      [
        '§4.4',
        'hjemmeboende_boern',
        'Har du brug for en tværfaglig indsats, fx i forhold til din beskæftigelse eller hjemmeboende børn under 18 år, tager vi kontakt til jobcentret eller familieafdelingen, og behandleren spørger altid til dine børn.',
      ],
    ] as const;
    expectTwins(employment, treatment);
  });

  it('the law said in other words, with its own figures, in a table row or after a question is still only the law', () => {
    const restated = [
      ['§4.1.1', 'opgaver', 'Opgaverne på stofmisbrugsbehandlingsområdet løses af kommunen.'],
      ['§4.1.13', 'personale', 'Medarbejderne har de nødvendige faglige kvalifikationer, og der sker løbende kompetenceudvikling.'],
      ['§4.4', 'hjemmeboende_boern', 'Der sikres opmærksomhed på forholdene for personens eventuelle hjemmeboende børn under 18 år.'],
      ['§4.5', 'fremtidig_indsats', 'Kommunen vil fremover have en indsats på stofmisbrugsbehandlingsområdet.'],
      ['§4.1.15', 'gavekort', 'Hvordan bruges gavekort? Gavekort bruges efter kommunens retningslinjer.'],
      ['§4.1.7', 'frit_valg', 'Har jeg frit valg? Ja, du har frit valg.'],
      ['§6.2', 'brugerrepraesentanter', 'Ved udarbejdelse og revision inddrages repræsentanter for personer med et stofmisbrug og eventuelt deres pårørende.'],
      ['§5.1', 'doegnbehandling', 'Kommunen stiller de krav, loven foreskriver, til de døgnbehandlingstilbud, den anvender.'],
      ['§4.1.1', 'opgaver', 'Vi udfører de opgaver, som loven pålægger os.'],
      ['§4.1.13', 'personale', 'Rusmiddelcentret har ansvaret for personalets faglige kvalifikationer og kompetenceudvikling.'],
      ['§4.1.7', 'frit_valg', 'Frit valg er en ret, du har.'],
      ['§4.5', 'fremtidig_indsats', 'Vi vil fortsat udvikle indsatsen til gavn for borgerne.'],
      ['§5.1', 'doegnbehandling', 'Kommunen stiller høje krav til kvaliteten i de døgntilbud, vi bruger.'],
      // The law's category and verb as a rule, or its own words for the attention, say that, not who or how.
      ['§6.2', 'brugerrepraesentanter', 'Brugerrepræsentanter inddrages i revisionen af kvalitetsstandarden.'],
      ['§6.2', 'brugerrepraesentanter', 'Kvalitetsstandarden revideres med inddragelse af brugerrepræsentanter.'],
      ['§4.4', 'hjemmeboende_boern', 'Der er altid opmærksomhed på hjemmeboende børn under 18 år i forbindelse med behandlingen.'],
      ['§4.4', 'hjemmeboende_boern', 'Rusmiddelcentret sikrer, at der er opmærksomhed på borgerens hjemmeboende børn.'],
      ['§6.2', 'brugerrepraesentanter', 'Ved revisionen af behandlingsplanen blev brugerne inddraget.'],
    ] as const;
    const answered = [
      ['§6.2', 'brugerrepraesentanter', 'Brugerrådet inddrages i revisionen af kvalitetsstandarden.'],
      ['§6.2', 'brugerrepraesentanter', 'Udkastet til kvalitetsstandarden har været i høring hos brugerrepræsentanterne.'],
      // The users after the verb, as a sentence opened by a time or place puts them; a relatives' network as a body of their own.
      ['§6.2', 'brugerrepraesentanter', 'Ved revisionen af standarden blev brugerne inddraget gennem et dialogmøde.'],
      ['§6.2', 'brugerrepraesentanter', 'Standarden er drøftet med Pårørendenetværket.'],
      ['§4.4', 'hjemmeboende_boern', 'Der er altid opmærksomhed på hjemmeboende børn: behandleren spørger til dem ved indskrivningen.'],
      ['§4.1.13', 'personale', 'Medarbejderne er socialrådgivere og sygeplejersker og får supervision hver måned.'],
      [
        '§4.4',
        'hjemmeboende_boern',
        'Behandleren spørger altid, om du har hjemmeboende børn under 18 år, og inddrager familieafdelingen, hvis børnene har brug for støtte.',
      ],
      ['§4.5', 'fremtidig_indsats', 'Kommunen vil fremover styrke indsatsen for unge under 25 år og udbygge samarbejdet med psykiatrien.'],
      ['§4.1.15', 'gavekort', 'Gavekort bruges ikke.'],
      ['§6.2', 'brugerrepraesentanter', 'Repræsentanter for brugerne og deres pårørende er inddraget i revisionen af standarden.'],
    ] as const;
    expectTwins(restated, answered);
    const row = (name: string, text: string) => `doegnbehandling:\n  tekst: |\n    | Emne | Beskrivelse |\n    | --- | --- |\n    | ${name} | ${text} |\n`;
    expect(finding(checked(row('Kvalitetskrav', 'Kommunen stiller kvalitetskrav til de døgnbehandlingstilbud, den anvender.')), '§5.1').status).toBe('mangler');
    const demands = 'Døgnbehandlingstilbud skal være godkendt af Socialtilsynet og arbejde efter dokumenterede metoder.';
    expect(finding(checked(row('Kvalitetskrav', demands)), '§5.1').status).toBe('opfyldt');
  });

  it('a practice only as it usually goes, where possible or as room allows is not promised, wherever the words stand', () => {
    const guarantee = 'starter behandlingen senest 14 dage efter henvendelsen';
    const hedged = [
      ['§4.1.6', 'behandlingsgaranti', 'Så vidt muligt tilbydes behandling senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', `Som regel ${guarantee}.`],
      ['§4.1.6', 'behandlingsgaranti', 'Normalt tilbydes du behandling inden for 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', `Hvis det er muligt, ${guarantee}.`],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen starter, om muligt, senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'Du får kun tilbudt behandling inden for 14 dage, hvis der er ledige pladser.'],
      ['§4.1.6', 'behandlingsgaranti', `Er der plads, ${guarantee}.`],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen starter senest 14 dage efter henvendelsen, afhængigt af ventelisten.'],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen starter senest 14 dage efter henvendelsen, medmindre der er venteliste.'],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen starter senest 14 dage efter henvendelsen, såfremt der er tid hos en behandler.'],
      ['§6.2', 'brugerrepraesentanter', 'Brugerrådet inddrages ved revision af standarden, hvis der er tid til det.'],
      ['§4.4', 'hjemmeboende_boern', 'Så vidt muligt spørger vi til, om du har hjemmeboende børn, og tilbyder familiesamtaler.'],
    ] as const;
    const promised = [
      ['§4.1.6', 'behandlingsgaranti', 'Du får tilbudt behandling senest 14 dage efter henvendelsen, og hvis det er muligt, starter vi allerede samme uge.'],
      ['§4.1.6', 'behandlingsgaranti', `Uanset ventelisten ${guarantee}.`],
      ['§4.1.6', 'behandlingsgaranti', 'Du får tilbudt behandling senest 14 dage efter henvendelsen. Normalt kan vi starte inden for en uge.'],
      ['§6.2', 'brugerrepraesentanter', 'Brugerrådet inddrages ved revision af standarden, og hvis der er tid til det, også pårørendeforeningen.'],
      ['§4.4', 'hjemmeboende_boern', 'Vi spørger altid til, om du har hjemmeboende børn, og tilbyder familiesamtaler, så vidt det er muligt at finde en tid.'],
    ] as const;
    expectTwins(hedged, promised);
  });

  it('what a sentence names only as lacking (»uden …«, »Hverken … eller …«, »Vi spørger ikke til …«) is no answer, and »uden« in an answer leaves it one', () => {
    const lacking = [
      ['§6.2', 'brugerrepraesentanter', 'Standarden er udarbejdet uden at inddrage brugerne eller deres pårørende.'],
      ['§6.2', 'brugerrepraesentanter', 'Kvalitetsstandarden revideres hvert andet år uden inddragelse af brugerrådet.'],
      ['§4.4', 'hjemmeboende_boern', 'Behandlingen iværksættes uden at spørge til, om du har hjemmeboende børn.'],
      ['§4.1.7', 'frit_valg', 'Du henvises til kommunens eget tilbud uden mulighed for frit valg.'],
      ['§4.1.14', 'monitorering', 'Indsatsen kører uden monitorering eller registrering af resultater.'],
      ['§4.1.13', 'personale', 'Medarbejderne arbejder uden supervision og uden efteruddannelse.'],
      ['§6.2', 'brugerrepraesentanter', 'Hverken brugere eller pårørende har været inddraget i revisionen af standarden.'],
      ['§4.1.10', 'brugerinddragelse', 'Hverken brugerråd eller brugerundersøgelser anvendes i kommunen.'],
      ['§4.4', 'hjemmeboende_boern', 'Vi spørger ikke til, om borgeren har hjemmeboende børn under 18 år.'],
      ['§4.4', 'hjemmeboende_boern', 'Vi taler ikke med borgeren om hjemmeboende børn.'],
      ['§4.1.13', 'personale', 'Vi sikrer ikke medarbejderne efteruddannelse eller supervision.'],
    ] as const;
    const answered = [
      ['§4.1.7', 'frit_valg', 'Du kan frit vælge et andet offentligt eller privat behandlingstilbud uden at skulle søge om det.'],
      ['§4.4', 'hjemmeboende_boern', 'Vi spørger altid, om du har hjemmeboende børn under 18 år, uden at du skal være bange for at miste dem.'],
      ['§6.2', 'brugerrepraesentanter', 'Brugerrådet og pårørendeforeningen inddrages ved hver revision, uden at det koster dem noget.'],
      ['§4.1.13', 'personale', 'Medarbejderne er socialrådgivere og får supervision hver måned, uden at det går ud over behandlingstiden.'],
      ['§4.1.13', 'personale', 'Alle medarbejdere er uddannede socialrådgivere og får supervision, og ingen arbejder uden efteruddannelse.'],
      ['§4.4', 'hjemmeboende_boern', 'Vi spørger altid til, om du har hjemmeboende børn under 18 år, og taler med dig om, hvordan de har det.'],
    ] as const;
    expectTwins(lacking, answered);
  });

  it('what would be, is being worked towards or could be by way of example is no practice; the same words of what is are', () => {
    const council = 'et brugerråd, der mødes fire gange om året';
    const wouldBe = [
      ['§4.1.10', 'brugerinddragelse', 'Hvis vi havde et brugerråd, ville det mødes fire gange om året.'],
      ['§6.2', 'brugerrepraesentanter', 'Det ville være naturligt at inddrage brugerrådet i revisionen af standarden.'],
      ['§4.1.10', 'brugerinddragelse', 'Der arbejdes på at etablere et brugerråd, som skal mødes fire gange om året.'],
      ['§4.1.10', 'brugerinddragelse', 'Kommunen arbejder på at oprette et brugerråd, som skal mødes fire gange om året.'],
      ['§4.1.10', 'brugerinddragelse', `Et eksempel på brugerinddragelse kunne være ${council}.`],
      ['§4.1.10', 'brugerinddragelse', `Brugerinddragelse kan fx være ${council}.`],
    ] as const;
    const is = [
      ['§4.1.10', 'brugerinddragelse', `Vi har ${council}, og hvis du har et ønske, tager rådet det op.`],
      ['§6.2', 'brugerrepraesentanter', 'Brugerrådet er inddraget i revisionen af standarden og har kommenteret udkastet.'],
      ['§4.1.10', 'brugerinddragelse', `Kommunen har ${council}, og vi arbejder sammen med rådet om at udvikle behandlingen.`],
      ['§4.1.10', 'brugerinddragelse', `Brugerinddragelse er fx ${council}.`],
    ] as const;
    expectTwins(wouldBe, is);
  });

  it('a figure other than the law’s narrows what the law asks: children only up to a younger age, a return over another period', () => {
    const narrowed = [
      ['§4.4', 'hjemmeboende_boern', 'Behandleren spørger altid til, om du har hjemmeboende børn under 16 år, og tilbyder familiesamtaler.'],
      ['§4.3', 'maaltal', 'Måltal: 30 % er stoffri, 40 % har reduceret forbruget, og højst 20 % vender tilbage til behandling inden for 24 måneder.'],
    ] as const;
    const asTheLaw = [
      [
        '§4.4',
        'hjemmeboende_boern',
        'Behandleren spørger altid til, om du har hjemmeboende børn under 18 år, og tilbyder familiesamtaler; for børn under 6 år samarbejder vi med sundhedsplejen.',
      ],
      ['§4.3', 'maaltal', 'Måltal: 30 % er stoffri, 40 % har reduceret forbruget, og højst 20 % vender tilbage til behandling inden for et år.'],
      ['§4.3', 'maaltal', 'Måltal: 30 % er stoffri efter 6 måneder, 40 % har reduceret forbruget, og højst 20 % vender tilbage inden for 12 måneder.'],
    ] as const;
    expectTwins(narrowed, asTheLaw);
  });

  it('what happens only sometimes, seldom, by some, in principle, as hoped, or taken back is not promised; what happens every time is', () => {
    const children = 'spørger til, om borgeren har hjemmeboende børn under 18 år';
    const start = 'starte behandlingen senest 14 dage efter henvendelsen';
    const notPromised = [
      ['§4.4', 'hjemmeboende_boern', `Vi ${children.replace('spørger', 'spørger sjældent')}.`],
      ['§4.4', 'hjemmeboende_boern', `Det sker, at vi ${children}.`],
      ['§4.4', 'hjemmeboende_boern', `Nogle behandlere ${children}.`],
      ['§4.4', 'hjemmeboende_boern', `Det er ikke alle behandlere, der ${children}.`],
      ['§4.1.8', 'behandlingsplan', 'Ikke alle borgere får udarbejdet en behandlingsplan, som følges op hver 3. måned.'],
      ['§4.1.8', 'behandlingsplan', 'Behandlingsplanen udarbejdes i enkelte tilfælde sammen med borgeren og følges op hver 3. måned.'],
      ['§4.1.6', 'behandlingsgaranti', `Det lykkes ikke altid at ${start}.`],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen starter i princippet senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', `Vi håber at kunne ${start}.`],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen skulle gerne starte senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'I perioder med venteliste starter behandlingen ikke senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen starter senest 14 dage efter henvendelsen, men pga. travlhed kan der være længere ventetid.'],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen skal ifølge loven starte senest 14 dage efter henvendelsen; i praksis er ventetiden ofte længere.'],
      ['§4.1.6', 'behandlingsgaranti', 'Du skal have tilbudt behandling senest 14 dage efter henvendelsen, men det kan vi ikke altid leve op til.'],
      ['§4.1.10', 'brugerinddragelse', 'Vi har et brugerråd, der mødes fire gange om året, men det lykkes ikke altid at samle det.'],
      ['§6.2', 'brugerrepraesentanter', 'Brugerrådet inddrages lejlighedsvis, når standarden revideres.'],
      ['§6.2', 'brugerrepraesentanter', 'Brugerrådet inddrages ved hver anden revision af standarden.'],
      ['§6.2', 'brugerrepraesentanter', 'Brugerrådet blev inviteret til at kommentere standarden, men svarede ikke.'],
      ['§6.2', 'brugerrepraesentanter', 'Brugerrådet blev inviteret til at deltage i revisionen af standarden, men ingen mødte op.'],
      ['§6.2', 'brugerrepraesentanter', 'Udkastet til standarden er sendt til brugerrådet, som endnu ikke har svaret.'],
      ['§4.1.7', 'frit_valg', 'I teorien kan du vælge et andet offentligt eller privat behandlingssted.'],
      ['§4.1.6', 'behandlingsgaranti', 'Du får tilbudt behandling senest 14 dage efter, at du har henvendt dig, hvis der ikke er venteliste.'],
      ['§4.4', 'hjemmeboende_boern', `Vi ${children.replace('spørger', 'spørger ofte')}.`],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen starter formentlig senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'Det kan ikke garanteres, at behandlingen starter senest 14 dage efter henvendelsen.'],
      ['§4.1.10', 'brugerinddragelse', 'Brugerne inddrages i videst muligt omfang gennem et brugerråd, der mødes fire gange om året.'],
      ['§4.4', 'hjemmeboende_boern', `Vi har til hensigt at ${children.replace('spørger', 'spørge')}.`],
    ] as const;
    const promised = [
      ['§4.1.6', 'behandlingsgaranti', 'Du får tilbudt behandling senest 14 dage efter, at du har henvendt dig, også når der er venteliste.'],
      ['§4.4', 'hjemmeboende_boern', `Hvor ofte du kommer til samtaler, aftaler vi sammen med dig. Vi ${children.replace('spørger', 'spørger altid')}.`],
      ['§4.1.10', 'brugerinddragelse', 'Brugerne inddrages gennem et brugerråd, der mødes fire gange om året.'],
      ['§4.4', 'hjemmeboende_boern', `Alle behandlere ${children.replace('spørger', 'spørger altid')}.`],
      ['§4.4', 'hjemmeboende_boern', `Vi ${children}, og nogle behandlere tilbyder også familiesamtaler.`],
      ['§4.4', 'hjemmeboende_boern', `Vi ${children.replace('spørger', 'spørger altid')}, men du behøver ikke altid at svare.`],
      ['§4.1.6', 'behandlingsgaranti', `Det lykkes altid at ${start}, og i perioder med venteliste henviser vi til et andet tilbud.`],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen starter senest 14 dage efter henvendelsen, men ofte kan du starte allerede samme uge.'],
      ['§6.2', 'brugerrepraesentanter', 'Brugerrådet inddrages ved hver revision af standarden, og det har kommenteret hver udgave.'],
      ['§6.2', 'brugerrepraesentanter', 'Standarden revideres hvert andet år, og brugerrådet inddrages hver gang.'],
      ['§6.2', 'brugerrepraesentanter', 'Udkastet til standarden er sendt til brugerrådet, som har kommenteret det, og ingen bemærkninger er gået tabt.'],
      // Who some of the staff are describes them.
      [
        '§4.1.13',
        'personale',
        'Medarbejderne er socialrådgivere og sygeplejersker. Nogle medarbejdere har efteruddannelse i MI, og alle får supervision hver måned.',
      ],
      [
        '§4.1.13',
        'personale',
        'Medarbejderne er socialrådgivere og sygeplejersker. Nogle behandlere er desuden uddannet psykoterapeuter og får supervision hver måned.',
      ],
    ] as const;
    expectTwins(notPromised, promised);
  });

  it('§ 4, stk. 1, nr. 14: monitoring is told by how, how often or to whom the results go; the law said of the act, the subject’s own words or one person’s plan are not', () => {
    const notTold = [
      'Indsatsen monitoreres, og resultaterne følges op.',
      'I bekendtgørelsen er det fastsat, at indsatsen skal monitoreres.',
      'Af bekendtgørelsen fremgår det, at indsatsen monitoreres.',
    ];
    const told = [
      'Der gives årligt en tilbagemelding til Social- og Sundhedsudvalget på udviklingen i måltallene.',
      'Alle forløb registreres i DanRIS, og resultaterne gøres op hvert år.',
      'Systemerne indeholder data om dig og din behandling, og ved hjælp af udtræk fra dem monitorerer vi indsatsen løbende.',
    ];
    const status = (text: string) => statusOf('§4.1.14', 'monitorering', text);
    expect(notTold.filter((text) => status(text) === 'opfyldt')).toEqual([]);
    expect(told.filter((text) => status(text) !== 'opfyldt')).toEqual([]);
    // Found under another heading, a person's plan followed up is that plan's, not the effort's monitoring.
    const plan = 'behandlingsplan:\n  tekst: Behandlingsplanen er et procesværktøj, hvor der løbende følges op på indsatsen og de aftalte mål.\n';
    expect(finding(checked(plan), '§4.1.14').status).toBe('mangler');
  });

  it('a guarantee taken back in the sentence after is not kept; a remedy for when it is not, or another subject after, leaves it', () => {
    const start = 'Behandlingen starter senest 14 dage efter, at du har henvendt dig.';
    const takenBack = [
      `${start} Ventetiden kan dog være længere i perioder med mange henvendelser.`,
      `${start} I praksis er ventetiden ofte længere.`,
      `${start} Fristen kan ikke altid overholdes.`,
      `${start} Pga. travlhed er der i øjeblikket op til seks ugers ventetid.`,
      `${start}\n\nDesværre kan vi ikke altid overholde garantien.`,
    ];
    const kept = [
      `${start} Hvis fristen ikke kan overholdes, kan du vælge et andet behandlingssted.`,
      `${start} Er ventetiden længere, kan du vælge et andet behandlingssted.`,
      `${start} Ofte kan du starte allerede samme uge.`,
      `${start} Behandlingen varer typisk 12 uger.`,
      `Ventetiden kan være længere på døgnbehandling end på ambulant behandling. ${start}`,
    ];
    const status = (text: string) => statusOf('§4.1.6', 'behandlingsgaranti', text);
    expect(takenBack.filter((text) => status(text) === 'opfyldt')).toEqual([]);
    expect(kept.filter((text) => status(text) !== 'opfyldt')).toEqual([]);
  });

  it('a wrong time to complain in the sentence after an account of the right to complain makes it no account', () => {
    const handling = 'Du får en skriftlig afgørelse med begrundelse inden for 3 uger efter din ansøgning.';
    const complain = 'Du kan klage over afgørelsen til Ankestyrelsen via kommunen.';
    const status = (text: string) => statusOf('§4.1.12', 'sagsbehandling_og_klageadgang', `${handling} ${text}`);
    const wrong = [`${complain} Klagen skal være modtaget inden 2 uger.`, `${complain} Klagefristen er 8 dage.`];
    const right = [
      `${complain} Klagen skal være modtaget inden 4 uger.`,
      `${complain} Klagefristen er fire uger fra den dag, du modtog afgørelsen.`,
      `${complain} Kommunen genvurderer sagen inden for 2 uger.`,
    ];
    expect(wrong.filter((text) => status(text) === 'opfyldt')).toEqual([]);
    expect(right.filter((text) => status(text) !== 'opfyldt')).toEqual([]);
  });

  it('a case story or a testimony, introduced as such, is one person’s, not the practice', () => {
    const plan = 'en behandlingsplan sammen med borgeren, som følges op hver 3. måned';
    const oneCase = [
      ['§4.1.8', 'behandlingsplan', `Case: Mette får udarbejdet ${plan}.`],
      ['§4.1.8', 'behandlingsplan', `I et konkret forløb udarbejdede vi ${plan}.`],
      ['§4.4', 'hjemmeboende_boern', 'En mor til to fortæller: »Min behandler spurgte til mine børn og tilbød familiesamtaler.«'],
    ] as const;
    const practice = [
      ['§4.1.8', 'behandlingsplan', `I ethvert forløb udarbejder vi ${plan}.`],
      ['§4.1.8', 'behandlingsplan', `Sådan foregår det: Vi udarbejder ${plan}.`],
      ['§4.4', 'hjemmeboende_boern', 'Din behandler spørger altid til dine hjemmeboende børn under 18 år og fortæller om vores familiesamtaler.'],
    ] as const;
    expectTwins(oneCase, practice);
  });

  it('under a heading of other kommuner, national advice, proposals, plans, wishes, a hearing, a supervisor’s findings, a case or a glossary, the plainest sentence is not the kommune’s practice', () => {
    const under = (heading: string, id: string, text: string) =>
      finding(checked(`oevrige_afsnit:\n  - noegle: x\n    overskrift: ${heading}\n    tekst: ${JSON.stringify(text)}\n`), id).status;
    const plan = ['§4.1.8', 'Behandlingsplanen udarbejdes sammen med borgeren og følges op hver 3. måned.'] as const;
    const council = ['§4.1.10', 'Der er et brugerråd, som mødes fire gange om året og inddrages i udviklingen af behandlingen.'] as const;
    const notOwn = [
      'Inspiration fra andre kommuner',
      'Erfaringer fra Aarhus Kommune',
      'Socialstyrelsens anbefalinger',
      'Forslag til ny praksis',
      'Visioner for fremtiden',
      'Drøftelse i udvalget',
      'Mål for 2028',
      'Ønsker fra brugerne',
      'Idékatalog',
      'Arbejdsgruppens anbefalinger',
      'Målsætninger 2027-2030',
      'Høringssvar fra Udsatterådet',
      'Tilsynets kritikpunkter',
      'Eksempel fra praksis',
      'Ordforklaring',
      'Begreber',
    ];
    const own = [
      'Sådan arbejder vi',
      'Sådan gør vi i Testby Kommune',
      'Hvis du ønsker at klage',
      'Mål for 2026',
      'Vores erfaringer',
      'Eksempler på vores tilbud',
      'Målsætninger 2025-2026',
    ];
    for (const [id, text] of [plan, council]) {
      expect(notOwn.filter((heading) => under(heading, id, text) === 'opfyldt')).toEqual([]);
      expect(own.filter((heading) => under(heading, id, text) !== 'opfyldt')).toEqual([]);
    }
    // Where the requirement asks for plans, a heading of plans holds its answer.
    expect(under('Fremtidige tiltag', '§4.5', 'Vi vil udvide tilbuddet til unge under 25 år og styrke samarbejdet med psykiatrien.')).toBe('opfyldt');
  });

  it('a right said to hold for some only, or practice that ran until a year that has ended, is not the practice now', () => {
    const notNow = [
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingsgarantien gælder kun for ambulant behandling: behandlingen starter senest 14 dage efter henvendelsen.'],
      ['§4.1.7', 'frit_valg', 'Frit valg gælder kun for borgere over 25 år, som kan vælge et andet offentligt eller privat behandlingstilbud.'],
      ['§4.1.10', 'brugerinddragelse', 'I en forsøgsperiode frem til udgangen af 2024 holder vi brugermøder hver måned.'],
    ] as const;
    const now = [
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingsgarantien gælder for al behandling: behandlingen starter senest 14 dage efter henvendelsen.'],
      ['§4.1.7', 'frit_valg', 'Frit valg gælder for alle borgere, som kan vælge et andet offentligt eller privat behandlingstilbud.'],
      ['§4.1.10', 'brugerinddragelse', 'Fra 2022 til og med 2030 holder vi brugermøder hver måned.'],
      ['§4.1.10', 'brugerinddragelse', 'Vi holder brugermøder hver måned, og brugerrådet er valgt frem til 2027.'],
    ] as const;
    expectTwins(notNow, now);
  });

  it('a plan with a later year inside the sentence, a definition, an aim with an age, a gift card for sale, values not named, a decision only complained about', () => {
    const notPractice = [
      ['§4.1.10', 'brugerinddragelse', 'Vi vil i 2028 oprette et brugerråd, som skal mødes fire gange om året.'],
      ['§4.1.8', 'behandlingsplan', 'En behandlingsplan er en plan, der beskriver målene for behandlingen og følges op hver tredje måned.'],
      ['§4.4', 'hjemmeboende_boern', 'Det er vigtigt for os, at der er opmærksomhed på dine hjemmeboende børn under 18 år.'],
      ['§4.1.15', 'gavekort', 'Gavekort til Rusmiddelcentrets café kan købes i receptionen for 50 kr.'],
      ['§4.1.3', 'maal_og_vaerdier', 'Målet er, at du bliver stoffri. Vi bygger på gode værdier.'],
      ['§4.4', 'hjemmeboende_boern', 'Børnenes trivsel er vigtig for os.'],
      ['§4.1.12', 'sagsbehandling_og_klageadgang', 'Du kan klage over afgørelsen efter reglerne i serviceloven.'],
    ] as const;
    const practice = [
      ['§4.1.10', 'brugerinddragelse', 'Vi har et brugerråd, som mødes fire gange om året, og i 2028 vil vi også gennemføre en brugerundersøgelse.'],
      ['§4.1.8', 'behandlingsplan', 'Behandlingsplanen er en plan, der udarbejdes sammen med dig ved behandlingens start og følges op hver tredje måned.'],
      [
        '§4.1.6',
        'behandlingsgaranti',
        'Det er vigtigt for os, at behandlingen starter hurtigt, og derfor får du tilbudt behandling senest 14 dage efter din henvendelse.',
      ],
      ['§4.1.3', 'maal_og_vaerdier', 'Målet er, at du bliver stoffri. Vi bygger på værdierne respekt, ligeværd og åbenhed.'],
      [
        '§4.1.12',
        'sagsbehandling_og_klageadgang',
        'Visitator træffer afgørelse efter en samtale med dig, og du kan klage over afgørelsen til Ankestyrelsen inden fire uger.',
      ],
      [
        '§4.4',
        'hjemmeboende_boern',
        'Børnenes trivsel er vigtig for os, derfor spørger behandleren altid til hjemmeboende børn under 18 år og tilbyder familiesamtaler.',
      ],
    ] as const;
    expectTwins(notPractice, practice);
  });

  it('§ 4, stk. 2: a follow-up »uanset hvorfor« the treatment ended is for every discharge status; »uanset hvordan du har det« names none', () => {
    const months = 'Vi kontakter dig 1 måned og igen 6 måneder efter, at din behandling er afsluttet';
    expect(statusOf('§4.2', 'opfoelgning', `${months}, uanset hvorfor den er afsluttet.`)).toBe('opfyldt');
    expect(statusOf('§4.2', 'opfoelgning', `${months}, uanset hvordan du har det.`)).not.toBe('opfyldt');
  });

  it('a label whose value says there is none, an attempt that failed, what is lacking, not yet there or put on hold is no answer; the same words of what is are', () => {
    const none = [
      ['§4.1.7', 'frit_valg', 'Frit valg af behandlingssted: Nej'],
      ['§4.1.7', 'frit_valg', 'Frit valg af behandlingssted: Ikke muligt i Testby Kommune.'],
      ['§4.1.10', 'brugerinddragelse', 'Brugerråd: Findes ikke'],
      ['§4.4', 'hjemmeboende_boern', 'Opmærksomhed på hjemmeboende børn under 18 år: Ikke beskrevet'],
      ['§4.1.10', 'brugerinddragelse', 'Det er ikke lykkedes at etablere et brugerråd for brugerne af Rusmiddelcentret.'],
      ['§4.1.10', 'brugerinddragelse', 'Det har ikke været muligt at etablere et brugerråd for brugerne.'],
      ['§4.1.10', 'brugerinddragelse', 'Der mangler et brugerråd, hvor brugerne kan inddrages i udviklingen af tilbuddene.'],
      ['§4.1.10', 'brugerinddragelse', 'Et brugerråd for brugerne af Rusmiddelcentret er endnu ikke etableret.'],
      ['§4.1.10', 'brugerinddragelse', 'Brugerrådet for brugerne af Rusmiddelcentret er indtil videre sat i bero.'],
      ['§4.1.7', 'frit_valg', 'Muligheden for frit valg af behandlingssted er midlertidigt ophævet.'],
    ] as const;
    const there = [
      ['§4.1.7', 'frit_valg', 'Frit valg af behandlingssted: Ja, du kan vælge et andet offentligt eller privat behandlingstilbud.'],
      ['§4.1.10', 'brugerinddragelse', 'Brugerråd: Brugerne inddrages gennem et brugerråd, som mødes fire gange om året.'],
      ['§4.4', 'hjemmeboende_boern', 'Opmærksomhed på hjemmeboende børn under 18 år: Behandleren spørger altid til dine børn og tilbyder familiesamtaler.'],
      ['§4.1.10', 'brugerinddragelse', 'Det er lykkedes at etablere et brugerråd for brugerne, og det mødes fire gange om året.'],
      ['§4.1.10', 'brugerinddragelse', 'Der mangler ikke indflydelse, for brugerne inddrages gennem et brugerråd, der mødes hver måned.'],
      ['§4.1.10', 'brugerinddragelse', 'Et brugerråd for brugerne af Rusmiddelcentret er etableret og mødes fire gange om året.'],
    ] as const;
    expectTwins(none, there);
  });

  it('what is considered, looked into, waits on a decision or is needed is a plan; an assessment of the reader and a plan where plans answer are not', () => {
    const notYet = [
      ['§4.1.7', 'frit_valg', 'Det undersøges, om borgerne kan få frit valg af behandlingssted.'],
      ['§4.1.7', 'frit_valg', 'Kommunen undersøger mulighederne for at give borgerne frit valg af behandlingssted.'],
      ['§4.1.7', 'frit_valg', 'Det overvejes at give borgerne frit valg mellem offentlige og private behandlingstilbud.'],
      ['§4.1.14', 'monitorering', 'Det overvejes at registrere alle forløb i Stofmisbrugsdatabasen.'],
      ['§4.4', 'hjemmeboende_boern', 'Det undersøges, hvordan vi kan spørge til hjemmeboende børn under 18 år.'],
      ['§4.1.10', 'brugerinddragelse', 'Med forbehold for politisk godkendelse oprettes et brugerråd, hvor brugerne inddrages i udviklingen af tilbuddene.'],
      ['§4.1.10', 'brugerinddragelse', 'Forudsat at budgettet vedtages, oprettes et brugerråd, hvor brugerne inddrages i udviklingen af tilbuddene.'],
      ['§4.1.10', 'brugerinddragelse', 'Der er behov for et brugerråd, hvor brugerne inddrages i udviklingen af tilbuddene.'],
      ['§4.4', 'hjemmeboende_boern', 'Der er behov for mere fokus på hjemmeboende børn under 18 år, når forældrene er i behandling.'],
      ['§4.1.10', 'brugerinddragelse', 'Vi kunne godt blive bedre til at inddrage brugerne gennem brugerrådet.'],
      ['§4.1.10', 'brugerinddragelse', 'Vi vil gerne blive bedre til at inddrage brugerne, fx gennem et brugerråd.'],
    ] as const;
    const practice = [
      ['§4.1.7', 'frit_valg', 'Det undersøges, om du har behov for døgnbehandling, og du kan frit vælge et andet godkendt behandlingssted.'],
      ['§4.1.7', 'frit_valg', 'Ved visitationen undersøges, om du kan få døgnbehandling, og du kan frit vælge et andet godkendt behandlingssted.'],
      ['§4.1.10', 'brugerinddragelse', 'Forudsat at du har lyst, deltager du i brugerrådet, der mødes fire gange om året og giver input til tilbuddene.'],
      ['§4.5', 'fremtidig_indsats', 'I de kommende år vil vi undersøge, om vi kan åbne et tilbud til unge med hash-problemer.'],
      ['§4.5', 'fremtidig_indsats', 'Der er behov for et nyt tilbud til unge, og i 2027 åbner vi et ungetilbud.'],
      ['§4.1.10', 'brugerinddragelse', 'Vi er blevet bedre til at inddrage brugerne gennem brugerrådet, som mødes hver måned.'],
    ] as const;
    expectTwins(notYet, practice);
  });

  it('what citizens wish for or a council asked for is not what they are given; a wish that was granted, or the reader’s wish, is', () => {
    const wished = [
      ['§4.1.7', 'frit_valg', 'Mange borgere ønsker at kunne vælge et andet behandlingssted end Rusmiddelcentret.'],
      ['§4.1.7', 'frit_valg', 'Flere borgere vil gerne kunne vælge et privat behandlingssted.'],
      ['§6.2', 'brugerrepraesentanter', 'Brugerrådet har bedt om at blive inddraget i revisionen af kvalitetsstandarden.'],
      ['§6.2', 'brugerrepraesentanter', 'Brugerrådet har udtrykt ønske om at blive inddraget i revisionen af kvalitetsstandarden.'],
    ] as const;
    const granted = [
      ['§4.1.7', 'frit_valg', 'Mange borgere ønsker at vælge et andet behandlingssted, og derfor kan du frit vælge et offentligt eller privat tilbud.'],
      ['§4.1.7', 'frit_valg', 'Borgere der ønsker at vælge et andet behandlingssted, kan frit vælge et privat eller offentligt tilbud, der er godkendt.'],
      [
        '§6.2',
        'brugerrepraesentanter',
        'Brugerrådet har bedt om at blive inddraget i revisionen af kvalitetsstandarden, og derfor har rådet kommenteret udkastet.',
      ],
    ] as const;
    expectTwins(wished, granted);
  });

  it('practice bounded by an event or »tidligere« instead of a year, or ended or ending, is what was; the same words of what goes on are not', () => {
    const council = 'et brugerråd, hvor brugerne blev hørt om tilbuddene';
    const was = [
      ['§4.1.10', 'brugerinddragelse', 'Før omstruktureringen havde vi et brugerråd, der mødtes fire gange om året.'],
      ['§4.1.10', 'brugerinddragelse', `I mange år havde vi ${council}.`],
      ['§4.1.10', 'brugerinddragelse', `Der har tidligere været ${council}.`],
      ['§4.1.8', 'behandlingsplan', 'Behandlingsplanen blev tidligere udarbejdet sammen med borgeren og fulgt op hver 3. måned.'],
      ['§4.1.10', 'brugerinddragelse', 'Vi har desværre måttet nedlægge brugerrådet, hvor brugerne blev hørt om tilbuddene.'],
      ['§4.1.10', 'brugerinddragelse', 'Brugerrådet, hvor brugerne bliver hørt om tilbuddene, er under afvikling.'],
      ['§4.1.10', 'brugerinddragelse', 'Brugerrådet udfases i løbet af året, og brugerne vil ikke længere blive hørt om tilbuddene.'],
      ['§4.1.10', 'brugerinddragelse', `Forsøget med ${council}, er afsluttet.`],
      ['§4.1.10', 'brugerinddragelse', `Der har været ${council}, men det er ophørt.`],
      ['§4.1.7', 'frit_valg', 'Muligheden for frit valg af behandlingssted bortfalder fra 1. januar 2026.'],
      ['§4.1.13', 'personale', 'Medarbejderne har tidligere fået supervision af en ekstern psykolog, og alle var uddannede socialrådgivere.'],
      [
        '§4.3',
        'maaltal',
        'Målet var, at 40 % skulle være stoffri efter endt behandling, 30 % reducere forbruget og højst 20 % vende tilbage inden for 12 måneder.',
      ],
    ] as const;
    const is = [
      ['§4.1.10', 'brugerinddragelse', 'Brugerrådet, der tidligere hed Brugerforum, mødes fire gange om året og giver input til tilbuddene.'],
      ['§4.1.10', 'brugerinddragelse', 'Forsøget med et brugerråd er afsluttet, og rådet er nu gjort permanent og mødes fire gange om året.'],
      ['§4.1.8', 'behandlingsplan', 'Før behandlingen starter, udarbejder vi en behandlingsplan sammen med dig, som følges op hver 3. måned.'],
      ['§4.1.7', 'frit_valg', 'Har du tidligere været i behandling et andet sted, kan du frit vælge et andet offentligt eller privat behandlingstilbud.'],
      ['§4.1.10', 'brugerinddragelse', 'Engang om måneden holder brugerrådet møde med ledelsen, og brugerne giver input til tilbuddene.'],
      ['§4.1.13', 'personale', 'Har du tidligere fået behandling, kender du måske vores medarbejdere: alle er uddannede socialrådgivere og får supervision.'],
      [
        '§4.3',
        'maaltal',
        'Målet er, at 40 % er stoffri efter endt behandling, 30 % har reduceret forbruget, og højst 20 % vender tilbage inden for 12 måneder.',
      ],
    ] as const;
    expectTwins(was, is);
  });

  it('§ 4, stk. 1, nr. 1: visitation to treatment and follow-up after it, named as tasks, count among the tasks; a follow-up of something else does not', () => {
    const tasks = 'Vores opgaver er bl.a.: rådgivning af borgere og pårørende, ambulant behandling';
    expect(statusOf('§4.1.1', 'opgaver', `${tasks}, visitation til behandling og opfølgning efter endt behandling.`)).toBe('opfyldt');
    expect(statusOf('§4.1.1', 'opgaver', `${tasks} og opfølgning på budgettet.`)).not.toBe('opfyldt');
  });

  it('an aim told with the aim as its subject (»Målet er, at …«) names what is wanted, where only practice answers; where aims answer it counts', () => {
    expect(statusOf('§4.1.13', 'personale', 'Målet er, at alle medarbejdere har en relevant uddannelse og får supervision.')).not.toBe('opfyldt');
    expect(statusOf('§4.1.13', 'personale', 'Vores ambition er, at alle medarbejdere har en relevant uddannelse og får supervision.')).not.toBe('opfyldt');
    expect(statusOf('§4.1.13', 'personale', 'Alle medarbejdere har en relevant uddannelse og får supervision.')).toBe('opfyldt');
    expect(statusOf('§4.1.3', 'maal_og_vaerdier', 'Målet er, at du bliver stoffri. Vi bygger på værdierne respekt, ligeværd og åbenhed.')).toBe('opfyldt');
  });

  it('for part of the citizens, by none, at the citizen’s own contact or only on request is no practice for all; the same words for all are', () => {
    const plan = 'en behandlingsplan, som følges op hver 3. måned';
    const notForAll = [
      ['§4.1.8', 'behandlingsplan', `Ca. halvdelen af borgerne får ${plan}.`],
      ['§4.1.8', 'behandlingsplan', `De fleste borgere får ${plan}.`],
      ['§4.1.8', 'behandlingsplan', `Hvis du beder om det, udarbejder vi ${plan}.`],
      ['§6.2', 'brugerrepraesentanter', 'Ingen brugere eller pårørende har været inddraget i udarbejdelsen af denne kvalitetsstandard.'],
      ['§4.2', 'opfoelgning', 'Du er velkommen til at kontakte os 1 måned og 6 måneder efter, at din behandling er afsluttet, uanset årsagen.'],
    ] as const;
    const forAll = [
      ['§4.1.8', 'behandlingsplan', `Alle borgere får ${plan}.`],
      ['§4.1.8', 'behandlingsplan', `Vi udarbejder ${plan}, og hvis du beder om det, får du en kopi.`],
      ['§6.2', 'brugerrepraesentanter', 'Brugere og pårørende har været inddraget i udarbejdelsen af denne kvalitetsstandard.'],
      ['§4.2', 'opfoelgning', 'Vi kontakter dig 1 måned og 6 måneder efter, at din behandling er afsluttet, uanset årsagen.'],
    ] as const;
    expectTwins(notForAll, forAll);
  });

  it('what is to come without a year (soon, later, planned, to be set up) is a plan; the same words of what is, a case or the treatment’s start are not', () => {
    const council = 'et brugerråd, hvor brugerne kan komme med input til tilbuddene';
    const toCome = [
      ['§4.1.10', 'brugerinddragelse', `Vi opretter snart ${council}.`],
      ['§4.1.10', 'brugerinddragelse', 'Inden længe får brugerne mulighed for at blive hørt i et nyt brugerråd.'],
      ['§4.1.10', 'brugerinddragelse', 'I nær fremtid vil brugerne blive inddraget gennem et brugerråd.'],
      ['§4.1.10', 'brugerinddragelse', `Vi er i gang med at oprette ${council}.`],
      ['§4.1.10', 'brugerinddragelse', 'Fra næste år kommer brugerne til at blive inddraget gennem et brugerråd.'],
      ['§4.1.10', 'brugerinddragelse', 'Der vil blive oprettet et brugerråd, hvor brugerne kan komme med input til tilbuddene.'],
      ['§4.1.10', 'brugerinddragelse', 'Brugerrådet skal nedsættes, så brugerne kan komme med input til tilbuddene.'],
      ['§4.1.10', 'brugerinddragelse', `Vi forventer at oprette ${council}.`],
      ['§4.1.10', 'brugerinddragelse', `Vi har planer om ${council}.`],
      ['§4.1.7', 'frit_valg', 'Borgerne får fremadrettet mulighed for frit valg af behandlingssted.'],
      ['§4.1.14', 'monitorering', 'Vi vil begynde at registrere alle forløb i DanRIS.'],
      ['§4.1.14', 'monitorering', 'Registrering i DanRIS skal implementeres.'],
    ] as const;
    const is = [
      ['§4.1.10', 'brugerinddragelse', 'Brugerrådet blev oprettet i 2020 og mødes fire gange om året og giver input til tilbuddene.'],
      [
        '§4.1.10',
        'brugerinddragelse',
        'Så snart du er startet i behandling, kan du deltage i brugerrådet, der mødes fire gange om året og giver input til tilbuddene.',
      ],
      [
        '§4.4',
        'hjemmeboende_boern',
        'Vi spørger altid til dine hjemmeboende børn under 18 år, og ved bekymring vil vi etablere kontakt til Familieafdelingen.',
      ],
      ['§4.1.6', 'behandlingsgaranti', 'Vi vil igangsætte behandlingen senest 14 dage efter, at du har henvendt dig.'],
      ['§4.1.14', 'monitorering', 'Vi registrerer alle forløb i DanRIS.'],
      ['§4.1.10', 'brugerinddragelse', 'Du bliver inddraget i din egen behandling, og brugerrådet giver input, når der skal oprettes nye tilbud.'],
    ] as const;
    expectTwins(toCome, is);
  });

  it('what respondents answered in a survey is a share’s experience, not the practice; the survey as a practice is one', () => {
    const answered = [
      ['§4.1.10', 'brugerinddragelse', 'I brugerundersøgelsen svarede 80 %, at de var blevet inddraget i deres behandling.'],
      ['§4.1.10', 'brugerinddragelse', '75 % af brugerne angiver, at de bliver inddraget i udarbejdelsen af deres behandlingsplan.'],
      ['§4.4', 'hjemmeboende_boern', 'I undersøgelsen svarede 60 % af borgerne, at behandleren havde spurgt til deres hjemmeboende børn under 18 år.'],
    ] as const;
    const practice = [
      [
        '§4.1.10',
        'brugerinddragelse',
        'Vi gennemfører hvert år en brugerundersøgelse, og brugerne inddrages gennem et brugerråd, der mødes fire gange om året.',
      ],
      ['§4.4', 'hjemmeboende_boern', 'Behandleren spørger altid til dine hjemmeboende børn under 18 år, og 60 % af familierne tager imod en familiesamtale.'],
    ] as const;
    expectTwins(answered, practice);
  });

  it('a figure inside what is aimed at (»Målet er, at … inden 14 dage«, »Vi sigter mod, at …«) is the figure wanted, not done; told as practice, or after an aim of attention, it is', () => {
    const aimed = [
      ['§4.1.6', 'behandlingsgaranti', 'Målet er, at behandlingen starter inden 14 dage efter din henvendelse og at du får en behandlingsplan.'],
      ['§4.1.6', 'behandlingsgaranti', 'Det er målet, at du kan starte i behandling senest 14 dage efter, at du har henvendt dig.'],
      ['§4.1.6', 'behandlingsgaranti', 'Vores mål er at starte behandlingen senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'Vi har som mål at tilbyde behandling senest 14 dage efter henvendelsen til Rusmiddelcentret.'],
      ['§4.1.6', 'behandlingsgaranti', 'Vi sigter mod, at behandlingen iværksættes senest 14 dage efter din henvendelse.'],
      ['§4.1.6', 'behandlingsgaranti', 'Det er vigtigt for os, at du får tilbudt behandling senest 14 dage efter din henvendelse.'],
      ['§4.1.8', 'behandlingsplan', 'Målet er, at alle borgere får en behandlingsplan og at den følges op hver 3. måned.'],
      ['§4.1.13', 'personale', 'Vi lægger vægt på, at alle 12 medarbejdere har en relevant uddannelse og får supervision 4 gange om året.'],
    ] as const;
    const done = [
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen starter inden 14 dage efter din henvendelse, og du får en behandlingsplan.'],
      ['§4.1.6', 'behandlingsgaranti', 'Du kan starte i behandling senest 14 dage efter, at du har henvendt dig.'],
      ['§4.1.8', 'behandlingsplan', 'Alle borgere får en behandlingsplan sammen med behandleren, og den følges op hver 3. måned.'],
      ['§4.1.13', 'personale', 'Alle 12 medarbejdere har en relevant uddannelse og får supervision 4 gange om året.'],
      ['§4.1.13', 'personale', 'Vi har fokus på faglighed med supervision 4 gange om året, og alle medarbejdere har en socialfaglig uddannelse.'],
      // A target figure is what § 4, stk. 3 asks for: aims answer it.
      [
        '§4.3',
        'maaltal',
        'Vi sigter mod, at 40 % er stoffri efter endt behandling, 30 % har reduceret forbruget, og højst 20 % vender tilbage inden for 12 måneder.',
      ],
    ] as const;
    expectTwins(aimed, done);
  });

  it('what the kommune looks into (»ser på, om …«, »kigger nærmere på, om …«, »undersøger, om … kan starte«) is not done yet; looking at the citizen’s case is practice', () => {
    const lookedInto = [
      ['§4.1.10', 'brugerinddragelse', 'Forvaltningen ser på, om brugerne kan inddrages gennem et brugerråd, der mødes fire gange om året.'],
      ['§4.1.10', 'brugerinddragelse', 'Vi kigger nærmere på, om der kan oprettes et brugerråd, hvor brugerne giver input til tilbuddene.'],
      ['§4.1.6', 'behandlingsgaranti', 'Rusmiddelcentret undersøger, om behandlingen kan starte senest 14 dage efter din henvendelse.'],
      ['§4.1.6', 'behandlingsgaranti', 'Det ses på, om behandlingen kan iværksættes senest 14 dage efter henvendelsen.'],
    ] as const;
    const practice = [
      ['§4.1.10', 'brugerinddragelse', 'Brugerne inddrages gennem et brugerråd, der mødes fire gange om året.'],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen starter senest 14 dage efter din henvendelse.'],
      ['§4.4', 'hjemmeboende_boern', 'Behandleren ser på, om borgeren har hjemmeboende børn under 18 år, og kontakter Familieafdelingen ved bekymring.'],
    ] as const;
    expectTwins(lookedInto, practice);
  });

  it('§ 4, stk. 4: staff who act on what they notice (»… og handler på det«) say more than the law, though not how; the law’s words alone, or a text about itself, say nothing', () => {
    const noticed = 'Medarbejderne er opmærksomme på, om borgeren har hjemmeboende børn';
    expect(statusOf('§4.4', 'hjemmeboende_boern', `${noticed}.`)).toBe('mangler');
    expect(statusOf('§4.4', 'hjemmeboende_boern', 'Afsnittet handler om opmærksomhed på hjemmeboende børn og deres trivsel.')).toBe('mangler');
    expect(statusOf('§4.4', 'hjemmeboende_boern', `${noticed}, og handler på det.`)).toBe('delvist');
    expect(statusOf('§4.4', 'hjemmeboende_boern', 'Vi er opmærksomme på dine hjemmeboende børn og handler altid på det.')).toBe('delvist');
    expect(statusOf('§4.4', 'hjemmeboende_boern', `${noticed}, og handler på det ved at kontakte Familieafdelingen.`)).toBe('opfyldt');
  });

  it('the law’s rule told as the law’s with only its paragraph named (»Det fremgår af § 101, at …«, »Jf. § 101, stk. 4, skal …«) is quoted law; the kommune’s own words citing it are practice', () => {
    const lawOnly = [
      ['§4.1.6', 'behandlingsgaranti', 'Det fremgår af § 101, at behandlingen skal iværksættes senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'Ifølge § 101, stk. 4, skal behandlingen iværksættes senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'Jf. § 101, stk. 4, skal tilbud om behandling iværksættes senest 14 dage efter henvendelsen til kommunen.'],
      ['§4.1.7', 'frit_valg', 'Det følger af § 101, stk. 3, at borgeren kan vælge et andet offentligt eller privat behandlingstilbud.'],
      ['§4.1.7', 'frit_valg', 'Af § 101, stk. 3, fremgår det, at borgeren kan vælge et andet offentligt eller privat behandlingstilbud.'],
    ] as const;
    const own = [
      ['§4.1.6', 'behandlingsgaranti', 'Jf. § 101 starter din behandling senest 14 dage efter, at du har henvendt dig.'],
      ['§4.1.6', 'behandlingsgaranti', 'Efter § 101 skal du tilbydes behandling senest 14 dage efter din henvendelse.'],
      ['§4.1.7', 'frit_valg', 'Du kan jf. § 101, stk. 3 vælge et andet offentligt eller privat behandlingstilbud.'],
    ] as const;
    expectTwins(lawOnly, own);
  });

  it('a wish or an aim in other words (»Vi vil gerne …«, »Et af vores mål er at …«, »Det er tanken, at …«, »Vi arbejder hen imod …«, »Vi forventer at …«) names what is wanted, its means too; practice in the same words is an answer', () => {
    const wished = [
      ['§4.1.6', 'behandlingsgaranti', 'Vi vil gerne starte behandlingen senest 14 dage efter din henvendelse.'],
      ['§4.1.10', 'brugerinddragelse', 'Vi vil gerne inddrage brugerne gennem et brugerråd, der mødes fire gange om året.'],
      ['§4.1.10', 'brugerinddragelse', 'Et af vores mål er at inddrage brugerne gennem et brugerråd, der mødes fire gange om året.'],
      ['§4.1.10', 'brugerinddragelse', 'Det er tanken, at brugerrådet mødes fire gange om året og giver input til tilbuddene.'],
      ['§4.1.10', 'brugerinddragelse', 'Vi arbejder hen imod et brugerråd, der mødes fire gange om året og giver input til tilbuddene.'],
      ['§4.1.10', 'brugerinddragelse', 'Kommunen vil arbejde for, at brugerne inddrages gennem et brugerråd.'],
      ['§4.1.10', 'brugerinddragelse', 'Vi forventer at oprette et brugerråd, der mødes fire gange om året.'],
      ['§4.4', 'hjemmeboende_boern', 'Vi har et ønske om at spørge alle borgere til hjemmeboende børn under 18 år.'],
      ['§4.4', 'hjemmeboende_boern', 'Det er meningen, at behandleren spørger til hjemmeboende børn under 18 år.'],
      ['§4.4', 'hjemmeboende_boern', 'Vi drømmer om altid at spørge til hjemmeboende børn under 18 år.'],
    ] as const;
    const done = [
      ['§4.1.6', 'behandlingsgaranti', 'Vi starter behandlingen senest 14 dage efter din henvendelse.'],
      ['§4.1.10', 'brugerinddragelse', 'Vi inddrager brugerne gennem et brugerråd, der mødes fire gange om året.'],
      ['§4.1.10', 'brugerinddragelse', 'Vi lægger vægt på brugerinddragelse gennem brugerrådet, der mødes fire gange om året.'],
      ['§4.1.10', 'brugerinddragelse', 'Vi vil gerne høre din mening, og brugerrådet mødes fire gange om året og giver input til tilbuddene.'],
      ['§4.4', 'hjemmeboende_boern', 'Behandleren spørger altid til hjemmeboende børn under 18 år.'],
    ] as const;
    expectTwins(wished, done);
  });

  it('an instruction to staff (»Sørg for, at …«, »Spørg altid borgeren …«, »Behandleren skal huske at …«) is what should be done, not what the citizen gets; the same told as practice, or to the reader, is an answer', () => {
    const instructed = [
      ['§4.1.6', 'behandlingsgaranti', 'Sørg for at behandlingen starter senest 14 dage efter henvendelsen.'],
      ['§4.4', 'hjemmeboende_boern', 'Sørg altid for at spørge borgeren, om der er hjemmeboende børn under 18 år.'],
      ['§4.4', 'hjemmeboende_boern', 'Behandleren skal huske at spørge til hjemmeboende børn under 18 år og tilbyde en familiesamtale.'],
      ['§4.4', 'hjemmeboende_boern', 'Spørg altid borgeren, om der er hjemmeboende børn under 18 år, og underret Familieafdelingen ved bekymring.'],
      ['§4.1.8', 'behandlingsplan', 'Udarbejd en behandlingsplan sammen med borgeren senest 14 dage efter opstart, og følg op hver 3. måned.'],
    ] as const;
    const told = [
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen starter senest 14 dage efter din henvendelse.'],
      ['§4.4', 'hjemmeboende_boern', 'Behandleren spørger altid, om der er hjemmeboende børn under 18 år, og underretter Familieafdelingen ved bekymring.'],
      ['§4.4', 'hjemmeboende_boern', 'Sørg for at fortælle din behandler, om du har hjemmeboende børn under 18 år, så vi kan tilbyde en familiesamtale.'],
      ['§4.4', 'hjemmeboende_boern', 'Du skal huske at fortælle os, om du har hjemmeboende børn under 18 år, så vi kan tilbyde en familiesamtale.'],
      ['§4.1.8', 'behandlingsplan', 'Vi udarbejder en behandlingsplan sammen med dig senest 14 dage efter opstart og følger op hver 3. måned.'],
    ] as const;
    expectTwins(instructed, told);
  });

  it('under a heading of practice in a town named without »Kommune« (»Erfaringer fra Aarhus«, »Sådan gør man i Odense«) the plainest sentence is another’s; the own town, or a place of the kommune’s own, is not', () => {
    const under = (heading: string, id: string, text: string) =>
      finding(checked(`oevrige_afsnit:\n  - noegle: x\n    overskrift: ${heading}\n    tekst: ${JSON.stringify(text)}\n`), id).status;
    const council = ['§4.1.10', 'Der er et brugerråd, som mødes fire gange om året og inddrages i udviklingen af behandlingen.'] as const;
    const children = ['§4.4', 'Behandleren spørger altid til hjemmeboende børn under 18 år og tilbyder familiesamtaler.'] as const;
    const elsewhere = [
      'Erfaringer fra Aarhus',
      'Sådan gør man i Odense',
      'Praksis i Ringkøbing-Skjern',
      'Hvordan arbejder de i Vejle?',
      'Modellen fra Herning',
    ];
    const own = ['Erfaringer fra Testby', 'Sådan gør man i Testby', 'Praksis i Rusmiddelcentret', 'Sådan gør vi i Odense'];
    for (const [id, text] of [council, children]) {
      expect(elsewhere.filter((heading) => under(heading, id, text) === 'opfyldt')).toEqual([]);
      expect(own.filter((heading) => under(heading, id, text) !== 'opfyldt')).toEqual([]);
    }
  });

  it('the kommune’s duty in the law’s voice, whatever its verb (»Kommunen skal give borgeren …«), is the law restated; what the kommune does, or tells the reader to do, is an answer', () => {
    const duty = [
      ['§4.1.7', 'frit_valg', 'Kommunen skal give borgeren mulighed for frit valg mellem offentlige og private behandlingstilbud.'],
      ['§4.1.8', 'behandlingsplan', 'Kommunen skal udarbejde en behandlingsplan sammen med borgeren og følge op på den hver 3. måned.'],
      ['§4.1.6', 'behandlingsgaranti', 'Byrådet skal tilbyde behandling senest 14 dage efter henvendelsen.'],
    ] as const;
    const done = [
      ['§4.1.7', 'frit_valg', 'Kommunen giver borgeren mulighed for frit valg mellem offentlige og private behandlingstilbud.'],
      ['§4.1.8', 'behandlingsplan', 'Kommunen udarbejder en behandlingsplan sammen med borgeren og følger op på den hver 3. måned.'],
      ['§4.1.7', 'frit_valg', 'Kommunen skal du kontakte, hvis du vil vælge et andet offentligt eller privat behandlingstilbud.'],
    ] as const;
    expectTwins(duty, done);
  });

  it('a sentence only about psychiatry or a housing offer (botilbud, bosted) is the neighbouring service’s; with the drugs named, or a residential treatment, it is § 101’s', () => {
    const neighbours = [
      ['§4.4', 'hjemmeboende_boern', 'I psykiatrien spørger vi altid til hjemmeboende børn under 18 år og underretter ved bekymring.'],
      ['§4.4', 'hjemmeboende_boern', 'Behandlerne i regionspsykiatrien spørger altid til hjemmeboende børn under 18 år og underretter ved bekymring.'],
      ['§4.1.10', 'brugerinddragelse', 'Pårørende til psykisk syge inddrages gennem et pårørenderåd, der mødes fire gange om året.'],
      ['§4.1.7', 'frit_valg', 'Du kan frit vælge mellem kommunens botilbud og private botilbud.'],
      ['§4.1.11', 'betaling', 'Beboere på botilbuddet betaler 75 kr. pr. døgn for kost og logi.'],
      ['§4.1.11', 'betaling', 'Du betaler 75 kr. pr. døgn for kost og logi på det psykiatriske bosted.'],
    ] as const;
    const own = [
      ['§4.4', 'hjemmeboende_boern', 'I stofmisbrugsbehandlingen spørger vi altid til hjemmeboende børn under 18 år og underretter ved bekymring.'],
      ['§4.1.10', 'brugerinddragelse', 'Pårørende til borgere med et stofmisbrug inddrages gennem et pårørenderåd, der mødes fire gange om året.'],
      ['§4.1.7', 'frit_valg', 'Du kan frit vælge mellem kommunens og private tilbud om behandling for stofmisbrug.'],
      ['§4.1.11', 'betaling', 'Under døgnbehandling på et midlertidigt botilbud betaler du 75 kr. pr. døgn for kost og logi.'],
    ] as const;
    expectTwins(neighbours, own);
  });

  it('the treatment of a mental illness, people by their mental illness and psychiatry after an adverbial are psychiatry’s; with the misuse named, a dual diagnosis or the kommune’s own work with psychiatry, § 101’s', () => {
    const psychiatry = [
      ['§4.4', 'hjemmeboende_boern', 'I behandlingen af psykiske lidelser spørger vi altid til hjemmeboende børn.'],
      ['§4.4', 'hjemmeboende_boern', 'Ved psykiatrisk behandling tales der med patienten om hjemmeboende børn under 18 år.'],
      ['§4.4', 'hjemmeboende_boern', 'Borgere med en psykisk lidelse og hjemmeboende børn tilbydes samtaler om børnene.'],
      ['§4.1.8', 'behandlingsplan', 'Patienter med en psykisk lidelse får en behandlingsplan, der følges op hver måned.'],
      ['§4.1.8', 'behandlingsplan', 'Behandlingsplanen for din psykiatriske behandling udarbejdes sammen med dig og følges op hver 3. måned.'],
      ['§4.1.8', 'behandlingsplan', 'For borgere med dobbeltdiagnose udarbejder distriktspsykiatrien en behandlingsplan, som følges op hver 3. måned.'],
      ['§4.1.6', 'behandlingsgaranti', 'Behandling af din psykiske lidelse starter senest 14 dage efter din henvendelse.'],
      ['§4.1.7', 'frit_valg', 'Du kan frit vælge mellem psykiatriske behandlingssteder i hele landet.'],
    ] as const;
    const own = [
      ['§4.4', 'hjemmeboende_boern', 'I behandlingen af dit misbrug spørger vi altid til hjemmeboende børn.'],
      ['§4.4', 'hjemmeboende_boern', 'Borgere med en psykisk lidelse og et misbrug spørges altid til hjemmeboende børn.'],
      [
        '§4.1.8',
        'behandlingsplan',
        'Har du også en psykisk lidelse, udarbejder vi din behandlingsplan sammen med dig og distriktspsykiatrien og følger op hver 3. måned.',
      ],
      ['§4.1.8', 'behandlingsplan', 'For borgere med dobbeltdiagnose udarbejder vi en behandlingsplan, som følges op hver 3. måned.'],
      ['§4.1.6', 'behandlingsgaranti', 'Behandling af dit stofmisbrug starter senest 14 dage efter din henvendelse.'],
    ] as const;
    expectTwins(psychiatry, own);
  });

  it('an aim by a label, a lead-in, the passive or other verbs (»Mål: …«, »Vores mål:« over a list, »… tilstræbes startet …«, »Vi satser på, at …«) is an aim; the same lines told as practice, or under a lead-in of what is done, are answers', () => {
    const start = 'Behandlingen starter senest 14 dage efter henvendelsen.';
    const aims = [
      ['§4.1.6', 'behandlingsgaranti', `Mål: ${start}`],
      ['§4.1.6', 'behandlingsgaranti', `Målsætning: ${start}`],
      ['§4.1.6', 'behandlingsgaranti', `Vores mål:\n\n- ${start}\n- Alle får en behandlingsplan.`],
      ['§4.1.6', 'behandlingsgaranti', `Målet er:\n\n- at ${start.toLowerCase()}`],
      ['§4.1.10', 'brugerinddragelse', 'Målsætninger:\n\n- Brugerne inddrages gennem et brugerråd, der mødes fire gange om året.'],
      ['§4.1.6', 'behandlingsgaranti', 'Det tilstræbes således, at behandlingen starter senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen tilstræbes startet senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen søges igangsat senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen forventes at starte senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'Det er ønskeligt, at behandlingen starter senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'Vi satser på, at behandlingen starter senest 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'Vi har sat os det mål, at behandlingen starter senest 14 dage efter henvendelsen.'],
    ] as const;
    const practice = [
      ['§4.1.6', 'behandlingsgaranti', start],
      ['§4.1.6', 'behandlingsgaranti', `Det betyder for dig:\n\n- ${start}\n- Du får en behandlingsplan.`],
      ['§4.1.6', 'behandlingsgaranti', `Frist: ${start}`],
      ['§4.1.6', 'behandlingsgaranti', 'Du forventes at møde op til samtalen, og behandlingen starter senest 14 dage efter din henvendelse.'],
      ['§4.3', 'maaltal', 'Mål:\n\n- 40 % er stoffri efter endt behandling\n- 30 % har reduceret forbruget\n- højst 20 % vender tilbage inden for 12 måneder'],
    ] as const;
    expectTwins(aims, practice);
  });

  it('means or partners left unnamed (»via relevante systemer«, »gennem forskellige metoder«, »med relevante aktører«) restate the law; named, they answer', () => {
    const unnamed = [
      ['§4.1.14', 'monitorering', 'Indsatsen monitoreres via relevante systemer.'],
      ['§4.1.14', 'monitorering', 'Indsatsen monitoreres gennem forskellige metoder.'],
      ['§4.1.9', 'handleplaner', 'Handleplaner koordineres med relevante aktører.'],
      ['§4.1.9', 'handleplaner', 'Handleplaner koordineres gennem relevante samarbejder.'],
    ] as const;
    const named = [
      ['§4.1.14', 'monitorering', 'Indsatsen monitoreres via DanRIS.'],
      ['§4.1.14', 'monitorering', 'Indsatsen monitoreres gennem registrering i DanRIS og en årlig brugerundersøgelse.'],
      ['§4.1.9', 'handleplaner', 'Handleplaner efter § 141 koordineres med jobcentret og din sagsbehandler.'],
    ] as const;
    expectTwins(unnamed, named);
    expect(statusOf('§4.1.10', 'brugerinddragelse', 'Brugerne inddrages via forskellige kanaler.')).toBe('mangler');
  });

  it('what the kommune could do (»Det er muligt at inddrage …«, »Vi har mulighed for at registrere …«, »Forløbene kan registreres …«) is not what it does; what the reader may do is a right told', () => {
    const could = [
      ['§4.1.10', 'brugerinddragelse', 'Der er mulighed for at oprette et brugerråd, der mødes fire gange om året.'],
      ['§4.1.10', 'brugerinddragelse', 'Det er muligt at inddrage brugerne gennem et brugerråd, der mødes fire gange om året.'],
      ['§4.1.10', 'brugerinddragelse', 'Brugerne kan inddrages gennem et brugerråd, der mødes fire gange om året.'],
      ['§4.1.14', 'monitorering', 'Vi har mulighed for at registrere forløbene i DanRIS.'],
      ['§4.1.14', 'monitorering', 'Forløbene kan registreres i DanRIS.'],
      ['§4.1.14', 'monitorering', 'DanRIS kan bruges til at monitorere indsatsen.'],
    ] as const;
    const does = [
      ['§4.1.10', 'brugerinddragelse', 'Brugerne inddrages gennem et brugerråd, der mødes fire gange om året.'],
      ['§4.1.14', 'monitorering', 'Vi registrerer alle forløb i DanRIS.'],
      ['§4.1.7', 'frit_valg', 'Du har mulighed for at vælge et andet offentligt eller privat behandlingstilbud.'],
      [
        '§4.1.12',
        'sagsbehandling_og_klageadgang',
        'Det er muligt at klage over afgørelsen til Ankestyrelsen inden fire uger, og afgørelsen træffes inden 14 dage.',
      ],
    ] as const;
    expectTwins(could, does);
  });

  it('what the kommune may do (»Der kan tilbydes …«, »Vi kan tilbyde …«, »… kan komme på tale«) or a system it has access to is not what it does, where the law asks what it has or does; what the reader or staff may do, and a practice beside it, answer', () => {
    const may = [
      ['§4.4', 'hjemmeboende_boern', 'Der kan tilbydes familiesamtaler til familier med hjemmeboende børn.'],
      ['§4.4', 'hjemmeboende_boern', 'Har du hjemmeboende børn, kan der tilbydes familiesamtaler.'],
      ['§4.4', 'hjemmeboende_boern', 'Vi kan tilbyde familiesamtaler til borgere med hjemmeboende børn.'],
      ['§4.4', 'hjemmeboende_boern', 'Hvis du har hjemmeboende børn, kan din behandler henvise jer til familiebehandling.'],
      ['§4.4', 'hjemmeboende_boern', 'Det kan være relevant at tilbyde familiesamtaler, når borgeren har hjemmeboende børn.'],
      ['§4.4', 'hjemmeboende_boern', 'Familieorienteret behandling kan komme på tale for borgere med hjemmeboende børn.'],
      ['§4.4', 'hjemmeboende_boern', 'Der kan i nogle forløb indgå børnesamtaler med dine hjemmeboende børn.'],
      ['§4.1.10', 'brugerinddragelse', 'Der kan afholdes brugermøder og brugerundersøgelser.'],
      ['§4.1.10', 'brugerinddragelse', 'Brugerundersøgelser kan gennemføres.'],
      ['§4.1.8', 'behandlingsplan', 'Der er mulighed for at udarbejde en behandlingsplan, som følges op hver 3. måned.'],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen kan iværksættes inden for 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen kan starte senest 14 dage efter din henvendelse.'],
      ['§4.1.14', 'monitorering', 'Kommunen har adgang til DanRIS.'],
      ['§4.1.14', 'monitorering', 'Rusmiddelcentret har adgang til Stofmisbrugsdatabasen og Sociale Indsatser.'],
      ['§4.1.14', 'monitorering', 'Kommunen er tilsluttet DanRIS.'],
      ['§4.1.13', 'personale', 'Der kan tilbydes supervision, og medarbejderne kan henvises til efteruddannelse.'],
      ['§4.5', 'fremtidig_indsats', 'Der kan i de kommende år etableres flere tilbud til unge med et stofmisbrug.'],
    ] as const;
    const does = [
      ['§4.4', 'hjemmeboende_boern', 'Vi spørger altid til dine hjemmeboende børn og tilbyder familiesamtaler.'],
      ['§4.4', 'hjemmeboende_boern', 'Har du hjemmeboende børn, tilbyder vi familiesamtaler.'],
      ['§4.4', 'hjemmeboende_boern', 'Vi spørger altid til dine hjemmeboende børn, og der kan tilbydes familiesamtaler.'],
      ['§4.4', 'hjemmeboende_boern', 'Du kan tale med din behandler om dine børn.'],
      ['§4.1.10', 'brugerinddragelse', 'Du kan deltage i brugerrådet, som mødes fire gange om året.'],
      ['§4.1.13', 'personale', 'Medarbejderne er socialrådgivere og sygeplejersker og kan deltage i efteruddannelse og supervision.'],
      ['§4.1.13', 'personale', 'Behandlerne kan være socialrådgivere, pædagoger eller sygeplejersker, og de får supervision hver måned.'],
      ['§4.1.8', 'behandlingsplan', 'Vi udarbejder en behandlingsplan sammen med dig, og den følges op hver 3. måned.'],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen iværksættes inden for 14 dage efter henvendelsen.'],
      ['§4.1.7', 'frit_valg', 'Du kan frit vælge et andet offentligt eller privat behandlingstilbud, og retten kan benyttes også under behandlingen.'],
      ['§4.1.12', 'sagsbehandling_og_klageadgang', 'Afgørelsen kan påklages til Ankestyrelsen inden fire uger, og vi træffer afgørelse inden 14 dage.'],
      ['§4.1.14', 'monitorering', 'Kommunen har adgang til DanRIS og registrerer alle forløb i det.'],
      ['§4.1.14', 'monitorering', 'Kommunen anvender DanRIS til registrering af alle forløb.'],
    ] as const;
    expectTwins(may, does);
    // What it may do names the subject: partly answered, not missing.
    expect(statusOf('§4.4', 'hjemmeboende_boern', may[0][2])).toBe('delvist');
  });

  it('a template’s blank left in a sentence of any length (»XX«, »NN«, »[indsæt antal]«, »<kommunens navn>«, »{antal}«, »___«, »… dage«, »x gange«) leaves it unwritten; filled in, or with a link, a tag or a figure, it answers', () => {
    const council = 'inddrager brugerne gennem et brugerråd, der mødes fire gange om året, og brugerne inddrages i planlægningen';
    const meets = (times: string) => `Brugerrådet mødes ${times} om året, og brugerne inddrages i planlægningen af tilbuddene.`;
    const blanks = [
      ['§4.1.10', 'brugerinddragelse', `XX Kommune ${council}.`],
      ['§4.1.10', 'brugerinddragelse', `NN ${council}.`],
      ['§4.1.10', 'brugerinddragelse', `<kommunens navn> ${council}.`],
      ['§4.1.10', 'brugerinddragelse', `I [kommunens navn] ${council}.`],
      ['§4.1.10', 'brugerinddragelse', meets('[indsæt antal] gange')],
      ['§4.1.10', 'brugerinddragelse', meets('{antal} gange')],
      ['§4.1.10', 'brugerinddragelse', meets('___ gange')],
      ['§4.1.10', 'brugerinddragelse', meets('x gange')],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen starter senest … dage efter din henvendelse, og du har ret til at starte inden da.'],
    ] as const;
    const filled = [
      ['§4.1.10', 'brugerinddragelse', `Testby Kommune ${council}.`],
      ['§4.1.10', 'brugerinddragelse', meets('4 gange')],
      ['§4.1.10', 'brugerinddragelse', meets('<b>fire</b> gange')],
      ['§4.1.10', 'brugerinddragelse', `${meets('4 gange')} Læs mere om [brugerrådet](https://www.testby.dk/brugerraad).`],
      ['§4.1.10', 'brugerinddragelse', meets('2 x 2 gange')],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen starter senest 14 dage efter din henvendelse, og du har ret til at starte inden da.'],
    ] as const;
    expectTwins(blanks, filled);
    expect(texts(checked(`brugerinddragelse:\n  tekst: ${JSON.stringify(meets('___ gange'))}\n`), '§4.1.10')).toContain('er kun en pladsholder');
  });

  it('a list item with an empty task box (»- [ ] …«) is an option not chosen and answers nothing; a ticked one says what it says', () => {
    const list = (box: string, items: readonly string[]) => ['Vi gør følgende:', '', ...items.map((item) => `- ${box}${item}`)].join('\n');
    const cases = [
      ['§4.1.10', 'brugerinddragelse', ['Brugerrådet mødes fire gange om året og giver råd om tilbuddet.', 'Vi gennemfører en brugerundersøgelse hvert år.']],
      ['§4.1.8', 'behandlingsplan', ['Vi udarbejder en behandlingsplan sammen med dig, og den følges op hver 3. måned.']],
      ['§4.1.14', 'monitorering', ['Vi registrerer alle forløb i DanRIS.']],
    ] as const;
    const empty = cases.flatMap(([id, field, items]) => ['[ ] ', '[ ]  '].map((box) => [id, field, list(box, items)] as const));
    const ticked = cases.flatMap(([id, field, items]) => ['[x] ', '[X] ', ''].map((box) => [id, field, list(box, items)] as const));
    expectTwins(empty, ticked);
    // Nor does a template's blank in an item give the sentence that leads into the list an answer.
    const blanks = [
      ['§4.1.10', 'brugerinddragelse', list('', ['XX gange om året holder brugerrådet møde.', 'Brugerundersøgelsen gennemføres [indsæt hvor ofte].'])],
      ['§4.1.14', 'monitorering', list('', ['Forløbene registreres i [system].', 'Data indberettes til NN hvert kvartal.'])],
    ] as const;
    expectTwins(blanks, []);
  });

  it('a label or a table’s row whose value is a status of what is not there (ended, lacking, being set up, planned, awaiting) is no answer; a value that tells it is', () => {
    const table = (label: string, value: string) => `| Emne | Status |\n| --- | --- |\n| ${label} | ${value} |`;
    const council = 'Brugerråd, der mødes fire gange om året';
    const notThere = [
      ['§4.1.10', 'brugerinddragelse', table(council, 'Nedlagt')],
      ['§4.1.10', 'brugerinddragelse', table(council, 'Mangler')],
      ['§4.1.10', 'brugerinddragelse', table(council, 'Under overvejelse')],
      ['§4.1.10', 'brugerinddragelse', table('Brugerråd', 'Under etablering')],
      ['§4.1.10', 'brugerinddragelse', 'Brugerråd: Planlagt'],
      ['§4.1.10', 'brugerinddragelse', `${council}: Nedlagt`],
    ] as const;
    const there = [
      ['§4.1.10', 'brugerinddragelse', table('Brugerråd', 'Brugerne inddrages gennem et brugerråd, der mødes fire gange om året')],
      ['§4.1.10', 'brugerinddragelse', `${council}: Etableret i 2020 og giver input til tilbuddene`],
    ] as const;
    expectTwins(notThere, there);
  });

  it('a picture’s description is not printed (the published page drops it), so it answers nothing, however the picture is written; the same words as text answer', () => {
    const words = 'Brugerrådet mødes fire gange om året og giver råd om behandlingen';
    const pictures = [
      `![${words}](kort.png)`,
      `![${words}][kort]\n\n[kort]: kort.png`,
      `![${words}][]\n\n[${words}]: kort.png`,
      `![${words}]\n\n[${words}]: kort.png`,
      `Se billedet: ![${words}](kort.png "Kort")`,
    ];
    expectTwins(
      pictures.map((text) => ['§4.1.10', 'brugerinddragelse', text] as const),
      [
        ['§4.1.10', 'brugerinddragelse', `${words}.`],
        ['§4.1.10', 'brugerinddragelse', `${words}. ![Kort](kort.png)`],
      ],
    );
  });

  it('what the published page leaves out with its content (an HTML comment, a script, a template, a tag’s attributes) answers nothing; the same words beside such a thing answer', () => {
    const words = 'Brugerrådet mødes fire gange om året og giver råd om behandlingen.';
    const hidden = [
      `<!-- ${words} ${words} ${words} ${words} -->`,
      `<!--\n${words}\n-->`,
      `Vi arbejder med inddragelse.\n\n<!-- Udkast:\n\n${words}\n\n-->`,
      `<!-- ${words}`,
      `<script>${words}</script>`,
      `<SCRIPT type="text/plain">\n${words}\n</SCRIPT>`,
      `<template>${words}</template>`,
    ];
    // The page prints none of them: what the check reads is what the reader sees.
    for (const text of hidden) expect(markdownToHtml(text, { sectionLevel: 2, idPrefix: 'x' })).not.toContain('Brugerrådet');
    expectTwins(
      hidden.map((text) => ['§4.1.10', 'brugerinddragelse', text] as const),
      [
        ['§4.1.10', 'brugerinddragelse', `<!-- udkast -->\n${words}`],
        ['§4.1.10', 'brugerinddragelse', `${words}\n\n<script>x</script>`],
        ['§4.1.10', 'brugerinddragelse', `<div hidden>${words}</div>`],
        ['§4.1.10', 'brugerinddragelse', `<span title="a > b">Læs mere</span> ${words}`],
      ],
    );
    // Nor a tag's attributes, however long: a title is no text of the page.
    const titled = `<abbr title="${words} ${words} ${words}">BR</abbr> er vores råd.`;
    expect(markdownToHtml(titled, { sectionLevel: 2, idPrefix: 'x' })).not.toContain('Brugerrådet');
    expect(statusOf('§4.1.10', 'brugerinddragelse', titled)).not.toBe('opfyldt');
  });

  /** Where a requirement's sentence is placed below: its own field, and a heading on its subject for another section. */
  const homes: Record<string, readonly [field: string, heading: string]> = {
    '§4.1.6': ['behandlingsgaranti', 'Behandlingsgaranti'],
    '§4.1.9': ['handleplaner', 'Handleplaner'],
    '§4.1.10': ['brugerinddragelse', 'Brugerinddragelse'],
    '§4.1.13': ['personale', 'Personale'],
    '§4.4': ['hjemmeboende_boern', 'Børn og familie'],
    '§4.1.7': ['frit_valg', 'Frit valg'],
    '§4.1.12': ['sagsbehandling_og_klageadgang', 'Sagsbehandling og klageadgang'],
    '§4.1.14': ['monitorering', 'Monitorering'],
    '§4.1.15': ['gavekort', 'Gavekort'],
    '§4.2': ['opfoelgning', 'Opfølgning efter afsluttet behandling'],
    '§4.5': ['fremtidig_indsats', 'Den fremtidige indsats'],
  };
  /** The status of a sentence placed three ways: in the requirement's own field, in another section under a heading on its subject, and as a list's item. */
  const placed = (id: string, text: string) => {
    const [field, heading] = homes[id]!;
    return [
      statusOf(id, field, text),
      finding(checked(`oevrige_afsnit:\n  - noegle: x\n    overskrift: ${heading}\n    tekst: ${JSON.stringify(text)}\n`), id).status,
      statusOf(id, field, `Sådan gør vi:\n\n- ${text}`),
    ];
  };
  /** The sentences met in any of the three places, with the status. */
  const metSomewhere = (cases: readonly (readonly [id: string, text: string])[]) =>
    cases.flatMap(([id, text]) => placed(id, text).map((status) => `${status} ${text}`)).filter((line) => line.startsWith('opfyldt'));

  it('»??« or »???« standing for a template’s blank leaves the sentence unwritten, as »XX« does; a question’s own marks do not', () => {
    const blanks = [
      ['§4.1.10', 'Brugerrådet mødes ?? gange om året, og brugerne inddrages i planlægningen af tilbuddene.'],
      ['§4.1.10', 'Brugerne inddrages i planlægningen af tilbuddene gennem et brugerråd, der mødes ??? gange om året.'],
      ['§4.1.6', 'Behandlingen starter senest ?? dage efter din henvendelse, og du har ret til at starte inden da.'],
      ['§4.1.13', 'Personalet består af ?? socialrådgivere og (??) sygeplejersker, som alle har efteruddannelse i misbrugsbehandling.'],
    ] as const;
    const filled = blanks.map(([id, text]) => [id, text.replace('???', 'fire').replace('(??)', 'to').replace('??', '14')] as const);
    expect(metSomewhere(blanks)).toEqual([]);
    expect(metSomewhere(filled)).toHaveLength(filled.length * 3);
    expect(texts(checked(`brugerinddragelse:\n  tekst: ${JSON.stringify(blanks[0][1])}\n`), '§4.1.10')).toContain('er kun en pladsholder');
    // A question keeps its marks, however many and however spaced, and is answered by the sentence after it.
    const answer = 'Vi holder brugermøder hver måned, hvor du kan komme med forslag til tilbuddene.';
    for (const question of ['Hvad kan du forvente?', 'Hvad kan du forvente??', 'Hvad kan du forvente ??', 'Hvordan bliver du hørt???'])
      expect(placed('§4.1.10', `${question} ${answer}`)).toEqual(['opfyldt', 'opfyldt', 'opfyldt']);
  });

  it('a duty the law sets, stated as a duty, is the law restated: §4.4’s duty to notify, §4.1.9’s duty to offer a plan, the duty to involve the users; what is done answers', () => {
    const duty = [
      ['§4.4', 'Efter barnets lov har alle medarbejdere pligt til at underrette kommunen, hvis de bliver bekymrede for et barns trivsel.'],
      ['§4.4', 'Hvis vi bliver bekymrede for et barn, har vi pligt til at underrette kommunen.'],
      ['§4.4', 'Medarbejderne er forpligtet til at underrette familieafdelingen, hvis et barn mistrives.'],
      ['§4.4', 'Underretningspligten gælder for alle medarbejdere, når et barn har behov for særlig støtte.'],
      ['§4.4', 'Behandleren skal underrette kommunen, jf. barnets lov § 133, hvis et barn lider overlast.'],
      ['§4.4', 'Vi skal underrette kommunen, hvis vi får kendskab til, at et barn mistrives.'],
      ['§4.4', 'Der skal underrettes efter servicelovens § 153, hvis et barn mistrives.'],
      ['§4.4', 'Det er vores pligt at underrette, hvis et barn mistrives.'],
      ['§4.1.9', 'Vi har pligt til at tilbyde en handleplan efter servicelovens § 141.'],
      ['§4.1.9', 'Kommunen er efter serviceloven forpligtet til at tilbyde dig en handleplan.'],
      ['§4.1.9', 'Der skal udarbejdes en handleplan efter § 141 for borgere med stofmisbrug.'],
      ['§4.1.10', 'Vi har pligt til at inddrage brugerne i behandlingen.'],
    ] as const;
    const done = [
      ['§4.4', 'Vi spørger altid ind til hjemmeboende børn ved visitationen og noterer det i journalen.'],
      ['§4.4', 'Vi tilbyder familiesamtaler, hvis du har hjemmeboende børn.'],
      ['§4.4', 'Hvis vi bliver bekymrede for et barn, underretter vi familieafdelingen og taler med dig om det først.'],
      ['§4.4', 'Medarbejderne har pligt til at underrette, og derfor spørger vi altid til dine børn.'],
      ['§4.4', 'Ved visitationen undersøges det altid, om du bor sammen med børn under 18 år.'],
      ['§4.1.9', 'Vi har pligt til at tilbyde en handleplan efter § 141, og vores mål er, at alle borgere i behandling har en.'],
      ['§4.1.10', 'Vi har pligt til at inddrage brugerne, og derfor har vi et brugerråd, der mødes fire gange om året.'],
    ] as const;
    expect(metSomewhere(duty)).toEqual([]);
    expect(metSomewhere(done)).toHaveLength(done.length * 3);
    // The duty names the subject: the own field is partly answered, not empty.
    expect(statusOf('§4.4', 'hjemmeboende_boern', duty[0][1])).toBe('delvist');
  });

  it('compliance claimed without content (»Vi overholder behandlingsgarantien«, »… lever op til lovens krav om …«, »… følger reglerne i serviceloven om …«) is a mention with its own message, wherever it stands; with what is done beside it, it answers', () => {
    const claims = [
      ['§4.1.6', 'Vi overholder behandlingsgarantien.'],
      ['§4.1.6', 'Behandlingsgarantien overholdes altid.'],
      ['§4.2', 'Kommunen lever op til lovens krav om opfølgning.'],
      ['§4.1.7', 'Vi følger reglerne i serviceloven om frit valg.'],
      ['§4.1.7', 'Kommunen efterlever servicelovens bestemmelser om frit valg af behandlingssted.'],
      ['§4.1.9', 'Kommunen efterlever lovens krav om handleplaner efter § 141.'],
      ['§4.1.12', 'Vi overholder forvaltningslovens regler om partshøring, begrundelse og klagevejledning.'],
      ['§4.1.14', 'Vi opfylder kravene om registrering i DanRIS.'],
      ['§4.1.15', 'Vi følger reglerne for brug af gavekort i servicelovens § 101, stk. 9.'],
      ['§4.5', 'Vi lever op til kravene for den fremtidige indsats.'],
      ['§4.1.10', 'Kravene til brugerinddragelse i behandlingen er opfyldt.'],
    ] as const;
    const done = [
      ['§4.1.6', 'Vi overholder behandlingsgarantien, og behandlingen starter senest 14 dage efter din henvendelse.'],
      ['§4.1.7', 'Vi følger reglerne om frit valg, og du kan vælge et andet offentligt eller privat behandlingstilbud.'],
      ['§4.1.9', 'Kommunen efterlever lovens krav om handleplaner, og vores mål er, at alle borgere i behandling får tilbudt en handleplan.'],
      ['§4.1.12', 'Vi overholder forvaltningslovens regler om partshøring, og du kan klage over afgørelsen til Ankestyrelsen inden fire uger.'],
      ['§4.1.14', 'Vi opfylder kravene om registrering, og vi registrerer alle forløb i DanRIS.'],
      ['§4.5', 'Vi lever op til kravene, og fremover vil vi oprette et tilbud til unge under 25 år.'],
      // What the right lets the reader do is said, not only that it is kept.
      ['§4.1.7', 'Vi respekterer din ret til at vælge et andet behandlingstilbud.'],
    ] as const;
    expect(metSomewhere(claims)).toEqual([]);
    expect(metSomewhere(done)).toHaveLength(done.length * 3);
    // In the requirement's own field the claim names the subject: partly answered, told as a claim, with what to write instead.
    for (const [id, text] of claims) {
      const check = checked(`${homes[id]![0]}:\n  tekst: ${JSON.stringify(text)}\n`);
      expect([id, finding(check, id).status, finding(check, id).messages.map((message) => message.code)]).toEqual([
        id,
        'delvist',
        expect.arrayContaining(['kun-overholdelse']),
      ]);
    }
    expect(texts(checked(`frit_valg:\n  tekst: ${JSON.stringify(claims[3][1])}\n`), '§4.1.7')).toContain(
      'siger standarden kun, at kommunen overholder reglerne (»Vi følger reglerne i serviceloven om frit valg.«), ikke hvad kommunen gør',
    );
  });

  it('a list’s lead-in lends nothing to an item that speaks for itself: a duty restated or a claim of compliance in a list stays what it is, beside any other item; items that say nothing alone still answer through it', () => {
    const list = (leadIn: string, items: readonly string[]) => `${leadIn}\n\n${items.map((item) => `- ${item}`).join('\n')}\n`;
    const other = 'Du er altid velkommen til at kontakte os.';
    const notAnswers = [
      ['§4.1.10', 'brugerinddragelse', list('Vi gør følgende:', ['Vi har pligt til at inddrage brugerne i behandlingen.', other])],
      ['§4.1.10', 'brugerinddragelse', list('Sådan arbejder vi:', [other, 'Vi har pligt til at inddrage brugerne i behandlingen.'])],
      ['§4.1.7', 'frit_valg', list('Vi gør følgende:', ['Vi overholder reglerne om frit valg.', other])],
      ['§4.4', 'hjemmeboende_boern', list('Vi gør følgende:', ['Efter barnets lov har alle medarbejdere pligt til at underrette kommunen.', other])],
    ] as const;
    const answers = [
      ['§4.1.10', 'brugerinddragelse', list('Vi gør følgende:', ['Brugerrådet mødes fire gange om året og giver råd om behandlingen.', other])],
      ['§4.1.10', 'brugerinddragelse', list('Vi gør følgende:', [other, 'Brugerrådet mødes fire gange om året og giver råd om behandlingen.'])],
    ] as const;
    expectTwins(notAnswers, answers);
  });

  it('practice that was, bounded by a time gone by after its verb or told with »tidligere« after any verb in the past, or going on after »men« in the past, is no answer; today’s practice after it is', () => {
    const council = 'fire gange om året og giver råd om behandlingen';
    const was = [
      `Brugerrådet mødtes indtil da ${council}.`,
      `Brugerrådet mødtes tidligere ${council}.`,
      `Indtil sidste år mødtes brugerrådet ${council}.`,
      `Brugerrådet holdt frem til sidste år møder ${council}.`,
      `Brugerrådet blev nedlagt i 2023, men mødtes indtil da ${council}.`,
      `Et eksempel kunne være et brugerråd, der mødes ${council}.`,
    ];
    const is = [
      `Brugerrådet mødes ${council}.`,
      'Brugerrådet blev nedlagt i 2023, men i dag mødes brugerne fire gange om året i et brugerforum.',
      `Brugerrådet mødtes tidligere to gange om året, men mødes nu ${council}.`,
      `Et eksempel er vores brugerråd, der mødes ${council}.`,
    ];
    expectTwins(
      was.map((text) => ['§4.1.10', 'brugerinddragelse', text] as const),
      is.map((text) => ['§4.1.10', 'brugerinddragelse', text] as const),
    );
  });

  it('a word in another sense in the requirement’s own field: tasks that are nothing of the field (§ 4, stk. 1, nr. 1), an offer registered where offers are (nr. 14), children who come along (stk. 4), the kommune’s other fields (a swimming hall, the cleaning staff)', () => {
    expectTwins(
      [
        ['§4.1.1', 'opgaver', 'Centret løser opgaver som rengøring, vedligehold og indkøb.'],
        ['§4.1.1', 'opgaver', 'Kommunens opgaver er mange, fx veje, skoler og affald.'],
        ['§4.1.14', 'monitorering', 'Døgntilbuddene skal være godkendt af Socialtilsynet og registreret på Tilbudsportalen.'],
        ['§4.4', 'hjemmeboende_boern', 'Der er et børnehjørne i venteværelset for børn under 18 år, der følger med deres forældre.'],
        ['§4.4', 'hjemmeboende_boern', 'Børn under 18 år, der kommer med deres forældre, kan lege i legerummet.'],
        ['§4.5', 'fremtidig_indsats', 'Vi vil i de kommende år bygge en ny svømmehal og renovere biblioteket.'],
        ['§4.1.13', 'personale', 'Rengøringspersonalet er uddannede serviceassistenter og får efteruddannelse hvert år.'],
      ],
      [
        ['§4.1.1', 'opgaver', 'Centret løser opgaver som rådgivning, udredning, ambulant behandling og dagbehandling.'],
        ['§4.1.14', 'monitorering', 'Alle forløb registreres i DanRIS, og tilbuddene er registreret på Tilbudsportalen.'],
        ['§4.4', 'hjemmeboende_boern', 'Har du børn under 18 år, spørger vi til, hvordan de har det, og der er et børnehjørne, når de kommer med.'],
        ['§4.5', 'fremtidig_indsats', 'Vi vil i de kommende år udvide den ambulante behandling med et tilbud om aftenbehandling.'],
        ['§4.1.13', 'personale', 'Personalet er socialrådgivere og sygeplejersker, og de får efteruddannelse hvert år.'],
      ],
    );
  });
});

describe('classes of text that read like an answer and say nothing of what the kommune does (h29)', () => {
  /** The status of one requirement when the text is its own field's, or a section's with a heading of its own (marked as covering it, or not). */
  const inField = (id: string, field: string, text: string) => finding(checked(`${field}:\n  tekst: ${JSON.stringify(text)}\n`), id).status;
  const inSection = (id: string, heading: string, text: string, covers = false) =>
    finding(
      checked(
        `oevrige_afsnit:\n  - noegle: afsnit\n    overskrift: ${JSON.stringify(heading)}\n${covers ? `    daekker: ['${id}']\n` : ''}    tekst: ${JSON.stringify(text)}\n`,
      ),
      id,
    ).status;
  /** Of `no`, those that a reading meets; of `yes`, those it does not: both empty when the reading tells them apart. */
  const wrongly = (no: readonly string[], yes: readonly string[], read: (text: string) => string) => [
    ...no.filter((text) => read(text) === 'opfyldt'),
    ...yes.filter((text) => read(text) !== 'opfyldt'),
  ];

  it('§ 4, stk. 1, nr. 15: a sentence of any length that gift cards are used, as the rules allow, is no guideline; when, to whom, how much or how it is agreed is one', () => {
    const used = [
      'Gavekort kan anvendes som led i behandlingen efter bekendtgørelsens regler.',
      'Gavekort benyttes i Rusmiddelcentret som et redskab i behandlingen af stofmisbrug.',
      'Vi anvender gavekort i behandlingen efter de regler, der gælder på området.',
    ];
    const guidelines = [
      'Borgere i ambulant behandling kan få et gavekort på 100 kr. efter fire ugers stabilt fremmøde.',
      'Vi bruger gavekort i behandlingen. Værdien er 100 kr., og behandleren aftaler det med dig.',
      'Gavekort anvendes i behandlingen. Behandleren aftaler med dig, hvornår du får et.',
    ];
    expect(wrongly(used, guidelines, (text) => inField('§4.1.15', 'gavekort', text))).toEqual([]);
    expect(wrongly(used, guidelines, (text) => inSection('§4.1.15', 'Motivation i behandlingen', text, true))).toEqual([]);
  });

  it('§ 4, stk. 4: »barnets lov« names an act, not a child, and a young person’s siblings are not the person’s children; the person’s own children, under any law, are', () => {
    const notChildren = [
      'Afgørelser efter barnets lov kan påklages til Ankestyrelsen inden fire uger.',
      'Beslutning om behandling efter barnets lov træffes af Børne- og Familierådgivningen.',
      'Behandlingen af unge sker efter Barnets Reform og barnets lov i Ungeenheden, som også inddrager forældrene.',
      'Søskende under 18 år kan deltage i familiesamtaler.',
    ];
    const children = [
      'Vi følger barnets lov og underretter kommunen, hvis vi bliver bekymrede for dit barn.',
      'Har du hjemmeboende børn under 18 år, tilbyder vi familiesamtaler, hvor også deres søskende kan deltage.',
      'Barnets trivsel er i fokus: vi spørger altid, om du har hjemmeboende børn, og tilbyder en børnesamtale.',
    ];
    expect(wrongly(notChildren, children, (text) => inField('§4.4', 'hjemmeboende_boern', text))).toEqual([]);
    expect(wrongly(notChildren, children, (text) => inSection('§4.4', 'Børn og familie', text, true))).toEqual([]);
    expect(wrongly(notChildren, [], (text) => inSection('§4.4', 'Unge under 18 år', text))).toEqual([]);
  });

  it('what shall appear in the standard, in the passive or with »det« (»Det skal fremgå af kvalitetsstandarden, at …«), is the law’s demand on the document, wherever it stands; the standard told as the source of a right is an answer', () => {
    const shall = [
      'Det skal fremgå af kvalitetsstandarden, at behandlingen iværksættes senest 14 dage efter henvendelsen.',
      'Det skal desuden fremgå af standarden, at behandlingen starter senest 14 dage efter, at du har henvendt dig.',
      'Af kvalitetsstandarden skal det fremgå, at behandlingen iværksættes senest 14 dage efter henvendelsen.',
      'I denne standard skal det beskrives, at behandlingen iværksættes senest 14 dage efter henvendelsen.',
      'Det bør stå i dokumentet, at behandlingen iværksættes senest 14 dage efter henvendelsen.',
    ];
    const told = [
      'Behandlingen iværksættes senest 14 dage efter, at du har henvendt dig.',
      'Ifølge standarden har du ret til at starte behandling senest 14 dage efter din henvendelse.',
    ];
    for (const [heading, covers] of [
      ['Indhold', false],
      ['Behandlingsgaranti', true],
    ] as const) {
      expect(shall.filter((text) => inSection('§4.1.6', heading, text, covers) === 'opfyldt')).toEqual([]);
      expect(shall.filter((text) => inSection('§4.1.6', heading, `Standarden indeholder:\n\n- ${text}`, covers) === 'opfyldt')).toEqual([]);
    }
    expect(shall.filter((text) => inField('§4.1.6', 'behandlingsgaranti', text) === 'opfyldt')).toEqual([]);
    expect(told.filter((text) => inField('§4.1.6', 'behandlingsgaranti', text) !== 'opfyldt')).toEqual([]);
    expect(told.filter((text) => inSection('§4.1.6', 'Hvornår starter behandlingen?', text) !== 'opfyldt')).toEqual([]);
  });

  it('a word defined in general (»En handleplan efter § 141 er en plan for …«, »Brugerinddragelse er en proces, hvor …«) says what it means, not what is done, in any field or list; the kommune’s own thing told in the same shape answers', () => {
    const defined: [string, string, string][] = [
      ['§4.1.9', 'handleplaner', 'En handleplan efter § 141 er en plan for indsatsen.'],
      ['§4.1.9', 'handleplaner', 'En handleplan er et redskab til at koordinere indsatsen over for borgeren.'],
      ['§4.1.9', 'handleplaner', 'En handleplan (jf. servicelovens § 141) er en plan, som beskriver formålet med indsatsen.'],
      ['§4.1.10', 'brugerinddragelse', 'Brugerinddragelse er en proces, hvor brugerne får indflydelse på tilbuddet.'],
      ['§4.1.10', 'brugerinddragelse', 'Et brugerråd er et forum, hvor brugerne mødes med ledelsen.'],
      ['§4.1.14', 'monitorering', 'Monitorering er en systematisk indsamling af data om indsatsen, fx i DanRIS.'],
    ];
    const own: [string, string, string][] = [
      ['§4.1.10', 'brugerinddragelse', 'Brugerrådet er et forum, hvor brugerne mødes med ledelsen fire gange om året.'],
      ['§4.1.10', 'brugerinddragelse', 'Vores brugerråd er et forum, hvor brugerne mødes med ledelsen fire gange om året.'],
      ['§4.1.14', 'monitorering', 'Monitoreringen er en systematisk registrering af alle forløb i DanRIS.'],
      ['§4.1.9', 'handleplaner', 'Din handleplan efter § 141 er en plan, som din sagsbehandler udarbejder sammen med dig og koordinerer med behandlingen.'],
    ];
    const met = (cases: [string, string, string][], where: (id: string, field: string, text: string) => string) =>
      cases.filter(([id, field, text]) => where(id, field, text) === 'opfyldt').map(([, , text]) => text);
    expect(met(defined, inField)).toEqual([]);
    expect(met(defined, (id, _field, text) => inSection(id, 'Praksis', `Sådan arbejder vi:\n\n- ${text}`, true))).toEqual([]);
    expect(met(defined, (id, _field, text) => inSection(id, 'Om behandlingen', text))).toEqual([]);
    // Asked and answered in a FAQ: the definition is still no answer to the question.
    expect(met(defined, (id, _field, text) => inSection(id, 'Spørgsmål og svar', `Hvad betyder det? ${text}`))).toEqual([]);
    expect(inField('§4.1.2', 'maalgruppe', 'Hvem kan få hjælp? Alle borgere over 18 år, der har et behandlingskrævende forbrug af hash.')).toBe('opfyldt');
    expect(met(own, inField)).toEqual(own.map(([, , text]) => text));
  });

  it('a sentence that leaves the telling to others stays one with where and when to ask (a phone number, an e-mail address, opening hours), also as an item under a lead-in (»Sådan gør vi:«); with the practice beside it, it answers', () => {
    const ask = [
      ['§4.1.10', 'brugerinddragelse', 'Information om brugerrådet fås ved henvendelse til Rusmiddelcentret på tlf. 70 20 30 40.'],
      ['§4.1.10', 'brugerinddragelse', 'Oplysninger om brugerrådet fås hos Rusmiddelcentret på mail rusmiddel@testby.dk.'],
      ['§4.1.10', 'brugerinddragelse', 'Information om brugerinddragelse fås ved henvendelse til centret alle hverdage kl. 9-15.'],
      ['§4.1.7', 'frit_valg', 'Spørgsmål om frit valg kan rettes til Visitationen på telefon 70 20 30 40.'],
      ['§4.1.10', 'brugerinddragelse', 'Se brugerrådets vedtægter i bilag 3.'],
    ] as const;
    const told = [
      ['§4.1.10', 'brugerinddragelse', 'Brugerrådet mødes fire gange om året. Information om brugerrådet fås på tlf. 70 20 30 40.'],
      ['§4.1.7', 'frit_valg', 'Du kan vælge et andet behandlingstilbud end kommunens. Spørgsmål kan rettes til Visitationen på telefon 70 20 30 40.'],
    ] as const;
    expect(ask.filter(([id, field, text]) => inField(id, field, text) === 'opfyldt').map(([, , text]) => text)).toEqual([]);
    expect(ask.filter(([id, , text]) => inSection(id, 'Kontakt', `Sådan gør vi:\n\n- ${text}`, true) === 'opfyldt').map(([, , text]) => text)).toEqual([]);
    expect(told.filter(([id, field, text]) => inField(id, field, text) !== 'opfyldt').map(([, , text]) => text)).toEqual([]);
  });

  it('a share of the citizens in per cent, as what is done for them or as the start within the deadline, is done for some only, wherever it stands; done for all, or the promise with a share told after it, answers', () => {
    const plan = 'inden for fire uger en skriftlig behandlingsplan, som udarbejdes sammen med behandleren og følges op hver tredje måned.';
    const some = [
      ['§4.4', 'hjemmeboende_boern', 'Hos 70 % af borgerne spørger behandleren til hjemmeboende børn.'],
      ['§4.1.8', 'behandlingsplan', `65 % af borgerne får ${plan}`],
      ['§4.2', 'opfoelgning', '60 % af de afsluttede borgere bliver kontaktet 1 og 6 måneder efter afsluttet behandling.'],
      ['§4.1.6', 'behandlingsgaranti', '78 % startede behandling inden for 14 dage efter henvendelsen.'],
      ['§4.1.6', 'behandlingsgaranti', 'Andelen af borgere, der starter behandling inden for 14 dage, er 78 %.'],
      ['§4.1.6', 'behandlingsgaranti', 'I 2025 startede 85 procent i behandling senest 14 dage efter henvendelsen.'],
    ] as const;
    const all = [
      ['§4.4', 'hjemmeboende_boern', 'Hos alle borgere spørger behandleren til hjemmeboende børn.'],
      ['§4.1.8', 'behandlingsplan', `Alle borgere får ${plan}`],
      ['§4.1.6', 'behandlingsgaranti', 'Behandlingen starter senest 14 dage efter din henvendelse, og i 2025 gjaldt det 98 %.'],
      ['§4.1.10', 'brugerinddragelse', '40 % af brugerne deltager i brugerundersøgelsen, og brugerrådet mødes fire gange om året.'],
    ] as const;
    const met = (cases: readonly (readonly [string, string, string])[], where: (id: string, field: string, text: string) => string) =>
      cases.filter(([id, field, text]) => where(id, field, text) === 'opfyldt').map(([, , text]) => text);
    expect(met(some, inField)).toEqual([]);
    expect(met(some, (id, _field, text) => inSection(id, 'Resultater', text))).toEqual([]);
    expect(met(some, (id, _field, text) => inSection(id, 'Sådan gør vi', `I praksis:\n\n- ${text}`, true))).toEqual([]);
    expect(met(all, inField)).toEqual(all.map(([, , text]) => text));
  });

  it('a FAQ’s labels (»Spørgsmål:«, »Svar:«, »S:«, »Sv:«) are read past: a question answered in its own words stays no answer, on one line or two; a real answer under the labels answers', () => {
    const restated = [
      'Spørgsmål: Får jeg en behandlingsplan? Svar: Ja, alle får en behandlingsplan.',
      'Spørgsmål: Får jeg en behandlingsplan?\nSvar: Ja, du får en behandlingsplan.',
      'S: Får jeg en behandlingsplan?\nSv: Ja, alle får en behandlingsplan.',
    ];
    const answered = [
      'Spørgsmål: Får jeg en behandlingsplan?\nSvar: Du og din behandler udarbejder en behandlingsplan sammen inden for de første fire uger, og I følger op på den hver tredje måned.',
    ];
    expect(wrongly(restated, answered, (text) => inField('§4.1.8', 'behandlingsplan', text))).toEqual([]);
    expect(wrongly(restated, answered, (text) => inSection('§4.1.8', 'Ofte stillede spørgsmål', text))).toEqual([]);
    expect(wrongly(restated, [], (text) => inSection('§4.1.8', 'Ofte stillede spørgsmål', text, true))).toEqual([]);
    expect(inField('§4.1.10', 'brugerinddragelse', 'Svar: Brugerinddragelsen sikres.')).toBe('mangler');
  });
});
