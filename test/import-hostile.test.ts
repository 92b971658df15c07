import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkSource } from '../src/check/run.js';
import { formatMessage } from '../src/diagnostics/messages.js';
import { convertDocx } from '../src/import/docx.js';
import { importReportText, questionsShownPerKind } from '../src/import/report.js';
import { limitInDocument } from '../src/import/source-limits.js';
import { styleOf } from '../src/report/terminal.js';
import { withWordPrefixes } from '../src/import/prefixes.js';
import { acceptTrackedChanges, nothingUnseen, unseenQuestions } from '../src/import/unseen.js';
import { xmlProblemIn } from '../src/import/xml-problem.js';
import { readEntry, zipEntries } from '../src/import/zip.js';
import { expectClean, importError, run, workspace as importWorkspace, written } from './import-cli-run.js';
import { docxOf, HeadingLevel, importBytes, Paragraph, Table, TableCell, TableRow, zip, type ZipPart } from './import-docx.js';

// Each case converts Word documents or runs the CLI on a shared two-core machine.
vi.setConfig({ testTimeout: 120_000 });

const workspace = () => importWorkspace('import-fjendtlig');

const textRun = (text: string, properties = '') => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const deletedRun = (text: string) => `<w:r><w:delText xml:space="preserve">${text}</w:delText></w:r>`;
const paragraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const heading = (text: string) => `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${textRun(text)}</w:p>`;
const revision = (id: number) => `w:id="${id}" w:author="Jens Jensen" w:date="2024-03-01T10:00:00Z"`;
const change = (element: 'ins' | 'del' | 'moveFrom' | 'moveTo', content: string, id = 1) => `<w:${element} ${revision(id)}>${content}</w:${element}>`;

/** The parts of a real Word document (footnote 1 included), to rewrite and zip again. */
async function partsOf(header?: string): Promise<ZipPart[]> {
  const whole = await docxOf([new Paragraph('Testby Kommune')], header, { 1: 'En fodnote.' });
  return zipEntries(whole).map((entry) => ({ name: entry.name, data: readEntry(whole, entry, 10_000_000) }));
}

type Edit = string | ((text: string) => string) | null;

/** A Testby document with `body` (WordprocessingML) at the start of its text and its parts edited: a text, a change, or null to leave the part out. */
async function documentWith(body: string, edits: Record<string, Edit> = {}, header?: string): Promise<Buffer> {
  const parts = await partsOf(header);
  const all: Record<string, Edit> = { 'word/document.xml': (xml) => xml.replace('<w:body>', `<w:body>${body}`), ...edits };
  const names = new Set(parts.map((part) => part.name));
  const edited = parts.flatMap((part): ZipPart[] => {
    const edit = all[part.name];
    if (edit === undefined) return [part];
    if (edit === null) return [];
    return [{ ...part, data: Buffer.from(typeof edit === 'string' ? edit : edit(part.data.toString('utf8'))) }];
  });
  for (const [name, edit] of Object.entries(all)) if (!names.has(name) && typeof edit === 'string') edited.push({ name, data: Buffer.from(edit) });
  return zip(edited);
}

const documentRelationships = 'word/_rels/document.xml.rels';
const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const hyperlinkType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const imageType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
/** The document's relationships with more. */
const withRelationships =
  (...relationships: string[]) =>
  (xml: string) =>
    xml.replace('</Relationships>', `${relationships.join('')}</Relationships>`);

