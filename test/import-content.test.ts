/**
 * What the importer reads out of a document, varied sentence by sentence: structured fields
 * only from explicit statements, approvals and revision dates as written, placement by
 * heading wherever the section stands, formatting and pictures.
 */
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { lawReferencesIn } from '../src/import/metadata.js';
import { requirementOfHeading } from '../src/import/placement.js';
import { withDocumentXml } from './import-docx.js';
import {
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  docxOf,
  importBytes,
} from './import-docx.js';

// Each test converts Word documents or runs the CLI; on a shared two-core machine that can take seconds.
vi.setConfig({ testTimeout: 60_000 });

const h = (level: 1 | 2 | 3, text: string) =>
  new Paragraph({ text, heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1] });
const p = (text: string) => new Paragraph(text);
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const title = (text: string) => new Paragraph({ text, heading: HeadingLevel.TITLE });

async function imported(children: Array<Paragraph | Table>) {
  const { standard, yaml } = await importBytes(await docxOf([title('Kvalitetsstandard for stofbehandling i Testby Kommune'), ...children]));
  return { standard, yaml, data: parse(yaml) as Record<string, any> };
}

describe('what the importer names, it names as the document writes it', () => {
  it('a paragraph’s letter is its own (»§ 101 a«), never the first letter of the next word', () => {
    const found = lawReferencesIn(
      'Behandlingen gives efter Servicelovens § 101 stk. 2 og Serviceloven § 101a, klager efter Retssikkerhedsloven § 82 og Serviceloven § 163 Vi samarbejder, og Sundhedsloven § 142 a gælder.',
    );
    expect(found).toEqual(['Servicelovens § 101', 'Serviceloven § 101a', 'Retssikkerhedsloven § 82', 'Serviceloven § 163', 'Sundhedsloven § 142 a']);
  });

  it('a reference with the law named after the paragraph (»§ 101 i serviceloven«) is read wherever it stands', () => {
    for (const reference of ['§ 101 i serviceloven', '§§ 101 og 101a i lov om social service', '§ 142 i sundhedsloven']) {
      for (const sentence of [`Behandlingen gives efter ${reference}.`, `${reference} gælder.`, `(${reference})`])
        expect(lawReferencesIn(sentence)).toEqual([reference]);
    }
  });

  it('figures read from the text before the first heading name that text, not an empty »«', async () => {
    const { standard } = await imported([
      p('Du vil efter behandlingsgarantien senest 14 dage efter din henvendelse blive tilbudt en samtale med en behandler.'),
      h(1, 'Målgruppe'),
      p('Voksne over 18 år.'),
    ]);
    const question = standard.questions.find((each) => each.code === 'import-spoerg-data-uden-afsnit');
    expect(question?.args.overskrift).toBe('forord');
  });
});

describe('structured fields only from explicit statements, each with its sentence', () => {
  it('the deadline of the treatment guarantee', async () => {
    for (const days of [14, 10]) {
      const sentence = `Behandlingen sættes i gang senest ${days} dage efter, at du har henvendt dig.`;
      const { data, yaml } = await imported([h(1, 'Behandlingsgaranti'), p(sentence)]);
      expect(data.behandlingsgaranti.frist_dage).toBe(days);
      expect(yaml).toContain(`  # Læst ud af sætningen: »${sentence}«\n  frist_dage: ${days}`);
    }
  });

  it('two different deadlines give no value but a question', async () => {
    const { data, standard } = await imported([
      h(1, 'Behandlingsgaranti'),
      p('Behandlingen starter senest 14 dage efter henvendelsen.'),
      p('Unge starter inden for 10 dage.'),
    ]);
    expect(data.behandlingsgaranti.frist_dage).toBeUndefined();
    expect(standard.questions.map((question) => question.code)).toContain('import-spoerg-uklar-frist');
  });

  it('a deadline in the law’s words or under »frit valg« is not the kommune’s', async () => {
    const { data } = await imported([
      h(1, 'Frit valg'),
      p('Vælger du et andet tilbud, har du ikke ret til at kræve behandling senest 14 dage efter henvendelsen.'),
      h(1, 'Lovgrundlag'),
      p('Stk. 4. Tilbud efter stk. 1 skal iværksættes senest 14 dage efter henvendelsen til kommunen.'),
    ]);
    expect(data.behandlingsgaranti).toBeUndefined();
  });

  it('follow-up months and discharge statuses', async () => {
    const sentence =
      'Vi følger op på din behandlingsplan 1 og 6 måneder efter, at behandlingen er afsluttet, hvis du er udskrevet som færdigbehandlet, til et andet tilbud, til hospital eller af anden årsag.';
    const { data, yaml } = await imported([h(1, 'Opfølgning efter afsluttet behandling'), p(sentence)]);
    expect(data.opfoelgning.maaneder).toEqual([1, 6]);
    expect(data.opfoelgning.udskrivningsstatusser).toEqual(['faerdigbehandlet', 'andet_tilbud', 'hospital', 'anden_aarsag']);
    expect(yaml).toContain(`  # Læst ud af sætningen: »${sentence}«\n  maaneder: [1, 6]\n`);
  });

  it('target figures with their percentage, limit and year, from wherever they stand', async () => {
    const { data, standard } = await imported([
      h(1, 'Hvordan følger vi op på indsatsen?'),
      p('Kommunen har sat disse mål:'),
      bullet('Mindst 40 % er stoffri efter afsluttet behandling i 2025.'),
      bullet('Mindst 30 % har reduceret deres forbrug ved afsluttet behandling i 2025.'),
      bullet('Højst 15 % vender tilbage til behandling inden for 12 måneder.'),
    ]);
    expect(data.maaltal.maal).toEqual([
      { indikator: 'stoffri', graense: 'mindst', procent: 40, aar: 2025 },
      { indikator: 'reduceret', graense: 'mindst', procent: 30, aar: 2025 },
      { indikator: 'tilbagevenden_12_maaneder', graense: 'hoejst', procent: 15 },
    ]);
    // The section that states the figures is the requirement's section, under its own heading.
    expect(data.maaltal.overskrift).toBe('Hvordan følger vi op på indsatsen?');
    expect(standard.sections.find((section) => section.key === 'maaltal')?.reason).toBe('tal-i-teksten');
  });

  it('the address where the standard is published', async () => {
    const sentence = 'Kvalitetsstandarden er offentliggjort på www.testby.dk/stofbehandling.';
    const { data, yaml } = await imported([h(1, 'Om denne standard'), p(sentence), h(1, 'Kontakt'), p('Du kan også læse om os på www.testby.dk.')]);
    expect(data.offentliggoerelse.url).toBe('https://www.testby.dk/stofbehandling');
    expect(yaml).toContain(`# Læst ud af sætningen: »${sentence}«`);
  });

  it('an address that is not about the standard is no publication', async () => {
    const { data } = await imported([h(1, 'Kontakt'), p('Åbningstider finder du på www.testby.dk.')]);
    expect(data.offentliggoerelse).toBeUndefined();
  });

  it('a percentage that measures nothing the law names is no target figure', async () => {
    const { data } = await imported([h(1, 'Tilfredshed'), p('92 % af borgerne er tilfredse med behandlingen.')]);
    expect(data.maaltal).toBeUndefined();
  });
});

