/**
 * `importer` as a user runs it: the file it writes, never overwriting, and bad input (not a
 * Word document, password-protected, corrupt, empty, enormous, a zip bomb), each with a
 * Danish message, exit code 1 and nothing written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { docxOf, Paragraph, seedDocx, withDocumentXml, zip } from './import-docx.js';
import { root, runCli, stackTrace } from './helpers.js';

// Each test converts Word documents or runs the CLI; on a shared two-core machine that can take seconds.
vi.setConfig({ testTimeout: 60_000 });

/** An OLE compound file as Office writes a password-protected document (or an old .doc without the stream name). */
function compoundFile(encrypted: boolean): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(4096);
  if (encrypted) Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le').copy(body, 1024);
  return Buffer.concat([header, body]);
}

let workspace: string;
const input = (name: string, content: Buffer | string) => {
  const path = join(workspace, 'input', name);
  writeFileSync(path, content);
  return path;
};
const written = () => (existsSync(join(workspace, 'municipalities')) ? readdirSync(join(workspace, 'municipalities')) : []);

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'importer-'));
  mkdirSync(join(workspace, 'input'));
});

describe('importer: bad input gets a Danish message, exit code 1 and nothing written', () => {
  const cases: Array<[string, () => Promise<string> | string, RegExp]> = [
    ['a text file named .docx', () => input('tekst.docx', 'Dette er bare tekst.\n'), /almindelig tekst, ikke et Word-dokument \(\.docx\)/],
    // The tool's own YAML, given to the importer by mistake: said to be checked as it is, not imported.
    [
      'a kvalitetsstandard in YAML',
      () => input('randers.yml', readFileSync(join(root, 'municipalities', 'randers.yml'))),
      /kvalitetsstandard i YAML.*»kvalitetsstandard check«/,
    ],
    ['an RTF document', () => input('standard.rtf', '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Calibri;}} Kvalitetsstandard}'), /RTF-format/],
    ['a web page', () => input('standard.html', '<!DOCTYPE html>\n<html><body><h1>Kvalitetsstandard</h1></body></html>'), /webside \(HTML\)/],
    [
      'a Windows-1252 text',
      () => input('ansi.docx', Buffer.from('Kvalitetsstandard for Br\xf8nderslev\n', 'latin1')),
      /ikke et Word-dokument \(\.docx\)\. Åbn/,
    ],
    ['a PDF', () => input('standard.docx', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')), /er en PDF/],
    ['a password-protected document', () => input('beskyttet.docx', compoundFile(true)), /beskyttet med adgangskode/],
    ['an old Word document (.doc)', () => input('gammel.doc', compoundFile(false)), /gamle Word-format \(\.doc\)/],
    [
      'an encrypted zip entry',
      () => input('krypteret.docx', zip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>'), encrypted: true }])),
      /beskyttet med adgangskode/,
    ],
    ['a zip without a Word document in it', () => input('arkiv.docx', zip([{ name: 'hello.txt', data: Buffer.from('hej') }])), /ingen dokumenttekst/],
    [
      'a LibreOffice document (.odt) named .docx',
      () =>
        input(
          'libreoffice.docx',
          zip([
            { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text') },
            { name: 'content.xml', data: Buffer.from('<office:document-content/>') },
          ]),
        ),
      /OpenDocument-dokument \(\.odt, fx fra LibreOffice\).*»Word 2007-365 \(\.docx\)«/,
    ],
    ['an Excel workbook named .docx', () => input('regneark.docx', zip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }])), /Excel-regneark/],
    [
      'a PowerPoint presentation named .docx',
      () => input('dias.docx', zip([{ name: 'ppt/presentation.xml', data: Buffer.from('<p/>') }])),
      /PowerPoint-præsentation/,
    ],
    ['an empty file', () => input('tom.docx', Buffer.alloc(0)), /Filen er tom/],
    ['a missing file', () => join(workspace, 'input', 'findes-ikke.docx'), /findes ikke/],
    ['a folder', () => join(workspace, 'input'), /er en mappe/],
    [
      'a zip bomb (a document part that inflates to 60 MB while claiming 1 KB)',
      () => input('bombe.docx', zip([{ name: 'word/document.xml', data: Buffer.alloc(60 * 1024 * 1024, 32), claimedSize: 1024 }])),
      /urimeligt meget, når det pakkes ud/,
    ],
    [
      'an enormous file',
      () => {
        const path = input('enorm.docx', Buffer.alloc(0));
        truncateSync(path, 60 * 1024 * 1024);
        return path;
      },
      /for stort \(60,0 MB\)/,
    ],
    [
      'a corrupt document (cut short)',
      async () => {
        const whole = await seedDocx('randers');
        return input('afskaaret.docx', whole.subarray(0, Math.floor(whole.length * 0.6)));
      },
      /beskadiget/,
    ],
    ['a document without text', async () => input('tomt.docx', await docxOf([new Paragraph('')])), /ingen tekst/],
    [
      'tables nested 5,000 deep',
      async () =>
        input(
          'dyb.docx',
          await withDocumentXml((xml) =>
            xml.replace(
              '<w:body>',
              `<w:body>${'<w:tbl><w:tr><w:tc>'.repeat(5000)}<w:p><w:r><w:t>bund</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(5000)}`,
            ),
          ),
        ),
      /bygget så dybt/,
    ],
    [
      'an XML entity bomb (»billion laughs«) in the document',
      async () => {
        const entities = Array.from({ length: 9 }, (_, index) => `<!ENTITY a${index + 1} "${`&a${index};`.repeat(10)}">`).join('');
        return input(
          'latter.docx',
          await withDocumentXml((xml) =>
            xml.replace('?>', `?><!DOCTYPE w:document [<!ENTITY a0 "lol">${entities}]>`).replace('<w:body>', '<w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p>'),
          ),
        );
      },
      /beskadiget/,
    ],
  ];
  for (const [what, make, message] of cases) {
    it(what, async () => {
      const path = await make();
      const run = runCli(['importer', path], { cwd: workspace });
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(stackTrace);
      expect(run.status).toBe(1);
      expect(written()).toEqual([]);
    });
  }
});

describe('importer: writing the file', () => {
  it('writes municipalities/<kommune>.yml, reports, checks, and never overwrites it', async () => {
    const source = input('randers.docx', await seedDocx('randers'));
    const first = runCli(['importer', source], { cwd: workspace });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const file = join(workspace, 'municipalities', 'randers.yml');
    const content = readFileSync(file, 'utf8');
    expect(parse(content).kommune).toBe('Randers Kommune');
    // The report: recognised facts, placements with reasons, questions, then the check.
    expect(first.stdout).toMatch(/Genkendt i dokumentet:\n\s+kommune: Randers Kommune/);
    expect(first.stdout).toContain('godkendelse: Byrådet, 2021-12-13');
    expect(first.stdout).toMatch(
      /»Frit valg« → frit_valg \(§4\.1\.7 Frit valg\): underoverskriften nævner kravet \(løftet ud som eget afsnit i samme kapitel\)/,
    );
    expect(first.stdout).toMatch(/Ikke fundet i dokumentet[^\n]*\n\s+revisionsdatoer/);
    expect(first.stdout).toContain(
      '»3) Døgnbehandling« → oevrige_afsnit »3-doegnbehandling«: overskriften nævner §5.1, men »Særlige krav til døgnbehandlingstilbud« er kravets afsnit',
    );
    expect(first.stdout).toMatch(/opfoelgning\.maaneder: \[1, 6\] {2}← »/);
    expect(first.stdout).toContain('Bør ses af en person:');
    expect(first.stdout).toMatch(/Compliance-tjek af den importerede fil:\n[\s\S]*Randers Kommune: \d+ opfyldt/);
    expect(first.stdout).not.toMatch(stackTrace);

    const again = runCli(['importer', source], { cwd: workspace });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/findes allerede og er ikke ændret/);
    expect(readFileSync(file, 'utf8')).toBe(content);
    expect(readdirSync(join(workspace, 'municipalities'))).toEqual(['randers.yml']);

    // The file passes `validate` and `check` runs on it as on any other.
    expect(runCli(['validate', file], { cwd: workspace }).status).toBe(0);
    expect(runCli(['check', file, '--format', 'json'], { cwd: workspace }).stdout).toContain('"kommune": "Randers Kommune"');
  });

  it('build renders the imported file', async () => {
    const source = input('broenderslev.docx', await seedDocx('broenderslev'));
    const target = join(workspace, 'til-build.yml');
    expect(runCli(['importer', source, '--ud', target], { cwd: workspace }).status).toBe(0);
    const build = runCli(['build', target, '--out', join(workspace, 'out'), '--uden-pdf', '--dato', '2026-11-23', '--stille'], { cwd: workspace });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    const html = readFileSync(join(workspace, 'out', 'til-build', 'kvalitetsstandard.html'), 'utf8');
    expect(html).toContain('Brønderslev Kommune');
    expect(html).toMatch(/<h2[^>]*>[^<]*Hvem kan få social behandling af stofmisbrug\?/);
  });

  it('--ud chooses the file; a folder that does not exist is a Danish message', async () => {
    const source = input('holstebro.docx', await seedDocx('holstebro'));
    const target = join(workspace, 'andet-sted.yml');
    expect(runCli(['importer', source, '--ud', target], { cwd: workspace }).status).toBe(0);
    expect(parse(readFileSync(target, 'utf8')).kommune).toBe('Holstebro Kommune');
    const missing = runCli(['importer', source, '--ud', join(workspace, 'nej', 'fil.yml')], { cwd: workspace });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Mappen .* findes ikke/);
    // A folder nobody may create files in (sysfs refuses even root).
    const refused = runCli(['importer', source, '--ud', '/sys/kvalitetsstandard.yml'], { cwd: workspace });
    expect(refused.stderr).toMatch(/»\/sys\/kvalitetsstandard\.yml« kan ikke skrives \(EACCES\)/);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
  });

  it('asks for --kommune when the document names none, and uses it', async () => {
    const source = input('uden-navn.docx', await docxOf([new Paragraph('Vi tilbyder behandling til alle, der ønsker det.')]));
    const without = runCli(['importer', source], { cwd: workspace });
    expect(without.status).toBe(1);
    expect(without.stderr).toMatch(/Angiv det med --kommune/);
    const named = runCli(['importer', source, '--kommune', 'Ærø'], { cwd: workspace });
    expect(named.status).toBe(0);
    expect(parse(readFileSync(join(workspace, 'municipalities', 'aeroe.yml'), 'utf8')).kommune).toBe('Ærø Kommune');
  });

  it('is in the help, and a missing file argument is a usage error', () => {
    expect(runCli(['--help']).stdout).toMatch(/importer\s+Importér kommunens Word-dokument/);
    expect(runCli(['importer', '--help']).stdout).toContain('--ud FIL');
    const usage = runCli(['importer']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/Angiv Word-dokumentet/);
  });
});