/** A picture as Word draws one, described by `description`, its data named by `reference` (r:embed="…"). */
const picture = (reference: string, description = 'Organisationsdiagram', linkOnIt = '') =>
  `<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Billede 1" descr="${description}">${linkOnIt}</wp:docPr><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip ${reference}/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

/** The part a damaged document is damaged in, and where, as the importer says it. */
async function damagedPart(bytes: Buffer): Promise<unknown> {
  const error = await convertDocx(bytes).catch((caught: unknown) => caught);
  expect((error as { code?: string }).code).toBe('import-beskadiget-del');
  return (error as { args: unknown }).args;
}

/** What the report says about what the document holds beyond its text, as the command prints it. */
async function reportLines(bytes: Buffer): Promise<string[]> {
  const word = await convertDocx(bytes);
  return unseenQuestions(word.unseen!).map((question) => formatMessage(question.code, question.args));
}

describe('promise: a draft’s tracked changes are imported as if accepted, and the report says so with how many and examples', () => {
  const draft =
    paragraph(textRun('Borgeren får '), change('ins', textRun('en samtale ')), change('del', deletedRun('intet tilbud ')), textRun('inden for 14 dage.')) +
    paragraph(change('moveFrom', textRun('Tilbuddet er gratis.'), 2)) +
    paragraph(textRun('Vi tilbyder ambulant behandling. '), change('moveTo', textRun('Tilbuddet er gratis.'), 3)) +
    paragraph(textRun('Nu med fed', `<w:b/><w:rPrChange ${revision(4)}><w:rPr/></w:rPrChange>`)) +
    `<w:p><w:pPr><w:rPr><w:del ${revision(5)}/></w:rPr></w:pPr>${textRun('Et afsnit, hvis afsnitsskift er slettet, ')}</w:p>${paragraph(textRun('og det næste.'))}`;

  it('keeps inserted text and leaves deleted text out (w:delText never reaches the YAML); a move is imported once, at its new place (the issue’s case)', async () => {
    const bytes = await documentWith(draft);
    const { html, unseen } = await convertDocx(bytes);
    expect(html).toContain('<p>Borgeren får en samtale inden for 14 dage.</p>');
    expect(html).toContain('<p>Et afsnit, hvis afsnitsskift er slettet, og det næste.</p>');
    expect(html.split('Tilbuddet er gratis.')).toHaveLength(2);
    const { yaml } = await importBytes(bytes, { kommune: 'Testby' });
    expect(yaml).toContain('Borgeren får en samtale inden for 14 dage.');
    expect(yaml).toContain('Vi tilbyder ambulant behandling. Tilbuddet er gratis.');
    expect(yaml).not.toContain('intet tilbud');
    expect(unseen?.changes).toEqual({
      inserted: 2,
      deleted: 2,
      other: 2,
      insertedTexts: ['en samtale', 'Tilbuddet er gratis.'],
      deletedTexts: ['intet tilbud', 'Tilbuddet er gratis.'],
    });
    // Wherever deleted text stands: in a footnote, in an insertion deleted again, in a table, and where no deletion wraps it (variants).
    const cell = (content: string) => `<w:tc>${paragraph(content)}</w:tc>`;
    const more = await documentWith(
      heading('Visitation') +
        paragraph(textRun('Med fodnote'), '<w:r><w:footnoteReference w:id="1"/></w:r>') +
        paragraph(textRun('Først '), change('ins', change('del', deletedRun('skrevet og slettet igen '), 7), 6), textRun('til sidst.')) +
        `<w:tbl><w:tr>${cell(textRun('Målgruppe'))}${cell(change('del', deletedRun('Kun unge')) + textRun('Alle voksne'))}</w:tr></w:tbl>` +
        paragraph(textRun('Løs '), deletedRun('slettet uden sletning'), textRun('tekst.')),
      { 'word/footnotes.xml': (xml) => xml.replace('En fodnote.', `En fodnote.</w:t></w:r>${change('del', deletedRun('Slettet i fodnoten.'))}<w:r><w:t>`) },
    );
    const variants = (await importBytes(more, { kommune: 'Testby' })).yaml;
    expect(variants).toContain('Først til sidst.');
    expect(variants).toContain('Alle voksne');
    expect(variants).toContain('En fodnote.');
    for (const deleted of ['skrevet og slettet', 'Kun unge', 'Slettet i fodnoten', 'slettet uden sletning']) expect(variants).not.toContain(deleted);
  });

  it('reads a change of formatting as accepted: a run hidden before the change is shown, one hidden by it is left out (before: the formatting as it was counted)', async () => {
    const formatted = (properties: string, before: string) => `${properties}<w:rPrChange ${revision(8)}><w:rPr>${before}</w:rPr></w:rPrChange>`;
    const bytes = await documentWith(
      heading('Visitation') +
        paragraph(textRun('Vist efter ændringen. ', formatted('<w:b/>', '<w:vanish/>')), textRun('Skjult ved ændringen.', formatted('<w:vanish/>', ''))),
      {
        'word/styles.xml': (xml) =>
          xml.replace(
            '</w:styles>',
            `<w:style w:type="character" w:styleId="Tidligere"><w:name w:val="Tidligere"/><w:rPr>${formatted('<w:i/>', '<w:vanish/>')}</w:rPr></w:style></w:styles>`,
          ),
      },
    );
    const withStyle = await documentWith(paragraph(textRun('I en typografi, der var skjult.', '<w:rStyle w:val="Tidligere"/>')), {
      'word/styles.xml': (xml) =>
        xml.replace(
          '</w:styles>',
          `<w:style w:type="character" w:styleId="Tidligere"><w:name w:val="Tidligere"/><w:rPr>${formatted('<w:i/>', '<w:vanish/>')}</w:rPr></w:style></w:styles>`,
        ),
    });
    const { html, unseen } = await convertDocx(bytes);
    expect(html).toContain('Vist efter ændringen.');
    expect(html).not.toContain('Skjult ved ændringen.');
    expect(unseen?.hidden).toEqual(['Skjult ved ændringen.']);
    expect(unseen?.changes.other).toBe(3);
    expect(await reportLines(bytes)).toContain(
      'Dokumentet har ændringer, der hverken er godkendt eller afvist (Spor ændringer): 3 andre ændringer af formatering, afsnitsskift eller tabelrækker. De er importeret, som om de var godkendt. Er det en kladde, så godkend eller afvis ændringerne i Word (Gennemse → Godkend eller Afvis), og importér igen; ellers tjek filen.',
    );
    expect((await convertDocx(withStyle)).html).toContain('I en typografi, der var skjult.');
  });

  it('never reads a fact from deleted text in a page header or footer (before: an approval moved away there was read as the document’s)', async () => {
    const approval = 'Godkendt i Byrådet den 1. marts 2020';
    const parts = await partsOf(approval);
    const moved = parts.map((part) =>
      /^word\/(header|footer)\d*\.xml$/.test(part.name)
        ? { ...part, data: Buffer.from(part.data.toString('utf8').replace(/<w:r>[\s\S]*?<\/w:r>/g, (run) => change('moveFrom', run))) }
        : part,
    );
    expect(moved.some((part) => part.data.includes('w:moveFrom'))).toBe(true);
    const { standard, yaml } = await importBytes(zip(moved));
    expect(standard.godkendelse).toEqual([]);
    expect(yaml).not.toContain('2020');
  });

  it('says it in the report on the command line: how many of each, examples, and what to do; a document without changes has no such line', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'kladde.docx'), await documentWith(heading('Visitation') + draft));
    const result = await run(['importer', 'kladde.docx', '--kommune', 'Testby'], dir);
    expectClean(result, 0);
    const line = result.stdout.split('\n').find((each) => each.includes('Spor ændringer'));
    expect(line).toContain(
      'Dokumentet har ændringer, der hverken er godkendt eller afvist (Spor ændringer): 2 indsættelse(r), 2 sletning(er) og 2 andre ændringer af formatering, afsnitsskift eller tabelrækker. De er importeret, som om de var godkendt: indsat tekst er med, og slettet tekst er udeladt.',
    );
    expect(line).toContain('Der er fx indsat »en samtale« og »Tilbuddet er gratis.«, og slettet »intet tilbud« og »Tilbuddet er gratis.«.');
    expect(line).toContain('godkend eller afvis ændringerne i Word (Gennemse → Godkend eller Afvis), og importér igen; ellers tjek de nævnte steder i filen.');
    expect(readFileSync(join(dir, 'municipalities', 'testby.yml'), 'utf8')).not.toContain('intet tilbud');
    expect(await reportLines(await documentWith(paragraph(textRun('Ingen ændringer her.'))))).toEqual([]);
  });

  it('reads them in one forward pass: openings without their end, and text in deletions, take linear time', () => {
    const timedScan = (xml: string) => {
      const started = performance.now();
      acceptTrackedChanges(xml, nothingUnseen());
      return performance.now() - started;
    };
    for (const piece of [`<w:ins ${revision(1)}>`, `<w:del ${revision(1)}>${deletedRun('x')}`, `<w:moveFrom ${revision(1)}><w:r><w:t>x</w:t></w:r>`]) {
      timedScan(piece.repeat(20_000));
      const once = timedScan(piece.repeat(20_000));
      expect(timedScan(piece.repeat(80_000))).toBeLessThan(8 * once + 150);
    }
  });
});

describe('promise: a link or a picture that leads to nothing in the file keeps what can be kept and is reported (before: the whole import was »beskadiget«)', () => {
  const linked = (attributes: string) => paragraph(textRun('Se '), `<w:hyperlink ${attributes}>${textRun('vores side')}</w:hyperlink>`, textRun(' for mere.'));

  it.each([
    ['a link whose relationship is missing (the issue’s case)', linked('r:id="rIdFindesIkke"'), {}],
    ['a link to a place in a page, whose relationship is missing', linked('r:id="rIdFindesIkke" w:anchor="afsnit-3"'), {}],
    ['a link with an empty relationship id', linked('r:id=""'), {}],
    [
      'a link inside the file to a part that is not there',
      linked('r:id="rIdBilag"'),
      { [documentRelationships]: withRelationships(`<Relationship Id="rIdBilag" Type="${hyperlinkType}" Target="bilag.docx"/>`) },
    ],
    [
      'a link whose relationship has no target',
      linked('r:id="rIdTom"'),
      { [documentRelationships]: withRelationships(`<Relationship Id="rIdTom" Type="${hyperlinkType}"/>`) },
    ],
    ['a link to a bookmark that does not exist', linked('w:anchor="_Toc99999"'), {}],
    ['a link in a document whose relationships part is missing', linked('r:id="rId1"'), { [documentRelationships]: null }],
    ['a link in a document whose relationships part is empty', linked('r:id="rId1"'), { [documentRelationships]: '' }],
  ] as const)('%s: the text without the link, counted', async (_what, body, edits) => {
    const bytes = await documentWith(heading('Visitation') + body, edits);
    const { html, unseen } = await convertDocx(bytes);
    expect(html).toContain('<p>Se vores side for mere.</p>');
    expect(unseen?.deadLinks).toEqual(['vores side']);
    const { yaml } = await importBytes(bytes, { kommune: 'Testby' });
    expect(yaml).toContain('Se vores side for mere.');
    expect(await reportLines(bytes)).toEqual([
      'Dokumentet har 1 link(s), der fører til noget, som ikke findes i filen (et bogmærke, en henvisning eller en del af filen), fx »vores side«. Teksten er importeret uden linket. Ret linket i Word, og importér igen, eller indsæt den rigtige adresse i filen selv.',
    ]);
  });

  it('keeps a link to a bookmark that exists, a web link, and the entries of a table of contents whose heading is gone (left out as contents, no line)', async () => {
    const bytes = await documentWith(
      paragraph(`<w:hyperlink w:anchor="_Toc1">${textRun('Visitation\t3')}</w:hyperlink>`) +
        paragraph(`<w:hyperlink w:anchor="_Toc2">${textRun('Et slettet kapitel\t4')}</w:hyperlink>`) +
        `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="0" w:name="_Toc1"/>${textRun('Visitation')}<w:bookmarkEnd w:id="0"/></w:p>` +
        paragraph(
          textRun('Læs '),
          `<w:hyperlink w:anchor="_Toc1">${textRun('visitationen')}</w:hyperlink>`,
          textRun(' og '),
          `<w:hyperlink r:id="rIdWeb">${textRun('vores side')}</w:hyperlink>`,
        ),
      {
        [documentRelationships]: withRelationships(`<Relationship Id="rIdWeb" Type="${hyperlinkType}" Target="https://testby.dk/stof" TargetMode="External"/>`),
      },
    );
    const { html, unseen } = await convertDocx(bytes);
    expect(html).toContain('<a href="#_Toc1">visitationen</a>');
    expect(html).toContain('<a href="https://testby.dk/stof">vores side</a>');
    expect(unseen?.deadLinks).toEqual([]);
    const { yaml } = await importBytes(bytes, { kommune: 'Testby' });
    expect(yaml).not.toContain('Et slettet kapitel');
    expect(yaml).toContain('[vores side](https://testby.dk/stof)');
    // The bookmark is at the heading that became the section »visitation«: the link leads there on the published page.
    expect(yaml).toContain('[visitationen](#afsnit-visitation)');
  });

  const bookmarked = (name: string, content: string) => `<w:bookmarkStart w:id="9" w:name="${name}"/>${content}<w:bookmarkEnd w:id="9"/>`;
  const headed = (text: string, bookmark?: string) =>
    `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${bookmark ? bookmarked(bookmark, textRun(text)) : textRun(text)}</w:p>`;
  const internal = (anchor: string, text: string) => `<w:hyperlink w:anchor="${anchor}">${textRun(text)}</w:hyperlink>`;
  const external = (id: string, text: string) => `<w:hyperlink r:id="${id}">${textRun(text)}</w:hyperlink>`;

  it('leads a link to a bookmark at a heading to that section on the page (also a later one, an own section and in a footnote), unwraps one to a bookmark elsewhere, and says how many of each (before: »#_Toc1«, leading nowhere)', async () => {
    const bytes = await documentWith(
      headed('Visitation', '_Ref1') +
        paragraph(textRun('Læs om '), internal('_Ref2', 'klageadgangen'), textRun(' og om '), internal('_Ref3', 'vores café'), textRun('.')) +
        paragraph(bookmarked('_Ref4', textRun('Et afsnit med et bogmærke.')), textRun(' Se '), internal('_Ref4', 'ovenfor'), textRun('.')) +
        paragraph(textRun('Med fodnote'), '<w:r><w:footnoteReference w:id="1"/></w:r>') +
        headed('Klageadgang', '_Ref2') +
        paragraph(textRun('Tilbage til '), internal('_Ref1', 'visitationen'), textRun('.')) +
        headed('Vores café', '_Ref3') +
        paragraph(textRun('Åben hver dag.')),
      { 'word/footnotes.xml': (xml) => xml.replace('En fodnote.', `En fodnote, se </w:t></w:r>${internal('_Ref2', 'klagen')}<w:r><w:t>`) },
    );
    const { yaml } = await importBytes(bytes, { kommune: 'Testby' });
    expect(yaml).toContain('[klageadgangen](#afsnit-sagsbehandling_og_klageadgang)');
    expect(yaml).toContain('[vores café](#afsnit-vores-cafe)');
    expect(yaml).toContain('[visitationen](#afsnit-visitation)');
    expect(yaml).toContain('[klagen](#afsnit-sagsbehandling_og_klageadgang)');
    expect(yaml).toContain('Et afsnit med et bogmærke. Se ovenfor.');
    expect(yaml).not.toMatch(/\(#_Ref/);
    const { standard } = await importBytes(bytes, { kommune: 'Testby' });
    expect(standard.questions.filter((question) => question.code === 'import-spoerg-interne-links')).toEqual([
      { code: 'import-spoerg-interne-links', args: { tilOverskrift: 4, udenLink: 1, eksempel: 'ovenfor' } },
    ]);
  });

  const cell = (...runs: string[]) => `<w:tc>${paragraph(...runs)}</w:tc>`;
  const offerRow = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

  it.each([
    ['a known field', 1],
    ["a column of no known field (the offer's text)", 3],
  ])(
    'counts a link to a bookmark in a cell of a table of døgntilbud, in %s, with those in the text, and keeps a footnote in a cell (before: unwrapped without a word, the footnote empty)',
    async (_where, column) => {
      const cells = ['Solgården', 'Miljøterapi', '2.150 kr.', 'Åbent hele året'];
      cells[column] = `${cells[column]}, se `;
      const linked = cells.map((text, index) =>
        cell(textRun(text), ...(index === column ? [internal('_Ref2', 'klageadgangen'), textRun(' og '), internal('_Ref4', 'taksterne')] : [])),
      );
      const bytes = await documentWith(
        headed('Døgnbehandling') +
          paragraph(textRun('Kommunen bruger disse døgntilbud. Se '), internal('_Ref2', 'klagen'), textRun('.')) +
          `<w:tbl>${offerRow(...['Navn', 'Behandlingsform', 'Pris', 'Åbningstider'].map((text) => cell(textRun(text))))}${offerRow(...linked)}${offerRow(
            cell(textRun('Engly')),
            cell(textRun('Kognitiv terapi'), '<w:r><w:footnoteReference w:id="1"/></w:r>'),
            cell(textRun('1.900 kr.')),
            cell(textRun('Hverdage')),
          )}</w:tbl>` +
          paragraph(bookmarked('_Ref4', textRun('Taksterne følger kommunens prisliste.'))) +
          headed('Klageadgang', '_Ref2') +
          paragraph(textRun('Du kan klage.')),
      );
      const { standard, yaml } = await importBytes(bytes, { kommune: 'Testby' });
      expect(yaml).not.toMatch(/\(#_Ref/);
      expect(yaml).toContain('se klageadgangen og taksterne');
      expect(yaml).toContain('[klagen](#afsnit-sagsbehandling_og_klageadgang)');
      expect(yaml).toMatch(/Kognitiv terapi\[\^1\]\n+\s*\[\^1\]: En fodnote\./);
      expect(standard.questions.filter((question) => question.code === 'import-spoerg-interne-links')).toEqual([
        { code: 'import-spoerg-interne-links', args: { tilOverskrift: 1, udenLink: 2, eksempel: 'klageadgangen' } },
      ]);
    },
  );

  it.each([
    ['a file beside the document', 'bilag1.docx'],
    ['a file in the folder above, written with backslashes', '..\\Bilag\\takster.pdf'],
    ['a network share', '\\\\server\\delt\\bilag.pdf'],
    ['a place in a file beside it', 'bilag1.docx#Takster'],
    ['a path from the root', '/dokumenter/bilag.pdf'],
  ])('unwraps a link to %s (it leads nowhere on the web) and says so, with its text and address (before: kept as a link)', async (_what, target) => {
    const bytes = await documentWith(
      heading('Visitation') + paragraph(textRun('Se '), external('rIdFil', 'bilaget'), textRun(' og '), external('rIdWeb', 'siden'), textRun('.')),
      {
        [documentRelationships]: withRelationships(
          `<Relationship Id="rIdFil" Type="${hyperlinkType}" Target="${target}" TargetMode="External"/>`,
          `<Relationship Id="rIdWeb" Type="${hyperlinkType}" Target="https://testby.dk" TargetMode="External"/>`,
        ),
      },
    );
    const { yaml } = await importBytes(bytes, { kommune: 'Testby' });
    expect(yaml).toContain('Se bilaget og [siden](https://testby.dk).');
    expect(await reportLines(bytes)).toEqual([formatMessage('import-spoerg-fil-links', { antal: 1, tekst: 'bilaget', adresse: target })]);
  });

  /** Word's prefixes as another program may write them: the same namespaces, bound to other prefixes on the paragraph. */
  const otherPrefixes = (xml: string) => {
    const declarations = Object.entries({
      rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
      dml: 'http://schemas.openxmlformats.org/drawingml/2006/main',
      wpd: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
      vml: 'urn:schemas-microsoft-com:vml',
      off: 'urn:schemas-microsoft-com:office:office',
    }).map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`);
    const renamed = xml.replace(
      /(<\/?| |xmlns:)(r|a|wp|v|o)(:|=)/g,
      (_, before: string, prefix: string, after: string) => `${before}${{ r: 'rel', a: 'dml', wp: 'wpd', v: 'vml', o: 'off' }[prefix]}${after}`,
    );
    return `<w:p${declarations.join('')}>${renamed}</w:p>`;
  };

  it('reads links, pictures and diagrams by their namespace, whatever prefix another program gives it (before: »rel:id« to nothing was »beskadiget«, a diagram unreported)', async () => {
    const diagram = picture('r:embed="rIdIntet"', 'Forløbet i behandlingen').replace('2006/picture"', '2006/diagram"');
    const bytes = await documentWith(
      heading('Visitation') +
        otherPrefixes(`${textRun('Se ')}<w:hyperlink r:id="rIdFindesIkke">${textRun('vores side')}</w:hyperlink>`) +
        otherPrefixes(picture('r:embed="rIdIntet"', description)) +
        otherPrefixes(`<w:r><w:pict><v:shape><v:imagedata r:id="rIdIntet" o:title="Et gammelt billede"/></v:shape></w:pict></w:r>`) +
        otherPrefixes(diagram) +
        paragraph(textRun('Vi visiterer inden for 14 dage.')),
    );
    expect(readEntry(bytes, zipEntries(bytes).find((entry) => entry.name === 'word/document.xml')!, 10_000_000).toString()).toContain('<w:hyperlink rel:id=');
    const word = await convertDocx(bytes);
    expect(word.unseen?.deadLinks).toEqual(['vores side']);
    expect(word.unseen?.missingPictures).toEqual([description, 'Et gammelt billede', 'Forløbet i behandlingen']);
    expect(word.diagrams.map((each) => [each.kind, each.description])).toEqual([['diagram', 'Forløbet i behandlingen']]);
    const { yaml } = await importBytes(bytes, { kommune: 'Testby' });
    expect(yaml).toContain('Se vores side');
    expect(yaml).toContain('Vi visiterer inden for 14 dage.');
  });

  /** Word's elements of `prefix` written in the default namespace instead: no prefix, the namespace declared on the first of them (its scope). */
  const inDefaultNamespace = (xml: string, prefix: string, uri: string) =>
    xml
      .replace(new RegExp(` xmlns:${prefix}="[^"]*"`, 'g'), '')
      .replace(new RegExp(`<${prefix}:([\\w.-]+)`), `<${prefix}:$1 xmlns="${uri}"`)
      .replace(new RegExp(`(</?)${prefix}:`, 'g'), '$1');
  const drawingml = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  const wordprocessingDrawing = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';

  it.each([
    ['DrawingML', (xml: string) => inDefaultNamespace(xml, 'a', drawingml)],
    ['the drawing’s frame', (xml: string) => inDefaultNamespace(xml, 'wp', wordprocessingDrawing)],
    ['both, one inside the other', (xml: string) => inDefaultNamespace(inDefaultNamespace(xml, 'wp', wordprocessingDrawing), 'a', drawingml)],
  ])(
    'reads pictures and diagrams whose %s is the default namespace, without a prefix (before: a picture to nothing unreported, a diagram unseen)',
    async (_what, unprefixed) => {
      const diagram = picture('r:embed="rIdIntet"', 'Forløbet i behandlingen').replace('2006/picture"', '2006/diagram"');
      const pictures = [unprefixed(picture('r:embed="rIdIntet"', description)), unprefixed(diagram)];
      expect(pictures.join('')).toMatch(/<(blip|docPr)\b/);
      const bytes = await documentWith(
        heading('Visitation') + pictures.map((each) => paragraph(each)).join('') + paragraph(textRun('Vi visiterer inden for 14 dage.')),
      );
      const word = await convertDocx(bytes);
      expect(word.unseen?.missingPictures).toEqual([description, 'Forløbet i behandlingen']);
      expect(word.diagrams.map((each) => [each.kind, each.description])).toEqual([['diagram', 'Forløbet i behandlingen']]);
      const { yaml } = await importBytes(bytes, { kommune: 'Testby' });
      expect(yaml).toContain('Vi visiterer inden for 14 dage.');
    },
  );

  it('reads an old (VML) picture whose namespace is the default one, without a prefix (before: unreported)', async () => {
    const vml = inDefaultNamespace(
      '<w:r><w:pict><v:shape><v:imagedata r:id="rIdIntet" o:title="Et gammelt billede"/></v:shape></w:pict></w:r>',
      'v',
      'urn:schemas-microsoft-com:vml',
    );
    expect(vml).toContain('<imagedata ');
    const word = await convertDocx(await documentWith(heading('Visitation') + paragraph(vml) + paragraph(textRun('Vi visiterer inden for 14 dage.'))));
    expect(word.unseen?.missingPictures).toEqual(['Et gammelt billede']);
  });

  it('gives the default namespace Word’s prefix only inside its scope, and only where that prefix means nothing else', () => {
    const part = `<w:p xmlns:w="${wordNamespace}"><graphic xmlns="${drawingml}"><blip/><x xmlns="urn:andet"><y/></x><b/></graphic><tail/></w:p>`;
    expect(withWordPrefixes(part)).toBe(
      `<w:p xmlns:w="${wordNamespace}"><a:graphic xmlns="${drawingml}" xmlns:a="${drawingml}"><a:blip/><x xmlns="urn:andet"><y/></x><a:b/></a:graphic><tail/></w:p>`,
    );
    expect(xmlProblemIn(withWordPrefixes(part))).toBeUndefined();
    const taken = `<w:p xmlns:w="${wordNamespace}" xmlns:a="urn:andet"><graphic xmlns="${drawingml}"><blip/></graphic></w:p>`;
    expect(withWordPrefixes(taken)).toBe(taken);
  });

  it('renames a prefix only where the result means the same: never two declarations of one prefix on an element, never over Word’s prefix bound to something else', () => {
    const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const both = `<w:p xmlns:w="${wordNamespace}" xmlns:r="${relationships}" xmlns:rel='${relationships}'><w:hyperlink rel:id="rId1"/></w:p>`;
    const renamed = withWordPrefixes(both);
    expect(renamed).toBe(`<w:p xmlns:w="${wordNamespace}" xmlns:r="${relationships}"><w:hyperlink r:id="rId1"/></w:p>`);
    expect(xmlProblemIn(renamed)).toBeUndefined();
    const taken = `<w:p xmlns:w="${wordNamespace}" xmlns:r="urn:andet" xmlns:rel="${relationships}"><w:hyperlink rel:id="rId1" r:id="x"/></w:p>`;
    expect(withWordPrefixes(taken)).toBe(taken);
  });

  it('lists the first 10 questions of a kind in the report and says how many more there are, so 5,000 javascript: links are 11 lines, not 5,000 (before: one line each)', async () => {
    const count = 5_000;
    const ids = Array.from({ length: count }, (_, index) => index);
    const bytes = await documentWith(heading('Visitation') + ids.map((index) => paragraph(external(`rIdJs${index}`, `link ${index}`))).join(''), {
      [documentRelationships]: withRelationships(
        ...ids.map((index) => `<Relationship Id="rIdJs${index}" Type="${hyperlinkType}" Target="javascript:alert(${index})" TargetMode="External"/>`),
      ),
    });
    const { standard } = await importBytes(bytes, { kommune: 'Testby' });
    // The questions as the import's pipeline adds them (src/import/pipeline.ts).
    const questions = [...standard.questions, ...unseenQuestions((await convertDocx(bytes)).unseen!)];
    const report = importReportText({ ...standard, questions }, 'test.docx', styleOf(false)).split('\n');
    const links = report.filter((line) => line.includes('javascript:'));
    expect(links).toHaveLength(questionsShownPerKind);
    expect(links[0]).toContain('»link 0«');
    const more = report.indexOf(links.at(-1)!) + 1;
    expect(report[more]).toBe(`  - ${formatMessage('import-rapport-flere', { antal: count - questionsShownPerKind, ialt: count })}`);
    expect(report[more]).toContain('4.990 mere af samme slags');
  });

  const description = 'Organisationsdiagram for rusmiddelcentret';
  it.each([
    ['a picture whose relationship is missing (before: »beskadiget«)', picture('r:embed="rIdIntet"', description), {}, 0],
    [
      'a picture whose part is not in the file',
      picture('r:embed="rIdBillede"', description),
      { [documentRelationships]: withRelationships(`<Relationship Id="rIdBillede" Type="${imageType}" Target="media/findes-ikke.png"/>`) },
      1,
    ],
    [
      'a picture whose part is empty (0 bytes)',
      picture('r:embed="rIdBillede"', description),
      {
        [documentRelationships]: withRelationships(`<Relationship Id="rIdBillede" Type="${imageType}" Target="media/image1.png"/>`),
        'word/media/image1.png': '',
      },
      1,
    ],
    ['a picture linked from outside the file, whose relationship is missing', picture('r:link="rIdIntet"', description), {}, 0],
    [
      'an old (VML) picture whose relationship is missing',
      `<w:r><w:pict><v:shape><v:imagedata r:id="rIdIntet" o:title="${description}"/></v:shape></w:pict></w:r>`,
      {},
      0,
    ],
  ] as const)('%s: the rest imported, the picture counted with its description', async (_what, drawing, edits, kept) => {
    const bytes = await documentWith(
      heading('Visitation') + paragraph(textRun('Sådan er vi organiseret:'), drawing) + paragraph(textRun('Vi visiterer inden for 14 dage.')),
      edits,
    );
    const word = await convertDocx(bytes);
    expect(word.unseen?.missingPictures).toEqual([description]);
    // One whose relationship is there keeps its place (its comment in the file); the picture itself is never read.
    expect(word.images).toBe(kept);
    const { yaml } = await importBytes(bytes, { kommune: 'Testby' });
    expect(yaml).toContain('Sådan er vi organiseret:');
    expect(yaml).toContain('Vi visiterer inden for 14 dage.');
    expect(await reportLines(bytes)).toContain(
      `1 billede(r) i dokumentet findes ikke i filen (Word viser et tomt felt eller et rødt kryds i stedet), fx »${description}«. Resten af dokumentet er importeret. Er billedet vigtigt, så sæt det ind i Word igen, eller beskriv i filen med ord, hvad det viser.`,
    );
  });

  it('a link on a picture whose relationship is missing: the picture stays, the link is counted; a picture that is there is not counted', async () => {
    const bytes = await documentWith(
      paragraph(
        textRun('Logo: '),
        picture('r:embed="rIdBillede"', 'Kommunens logo', '<a:hlinkClick xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:id="rIdIntet"/>'),
      ),
      {
        [documentRelationships]: withRelationships(`<Relationship Id="rIdBillede" Type="${imageType}" Target="media/image1.png"/>`),
        'word/media/image1.png': 'PNG',
      },
    );
    const word = await convertDocx(bytes);
    expect(word.images).toBe(1);
    expect(word.unseen?.missingPictures).toEqual([]);
    expect(word.unseen?.deadLinks).toEqual(['Kommunens logo']);
  });

  it.each([
    ['a reference to a footnote that is not in the file', '<w:footnoteReference w:id="99"/>', {}],
    ['a reference to an endnote that is not in the file', '<w:endnoteReference w:id="99"/>', {}],
    ['a reference to a footnote, the footnotes part empty', '<w:footnoteReference w:id="1"/>', { 'word/footnotes.xml': '' }],
    ['a reference to a footnote, the footnotes part missing', '<w:footnoteReference w:id="1"/>', { 'word/footnotes.xml': null }],
  ] as const)('%s: the reference left out, the paragraph imported, counted (before: »beskadiget«)', async (_what, reference, edits) => {
    const bytes = await documentWith(heading('Visitation') + paragraph(textRun('Vi visiterer inden for 14 dage.'), `<w:r>${reference}</w:r>`), edits);
    const { yaml } = await importBytes(bytes, { kommune: 'Testby' });
    expect(yaml).toContain('Vi visiterer inden for 14 dage.');
    expect(yaml).not.toContain('[^');
    expect(await reportLines(bytes)).toEqual([
      'Dokumentet henviser 1 gang(e) til en fodnote eller slutnote, der ikke findes i filen, fx i afsnittet »Vi visiterer inden for 14 dage.«; henvisningen er udeladt. Tjek i Word, om noten mangler, og skriv den ind i filen, hvis den skal med.',
    ]);
  });

  it('on the command line: exit 0, the text in the file, a Danish line for each kind', async () => {
    const dir = workspace();
    const body =
      heading('Visitation') +
      linked('r:id="rIdFindesIkke"') +
      paragraph(textRun('Sådan er vi organiseret:'), picture('r:embed="rIdIntet"', description)) +
      paragraph(textRun('Vi visiterer inden for 14 dage.'), '<w:r><w:footnoteReference w:id="99"/></w:r>');
    writeFileSync(join(dir, 'doede.docx'), await documentWith(body));
    const result = await run(['importer', 'doede.docx', '--kommune', 'Testby'], dir);
    expectClean(result, 0);
    expect(result.stdout).toContain('Dokumentet har 1 link(s), der fører til noget, som ikke findes i filen');
    expect(result.stdout).toContain('1 billede(r) i dokumentet findes ikke i filen');
    expect(result.stdout).toContain('Dokumentet henviser 1 gang(e) til en fodnote eller slutnote, der ikke findes i filen');
    const yaml = readFileSync(join(dir, 'municipalities', 'testby.yml'), 'utf8');
    expect(yaml).toContain('Se vores side for mere.');
    expect(yaml).toContain('Vi visiterer inden for 14 dage.');
  });

  it('reads the comments and the page headers and footers without counting what leads nowhere in them (neither is imported as text)', async () => {
    const comments = `<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:comment w:id="0" w:author="Korrektur">${paragraph(textRun('Se billedet:'), picture('r:embed="rIdIntet"'))}</w:comment></w:comments>`;
    const bytes = await documentWith(
      heading('Visitation') + paragraph(textRun('Vi visiterer inden for 14 dage.')),
      {
        'word/comments.xml': comments,
        [documentRelationships]: withRelationships(
          '<Relationship Id="rIdKommentarer" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>',
        ),
        'word/footer1.xml': (xml) => xml.replace(/<w:r>/, '<w:hyperlink r:id="rIdIntet"><w:r>').replace(/<\/w:r>/, '</w:r></w:hyperlink>'),
      },
      'Testby Kommune · kvalitetsstandard',
    );
    const { unseen } = await convertDocx(bytes);
    expect(unseen?.comments).toEqual(['Se billedet:']);
    expect(unseen?.deadLinks).toEqual([]);
    expect(unseen?.missingPictures).toEqual([]);
    expect((await importBytes(bytes, { kommune: 'Testby' })).yaml).toContain('Vi visiterer inden for 14 dage.');
  });

  it('finds them in linear time: thousands of dead links in one paragraph, with and without text beside them', async () => {
    const links = (n: number, beside: string) =>
      documentWith(
        paragraph(textRun(beside), ...Array.from({ length: n }, (_, index) => `<w:hyperlink w:anchor="_Toc${index}">${textRun('x')}</w:hyperlink>`)),
      );
    for (const beside of ['Tekst ved siden af ', ' ']) {
      const small = await links(2_000, beside);
      const large = await links(8_000, beside);
      await convertDocx(small);
      const started = performance.now();
      await convertDocx(small);
      const once = performance.now() - started;
      const startedLarge = performance.now();
      await convertDocx(large);
      expect(performance.now() - startedLarge).toBeLessThan(8 * once + 150);
    }
  });

  it('a main document that is empty or not XML, or a zip that cannot be read, is still »beskadiget«', async () => {
    expect(await importError(await documentWith('', { 'word/document.xml': '' }))).toBe('import-beskadiget');
    expect(await importError(await documentWith('', { 'word/document.xml': (xml) => xml.slice(0, xml.length / 2) }))).toBe('import-beskadiget-del');
    expect(await damagedPart(await documentWith('', { 'word/document.xml': 'Ikke XML.' }))).toEqual({ del: 'word/document.xml', linje: 1, kolonne: 1 });
    const whole = await documentWith(paragraph(textRun('Tekst.')));
    expect(await importError(Buffer.concat([whole.subarray(0, 200), Buffer.alloc(200)]))).toBe('import-beskadiget');
  });
});