describe('approvals and revision dates as the document states them', () => {
  const cases: Array<[string, Array<{ organ: string; dato: string }>]> = [
    ['Godkendt i Byrådet den 20. november 2023', [{ organ: 'Byrådet', dato: '2023-11-20' }]],
    ['Vedtaget af Socialudvalget 4. december 2023', [{ organ: 'Socialudvalget', dato: '2023-12-04' }]],
    ['Godkendt af Kommunalbestyrelsen d. 4/3 2024', [{ organ: 'Kommunalbestyrelsen', dato: '2024-03-04' }]],
    ['Behandlet og godkendt i Social- og Sundhedsudvalget den 12.01.2022', [{ organ: 'Social- og Sundhedsudvalget', dato: '2022-01-12' }]],
    ['Godkendt af Socialtilsynet den 1. maj 2023', []],
    ['Godkendt i Byrådet den 31. februar 2023', []],
  ];
  for (const [sentence, expected] of cases) {
    it(`»${sentence}«`, async () => {
      const { data, standard } = await imported([p(sentence), h(1, 'Målgruppe'), p('Borgere over 18 år med et behandlingskrævende stofmisbrug.')]);
      expect(data.godkendelse ?? []).toEqual(expected);
      expect(standard.godkendelse.length).toBe(expected.length);
    });
  }

  it('an approval on the last page leaves the text and is quoted beside its value', async () => {
    const { data, yaml } = await imported([h(1, 'Målgruppe'), p('Borgere over 18 år.'), p('Godkendt i Byrådet den 20. november 2023')]);
    expect(data.godkendelse).toEqual([{ organ: 'Byrådet', dato: '2023-11-20' }]);
    expect(data.maalgruppe.tekst).toBe('Borgere over 18 år.\n');
    expect(yaml).toContain('# Fra dokumentet: »Godkendt i Byrådet den 20. november 2023«');
  });

  it('an approval in the page footer, when the text has none, quoted as such', async () => {
    const bytes = await docxOf(
      [title('Kvalitetsstandard for Testby Kommune'), h(1, 'Målgruppe'), p('Borgere over 18 år.')],
      'Godkendt i Byrådet den 20. november 2023',
    );
    const { yaml } = await importBytes(bytes);
    expect(parse(yaml).godkendelse).toEqual([{ organ: 'Byrådet', dato: '2023-11-20' }]);
    expect(yaml).toContain('# Fra sidehovedet eller sidefoden: »Godkendt i Byrådet den 20. november 2023«');
    expect(parse(yaml).maalgruppe.tekst).toBe('Borgere over 18 år.\n');
  });

  it('revision dates', async () => {
    const { data } = await imported([h(1, 'Revision'), p('Standarden er senest revideret den 1. marts 2024. Næste revision er planlagt til 1. marts 2026.')]);
    expect(data.revision.senest_revideret).toBe('2024-03-01');
    expect(data.revision.naeste_revision).toBe('2026-03-01');
  });

  it('a date given only as a month or a year is imported and listed under »Bør ses af en person« (#19.14)', async () => {
    for (const [sentence, field, value] of [
      ['Næste revision: marts 2026', 'naeste_revision', '2026-03'],
      ['Standarden er senest revideret i 2024.', 'senest_revideret', 2024],
    ] as const) {
      const { data, standard } = await imported([h(1, 'Revision'), p(sentence)]);
      expect(data.revision[field]).toBe(value);
      const question = standard.questions.find((each) => each.code === 'import-spoerg-delvis-dato');
      expect(question?.args).toMatchObject({ felt: `revision.${field}`, vaerdi: String(value) });
      expect(question?.fields).toEqual([`revision.${field}`]);
    }
    // On the title page, the next revision's year is not the year the standard was made.
    const { data: cover } = await imported([p('Næste revision: marts 2026'), h(1, 'Målgruppe'), p('Borgere over 18 år.')]);
    expect(cover.revision).toEqual({ naeste_revision: '2026-03' });
    // A whole date needs no interpreting.
    const { standard } = await imported([h(1, 'Revision'), p('Næste revision: 1. marts 2026')]);
    expect(standard.questions.map((each) => each.code)).not.toContain('import-spoerg-delvis-dato');
  });

  it('every other value the importer interpreted is listed too: fields read from sentences, a kommune chosen among several (#19.14)', async () => {
    const { standard } = await imported([
      h(1, 'Behandlingsgaranti'),
      p('Behandlingen sættes i gang senest 14 dage efter, at du har henvendt dig.'),
      h(1, 'Samarbejde'),
      p('Vi samarbejder med Andeby Kommune om døgnbehandling.'),
    ]);
    const byCode = new Map(standard.questions.map((question) => [question.code, question]));
    expect(byCode.get('import-spoerg-faste-felter')?.fields).toEqual(['behandlingsgaranti.frist_dage']);
    expect(byCode.get('import-spoerg-kommune-valgt')?.args).toMatchObject({ vaerdi: 'Testby Kommune', andre: 'Andeby Kommune' });
    const { standard: plain } = await imported([h(1, 'Målgruppe'), p('Borgere over 18 år.')]);
    expect(plain.questions.map((question) => question.code)).not.toContain('import-spoerg-kommune-valgt');
    expect(plain.questions.map((question) => question.code)).not.toContain('import-spoerg-faste-felter');
  });

  it('what is not found is left out and listed', async () => {
    const { data, standard } = await imported([h(1, 'Målgruppe'), p('Borgere over 18 år.')]);
    expect(data.godkendelse).toBeUndefined();
    expect(data.lovgrundlag).toBeUndefined();
    expect(standard.godkendelse).toEqual([]);
  });
});

