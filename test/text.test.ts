/**
 * The one reading of text (src/text/) that the check, the importer and the language server
 * share: sentences, number words, deadlines, months and discharge statuses, varied phrase by
 * phrase; and, through the check and the importer, the readings that changed when their
 * separate readers became one.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkSource } from '../src/check/run.js';
import { deadlineDays, dischargeStatuses, followUpMonths } from '../src/import/facts.js';
import { today } from '../src/dates.js';
import { isoDate, parseDanishDate, parsePartialDate } from '../src/text/dates.js';
import { approvalsIn, documentDatesIn, revisionDatesIn, titlePageYear } from '../src/text/document-dates.js';
import { deadlinesIn, durationsIn, followUpMonthsIn, laterStartsIn, monthsIn, startDeadlinesIn, yearIntervalsIn } from '../src/text/durations.js';
import { numberPattern, numberValue } from '../src/text/numbers.js';
import { sentencesOf, splitSentences } from '../src/text/sentences.js';
import { statusesCoveredIn, statusesIn } from '../src/text/statuses.js';
import { collapseSpace, wordsAtMost } from '../src/text/words.js';
import { defaultRegulation, findRequirement, listItems } from '../src/regulations/index.js';
import { docxOf, HeadingLevel, importBytes, Paragraph } from './import-docx.js';

describe('number words', () => {
  it('reads every number word of both old tables, in any case, and digits', () => {
    const words: Array<[string, number]> = [
      ['en', 1],
      ['én', 1],
      ['et', 1],
      ['to', 2],
      ['tre', 3],
      ['fire', 4],
      ['fem', 5],
      ['seks', 6],
      ['syv', 7],
      ['otte', 8],
      ['ni', 9],
      ['ti', 10],
      ['tolv', 12],
      ['fjorten', 14],
      ['Fjorten', 14],
      ['SEKS', 6],
      ['14', 14],
    ];
    for (const [word, value] of words) {
      expect(new RegExp(`^(?:${numberPattern})$`, 'iu').test(word), word).toBe(true);
      expect(numberValue(word), word).toBe(value);
    }
    expect(numberValue('mange')).toBeNaN();
  });

  it('prefers the longer word: »tretten« is 13, not »tre«', () => {
    expect(deadlinesIn('senest tretten dage')).toEqual([13]);
    expect(monthsIn('efter tretten måneder')).toEqual([13]);
  });
});

describe('durations and deadlines', () => {
  it('reads days, weeks and working days in calendar days, after any limit word', () => {
    const cases: Array<[string, number]> = [
      ['Behandlingen starter senest 14 dage efter din henvendelse.', 14],
      ['Du får tilbudt behandling inden for to uger.', 14],
      ['Vi iværksætter behandlingen indenfor 10 hverdage.', 14],
      ['Behandlingen påbegyndes højst 5 arbejdsdage efter visitationen.', 7],
      ['Du kan starte inden 3 døgn.', 3],
      ['Behandling gives maksimalt fjorten dage efter henvendelsen.', 14],
      ['Behandlingen iværksættes max. tre uger efter henvendelsen.', 21],
      ['Du får behandling inden for 2 ugers tid.', 14],
      ['Du får behandling senest tolv uger efter.', 84],
    ];
    for (const [sentence, days] of cases) expect(deadlinesIn(sentence), sentence).toEqual([days]);
  });

  it('a duration without a limit word is read but is no deadline; a number inside a larger one is none', () => {
    expect(durationsIn('Behandlingsgarantien er på 14 dage.')).toEqual([{ days: 14, limit: false, inDays: true }]);
    expect(deadlinesIn('Behandlingsgarantien er på 14 dage.')).toEqual([]);
    expect(deadlinesIn('senest 1014 dage')).toEqual([]);
    expect(deadlinesIn('senest tiende dag')).toEqual([]);
    expect(durationsIn('op til 16 uger')).toEqual([{ days: 112, limit: false, inDays: false }]);
  });

  it('a deadline about how long treatment lasts is not one about when it starts', () => {
    expect(startDeadlinesIn([{ text: 'Behandlingen varer højst 12 uger.' }])).toEqual([]);
    expect(startDeadlinesIn([{ text: 'Behandlingen skal begynde senest 14 dage efter henvendelsen.' }, { text: 'Den varer højst 12 uger.' }])).toEqual([14]);
    // In one sentence, a time in a clause of its own on another event (the length, the plan, an answer) is that event's.
    const others: Array<[string, number[]]> = [
      ['Behandlingen starter senest 14 dage efter henvendelsen og varer højst 12 uger.', [14]],
      ['Behandlingen starter senest 14 dage efter henvendelsen, og behandlingsplanen udarbejdes inden for 4 uger.', [14]],
      ['Du får svar inden for 30 dage og starter i behandling senest 14 dage efter din henvendelse.', [14]],
      ['Inden for 4 uger efter, at du har henvendt dig, starter din behandling.', [28]],
      ['Behandlingen starter inden for fire uger, og du har en samtale senest 5 dage efter henvendelsen.', [28, 5]],
    ];
    for (const [text, days] of others) expect(startDeadlinesIn([{ text }]), text).toEqual(days);
  });

  it('the start is told in many words, and the limit too', () => {
    const told: Array<[string, number]> = [
      ['Henvender du dig til os, begynder din behandling inden 14 dage.', 14],
      ['Der går højst 14 dage fra din henvendelse, til behandlingen begynder.', 14],
      ['Du venter aldrig mere end 14 dage på at komme i behandling.', 14],
      ['Senest 14 dage efter din første henvendelse er du i gang med behandlingen.', 14],
      ['Fra du henvender dig, til du starter i behandling, går der maks. 14 dage.', 14],
      ['Ventetiden på behandling er ikke længere end 3 uger.', 21],
      // No one waits longer: »mere end« is the limit.
      ['Ingen venter mere end 14 dage på at komme i behandling.', 14],
      ['Ingen borgere skal vente på behandling mere end 14 dage efter deres henvendelse.', 14],
      ['Du skal ikke vente mere end 14 dage fra din henvendelse, til din behandling starter.', 14],
      ['Behandlingen vil blive igangsat senest 14 dage efter din henvendelse.', 14],
      ['Behandlingen bliver iværksat inden for 14 dage.', 14],
    ];
    for (const [text, days] of told) expect(startDeadlinesIn([{ text }]), text).toEqual([days]);
    // Waiting for something else, or a time that is no limit (»mere end« alone).
    for (const text of [
      'Du venter højst 14 dage på en afgørelse.',
      'Mere end 14 dage efter henvendelsen kan du klage over ventetiden.',
      'Borgere venter mere end 14 dage på at komme i behandling.',
    ])
      expect(startDeadlinesIn([{ text }]), text).toEqual([]);
  });

  it('a start deadline counted from a later event than the request is read with its words; from the request, or with no start said, it is not', () => {
    const later: Array<[string, string]> = [
      ['Behandlingen starter senest 14 dage efter, at du er blevet visiteret.', 'efter, at du er blevet visiteret'],
      ['Du kan begynde i behandling inden for to uger regnet fra kommunens afgørelse.', 'fra kommunens afgørelse'],
      ['Behandlingen iværksættes senest 10 hverdage efter visitationssamtalen.', 'efter visitationssamtalen'],
      ['BEHANDLINGEN STARTER SENEST 14 DAGE EFTER UDREDNINGEN.', 'EFTER UDREDNINGEN'],
      ['Vi sætter behandlingen i gang højst 14 dage fra, at behandlingsplanen er lagt.', 'fra, at behandlingsplanen'],
      ['Behandlingen starter senest 14 dage efter visitationssamtalen, som du får, når du har henvendt dig.', 'efter visitationssamtalen'],
    ];
    for (const [text, words] of later) expect(laterStartsIn([{ text }]), text).toEqual([words]);
    for (const text of [
      'Behandlingen starter senest 14 dage efter, at du har henvendt dig til kommunen.',
      'Behandlingen starter senest 14 dage efter din første henvendelse, og inden da er du visiteret.',
      'Du tilbydes behandling senest 14 dage efter, at du har bedt om hjælp.',
      'Behandlingen iværksættes senest 14 dage efter, at en person, som ønsker behandling, har kontaktet os.',
      'Behandlingen starter inden for 14 dage.',
      'Du kan klage inden for 4 uger efter afgørelsen.',
      'Behandlingen varer højst 12 uger efter visitationen.',
    ])
      expect(laterStartsIn([{ text }]), text).toEqual([]);
    const both = [
      { text: 'Behandlingen starter senest 14 dage efter din henvendelse.' },
      { text: 'Du starter i behandling inden for 3 dage efter visitationen.' },
    ];
    expect(laterStartsIn(both)).toEqual([]);
  });
});

describe('intervals of years', () => {
  it('reads how often, in years, in digits, ordinals, cardinals and as »årligt«', () => {
    const cases: [string, number[]][] = [
      ['Standarden revideres hvert 4. år.', [4]],
      ['Den revideres hver 3. år af forvaltningen.', [3]],
      ['Kvalitetsstandarden revideres hvert andet år.', [2]],
      ['… hvert fjerde år, og evalueres hvert år.', [4, 1]],
      ['Standarden gennemgås med tre års mellemrum.', [3]],
      ['Vi reviderer den årligt.', [1]],
      ['Planen følges op hvert halve år.', [0.5]],
      ['Hvert 2 år opdateres standarden.', [2]],
    ];
    for (const [sentence, years] of cases)
      expect(
        yearIntervalsIn(sentence).map((each) => each.years),
        sentence,
      ).toEqual(years);
  });

  it('reads no interval in a count of years, an age or a date', () => {
    for (const sentence of ['Vi har 20 års erfaring.', 'Borgere over 18 år.', 'Revideret i år 2024.', 'Det fjerde år i træk.', 'Årsagen er flere.'])
      expect(yearIntervalsIn(sentence), sentence).toEqual([]);
  });
});

describe('months', () => {
  it('reads lists of months in digits and words, with »igen«, »samt«, »/« and »mdr.«', () => {
    const cases: Array<[string, number[]]> = [
      ['Vi følger op 1 og 6 måneder efter afsluttet behandling.', [1, 6]],
      ['Vi følger op senest 1 måned og igen 6 måneder efter.', [1, 6]],
      ['Opfølgning sker 1 og igen 6 måneder efter.', [1, 6]],
      ['Opfølgning efter en, tre og seks mdr.', [1, 3, 6]],
      ['Opfølgning efter 1/6 måneder.', [1, 6]],
      ['Opfølgning efter ét år og tolv måneder.', [12]],
      ['Opfølgning efter syv måneder.', [7]],
    ];
    for (const [sentence, months] of cases) expect(monthsIn(sentence), sentence).toEqual(months);
  });

  it('a word that only ends like a number word is none (»juni måned«, »den måned«)', () => {
    expect(monthsIn('Vi kontakter dig i juni måned.')).toEqual([]);
    expect(monthsIn('Vi kontakter dig i den måned, behandlingen slutter.')).toEqual([]);
  });

  it('a long list of numbers is read once, not once for each number in it', () => {
    const hostile = `Vi kontakter dig efter ${Array(32_000).fill('1').join(', ')} x måned.`;
    const start = performance.now();
    expect(monthsIn(hostile)).toEqual([]);
    expect(monthsIn(`${hostile} og 6 måneder`)).toEqual([6]);
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('months count only in sentences about follow-up, and beyond 24 they are not a follow-up', () => {
    expect(followUpMonthsIn([{ text: 'Behandlingen varer 6 måneder.' }, { text: 'Vi kontakter dig efter 3 måneder.' }]).months).toEqual([3]);
    expect(followUpMonthsIn([{ text: 'Opfølgning efter 36 måneder.' }]).months).toEqual([]);
  });

  it('months of follow-up counted from the start, the intake or the plan are none after treatment, unless the text also counts from its end', () => {
    const wrong: Array<[string, string]> = [
      ['Vi følger op 1 og 6 måneder efter, at du er startet i behandling.', 'efter, at du er startet'],
      ['Der er en opfølgningssamtale en og seks mdr. efter indskrivningen.', 'efter indskrivningen'],
      ['VI KONTAKTER DIG 1 OG 6 MÅNEDER FRA BEHANDLINGSSTART.', 'FRA BEHANDLINGSSTART'],
      ['Opfølgning sker 1 og 6 måneder regnet fra behandlingsplanen.', 'fra behandlingsplanen'],
      // The event named first is the one counted from, whatever the clause goes on to name.
      ['Vi følger op 1 og 6 måneder efter opstart for alle, der er udskrevet som færdigbehandlet.', 'efter opstart'],
    ];
    for (const [text, words] of wrong) expect(followUpMonthsIn([{ text }]), text).toEqual({ months: [], wrongStarts: [{ words, months: [1, 6] }] });
    const right = [
      'Vi følger op 1 og 6 måneder efter, at du har afsluttet behandlingen.',
      'Vi kontakter dig 1 og 6 måneder efter udskrivningen.',
      'Opfølgningen sker 1 og 6 måneder efter.',
      'Vi følger op 1 og 6 måneder efter udskrivningen, også for dem, der er startet i et andet tilbud.',
      'Vi ringer til dig 1 og 6 måneder efter, at din behandling er afsluttet.',
    ];
    for (const text of right) expect(followUpMonthsIn([{ text }]), text).toEqual({ months: [1, 6], wrongStarts: [] });
    const both = followUpMonthsIn([
      { text: 'Din behandler følger op på planen 3 måneder efter opstart.' },
      { text: 'Efter afsluttet behandling følger vi op 1 og 6 måneder efter, at forløbet er afsluttet.' },
    ]);
    expect(both).toEqual({ months: [1, 6], wrongStarts: [] });
  });
});

describe('discharge statuses', () => {
  // The statuses and their patterns are §4.2's data; text/ reads with what it is given.
  const statuses = listItems(findRequirement(defaultRegulation, '§4.2'), 'udskrivningsstatusser');
  it('reads the four statuses as running text writes them, in the law’s order', () => {
    expect(statusesIn('Du er udskrevet til sygehus, til et andet behandlingstilbud, med anden årsag eller færdigbehandlet.', statuses)).toEqual([
      'faerdigbehandlet',
      'andet_tilbud',
      'hospital',
      'anden_aarsag',
    ]);
    expect(statusesIn('Du blev udskrevet til hospital.', statuses)).toEqual(['hospital']);
    expect(statusesIn('Du er i behandling.', statuses)).toEqual([]);
  });

  it('everyone whose treatment ends, whatever the reason, is every status; one status named is only that one', () => {
    const all = statuses.map((status) => status.id);
    for (const text of [
      'Vi følger op for alle, der afslutter et behandlingsforløb, uanset årsagen til afslutningen.',
      'Alle, der afslutter behandling, kontaktes 1 og 6 måneder efter.',
      'Opfølgning sker for alle udskrevne borgere.',
      'Vi følger op uanset udskrivningsårsag.',
      'Vi kontakter dig 1 måned og igen 6 måneder efter, at din behandling er afsluttet, uanset hvorfor den er afsluttet.',
      'Vi følger op på alle forløb, uanset hvordan forløbet er afsluttet.',
    ])
      expect(statusesCoveredIn(text, statuses), text).toEqual(all);
    expect(statusesCoveredIn('Vi følger op for alle, der er udskrevet som færdigbehandlet.', statuses)).toEqual(['faerdigbehandlet']);
    expect(statusesCoveredIn('Vi følger op for borgere, der er færdigbehandlet; alle andre får en samtale.', statuses)).toEqual(['faerdigbehandlet']);
    expect(statusesCoveredIn('Alle borgere får en behandlingsplan.', statuses)).toEqual([]);
    // How the citizen is, not how the treatment ended.
    expect(statusesCoveredIn('Vi ringer 1 og 6 måneder efter afsluttet behandling, uanset hvordan du har det.', statuses)).toEqual([]);
  });

  it('reads only the statuses it is given, with their own patterns', () => {
    const other = [{ id: 'doed', reading: /død/ }];
    expect(statusesIn('Du er udskrevet færdigbehandlet eller død.', other)).toEqual(['doed']);
  });
});

describe('sentences', () => {
  it('an abbreviation does not end a sentence', () => {
    for (const text of [
      'Du har ret til behandling, jf. § 101 i serviceloven.',
      'Målet er min. 35 % stoffri i 2024.',
      'Godkendt d. 4. december 2023 af udvalget.',
      'Standarden er godkendt af Udvalget for Social og Sundhed d. (ny dato).',
      'Du kan bl.a. få samtaler, f.eks. Hver uge.',
      'Ring på tlf. 12 34 56 78 for en tid.',
      'Vi tilbyder behandling, ca. 14 dage efter henvendelsen.',
      'Se stk. 4 om fristen.',
      'Status pr. 1. januar 2026 er, at 35 % er stoffri.',
    ]) {
      expect(splitSentences(text), text).toEqual([text]);
    }
  });

  it('splits at . ! ? before a capital, a digit, a quote or »§«, and keeps a colon inside', () => {
    expect(splitSentences('Du får hjælp. Vi ringer! Kommer du? »Ja«, siger du. 14 dage er fristen.')).toEqual([
      'Du får hjælp.',
      'Vi ringer!',
      'Kommer du?',
      '»Ja«, siger du.',
      '14 dage er fristen.',
    ]);
    expect(splitSentences('Du får: Samtaler og rådgivning.')).toEqual(['Du får: Samtaler og rådgivning.']);
    expect(splitSentences('Det står i loven. § 101 siger det.')).toEqual(['Det står i loven.', '§ 101 siger det.']);
    expect(splitSentences('Vi er her. 1')).toEqual(['Vi er her.']);
  });

  it('a plain text’s lines are paragraphs, and spaces are collapsed', () => {
    expect(sentencesOf('Første linje  uden punktum\nAnden sætning. Tredje\n\n')).toEqual(['Første linje uden punktum', 'Anden sætning.', 'Tredje']);
  });
});

describe('white space and words', () => {
  // Every kind of white space JavaScript's \s knows, alone and in runs, at the ends and inside.
  const spaces = [' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', ' \n ', '\r\n'];
  const texts = ['', 'ord', 'Borgeren får tilbud', 'en  to', 'x.'].flatMap((text) =>
    spaces.flatMap((space) => [text, `${space}${text}`, `${text}${space}`, text.replaceAll(' ', space), `${text}${space}slut${space}`]),
  );

  it('collapses white space as replace(/\\s+/g, " ") does, and returns text with nothing to collapse as it is', () => {
    for (const text of texts) expect(collapseSpace(text)).toBe(text.replace(/\s+/g, ' '));
    const plain = 'Borgeren får tilbud om behandling senest 14 dage efter henvendelsen.';
    expect(collapseSpace(plain)).toBe(plain);
  });

  it('counts words as split(/\\s+/) counts pieces, up to a limit', () => {
    for (const text of texts) {
      const pieces = text.split(/\s+/).length;
      for (const most of [0, 1, 2, 3, 4, 10]) expect(wordsAtMost(text, most), `${JSON.stringify(text)} ≤ ${most}`).toBe(pieces <= most);
    }
  });
});

describe('dates', () => {
  it('reads a date in every form documents write it, and refuses one that is no day', () => {
    for (const written of ['20. november 2023', '20 november 2023', '20.11.2023', '20/11 2023', '20-11-2023', '2023-11-20', '20. November 2023']) {
      expect(parseDanishDate(written), written).toBe('2023-11-20');
    }
    expect(parseDanishDate('30. februar 2023')).toBeUndefined();
    expect(parsePartialDate('Marts 2024')).toBe('2024-03');
    expect(parsePartialDate('2016')).toBe('2016');
  });

  it('reads a date value as the editor’s quick fix rewrites it, and a month needs three letters', () => {
    const cases: Array<[string, string | undefined]> = [
      ['20.11.2023', '2023-11-20'],
      ['20/11-23', '2023-11-20'],
      ['"20. nov. 2023"', '2023-11-20'],
      ['2023/11/20', '2023-11-20'],
      ['november 2023', '2023-11'],
      ['11/2023', '2023-11'],
      ['31.11.2023', undefined],
      ['1. ma 2024', undefined],
      ['ma 2024', undefined],
    ];
    for (const [value, iso] of cases) expect(isoDate(value), value).toBe(iso);
  });

  it('reads the dates a document states for itself in prose, not a cited act’s', () => {
    const cases: Array<[string, string[]]> = [
      ['Opdateret: 4. august 2022.', ['2022-08-04']],
      ['Standarden blev revideret i marts 2024 og godkendt i Socialudvalget den 2. april 2024.', ['2024-03', '2024-04-02']],
      ['Revideret 2013.', ['2013']],
      ['Standarden er udarbejdet efter bekendtgørelse nr. 1477 af 17.12.2019 og godkendt 5.1.2021.', ['2021-01-05']],
      ['Kvalitetsstandarden beskriver serviceniveauet for 2012.', ['2012']],
      ['Ved kommunalreformen den 1. januar 2007 overtog kommunerne opgaven.', []],
      ['Du får behandling inden for 14 dage.', []],
      ['Næste revision: maj 2026.', []],
      ['Standarden er revideret i marts 2024, og den revideres igen senest marts 2026.', ['2024-03']],
      ['Sidst opdateret 4. august 2022.', ['2022-08-04']],
      ['Serviceniveauet er godkendt i Socialudvalget den 2. april 2024.', ['2024-04-02']],
      // Another's event, or one still to come, dates nothing of the document.
      ['Behandlingshjemmet Skovly er godkendt af Socialtilsyn Midt den 3. marts 2026.', []],
      ['Taksterne er gældende fra 1. januar 2026.', []],
      ['Kommunens retningslinjer for gavekort, opdateret 1. maj 2026, ligger på hjemmesiden.', []],
      ['Udkast til drøftelse i forvaltningen, revideret 1. oktober 2026.', []],
      ['Kvalitetsstandarden forventes godkendt i Byrådet den 15. december 2026.', []],
    ];
    for (const [sentence, dates] of cases) expect(documentDatesIn(sentence), sentence).toEqual(dates);
  });

  it('reads approvals by a political body and the last and next revision', () => {
    expect(approvalsIn('Godkendt i Byrådet den 20. november 2023 og vedtaget af Socialudvalget 4/12 2023.').map(({ organ, dato }) => [organ, dato])).toEqual([
      ['Byrådet', '2023-11-20'],
      ['Socialudvalget', '2023-12-04'],
    ]);
    expect(approvalsIn('Godkendt af lederen den 20. november 2023.')).toEqual([]);
    expect(revisionDatesIn('Revideret d. 1. marts 2024. Næste revision: marts 2026')).toEqual({ senest: '2024-03-01', naeste: '2026-03' });
  });

  it('a title page’s year stands alone or after a name, never in a sentence', () => {
    expect(titlePageYear('Misbrugscentret, 2016')).toBe('2016');
    expect(titlePageYear('2016')).toBe('2016');
    expect(titlePageYear('Kvalitetsstandard for stofbehandling 2024')).toBe('2024');
    expect(titlePageYear('Næste revision: marts 2026')).toBeUndefined();
    expect(titlePageYear('Standarden gælder fra 2024.')).toBeUndefined();
    expect(titlePageYear('Randers Kommune – november 2021')).toBe('2021');
    expect(titlePageYear('20. november 2023')).toBe('2023');
  });

  it('a date in the history told on a title page, on a wrapped line of its own, is not the standard’s year', () => {
    for (const line of [
      'opgaven var amtets. Ved kommunalreformen den 1. januar 2007',
      'Ved kommunalreformen d. 1. januar 2007',
      'behandlingen har ligget i kommunen siden 2007',
      'Rusmiddelcentret blev etableret i 2012',
      'tilbuddet har eksisteret fra marts 2015',
      'kommunerne overtog opgaven pr. 1/1 2007',
    ]) {
      expect(titlePageYear(line), line).toBeUndefined();
    }
  });
});

describe('the importer dates a standard by its title page, not by its history', () => {
  it('a hard-wrapped preface ending a line with a history date gives no year', async () => {
    const lines = [
      'Kvalitetsstandard for stofmisbrugsbehandling',
      'Testby Kommune',
      'Behandlingen af stofmisbrug var tidligere amtets opgave.',
      'Ved kommunalreformen den 1. januar 2007',
      'overgik opgaven til kommunerne, og siden har Testby Kommune haft sit eget rusmiddelcenter.',
    ];
    const { standard, yaml } = await importBytes(
      await docxOf([
        ...lines.map((line) => new Paragraph(line)),
        new Paragraph({ text: 'Målgruppe', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('Borgere over 18 år.'),
      ]),
    );
    expect(parse(yaml).revision?.senest_revideret).toBeUndefined();
    expect(standard.questions.map((question) => question.code)).not.toContain('import-spoerg-kun-aarstal');
  });

  it('a year alone on the title page still dates it', async () => {
    const { yaml } = await importBytes(
      await docxOf([
        new Paragraph('Testby Kommune, Rusmiddelcentret, 2016'),
        new Paragraph({ text: 'Målgruppe', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('Borgere over 18 år.'),
      ]),
    );
    expect(parse(yaml).revision?.senest_revideret).toBe(2016);
  });
});

describe('the importer reads with the same reader as the check', () => {
  it('a deadline in weeks or working days after a limit word is read in days (the importer read only »N dage«)', () => {
    for (const [sentence, days] of [
      ['Behandlingsgarantien betyder, at du får behandling inden for to uger.', 14],
      ['Vi sætter behandlingen i gang senest 10 hverdage efter din henvendelse.', 14],
      ['Du får behandling senest fjorten dage efter din henvendelse.', 14],
    ] as const) {
      expect(deadlineDays(sentence, true), sentence).toEqual({ found: { value: days, source: sentence } });
    }
  });

  it('weeks without a limit word name how long something else takes, not the guarantee', () => {
    const sentence = 'Sagsbehandlingstiden er op til 16 uger, da behandlingsgarantien på 14 dage ikke gælder ved døgnbehandling.';
    expect(deadlineDays(sentence, true)).toEqual({ found: { value: 14, source: sentence } });
  });

  it('»sygehus« names the status »hospital« for the importer too, and »1 og igen 6 måneder« is two follow-ups', () => {
    const statuses = 'Vi følger op, uanset om du er færdigbehandlet, udskrevet til andet tilbud, til sygehus eller af anden årsag.';
    expect(dischargeStatuses(statuses)).toEqual({ found: { value: ['faerdigbehandlet', 'andet_tilbud', 'hospital', 'anden_aarsag'], source: statuses } });
    // Everyone whose treatment ends is every status, for the importer as for the check (§4.2).
    const everyone = 'Vi kontakter alle, der afslutter et behandlingsforløb, uanset årsagen, efter 1 og 6 måneder.';
    expect(dischargeStatuses(everyone)).toEqual({ found: { value: ['faerdigbehandlet', 'andet_tilbud', 'hospital', 'anden_aarsag'], source: everyone } });
    expect(dischargeStatuses('Vi kontakter alle, der er udskrevet som færdigbehandlet, efter 1 og 6 måneder.')).toBeUndefined();
    const months = 'Vi tager kontakt til dig 1 og igen 6 måneder efter, at du har afsluttet behandlingen.';
    expect(followUpMonths(months)).toEqual({ found: { value: [1, 6], source: months } });
  });
});

describe('the check reads with the shared readers', () => {
  const check = (section: string, text: string) => {
    const yaml = `kommune: Testby Kommune\ntitel: Kvalitetsstandard for social behandling for stofmisbrug\n${section}:\n  tekst: ${text}\n`;
    const result = checkSource('test.yml', new TextEncoder().encode(yaml), '2026-11-23');
    if (!result.valid) throw new Error('invalid fixture');
    return result.findings;
  };

  it('»tolv uger« is a deadline longer than the law allows (rule 4-1-6’s table had no »tolv«)', () => {
    const finding = check('behandlingsgaranti', 'Med behandlingsgarantien får du tilbudt behandling senest tolv uger efter din første henvendelse.').find(
      (each) => each.requirement.id === '§4.1.6',
    );
    expect(finding?.status).toBe('mangler');
    expect(finding?.messages).toContainEqual({ code: 'garanti-frist-for-lang', args: expect.objectContaining({ dage: 84 }) });
  });

  it('a planned next revision in the text is no revision: the last approval is judged (§6.1)', () => {
    const findings = check('forord', 'Standarden blev godkendt i Byrådet den 3. maj 2022. Næste revision er planlagt til maj 2026.');
    const finding = findings.find((each) => each.requirement.id === '§6.1');
    expect(finding?.status).toBe('mangler');
    expect(finding?.messages[0]).toMatchObject({ args: { dato: '2022-05-03' } });
  });

  it('»syv« months are read (rule 4-2’s table had no »syv«), so the follow-up is told it found them', () => {
    const finding = check('opfoelgning', 'Vi følger op på din behandlingsplan en og syv måneder efter, at behandlingen er afsluttet.').find(
      (each) => each.requirement.id === '§4.2',
    );
    expect(finding?.messages.find((message) => message.code === 'opfoelgning-maaneder')?.args.fundet).toBe('1 og 7');
  });
});

describe('today in Danish time', () => {
  const danish = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });
  const hour = 60 * 60 * 1000;
  /** The instants where the rule and the time zone database disagree. */
  const disagreements = (instants: number[]) => instants.map((at) => new Date(at)).filter((at) => today(at) !== danish.format(at));

  it('agrees with the time zone database every quarter hour around the year’s turn and both summer-time changes', () => {
    const instants: number[] = [];
    for (let year = 1997; year <= 2040; year += 1) {
      for (const [month, day] of [
        [0, 1],
        [2, 25],
        [2, 31],
        [9, 25],
        [9, 31],
      ] as const) {
        const start = Date.UTC(year, month, day) - 26 * hour;
        for (let at = start; at < start + 52 * hour; at += hour / 4) instants.push(at);
      }
    }
    expect(disagreements(instants)).toEqual([]);
  });

  it('agrees at random instants, and without an argument means now', () => {
    const instants = Array.from({ length: 5000 }, () => Date.UTC(1997, 0, 1) + Math.random() * 44 * 365 * 24 * hour);
    expect(disagreements(instants)).toEqual([]);
    const before = danish.format(new Date());
    expect([before, danish.format(new Date())]).toContain(today());
  });
});