describe('importer: every message about the document or the file written names it as the user gave it (links, folders)', () => {
  /** A fresh folder with the Randers document in it, and what is in it after a run. */
  async function folder(): Promise<{ dir: string; entries: () => string[] }> {
    const dir = mkdtempSync(join(tmpdir(), 'importer-navne-'));
    writeFileSync(join(dir, 'randers.docx'), await seedDocx('randers'));
    const entries = () => readdirSync(dir, { recursive: true }).map(String).sort();
    return { dir, entries };
  }
  /** Runs the importer in `dir`: exit 1, the one Danish line on stderr, nothing written. */
  function refused(dir: string, entries: () => string[], args: string[]): string {
    const before = entries();
    const run = runCli(['importer', ...args], { cwd: dir });
    expect(run.stderr).not.toMatch(stackTrace);
    expect(run.stderr).not.toContain('»«');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
    expect(entries()).toEqual(before);
    return run.stderr.trim();
  }

  it('a document that is a link to a file that is gone, or a link in a ring (the issue’s case)', async () => {
    const { dir, entries } = await folder();
    symlinkSync('/findes/ikke/standard.docx', join(dir, 'link.docx'));
    symlinkSync('ring.docx', join(dir, 'ring.docx'));
    expect(refused(dir, entries, ['link.docx'])).toBe(
      'kvalitetsstandard: »link.docx« er et link til »/findes/ikke/standard.docx«, som ikke findes. Angiv selve Word-dokumentet, eller ret linket.',
    );
    expect(refused(dir, entries, ['ring.docx'])).toBe(
      'kvalitetsstandard: »ring.docx« er et link, der peger på sig selv i ring (en symlink-løkke). Angiv selve Word-dokumentet, eller slet linket.',
    );
    expect(refused(dir, entries, ['.'])).toBe('kvalitetsstandard: ».« er en mappe, ikke en fil. Angiv Word-dokumentet (.docx).');
    // A name that is no file at all is still said to be missing.
    expect(refused(dir, entries, ['mangler.docx'])).toMatch(/^kvalitetsstandard: »mangler\.docx« findes ikke\./);
  });

  it('--ud a link to a file that is gone, or in a ring: said as a link, never as a collision with »« (the file it would become)', async () => {
    const { dir, entries } = await folder();
    symlinkSync('/findes/ikke/randers.yml', join(dir, 'kladde.yml'));
    symlinkSync('ring.yml', join(dir, 'ring.yml'));
    expect(refused(dir, entries, ['randers.docx', '--ud', 'kladde.yml'])).toBe(
      'kvalitetsstandard: »kladde.yml« er et link til »/findes/ikke/randers.yml«, som ikke findes, og importen skriver aldrig gennem et link. Slet linket, eller vælg en anden fil med --ud.',
    );
    expect(refused(dir, entries, ['randers.docx', '--ud', 'ring.yml'])).toMatch(/^kvalitetsstandard: »ring\.yml« er et link, der peger på sig selv i ring/);
    // The default target too: municipalities/randers.yml left as a link to a file that is gone.
    mkdirSync(join(dir, 'municipalities'));
    symlinkSync('/findes/ikke/randers.yml', join(dir, 'municipalities', 'randers.yml'));
    expect(refused(dir, entries, ['randers.docx'])).toMatch(/^kvalitetsstandard: »municipalities\/randers\.yml« er et link til »\/findes\/ikke\/randers\.yml«/);
  });

  it('what is wrong with --ud itself is said before the document is converted: also when the document is still missing', async () => {
    const { dir, entries } = await folder();
    writeFileSync(join(dir, 'optaget.yml'), 'kommune: Randers Kommune\n');
    symlinkSync('ring.yml', join(dir, 'ring.yml'));
    const cases: Array<[string, RegExp]> = [
      ['mangler/randers.yml', /^kvalitetsstandard: Mappen »mangler« findes ikke\./],
      ['Ærø.yml', /^kvalitetsstandard: »Ærø\.yml« er ikke skrevet: filnavnet kan ikke bruges/],
      ['optaget.yml', /^kvalitetsstandard: »optaget\.yml« findes allerede og er ikke ændret\./],
      ['ring.yml', /^kvalitetsstandard: »ring\.yml« er et link, der peger på sig selv i ring/],
    ];
    for (const [ud, said] of cases) expect(refused(dir, entries, ['endnu-ikke-gemt.docx', '--ud', ud])).toMatch(said);
  });

  it('--ud a FIFO, a device or a link to one is said to be no ordinary file, never »findes allerede« with a draft such as »/dev/null-importeret.yml«', async () => {
    const { dir, entries } = await folder();
    spawnSync('mkfifo', [join(dir, 'roer.yml')]);
    symlinkSync('/dev/zero', join(dir, 'nul.yml'));
    for (const given of ['roer.yml', 'nul.yml', '/dev/null']) {
      expect(refused(dir, entries, ['randers.docx', '--ud', given])).toBe(
        `kvalitetsstandard: »${given}« er ikke en almindelig fil (men fx en FIFO eller en enhed som /dev/null), og importen skriver kun almindelige filer; intet er skrevet. Vælg en fil med --ud, fx »--ud randers.yml«.`,
      );
    }
  });

  it('--ud a folder (with or without »/«, ».«) is said to be a folder, with the file to name in it', async () => {
    const { dir, entries } = await folder();
    mkdirSync(join(dir, 'kladder'));
    const folderMessage = (given: string, forslag: string) =>
      `kvalitetsstandard: »${given}« er en mappe, ikke en fil. --ud skal være navnet på den fil, der skrives, fx »--ud ${forslag}«.`;
    expect(refused(dir, entries, ['randers.docx', '--ud', 'kladder'])).toBe(folderMessage('kladder', 'kladder/randers.yml'));
    expect(refused(dir, entries, ['randers.docx', '--ud', 'kladder/'])).toBe(folderMessage('kladder/', 'kladder/randers.yml'));
    // »nye/« names a folder even before it exists: not »kan ikke skrives (ENOENT)«.
    expect(refused(dir, entries, ['randers.docx', '--ud', 'nye/'])).toBe(folderMessage('nye/', 'nye/randers.yml'));
    expect(refused(dir, entries, ['randers.docx', '--ud', '.'])).toBe(folderMessage('.', 'randers.yml'));
    // A folder where the file should be: its draft's name, not a file inside it.
    mkdirSync(join(dir, 'municipalities', 'randers.yml'), { recursive: true });
    expect(refused(dir, entries, ['randers.docx'])).toBe(folderMessage('municipalities/randers.yml', 'randers-importeret.yml'));
  });

  it('the folder of the file is a file, a link to nothing or a link in a ring: said of the folder, not »findes ikke« or »kan ikke skrives (EEXIST)«', async () => {
    const { dir, entries } = await folder();
    writeFileSync(join(dir, 'noter'), 'en fil\n');
    symlinkSync('/findes/ikke/mappe', join(dir, 'drev'));
    symlinkSync('loekke', join(dir, 'loekke'));
    expect(refused(dir, entries, ['randers.docx', '--ud', 'noter/randers.yml'])).toBe(
      'kvalitetsstandard: »noter/randers.yml« kan ikke skrives: »noter« er en fil, ikke en mappe. Flyt eller omdøb »noter«, eller vælg en anden fil med --ud.',
    );
    expect(refused(dir, entries, ['randers.docx', '--ud', 'drev/randers.yml'])).toBe(
      'kvalitetsstandard: »drev/randers.yml« kan ikke skrives: mappen »drev« er et link til »/findes/ikke/mappe«, som ikke findes. Ret eller slet linket, eller vælg en anden fil med --ud.',
    );
    expect(refused(dir, entries, ['randers.docx', '--ud', 'loekke/randers.yml'])).toMatch(/mappen »loekke« er et link, der peger på sig selv i ring/);
    expect(refused(dir, entries, ['randers.docx', '--ud', 'findes-ikke/randers.yml'])).toBe(
      'kvalitetsstandard: Mappen »findes-ikke« findes ikke. Opret den, eller vælg en anden fil med --ud.',
    );
    // The default folder, municipalities/, as a file or a link to nothing.
    writeFileSync(join(dir, 'municipalities'), '');
    expect(refused(dir, entries, ['randers.docx'])).toMatch(
      /^kvalitetsstandard: »municipalities\/randers\.yml« kan ikke skrives: »municipalities« er en fil, ikke en mappe\./,
    );
    rmSync(join(dir, 'municipalities'));
    symlinkSync('/findes/ikke/municipalities', join(dir, 'municipalities'));
    expect(refused(dir, entries, ['randers.docx'])).toMatch(
      /^kvalitetsstandard: »municipalities\/randers\.yml« kan ikke skrives: mappen »municipalities« er et link til »\/findes\/ikke\/municipalities«/,
    );
  });
});