describe('placement by heading', () => {
  it('a heading that names a requirement becomes its field wherever it stands, and the order stays the document’s', async () => {
    const sections = [
      [h(1, 'Visitation'), p('Du henvender dig til Rusmiddelcentret, som vurderer dit behov ved en samtale.')],
      [h(1, 'Om Testby'), p('Testby Kommune er en kommune med mange borgere.')],
      [h(1, 'Målgruppe'), p('Borgere over 18 år med et behandlingskrævende forbrug.')],
    ];
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
    ]) {
      const { data } = await imported(order.flatMap((index) => sections[index]!));
      expect(data.visitation.overskrift).toBe('Visitation');
      expect(data.maalgruppe.overskrift).toBe('Målgruppe');
      expect(data.oevrige_afsnit).toEqual([{ noegle: 'om-testby', overskrift: 'Om Testby', tekst: 'Testby Kommune er en kommune med mange borgere.\n' }]);
      expect(data.praesentation.raekkefoelge).toEqual(order.map((index) => ['visitation', 'om-testby', 'maalgruppe'][index]));
    }
  });

  it('a sub-heading that names a requirement becomes a section of its own in the same chapter', async () => {
    const { data } = await imported([
      h(1, 'Vores tilbud'),
      p('Vi tilbyder ambulant behandling.'),
      h(2, 'Dagbehandling'),
      p('Dagbehandling foregår på centret.'),
      h(2, 'Gavekort'),
      p('Vi giver gavekort på 100 kr. for hvert andet fremmøde i de første ti uger.'),
      h(2, 'Efterbehandling'),
      p('Efter behandlingen tilbyder vi samtaler.'),
    ]);
    expect(data.oevrige_afsnit[0].tekst).toBe('Vi tilbyder ambulant behandling.\n\n### Dagbehandling\n\nDagbehandling foregår på centret.\n');
    expect(data.gavekort.overskrift).toBe('Gavekort');
    expect(data.praesentation.raekkefoelge).toEqual([['vores-tilbud', 'gavekort', 'efterbehandling']]);
  });

  it('a heading that names two requirements stays under its own heading, with a question', async () => {
    const { data, yaml } = await imported([h(1, 'Handleplaner og behandlingsplaner'), p('Vi udarbejder en behandlingsplan sammen med dig.')]);
    expect(data.behandlingsplan).toBeUndefined();
    expect(data.oevrige_afsnit[0].overskrift).toBe('Handleplaner og behandlingsplaner');
    expect(yaml).toMatch(/# TJEK: »Handleplaner og behandlingsplaner« nævner flere krav \(§4\.1\.8, §4\.1\.9\)/);
  });
});