describe('promise: footnotes and endnotes are read like the text (before: text hidden by a style and javascript: links in them were published)', () => {
  const hidingStyle = (xml: string) =>
    xml.replace('</w:styles>', '<w:style w:type="character" w:styleId="Skjult"><w:name w:val="Skjult"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>');
  const noteText = `En note. </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Skjult"/></w:rPr><w:t>Intern note om budgettet.</w:t></w:r><w:hyperlink r:id="rIdJs">${textRun('klik her')}</w:hyperlink><w:r><w:t>`;
  const noteRelationships = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdJs" Type="${hyperlinkType}" Target="javascript:alert(1)" TargetMode="External"/></Relationships>`;

  it.each([
    [
      'a footnote',
      '<w:footnoteReference w:id="1"/>',
      {
        'word/footnotes.xml': (xml: string) => xml.replace('En fodnote.', noteText),
        'word/_rels/footnotes.xml.rels': noteRelationships,
      },
    ],
    [
      'an endnote',
      '<w:endnoteReference w:id="1"/>',
      {
        'word/endnotes.xml': (xml: string) =>
          xml.replace('</w:endnotes>', `<w:endnote w:id="1"><w:p><w:r><w:t>${noteText}</w:t></w:r></w:p></w:endnote></w:endnotes>`),
        'word/_rels/endnotes.xml.rels': noteRelationships,
      },
    ],
  ])('leaves out %s’s text hidden by a character style and keeps a javascript: link’s text without the link, each counted', async (_what, reference, edits) => {
    const bytes = await documentWith(heading('Visitation') + paragraph(textRun('Med note'), `<w:r>${reference}</w:r>`), {
      'word/styles.xml': hidingStyle,
      ...edits,
    });
    const { unseen } = await convertDocx(bytes);
    expect(unseen?.hidden).toEqual(['Intern note om budgettet.']);
    expect(unseen?.links).toEqual([{ text: 'klik her', address: 'javascript:alert(1)' }]);
    const { yaml } = await importBytes(bytes, { kommune: 'Testby' });
    expect(yaml).toMatch(/\[\^e?1\]: En note\. ?klik her/);
    expect(yaml).not.toContain('budgettet');
    expect(yaml).not.toContain('javascript');
  });
});