describe('importer: a kommune that already has a file (#19.16)', () => {
  const document = () =>
    docxOf([
      new Paragraph('Kvalitetsstandard for stofbehandling i Testby Kommune'),
      new Paragraph('Testby Kommune tilbyder social behandling af stofmisbrug efter serviceloven § 101.'),
    ]);

  it('advises a draft outside municipalities/ that works as written, so the overview never lists the kommune twice', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'importer-igen-'));
    const source = join(folder, 'testby.docx');
    writeFileSync(source, await document());
    expect(runCli(['importer', source], { cwd: folder }).status).toBe(0);
    const again = runCli(['importer', source], { cwd: folder });
    expect(again.status).toBe(1);
    const advised = /--ud ([^\s«]+)«/.exec(again.stderr)?.[1];
    expect(advised).toBeDefined();
    expect(advised).not.toMatch(/^(\.\/)?municipalities\//);
    // Following the advice works, and municipalities/ keeps one file for the kommune.
    const followed = runCli(['importer', source, '--ud', advised!], { cwd: folder });
    expect(followed.stderr).toBe('');
    expect(followed.status).toBe(0);
    expect(parse(readFileSync(join(folder, advised!), 'utf8')).kommune).toBe('Testby Kommune');
    expect(readdirSync(join(folder, 'municipalities'))).toEqual(['testby.yml']);
  });

  it('warns in Danish when a second file for the same kommune is written into municipalities/', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'importer-dobbelt-'));
    const source = join(folder, 'testby.docx');
    writeFileSync(source, await document());
    mkdirSync(join(folder, 'municipalities'));
    // The existing file has another name; its kommune field says which kommune it is.
    writeFileSync(join(folder, 'municipalities', 'testby-2021.yml'), 'kommune: "Testby Kommune"\ntitel: Gammel\n');
    writeFileSync(join(folder, 'municipalities', 'andenby.yml'), 'kommune: Andenby Kommune\ntitel: Anden\n');
    const run = runCli(['importer', source], { cwd: folder });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Advarsel: »municipalities/testby-2021.yml« handler også om Testby Kommune');
    expect(run.stderr).toMatch(/to gange i oversigten/);
    expect(run.stderr).not.toContain('andenby');
    expect(run.stderr).not.toMatch(stackTrace);

    const other = mkdtempSync(join(tmpdir(), 'importer-enkelt-'));
    mkdirSync(join(other, 'municipalities'));
    writeFileSync(join(other, 'municipalities', 'andenby.yml'), 'kommune: Andenby Kommune\n');
    const alone = runCli(['importer', source], { cwd: other });
    expect(alone.status).toBe(0);
    expect(alone.stderr).toBe('');
  });
});