describe('the document’s formatting', () => {
  it('bold, italic, links, lists and nested headings as Markdown', async () => {
    const { data } = await imported([
      h(1, 'Målgruppe'),
      new Paragraph({
        children: [
          new TextRun('Tilbuddet er for '),
          new TextRun({ text: 'alle borgere ', bold: true }),
          new TextRun({ text: 'over 18 år', italics: true }),
          new TextRun('. Læs mere på '),
          new ExternalHyperlink({ link: 'https://www.testby.dk/stof', children: [new TextRun('kommunens side')] }),
          new TextRun('.'),
        ],
      }),
      bullet('Unge'),
      bullet('Voksne'),
      h(2, 'Særlige grupper'),
      h(3, 'Gravide'),
      p('Gravide får tilbud straks.'),
    ]);
    expect(data.maalgruppe.tekst).toBe(
      'Tilbuddet er for **alle borgere** *over 18 år*. Læs mere på [kommunens side](https://www.testby.dk/stof).\n\n- Unge\n- Voksne\n\n### Særlige grupper\n\n#### Gravide\n\nGravide får tilbud straks.\n',
    );
  });

  it('a SmartArt diagram, which the converter drops silently, gets a comment where it stood', async () => {
    const smartArt =
      '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="9" name="Diagram 9" descr="Organisationsdiagram over Rusmiddelcentret"/>' +
      '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">' +
      '<dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rId99" r:lo="rId98" r:qs="rId97" r:cs="rId96"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
    const bytes = await withDocumentXml(
      (xml) => xml.replace(/(Centret hører under Socialafdelingen\.<\/w:t><\/w:r><\/w:p>)/, `$1${smartArt}`),
      [
        title('Kvalitetsstandard for Testby Kommune'),
        h(1, 'Målgruppe'),
        p('Borgere over 18 år.'),
        h(1, 'Organisering'),
        p('Centret hører under Socialafdelingen.'),
      ],
    );
    const { yaml, standard } = await importBytes(bytes);
    expect(yaml).toContain('# Her stod et diagram (SmartArt) i dokumentet: Organisationsdiagram over Rusmiddelcentret. Det er udeladt.\norganisering:');
    expect(standard.questions.map((question) => question.code)).toContain('import-spoerg-diagram');
  });

  it('a picture is left out with a Danish comment saying what was there', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const picture = new ImageRun({
      type: 'png',
      data: png,
      transformation: { width: 10, height: 10 },
      altText: { title: 'Diagram', description: 'Organisationsdiagram over Rusmiddelcentret', name: 'diagram' },
    });
    const { data, yaml, standard } = await imported([h(1, 'Organisering'), p('Centret hører under Socialafdelingen.'), new Paragraph({ children: [picture] })]);
    expect(data.organisering.tekst).toBe('Centret hører under Socialafdelingen.\n');
    expect(yaml).toContain('# Her stod et billede i dokumentet: Organisationsdiagram over Rusmiddelcentret. Det er udeladt.\norganisering:');
    expect(standard.questions.map((question) => question.code)).toContain('import-spoerg-billede');
    // A logo on the title page is noted at the title.
    const cover = await imported([
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: 10, height: 10 },
            altText: { title: 'Logo', description: 'Testby Kommunes logo', name: 'logo' },
          }),
        ],
      }),
      h(1, 'Målgruppe'),
      p('Borgere over 18 år.'),
    ]);
    expect(cover.yaml).toContain('# Her stod et billede i dokumentet: Testby Kommunes logo. Det er udeladt.\ntitel:');
  });
});

describe('daekker: what a section answers, by the check’s own evidence search', () => {
  const planText = 'Sammen med din behandler udarbejder du en behandlingsplan ved behandlingens start, og I følger op på planen hver tredje måned.';
  it('a section under its own heading that answers a requirement without a section of its own covers it', async () => {
    const { data, standard } = await imported([h(1, 'Sådan foregår behandlingen'), p(planText)]);
    expect(data.oevrige_afsnit[0].daekker).toContain('§4.1.8');
    // An interpretation too: listed for a person, with the field it went to.
    const question = standard.questions.find((each) => each.code === 'import-spoerg-daekker');
    expect(question?.args.afsnit).toContain('»Sådan foregår behandlingen«');
  });

  it('not when the requirement has its own section', async () => {
    const { data } = await imported([h(1, 'Sådan foregår behandlingen'), p(planText), h(1, 'Behandlingsplan'), p(planText)]);
    expect(data.oevrige_afsnit[0].daekker ?? []).not.toContain('§4.1.8');
    expect(data.behandlingsplan.overskrift).toBe('Behandlingsplan');
  });
});

describe('a title page dated only by its year', () => {
  it('is the latest revision, as a year, with a question', async () => {
    const { data, standard } = await imported([p('Misbrugscentret, 2016'), h(1, 'Målgruppe'), p('Borgere over 18 år.')]);
    expect(data.revision.senest_revideret).toBe(2016);
    expect(standard.questions.map((question) => question.code)).toContain('import-spoerg-kun-aarstal');
  });

  it('not when an approval gives the date', async () => {
    const { data } = await imported([p('Misbrugscentret, 2016'), p('Godkendt i Byrådet den 3. maj 2016'), h(1, 'Målgruppe'), p('Borgere over 18 år.')]);
    expect(data.revision).toBeUndefined();
    expect(data.godkendelse).toEqual([{ organ: 'Byrådet', dato: '2016-05-03' }]);
  });
});

describe('bullets typed by hand', () => {
  it('become a Markdown list, and a bullet typed in front of Word’s own is dropped', async () => {
    const { data } = await imported([
      h(1, 'Målgruppe'),
      p('Tilbuddet er for dig, der:'),
      p('• er over 18 år'),
      p('• har et stofmisbrug'),
      bullet('• ønsker rådgivning'),
    ]);
    expect(data.maalgruppe.tekst).toBe('Tilbuddet er for dig, der:\n\n- er over 18 år\n- har et stofmisbrug\n- ønsker rådgivning\n');
  });
});