describe('promise: a text beyond a limit is refused with its place in the Word document and what to do there, never a line of a file that is not written', () => {
  /** A refusal as the user sees it: exit 1, Danish, nothing written, no line and column of the YAML file. */
  async function refusal(children: Array<Paragraph | Table>): Promise<string> {
    const dir = workspace();
    writeFileSync(join(dir, 'stor.docx'), await docxOf(children));
    const result = await run(['importer', 'stor.docx', '--kommune', 'Testby', '--ud', 'municipalities/testby.yml'], dir);
    expectClean(result, 1);
    expect(written(dir)).toEqual([]);
    expect(result.stderr).not.toMatch(/testby\.yml:\d+:\d+|^\s+\d+ \|/m);
    return result.stderr;
  }
  const words = (word: string, count: number) => `${word} `.repeat(count).trim();

  it('a heading of 200,000 characters (the issue’s case): its opening words, how long, and what to do in Word', async () => {
    const text = `Visitation ${words('overskrift', 18_182)}`;
    expect(text).toHaveLength(200_012);
    const stderr = await refusal([new Paragraph('Testby Kommune'), new Paragraph({ text, heading: HeadingLevel.HEADING_1 }), new Paragraph('Tekst.')]);
    expect(stderr).toBe(
      'kvalitetsstandard: Overskriften »Visitation overskrift overskrift overskrift overskrift…« i dokumentet har 200.012 tegn, men værktøjet tager højst 30.000 tegn i ét felt, så intet er skrevet. Er det brødtekst, der har fået en overskriftstypografi, så markér teksten i Word, og giv den typografien »Normal«; ellers forkort overskriften. Importér så igen.\n',
    );
  });

  it.each([
    [
      'the title',
      [
        new Paragraph({ text: `Kvalitetsstandard ${words('titel', 40_000)}`, heading: HeadingLevel.TITLE }),
        new Paragraph('Testby Kommune'),
        new Paragraph('Tekst.'),
      ],
      [
        'Dokumentets titel »Kvalitetsstandard titel titel titel',
        'har 240.017 tegn',
        'Ret titlen i Word (forsidens første linje, eller Filer → Oplysninger → Titel)',
      ],
    ],
    [
      'a heading of stars',
      [new Paragraph('Testby Kommune'), new Paragraph({ text: `Om os ${'*'.repeat(6_000)}`, heading: HeadingLevel.HEADING_1 }), new Paragraph('Tekst.')],
      ['Overskriften »Om os ****', 'har 6.000 Markdown-tegn', 'højst 5.000 i ét felt', 'Fjern i Word de tegn, der kun er pynt'],
    ],
    [
      'a heading of HTML tags',
      [new Paragraph('Testby Kommune'), new Paragraph({ text: `Om os ${'<b'.repeat(600)}`, heading: HeadingLevel.HEADING_1 }), new Paragraph('Tekst.')],
      ['Overskriften »Om os <b<b', 'har 600 HTML-mærker', 'højst 500 i ét felt'],
    ],
    [
      'a cell of a table of døgntilbud',
      [
        new Paragraph('Testby Kommune'),
        new Paragraph({ text: 'Døgnbehandling', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('Vi bruger disse døgntilbud:'),
        new Table({
          rows: [
            ['Navn', 'Behandlingsform', 'Målgruppe', 'Pris'],
            [words('Tilbud', 40_000), 'Minnesota', 'Voksne', '1000 kr'],
          ].map((row) => new TableRow({ children: row.map((text) => new TableCell({ children: [new Paragraph(text)] })) })),
        }),
      ],
      ['Feltet doegnbehandling.tilbud[0].navn, som er læst under overskriften »Døgnbehandling« (»Tilbud Tilbud', 'har 279.999 tegn', 'Forkort teksten i Word'],
    ],
  ] as const)('%s (variants): its place and what to do', async (_what, children, expected) => {
    const stderr = await refusal([...children]);
    for (const text of expected) expect(stderr).toContain(text);
  });

  it('agrees with validate: the file a document would give breaks a limit exactly when the importer says where', async () => {
    for (const children of [
      [new Paragraph('Testby Kommune'), new Paragraph({ text: `Om os ${'*'.repeat(6_000)}`, heading: HeadingLevel.HEADING_1 }), new Paragraph('Tekst.')],
      [new Paragraph('Testby Kommune'), new Paragraph({ text: `Om os ${'*'.repeat(4_000)}`, heading: HeadingLevel.HEADING_1 }), new Paragraph('Tekst.')],
      [
        new Paragraph('Testby Kommune'),
        ...[1, 2, 3, 4, 5, 6].flatMap((chapter) => [
          new Paragraph({ text: `Kapitel ${chapter}`, heading: HeadingLevel.HEADING_1 }),
          new Paragraph('[x] afkrydset '.repeat(2_000)),
        ]),
      ],
      [
        new Paragraph('Testby Kommune'),
        ...[1, 2, 3, 4].flatMap((chapter) => [
          new Paragraph({ text: `Kapitel ${chapter}`, heading: HeadingLevel.HEADING_1 }),
          new Paragraph('[x] afkrydset '.repeat(2_000)),
        ]),
      ],
    ]) {
      const { standard, yaml } = await importBytes(await docxOf(children), { kommune: 'Testby' });
      const check = checkSource('testby.yml', new TextEncoder().encode(yaml), '2026-01-01');
      expect(Boolean(limitInDocument(standard, yaml))).toBe(!check.valid && check.diagnostics.some((diagnostic) => diagnostic.code.startsWith('markdown-')));
    }
  });
});

describe('promise: hostile shapes of a package are read, or refused in Danish (no exit 70, nothing half-written)', () => {
  const body = heading('Visitation') + paragraph(textRun('Vi visiterer inden for 14 dage.'));

  it.each([
    'word/styles.xml',
    'word/numbering.xml',
    'word/footnotes.xml',
    'word/settings.xml',
    'word/_rels/document.xml.rels',
    '_rels/.rels',
    '[Content_Types].xml',
    'docProps/core.xml',
  ])('an empty part (0 bytes) is read as none, as Word repairs it: %s (before, most: »beskadiget«)', async (name) => {
    const { yaml } = await importBytes(await documentWith(body, { [name]: '' }), { kommune: 'Testby' });
    expect(yaml).toContain('overskrift: Visitation');
    expect(yaml).toContain('Vi visiterer inden for 14 dage.');
  });

  it('a byte order mark before the document, the styles and the relationships; a 20 MB attribute in the text', async () => {
    const bom = (xml: string) => `\ufeff${xml}`;
    const marked = await documentWith(body, {
      'word/document.xml': (xml) => bom(xml.replace('<w:body>', `<w:body>${body}`)),
      'word/styles.xml': bom,
      [documentRelationships]: bom,
      '_rels/.rels': bom,
    });
    expect((await importBytes(marked, { kommune: 'Testby' })).yaml).toContain('overskrift: Visitation');
    const huge = await documentWith(`<w:p w:rsidR="${'A'.repeat(20_000_000)}">${textRun('Stor egenskab.')}</w:p>${body}`);
    expect((await importBytes(huge, { kommune: 'Testby' })).yaml).toContain('Stor egenskab.');
  });

  it('tables nested 2,000 deep are refused in Danish as built too deep (exit 1); 200 deep are read', async () => {
    const nested = (depth: number) => {
      let table = paragraph(textRun('Inderst.'));
      for (let level = 0; level < depth; level += 1) table = `<w:tbl><w:tr><w:tc>${table}</w:tc></w:tr></w:tbl>`;
      return documentWith(body + table);
    };
    expect((await importBytes(await nested(200), { kommune: 'Testby' })).yaml).toContain('Inderst.');
    const dir = workspace();
    writeFileSync(join(dir, 'dyb.docx'), await nested(2_000));
    const result = await run(['importer', 'dyb.docx', '--kommune', 'Testby'], dir);
    expectClean(result, 1);
    expect(result.stderr).toContain('Dokumentet er bygget så dybt (lister eller tabeller inden i hinanden tusindvis af gange), at det ikke kan læses.');
    expect(written(dir)).toEqual([]);
  });

  it('a styles, numbering or footnotes part that is there but is not XML is a damaged document, said in Danish (exit 1, nothing written)', async () => {
    for (const name of ['word/styles.xml', 'word/numbering.xml', 'word/footnotes.xml', 'word/document.xml']) {
      const bytes = await documentWith(body, { [name]: (xml) => `${xml.slice(0, xml.length / 2)}\n  <w:afskåret` });
      // Cut off: said at its end, the second line's 14th character, where the part stops short.
      expect(await damagedPart(bytes), name).toEqual({ del: name, linje: 2, kolonne: 14 });
    }
    const doubled = await documentWith(`<w:p w:rsidR="1" w:rsidR="2">${textRun('Tekst.')}</w:p>`);
    expect(await damagedPart(doubled)).toEqual({ del: 'word/document.xml', linje: 1, kolonne: expect.any(Number) });
    const dir = workspace();
    writeFileSync(join(dir, 'typografier.docx'), await documentWith(body, { 'word/styles.xml': '<w:styles><w:style' }));
    const result = await run(['importer', 'typografier.docx', '--kommune', 'Testby'], dir);
    expectClean(result, 1);
    expect(result.stderr).toContain(
      'Dokumentet er beskadiget og kan ikke læses: delen »word/styles.xml« inde i .docx-filen er ikke gyldig XML (ved linje 1, tegn 19). Åbn dokumentet i Word (Word tilbyder at reparere det)',
    );
    expect(written(dir)).toEqual([]);
  });
});

describe('promise: text hidden in Word is left out however another program writes the XML (before: published from indented XML)', () => {
  const hiddenRun = textRun('Intern note om budgettet.', '<w:vanish/>');
  const body = heading('Visitation') + paragraph(textRun('Synlig tekst. '), hiddenRun, textRun('Mere synlig tekst.'));
  /** The document part indented as a program that pretty-prints its XML writes it: a line break and spaces before every tag. */
  const indented = (xml: string) => xml.replace(/></g, '>\n    <');
  const hiddenStyle = (quote: string, properties: string) => (xml: string) =>
    xml.replace(
      '</w:styles>',
      `<w:style w:type=${quote}character${quote} w:styleId=${quote}Note${quote}><w:name w:val=${quote}Note${quote}/><w:rPr${properties}><w:vanish/></w:rPr></w:style></w:styles>`,
    );
  const styled = paragraph(textRun('Synlig tekst. '), textRun('Intern note om budgettet.', '<w:rStyle w:val="Note"/>'), textRun('Mere synlig tekst.'));

  it.each<[string, string, Record<string, Edit>?]>([
    [
      'the whole document indented (line breaks and spaces between every tag)',
      body,
      { 'word/document.xml': (xml) => indented(xml.replace('<w:body>', `<w:body>${body}`)) },
    ],
    ['attributes on the run properties', body.replace('<w:rPr><w:vanish/>', '<w:rPr w:rsidR="00A1"><w:vanish/>')],
    ['a space before the end of the tags', body.replace('<w:r><w:rPr><w:vanish/></w:rPr>', '<w:r ><w:rPr ><w:vanish /></w:rPr >')],
    ['a comment between the run and its properties', body.replace('<w:r><w:rPr><w:vanish/>', '<w:r><!-- Skjult --><w:rPr><w:vanish/>')],
    ['a character style in single quotes', styled, { 'word/styles.xml': hiddenStyle("'", '') }],
    ['a character style whose run properties have attributes', styled, { 'word/styles.xml': hiddenStyle('"', ' w:rsid="00A1"') }],
  ])('%s', async (_what, content, edits) => {
    const word = await convertDocx(await documentWith(content, edits));
    expect(word.html).not.toContain('budgettet');
    expect(word.html).toContain('Synlig tekst. Mere synlig tekst.');
    expect(word.unseen?.hidden).toEqual(['Intern note om budgettet.']);
  });

  it('reads what is written otherwise as Word reads it: hiding switched off in single quotes is shown, spaces inside a text are kept, a CDATA section is text (before: dropped)', async () => {
    const shown = paragraph(textRun('Synlig tekst.'), textRun(' Vist med vilje.', "<w:vanish w:val='0'/>"));
    const spaced = paragraph(textRun('Alfa'), textRun(' '), textRun('Beta'));
    const cdata = '<w:p><w:r><w:t><![CDATA[Pris: 0 kr. <gratis> & uden henvisning]]></w:t></w:r></w:p>';
    const all = heading('Visitation') + shown + spaced + cdata;
    const word = await convertDocx(await documentWith(all, { 'word/document.xml': (xml) => indented(xml.replace('<w:body>', `<w:body>${all}`)) }));
    expect(word.html).toContain('Synlig tekst. Vist med vilje.');
    expect(word.html).toContain('Alfa Beta');
    expect(word.html).toContain('Pris: 0 kr. &lt;gratis&gt; &amp; uden henvisning');
    expect(word.unseen?.hidden).toEqual([]);
  });
});

describe('promise: a text box in a hidden run is hidden with it (before: its text was published)', () => {
  const box = (text: string) => `<w:txbxContent>${paragraph(textRun(text))}</w:txbxContent>`;
  const vml = (text: string) => `<w:pict><v:shape><v:textbox>${box(text)}</v:textbox></v:shape></w:pict>`;
  const drawing = (text: string) =>
    `<w:drawing><wp:anchor><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>${box(text)}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const both = (text: string) =>
    `<mc:AlternateContent><mc:Choice Requires="wps">${drawing(text)}</mc:Choice><mc:Fallback>${vml(text)}</mc:Fallback></mc:AlternateContent>`;
  const inRun = (properties: string, shape: string) => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}${shape}</w:r>`;

  it.each([
    ['a VML text box', vml],
    ['a text box drawn without its VML copy', drawing],
    ['Word’s text box with its VML copy', both],
  ])('%s: left out and counted once; shown when the run is not hidden', async (_what, shape) => {
    const content = (properties: string) =>
      heading('Visitation') + paragraph(textRun('Synlig tekst.'), inRun(properties, shape('Intern note i en tekstboks.')));
    const hidden = await convertDocx(await documentWith(content('<w:vanish/>')));
    expect(hidden.html).not.toContain('Intern note');
    expect(hidden.html).toContain('Synlig tekst.');
    expect(hidden.unseen?.hidden).toHaveLength(1);
    expect(hidden.unseen?.hidden[0]).toContain('Intern note i en tekstboks.');
    const shown = await convertDocx(await documentWith(content('<w:b/>')));
    expect(shown.html).toContain('Intern note i en tekstboks.');
    expect(shown.unseen?.hidden).toEqual([]);
  });

  it('a hidden run inside a shown text box is left out, the rest of the box kept', async () => {
    const inside = `<w:txbxContent>${paragraph(textRun('Synlig i boksen. '), textRun('Skjult i boksen.', '<w:vanish/>'))}</w:txbxContent>`;
    const word = await convertDocx(
      await documentWith(heading('Visitation') + paragraph(inRun('', `<w:pict><v:shape><v:textbox>${inside}</v:textbox></v:shape></w:pict>`))),
    );
    expect(word.html).toContain('Synlig i boksen.');
    expect(word.html).not.toContain('Skjult i boksen.');
    expect(word.unseen?.hidden).toEqual(['Skjult i boksen.']);
  });
});

describe('promise: a link written as a field (HYPERLINK) is one link, however many runs its text is split into (before: one report line per run, one of them »Linket »««)', () => {
  const field = (code: string, ...texts: string[]) =>
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${texts.map((text) => textRun(text)).join('')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  const linked = (...fields: string[]) => documentWith(heading('Visitation') + paragraph(textRun('Se '), ...fields, textRun(' for mere.')));

  it.each([[['klik her']], [['klik', ' her']], [['kl', 'ik', ' her']]])('a javascript: link in the runs %j: one line with its whole text', async (texts) => {
    const { unseen, html } = await convertDocx(await linked(field('HYPERLINK "javascript:alert(1)"', ...texts)));
    expect(unseen?.links).toEqual([{ text: 'klik her', address: 'javascript:alert(1)' }]);
    expect(html).not.toContain('javascript');
  });

  it('a link to a file beside the document and one to a bookmark that is not there, each in three runs: counted once each', async () => {
    const { unseen } = await convertDocx(
      await linked(field('HYPERLINK "bilag.docx"', 'bi', 'l', 'ag'), textRun(' og '), field('HYPERLINK \\l "_Intet"', 'af', 'snit', 'tet')),
    );
    expect(unseen?.fileLinks).toEqual([{ text: 'bilag', address: 'bilag.docx' }]);
    expect(unseen?.deadLinks).toEqual(['afsnittet']);
  });

  it('a web link in two runs is one link on the page; two links side by side to different addresses stay two', async () => {
    const { yaml } = await importBytes(
      await linked(field('HYPERLINK "https://www.testby.dk/stof"', 'www.testby', '.dk/stof'), field('HYPERLINK "javascript:void(0)"', 'x', 'y')),
      { kommune: 'Testby' },
    );
    expect(yaml).toContain('Se [www.testby.dk/stof](https://www.testby.dk/stof)xy for mere.');
    const { unseen } = await convertDocx(await linked(field('HYPERLINK "javascript:a()"', 'et'), field('HYPERLINK "javascript:b()"', 'to')));
    expect(unseen?.links).toEqual([
      { text: 'et', address: 'javascript:a()' },
      { text: 'to', address: 'javascript:b()' },
    ]);
  });
});

describe('promise: a symbol without its font and a list whose list style is missing are read as Word reads them (before: the whole document »beskadiget«)', () => {
  const text = heading('Visitation') + paragraph(textRun('Vi visiterer inden for 14 dage.'));

  it.each([
    ['a symbol with a character and no font', '<w:sym w:char="F0FC"/>'],
    ['a symbol with neither', '<w:sym/>'],
  ])('%s: left out, the rest of the paragraph and the document kept', async (_what, symbol) => {
    const word = await convertDocx(await documentWith(text + paragraph(textRun('Før '), `<w:r>${symbol}</w:r>`, textRun(' efter.'))));
    expect(word.html).toContain('Vi visiterer inden for 14 dage.');
    expect(word.html).toContain('Før  efter.');
  });

  it('a symbol with its font is read as before (✓ from Wingdings)', async () => {
    const word = await convertDocx(
      await documentWith(text + paragraph(textRun('Før '), '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>', textRun(' efter.'))),
    );
    expect(word.html).toContain('Før ✓ efter.');
  });

  const numbering = (link: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${wordNamespace}"><w:abstractNum w:abstractNumId="0">${link}</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:styleLink w:val="Punktliste"/><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  const listStyle = (xml: string) =>
    xml.replace(
      '</w:styles>',
      '<w:style w:type="numbering" w:styleId="Punktliste"><w:name w:val="Punktliste"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style></w:styles>',
    );
  const listed =
    text +
    ['Rådgivning', 'Ambulant behandling']
      .map((item) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${textRun(item)}</w:p>`)
      .join('');

  it.each([
    ['a list style that is not in the styles', '<w:numStyleLink w:val="Findes_ikke"/>', {}],
    ['a list style named by a style of another type', '<w:numStyleLink w:val="Heading1"/>', {}],
    ['no styles part at all', '<w:numStyleLink w:val="Punktliste"/>', { 'word/styles.xml': null }],
  ] as Array<[string, string, Record<string, Edit>]>)('%s: its paragraphs are imported without numbers', async (_what, link, edits) => {
    const word = await convertDocx(await documentWith(listed, { 'word/numbering.xml': numbering(link), ...edits }));
    expect(word.html).toContain('Vi visiterer inden for 14 dage.');
    expect(word.html).toContain('Rådgivning');
    expect(word.html).toContain('Ambulant behandling');
  });

  it('a list style that is there still gives the list (a variant that must not change)', async () => {
    const word = await convertDocx(
      await documentWith(listed, { 'word/numbering.xml': numbering('<w:numStyleLink w:val="Punktliste"/>'), 'word/styles.xml': listStyle }),
    );
    expect(word.html).toContain('<ul><li>Rådgivning</li><li>Ambulant behandling</li></ul>');
  });
});