describe('importer: a value the importer interpreted, and what the check makes of it (#19.14)', () => {
  it('a month-and-year revision date and the verdict that rests on it are both under »Bør ses af en person«', async () => {
    // Dated from today, so the verdict does not age: approved a year ago, next revision
    // planned in the month two years after, whose last day is past the two-year limit.
    const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
    const now = new Date();
    const approved = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 10));
    const next = `${months[approved.getUTCMonth()]} ${approved.getUTCFullYear() + 2}`;
    const folder = mkdtempSync(join(tmpdir(), 'importer-fortolket-'));
    const source = join(folder, 'testby.docx');
    writeFileSync(
      source,
      await docxOf([
        new Paragraph('Kvalitetsstandard for stofbehandling i Testby Kommune'),
        new Paragraph(`Godkendt i Byrådet den 10. ${months[approved.getUTCMonth()]} ${approved.getUTCFullYear()}`),
        new Paragraph(`Næste revision: ${next}`),
        new Paragraph('Testby Kommune tilbyder social behandling af stofmisbrug.'),
      ]),
    );
    const run = runCli(['importer', source], { cwd: folder });
    expect(run.status).toBe(0);
    const questions = run.stdout.split('Bør ses af en person:')[1]!.split('Compliance-tjek')[0]!;
    expect(questions).toMatch(/revision\.naeste_revision[^\n]*\d{4}-\d{2}[^\n]*kun måned og år/);
    expect(questions).toMatch(/§6\.1[^\n]*»delvist«[^\n]*revision\.naeste_revision/);
  });
});