describe('two-column tables', () => {
  const table = (rows: Array<[string, string]>) =>
    new Table({
      rows: rows.map(([label, text]) => new TableRow({ children: [new TableCell({ children: [p(label)] }), new TableCell({ children: [p(text)] })] })),
    });

  it('rows of a label | text table are sections: a label that names a requirement becomes its field', async () => {
    const { data, standard } = await imported([
      h(1, '§ 101 Social behandling for stofmisbrug'),
      table([
        ['Målgruppe', 'Borgere over 18 år med et behandlingskrævende forbrug af stoffer, som ønsker hjælp til at stoppe eller skære ned.'],
        ['Behandlingsgaranti', 'Behandlingen sættes i gang senest 14 dage efter din henvendelse, og du får besked om tid og sted med det samme.'],
      ]),
    ]);
    expect(data.maalgruppe.overskrift).toBe('Målgruppe');
    expect(data.behandlingsgaranti.frist_dage).toBe(14);
    expect(data.praesentation.raekkefoelge).toEqual([['101-social-behandling-for-stofmisbrug', 'maalgruppe', 'behandlingsgaranti']]);
    expect(standard.tableRows).toBe(2);
  });

  it('a table of short facts stays in the text, each label in bold', async () => {
    const { data } = await imported([
      h(1, 'Kontakt'),
      table([
        ['Telefon', '12 34 56 78'],
        ['Adresse', 'Torvet 1, Testby'],
      ]),
    ]);
    expect(data.oevrige_afsnit[0].tekst).toBe('**Telefon**\n\n12 34 56 78\n\n**Adresse**\n\nTorvet 1, Testby\n');
  });
});

describe('a document about something else', () => {
  it('imports, and the first question asks whether it is the right file', async () => {
    const { standard } = await imported([
      h(1, 'Ingredienser'),
      p('Mel, sukker, smør og æg.'),
      h(1, 'Sådan gør du'),
      p('Rør smør og sukker hvidt, og bag kagen ved 180 grader i 40 minutter.'),
    ]);
    expect(standard.questions[0]?.code).toBe('import-spoerg-andet-emne');
  });

  it('a standard does not get that question', async () => {
    const { standard } = await imported([h(1, 'Målgruppe'), p('Borgere over 18 år med et behandlingskrævende stofmisbrug.')]);
    expect(standard.questions.map((question) => question.code)).not.toContain('import-spoerg-andet-emne');
  });
});

describe('which requirement a heading clearly is', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Målgruppe', '§4.1.2'],
    ['Hvem kan få hjælp?', '§4.1.2'],
    ['3. Visitationsprocedure', '§4.1.5'],
    ['Hvordan søger du om behandling?', '§4.1.5'],
    ['Behandlingsgaranti:', '§4.1.6'],
    ['Hvornår starter behandlingen?', '§4.1.6'],
    ['Mulighed for frit valg', '§4.1.7'],
    ['Hvad koster det?', '§4.1.11'],
    ['Klagevejledning', '§4.1.12'],
    ['Personalets kompetencer', '§4.1.13'],
    ['Retningslinjer for brug af gavekort', '§4.1.15'],
    ['Opfølgning på borgerens behandlingsplan', '§4.2'],
    ['Krav til døgnbehandlingstilbud', '§5.1'],
    ['Revision af kvalitetsstandarden', '§6.1'],
    ['Inddragelse af brugere og pårørende', '§6.2'],
    ['Formål', '§4.1.3'],
    // Two requirements named alike, or none: not clearly one.
    ['Handleplaner og behandlingsplaner', undefined],
    ['Lovgrundlag', undefined],
    ['Indledning', undefined],
    ['Anonym behandling', undefined],
  ];
  for (const [heading, id] of cases) {
    it(`»${heading}« → ${id ?? 'intet krav'}`, () => {
      expect(requirementOfHeading(heading)?.requirement.id).toBe(id);
    });
  }

  it('a heading in the law’s own words outranks one with the requirement’s usual name', () => {
    expect(requirementOfHeading('Særlige krav til døgnbehandlingstilbud')!.strength).toBeGreaterThan(requirementOfHeading('3) Døgnbehandling')!.strength);
  });
});

describe('footnotes', () => {
  it('stay with the paragraph that refers to them, as Markdown footnotes, not at the end of the last section', async () => {
    const bytes = await docxOf(
      [
        title('Kvalitetsstandard for Testby Kommune'),
        h(1, 'Behandlingsgaranti'),
        new Paragraph({ children: [new TextRun('Behandlingen starter senest 14 dage efter henvendelsen.'), new FootnoteReferenceRun(1)] }),
        h(1, 'Målgruppe'),
        p('Voksne med et stofmisbrug.'),
      ],
      undefined,
      { 1: 'Jf. serviceloven § 101, stk. 4.' },
    );
    const data = parse((await importBytes(bytes)).yaml) as Record<string, any>;
    expect(data.behandlingsgaranti.tekst).toBe('Behandlingen starter senest 14 dage efter henvendelsen.[^1]\n\n[^1]: Jf. serviceloven § 101, stk. 4.\n');
    expect(data.behandlingsgaranti.frist_dage).toBe(14);
    expect(data.maalgruppe.tekst).toBe('Voksne med et stofmisbrug.\n');
  });
});

describe('the kommune', () => {
  it('is the one the document names most often, not »din kommune« or »en anden kommune«', async () => {
    const { standard } = await importBytes(
      await docxOf([
        h(1, 'Frit valg'),
        p('Du kan vælge et tilbud i en anden kommune. Din kommune betaler. En kommune kan også henvise dig.'),
        p('Aabenraa Kommune tilbyder behandling. I Aabenraa Kommune er vi mange. Tønder Kommune samarbejder med os.'),
      ]),
    );
    expect(standard.kommune.value).toBe('Aabenraa Kommune');
  });

  it('is the name alone, not the word before it (»Kvalitetsstandard Testby Kommune«)', async () => {
    const { standard } = await importBytes(
      await docxOf([new Paragraph({ text: 'Kvalitetsstandard Testby Kommune', heading: HeadingLevel.TITLE }), h(1, 'Målgruppe'), p('Voksne.')]),
    );
    expect(standard.kommune.value).toBe('Testby Kommune');
  });
});

describe('chapter numbers', () => {
  it('move to praesentation.nummerering when most chapters have one', async () => {
    const { data } = await imported([
      h(1, '1. Målgruppe'),
      p('Voksne.'),
      h(1, '2 - Visitation'),
      p('Ring til os.'),
      h(1, '3) Behandlingsgaranti'),
      p('Senest 14 dage.'),
    ]);
    expect(data.praesentation.nummerering).toBe(true);
    expect([data.maalgruppe.overskrift, data.visitation.overskrift, data.behandlingsgaranti.overskrift]).toEqual([
      'Målgruppe',
      'Visitation',
      'Behandlingsgaranti',
    ]);
  });

  it('stay in the heading when only one chapter has a number', async () => {
    const { data } = await imported([
      h(1, 'Målgruppe'),
      p('Voksne.'),
      h(1, 'Visitation'),
      p('Ring til os.'),
      h(1, '3 trin til behandling'),
      p('Sådan gør du.'),
    ]);
    expect(data.praesentation.nummerering).toBeUndefined();
    expect(data.oevrige_afsnit[0].overskrift).toBe('3 trin til behandling');
  });
});

describe('line breaks inside a paragraph', () => {
  it('separate words in the title, as Word shows them', async () => {
    const { standard } = await importBytes(
      await docxOf([
        new Paragraph({
          heading: HeadingLevel.TITLE,
          children: [new TextRun('Kvalitetsstandard'), new TextRun({ text: 'Stofbehandling i Testby Kommune', break: 1 })],
        }),
        h(1, 'Målgruppe'),
        p('Voksne.'),
      ]),
    );
    expect(standard.titel.value).toBe('Kvalitetsstandard Stofbehandling i Testby Kommune');
  });
});

describe('a house style for headings', () => {
  it('»KK Overskrift 2« is a heading at level 2', async () => {
    const { data } = await imported([
      h(1, 'Vores tilbud'),
      p('Ambulant behandling.'),
      new Paragraph({ text: 'Behandlingsgaranti', style: 'KKOverskrift2' }),
      p('Vi starter senest 14 dage efter din henvendelse.'),
    ]);
    expect(data.behandlingsgaranti.overskrift).toBe('Behandlingsgaranti');
    expect(data.behandlingsgaranti.frist_dage).toBe(14);
    expect(data.praesentation.raekkefoelge).toEqual([['vores-tilbud', 'behandlingsgaranti']]);
  });
});

describe('a table of døgntilbud becomes doegnbehandling.tilbud (#19.13)', () => {
  // Word's header-row mark only when asked for: the converter reads any mark (even »false«) as a header row.
  const row = (cells: string[], header = false) =>
    new TableRow({ ...(header ? { tableHeader: true } : {}), children: cells.map((cell) => new TableCell({ children: [p(cell)] })) });
  const offers = [
    { navn: 'Solhøj', behandlingsform: 'Miljøterapi og kognitiv behandling', maalgruppe: 'Voksne med et stofmisbrug', pris: '2.150 kr. pr. døgn' },
    { navn: 'Fjordgården', behandlingsform: 'Minnesota-behandling', maalgruppe: 'Unge mellem 18 og 25 år', pris: '1.900 kr. pr. døgn' },
  ];

  it('columns in any order and wording, with or without Word’s header row', async () => {
    const layouts: Array<{ headers: string[]; keys: Array<keyof (typeof offers)[number]>; header: boolean }> = [
      { headers: ['Navn', 'Behandlingsform', 'Målgruppe', 'Pris'], keys: ['navn', 'behandlingsform', 'maalgruppe', 'pris'], header: true },
      { headers: ['Pris pr. døgn', 'Tilbud', 'Hvem er det for?', 'Behandling'], keys: ['pris', 'navn', 'maalgruppe', 'behandlingsform'], header: false },
      { headers: ['Målgruppe', 'Takst', 'Døgntilbuddets navn', 'Metode'], keys: ['maalgruppe', 'pris', 'navn', 'behandlingsform'], header: false },
    ];
    for (const { headers, keys, header } of layouts) {
      const table = new Table({ rows: [row(headers, header), ...offers.map((offer) => row(keys.map((key) => offer[key])))] });
      const { data, standard } = await imported([h(1, 'Døgnbehandling'), p('Kommunen bruger disse døgntilbud:'), table]);
      expect(data.doegnbehandling.tilbud).toEqual(offers);
      // The table's words are in the offers, not in the text as well.
      expect(data.doegnbehandling.tekst).toBe('Kommunen bruger disse døgntilbud:\n');
      const question = standard.questions.find((each) => each.code === 'import-spoerg-doegntilbud');
      expect(question?.fields).toEqual(['doegnbehandling.tilbud']);
      for (const heading of headers) expect(String(question?.args.kolonner)).toContain(`»${heading}«`);
    }
  });

  it('a column it does not recognise goes to the offer’s tekst under its heading, and the report says so', async () => {
    const table = new Table({
      rows: [row(['Navn', 'Behandlingsform', 'Pris', 'Varighed']), row(['Solhøj', 'Miljøterapi', '2.150 kr. pr. døgn', '8-12 uger'])],
    });
    const { data, standard } = await imported([h(1, 'Døgnbehandling'), table]);
    expect(data.doegnbehandling.tilbud).toEqual([
      { navn: 'Solhøj', behandlingsform: 'Miljøterapi', pris: '2.150 kr. pr. døgn', tekst: '**Varighed:** 8-12 uger' },
    ]);
    const question = standard.questions.find((each) => each.code === 'import-spoerg-doegntilbud');
    expect(question?.args.ikke).toBe('»Varighed«');
    // What the law asks for and the table does not give.
    expect(question?.args.mangler).toBe('målgruppe, kerneydelser, personaleforhold og fysiske forhold');
  });

  it('the other facts the law asks for, and the offer’s web address', async () => {
    const table = new Table({
      rows: [
        row(['Tilbuddets navn', 'Kerneydelser', 'Personale', 'Fysiske rammer', 'Hjemmeside', 'Målgruppe']),
        row(['Solhøj', 'Individuelle samtaler', 'Socialrådgivere og en sygeplejerske', 'Enkeltværelser ved skoven', 'www.solhoej.dk', 'Voksne']),
      ],
    });
    const { data } = await imported([h(1, 'Døgnbehandling'), table]);
    expect(data.doegnbehandling.tilbud).toEqual([
      {
        navn: 'Solhøj',
        kerneydelser: 'Individuelle samtaler',
        personaleforhold: 'Socialrådgivere og en sygeplejerske',
        fysiske_forhold: 'Enkeltværelser ved skoven',
        url: 'https://www.solhoej.dk',
        maalgruppe: 'Voksne',
      },
    ]);
  });

  it('a table with the fields in its first column, one offer per further column', async () => {
    const table = new Table({
      rows: [
        row(['Tilbud', offers[0]!.navn, offers[1]!.navn]),
        row(['Behandlingsform', offers[0]!.behandlingsform, offers[1]!.behandlingsform]),
        row(['Målgruppe', offers[0]!.maalgruppe, offers[1]!.maalgruppe]),
        row(['Pris', offers[0]!.pris, offers[1]!.pris]),
      ],
    });
    const { data } = await imported([h(1, 'Særlige krav til døgnbehandlingstilbud'), table]);
    expect(data.doegnbehandling.tilbud).toEqual(offers);
  });

  it('one two-column table per offer, however long its texts, is an offer and not sub-sections', async () => {
    const long = (text: string) =>
      `${text}. Forløbet tilrettelægges sammen med dig og dine pårørende, og der følges op undervejs, også efter at du er flyttet hjem igen.`;
    const offerTableOf = (offer: (typeof offers)[number]) =>
      new Table({
        rows: [
          row(['Navn', offer.navn]),
          row(['Behandlingsform', long(offer.behandlingsform)]),
          row(['Målgruppe', long(offer.maalgruppe)]),
          row(['Pris', long(offer.pris)]),
        ],
      });
    const { data } = await imported([h(1, 'Døgnbehandling'), offerTableOf(offers[0]!), offerTableOf(offers[1]!)]);
    expect(data.doegnbehandling.tilbud.map((offer: { navn: string }) => offer.navn)).toEqual(['Solhøj', 'Fjordgården']);
    expect(data.doegnbehandling.tilbud[1].behandlingsform).toBe(long(offers[1]!.behandlingsform));
    expect(data.praesentation.raekkefoelge).toEqual(['doegnbehandling']);
  });

  it('under another heading, the offers go to the døgnbehandling section and the question says where they came from', async () => {
    const table = new Table({ rows: [row(['Navn', 'Behandlingsform', 'Målgruppe', 'Pris pr. døgn']), row(Object.values(offers[0]!))] });
    const { data, standard } = await imported([h(1, 'Døgnbehandling'), p('Vi visiterer til døgnbehandling.'), h(1, 'Vores døgntilbud'), table]);
    expect(data.doegnbehandling.tilbud).toEqual([offers[0]]);
    expect(standard.questions.find((each) => each.code === 'import-spoerg-doegntilbud')?.args.overskrift).toBe('Vores døgntilbud');
  });

  it('a table of other offers, or of sections, stays as it is', async () => {
    const ambulant = new Table({ rows: [row(['Navn', 'Behandlingsform', 'Målgruppe', 'Pris']), row(['Rådgivningen', 'Samtaler', 'Unge', 'Gratis'])] });
    const { data } = await imported([h(1, 'Ambulant behandling'), ambulant]);
    expect(data.doegnbehandling).toBeUndefined();
    expect(data.oevrige_afsnit[0].tekst).toContain('Rådgivningen');
    const contacts = new Table({ rows: [row(['Navn', 'Telefon']), row(['Døgnvagten', '12 34 56 78'])] });
    const { data: second } = await imported([h(1, 'Døgnbehandling'), contacts]);
    expect(second.doegnbehandling.tilbud).toBeUndefined();
    expect(second.doegnbehandling.tekst).toContain('Døgnvagten');
  });
});

describe('a document without heading styles, as LibreOffice and plain Word make them (#19.15)', () => {
  const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
  /** One paragraph whose lines are separated by Shift+Enter. */
  const lines = (...texts: string[]) => new Paragraph({ children: texts.map((text, index) => new TextRun({ text, break: index > 0 ? 1 : 0 })) });
  const withProperties = async (children: Paragraph[], title: string) => {
    const { Document, Packer } = await import('docx');
    const bytes = await Packer.toBuffer(new Document({ title, sections: [{ children }] }));
    const { standard, yaml } = await importBytes(bytes, { kommune: 'Testby' });
    return { standard, yaml, data: parse(yaml) as Record<string, any> };
  };
  const body = [
    bold('1. Indledning'),
    p('Her beskriver kommunen sin behandling af stofmisbrug.'),
    bold('2. Målgruppe'),
    p('Borgere over 18 år med et stofmisbrug.'),
    bold('3. Behandlingsgaranti'),
    lines('Vi tilbyder inden for 14 dage:', '• samtaler med en behandler', '- gruppeforløb', '– rådgivning til pårørende'),
    bold('4. Visitation'),
    p('Du henvender dig til rådgivningen.'),
  ];

  for (const [what, cover] of [
    [
      'bold cover lines and a plain law line',
      [bold('Testby Kommune'), bold('Kvalitetsstandard for social behandling af stofmisbrug'), p('Serviceloven § 101'), p('Næste revision: marts 2026')],
    ],
    [
      'all cover lines bold, the law line first, a date and an approval last',
      [
        bold('Serviceloven § 101'),
        bold('Testby Kommune'),
        bold('Kvalitetsstandard for social behandling af stofmisbrug'),
        bold('Marts 2025'),
        bold('Godkendt i Byrådet den 12. marts 2025'),
      ],
    ],
  ] as const) {
    it(`${what}: the cover is the title page, not chapters`, async () => {
      const { standard, data, yaml } = await withProperties([...cover, ...body], 'Dokument1');
      // The line that only names the kommune is quoted beside kommune, not kept as a preface.
      expect(data.forord?.tekst ?? '').not.toContain('Testby Kommune');
      // A line that only states the next revision is that field, quoted beside it: not a preface.
      if (what.startsWith('bold cover lines')) {
        expect(data.forord).toBeUndefined();
        expect(data.revision.naeste_revision).toBe('2026-03');
        expect(yaml).toMatch(/# Fra dokumentet: »Næste revision: marts 2026«\n\s*naeste_revision: 2026-03/);
      }
      expect(yaml).toMatch(/^# Fra dokumentet: »Testby Kommune«\nkommune: Testby Kommune$/m);
      const headings = standard.sections.map((section) => section.heading);
      expect(headings).not.toContain('Testby Kommune');
      expect(headings.some((heading) => /Kvalitetsstandard/.test(heading ?? ''))).toBe(false);
      expect(data.praesentation.nummerering).toBe(true);
      expect(data.titel).toBe('Kvalitetsstandard for social behandling af stofmisbrug');
      expect(data.lovgrundlag).toEqual(['Serviceloven § 101']);
      // The title is the cover's, and the file's differing title property is named in the question.
      const question = standard.questions.find((each) => each.code === 'import-spoerg-titel-valgt');
      expect(question?.args).toMatchObject({ vaerdi: 'Kvalitetsstandard for social behandling af stofmisbrug', egenskab: 'Dokument1' });
    });
  }

  it('hand-typed bullets after Shift+Enter are list items', async () => {
    const { data } = await withProperties(body, '');
    expect(data.behandlingsgaranti.tekst).toBe('Vi tilbyder inden for 14 dage:\n\n- samtaler med en behandler\n- gruppeforløb\n- rådgivning til pårørende\n');
  });

  it('a paragraph that starts with a typed bullet is as many items as it has bullet lines, not one', async () => {
    const { data } = await withProperties([bold('Målgruppe'), lines('• er over 18 år', '• har et stofmisbrug')], '');
    expect(data.maalgruppe.tekst).toBe('- er over 18 år\n- har et stofmisbrug\n');
  });

  it('lines broken with Shift+Enter that are not bullets stay one paragraph', async () => {
    const { data } = await withProperties([bold('Målgruppe'), lines('Rådgivningen', 'Torvet 1', '4700 Testby Kommune')], '');
    expect(data.maalgruppe.tekst).not.toMatch(/^- /m);
    expect(data.maalgruppe.tekst).toContain('Torvet 1');
  });

  it('a chapter that asks about the standard is no cover line', async () => {
    const { standard } = await withProperties([bold('Hvordan læser jeg denne kvalitetsstandard?'), p('Læs kapitlerne i rækkefølge.'), ...body], '');
    expect(standard.sections.map((section) => section.heading)).toContain('Hvordan læser jeg denne kvalitetsstandard?');
  });
});
