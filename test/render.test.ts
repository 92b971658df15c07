import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkFile } from '../src/check/run.js';
import { renderDocument } from '../src/render/html.js';
import { linkLegalCitations } from '../src/render/legal-links.js';
import { markdownToHtml } from '../src/render/markdown.js';
import { keepTogether } from '../src/render/nonbreaking.js';
import { axeViolations, useBrowser } from './axe.js';
import { fixtures, root } from './helpers.js';

/** Randers as it is, changed by `change` (the parsed YAML), rendered from a file of its own. */
async function renderRanders(change: (standard: Record<string, any>) => void): Promise<string> {
  const standard = parse(readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8'));
  change(standard);
  const file = join(mkdtempSync(join(tmpdir(), 'render-')), 'randers.yml');
  writeFileSync(file, stringify(standard));
  const check = await checkFile(file, '2026-11-23');
  if (!check.valid) throw new Error(JSON.stringify(check.diagnostics));
  return renderDocument(file, 'randers', check.document);
}

async function render(name: string): Promise<string> {
  const file = `${fixtures}/render/${name}.yml`;
  const check = await checkFile(file, '2026-11-23');
  if (!check.valid) throw new Error(JSON.stringify(check.diagnostics));
  return renderDocument(file, name, check.document);
}

describe('Markdown in text fields', () => {
  it('shifts headings to fit under their section', () => {
    const html = markdownToHtml('# A\n\n## B\n\n#### C', { sectionLevel: 2, idPrefix: 'afsnit-x' });
    expect(html).toContain('<h3>A</h3>');
    expect(html).toContain('<h4>B</h4>');
    expect(html).toContain('<h6>C</h6>');
  });

  it('names a task list’s checkboxes for a screen reader, ticked or not', () => {
    const html = markdownToHtml('Vi gør følgende:\n\n- [ ] Brugerråd\n- [x] Brugerundersøgelse\n  - [X] hvert år', { sectionLevel: 2, idPrefix: 'afsnit-x' });
    const boxes = [...html.matchAll(/<input[^>]*>/g)].map((box) => box[0]);
    expect(boxes).toHaveLength(3);
    expect(boxes.map((box) => /aria-label="(Afkrydset|Ikke afkrydset)"/.exec(box)?.[1])).toEqual(['Ikke afkrydset', 'Afkrydset', 'Afkrydset']);
  });

  it('links legal citations to the law on Retsinformation', () => {
    const html = markdownToHtml('Efter servicelovens § 101, stk. 3 og BEK nr. 1477 af 17/12/2019, jf. sundhedslovens §§ 141-142.', {
      sectionLevel: 2,
      idPrefix: 'x',
    });
    expect(html).toContain(
      '<a href="https://www.retsinformation.dk/eli/lta/2025/155" class="lovhenvisning" title="Lov om social service (LBK nr. 155 af 11/02/2025)">servicelovens § 101, stk. 3</a>',
    );
    expect(html).toContain('href="https://www.retsinformation.dk/eli/lta/2019/1477"');
    expect(html).toContain(
      '<a href="https://www.retsinformation.dk/eli/lta/2025/275" class="lovhenvisning" title="Sundhedsloven (LBK nr. 275 af 12/03/2025)">sundhedslovens §§ 141-142</a>',
    );
  });

  it('links barnets lov however a text cites it, and not the law’s name alone', () => {
    const link = (text: string) =>
      `<a href="https://www.retsinformation.dk/eli/lta/2025/282" class="lovhenvisning" title="Barnets lov (LBK nr. 282 af 17/03/2025)">${text}</a>`;
    for (const cited of ['barnets lov § 33', 'Barnets Lov §§ 33-34', 'barnets lovs § 34, stk. 1', '§ 33 i barnets lov']) {
      expect(linkLegalCitations(`Unge under 18 år får behandling efter ${cited}.`)).toBe(`Unge under 18 år får behandling efter ${link(cited)}.`);
    }
    expect(linkLegalCitations('Barnets lov gælder for unge under 18 år.')).toBe('Barnets lov gælder for unge under 18 år.');
  });

  it('keeps footnote ids unique per section', () => {
    const html = markdownToHtml('Tekst[^1]\n\n[^1]: Note.', { sectionLevel: 2, idPrefix: 'afsnit-visitation' });
    expect(html).toContain('href="#afsnit-visitation--fn-1"');
    expect(html).toContain('id="afsnit-visitation--fn-1"');
    expect(html).toContain('aria-describedby="afsnit-visitation--footnote-label"');
  });

  it('keeps a Markdown link to another section, or to an id the text writes itself, leading there (before: put under the section, »#afsnit-visitation--afsnit-klage«, leading nowhere)', () => {
    const html = markdownToHtml('Se [klagen](#afsnit-klage) og [noten](#egen)[^1].\n\n<span id="egen">Her</span>\n\n[^1]: Note.', {
      sectionLevel: 2,
      idPrefix: 'afsnit-visitation',
    });
    expect(html).toContain('<a href="#afsnit-klage">klagen</a>');
    expect(html).toContain('<a href="#afsnit-visitation--tekst-egen">noten</a>');
    expect(html).toContain('id="afsnit-visitation--tekst-egen"');
    expect(html).toContain('href="#afsnit-visitation--fn-1"');
  });
});

describe('tokens a reader takes in as one', () => {
  const marked = (text: string) => keepTogether(text).replaceAll('\u00a0', '_');

  it('keeps phone numbers, amounts with their unit and dates together, however they are written', () => {
    expect(marked('Ring 45 97 30 00, +45 4597 3000 eller 89 15 1000.')).toBe('Ring 45_97_30_00, +45_4597_3000 eller 89_15_1000.');
    expect(marked('Prisen er 2.150 kr. pr. døgn, kr. 500 for en samtale, 1.975,50 DKK i alt og 15 % (eller 15 procent).')).toBe(
      'Prisen er 2.150_kr. pr. døgn, kr._500 for en samtale, 1.975,50_DKK i alt og 15_% (eller 15_procent).',
    );
    expect(marked('Fra 1. januar 2026 til 31. december, revideret i marts 2027.')).toBe('Fra 1._januar_2026 til 31._december, revideret i marts_2027.');
  });

  it('leaves other numbers, words and the markup of a text as they are', () => {
    for (const text of ['Behandling 2 3 4 gange', 'I 2024 steg det med 3', '1 234 567 89', '§ 101, stk. 3', 'maj-juni', 'Dagbehandling']) {
      expect(marked(text)).toBe(text);
    }
    const html = markdownToHtml('Ring `45 97 30 00` eller [45 97 30 00](https://www.randers.dk/kontakt).', { sectionLevel: 2, idPrefix: 'x' });
    expect(html).toContain('<code>45 97 30 00</code>');
    expect(html).toContain('<a href="https://www.randers.dk/kontakt">45\u00a097\u00a030\u00a000</a>');
  });
});

describe('the rendered page', () => {
  const browser = useBrowser();

  async function dom<T>(html: string, query: () => T): Promise<T> {
    const page = await browser().newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setContent(html);
      return (await page.evaluate(query)) as T;
    } finally {
      await page.close();
    }
  }

  it('strips script, event handlers, iframes, style and javascript: links from policy text', async () => {
    const html = await render('usikker');
    const main = html.slice(html.indexOf('<main'));
    expect(main).not.toMatch(/<script|onerror|onclick|<iframe|<img|javascript:|<style|alert\(/i);
    expect(main).toContain('Voksne over 18 år.');
    expect(main).toContain('<a href="https://www.retsinformation.dk/eli/lta/2024/67">serviceloven</a>');
  });

  it('follows the configured order, numbering, colour, logo and own partial', async () => {
    const html = await render('tilpasset');
    const structure = await dom(html, () => ({
      chapters: [...document.querySelectorAll('main > .afsnit')].map((section) => section.id),
      headings: [...document.querySelectorAll('main h2, main h3, main h4')].map(
        (heading) => `${heading.tagName} ${heading.textContent?.replace(/\s+/g, ' ').trim()}`,
      ),
      logo: document.querySelector('.forside img')?.getAttribute('src')?.slice(0, 26),
      own: document.querySelector('#afsnit-visitation .egen-skabelon')?.textContent,
    }));
    expect(structure.chapters).toEqual(['afsnit-forord', 'afsnit-visitation', 'afsnit-behandlingsplan', 'afsnit-indledende-ord', 'afsnit-maalgruppe']);
    expect(structure.headings).toEqual([
      'H2 1. Visitation',
      'H2 2. Behandlingsplan',
      'H3 Opfølgning',
      'H2 3. Et øvrigt afsnit',
      'H2 4. Hvem kan få behandling?',
      'H3 En overskrift i teksten',
      'H4 Og en under den',
    ]);
    expect(structure.logo).toBe('data:image/svg+xml;base64,');
    expect(structure.own).toBe('Ring til Rusmiddelcentret på 11 22 33 44.');
    expect(html).toContain(':root { --kommunefarve: #7a1f5c; }');
    expect(html).toContain('Lovgrundlag: <a href="https://www.retsinformation.dk/eli/lta/2025/275"');
  });

  it('keeps ids a text writes itself apart from the page’s own, so headings, contents and footnotes point where they should', async () => {
    // Randers with raw HTML ids equal to what the page generates: a heading's, a section's, the cover's, a footnote's, a sub-section's.
    const html = await renderRanders((standard) => {
      const [first, second] = standard.oevrige_afsnit as { noegle: string; tekst: string }[];
      const key = first!.noegle;
      first!.tekst +=
        `\nSe <a href="#overskrift">her</a>.<span id="overskrift">Egen</span> <span id="afsnit-${key}">a</span> <span id="titel">b</span>` +
        ` <span id="indhold">c</span> <span id="fn-1">d</span> <span id="del-overskrift">e</span> <span id="afsnit-${second!.noegle}-overskrift">f</span> Note[^1].\n\n[^1]: Fodnoten.\n`;
      standard.opgaver.tekst += '\n<p id="overskrift">Også her</p> <span id="forside">g</span>\n';
      standard.oevrige_afsnit.push({ noegle: `${key}-del`, overskrift: 'Et afsnit, hvis nøgle forlænger et andet', tekst: 'Tekst.' });
    });
    const page = await dom(html, () => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      const target = (href: string | null) => document.getElementById(decodeURIComponent(href?.slice(1) ?? ''));
      return {
        duplicates: ids.filter((id, index) => ids.indexOf(id) !== index),
        labels: [...document.querySelectorAll('section[aria-labelledby]')].map((section) => {
          const label = document.getElementById(section.getAttribute('aria-labelledby')!);
          return label?.parentElement === section && /^H[23]$/.test(label.tagName);
        }),
        contents: [...document.querySelectorAll('nav.indholdsfortegnelse a')].map((link) => target(link.getAttribute('href'))?.classList.contains('afsnit')),
        footnotes: [...document.querySelectorAll('a[data-footnote-ref]')].map((link) => target(link.getAttribute('href'))?.tagName),
        ownLink: target(document.querySelector('a[href$="tekst-overskrift"]')?.getAttribute('href') ?? null)?.textContent,
        cover: document.getElementById('forside')?.tagName,
        title: document.getElementById('titel')?.tagName,
      };
    });
    expect(page.duplicates).toEqual([]);
    expect(page.labels.length).toBeGreaterThan(20);
    expect(page.labels.every(Boolean)).toBe(true);
    expect(page.contents.length).toBeGreaterThan(20);
    expect(page.contents.every(Boolean)).toBe(true);
    expect(page.footnotes).toEqual(['LI']);
    expect(page.ownLink).toBe('Egen');
    expect([page.cover, page.title]).toEqual(['HEADER', 'H1']);
  });

  it('prints a task list’s boxes dark on paper, ticked or not, with no bullet beside them', async () => {
    const html = await renderRanders((standard) => {
      standard.opgaver.tekst += '\n\nVi gør følgende:\n\n- [x] Brugerrådet mødes fire gange om året.\n- [ ] Vi holder en årlig brugerundersøgelse.\n';
    });
    const page = await browser().newPage();
    try {
      await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 4 });
      await page.setContent(html);
      await page.emulateMediaType('print');
      const bullets = await page.evaluate(() => [...document.querySelectorAll('li.task-list-item')].map((item) => getComputedStyle(item).listStyleType));
      expect(bullets).toEqual(['none', 'none']);
      // Per box, the share of dark pixels (as ink on paper) in all of it and in its middle, away from its border.
      const ink: { box: number; middle: number }[] = [];
      for (const box of await page.$$('li.task-list-item input[type="checkbox"]')) {
        const png = await box.screenshot({ encoding: 'base64' });
        ink.push(
          await page.evaluate(async (source) => {
            const image = new Image();
            image.src = `data:image/png;base64,${source}`;
            await image.decode();
            const canvas = document.createElement('canvas');
            [canvas.width, canvas.height] = [image.width, image.height];
            const context = canvas.getContext('2d')!;
            context.drawImage(image, 0, 0);
            const share = (from: number, to: number) => {
              const [x, y, w, h] = [image.width * from, image.height * from, image.width * (to - from), image.height * (to - from)].map(Math.round) as [
                number,
                number,
                number,
                number,
              ];
              const pixels = context.getImageData(x, y, w, h).data;
              let dark = 0;
              for (let index = 0; index < pixels.length; index += 4) if (pixels[index]! + pixels[index + 1]! + pixels[index + 2]! < 3 * 90) dark += 1;
              return dark / (pixels.length / 4);
            };
            return { box: share(0, 1), middle: share(0.3, 0.7) };
          }, png),
        );
      }
      const [ticked, empty] = ink;
      // The border prints dark around both; only the ticked box has ink in its middle.
      expect(ticked!.box).toBeGreaterThan(0.2);
      expect(empty!.box).toBeGreaterThan(0.15);
      expect(ticked!.middle).toBeGreaterThan(0.1);
      expect(empty!.middle).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('folds a wide table into one labelled card per row at 375 px, wraps it at 1280 px, and never makes a region only a mouse can scroll', async () => {
    const offers = [
      '| Tilbud | Behandlingsform | Målgruppe | Pris pr. døgn |',
      '| --- | --- | --- | ---: |',
      '| Behandlingscentret Østergården | Døgnbehandling med afrusning og efterbehandlingsforløb | Voksne over 18 år med stofmisbrug | 2.150 kr. |',
      '| Kongens Ø | Døgnbehandling, 12-trinsmodellen | Voksne med samtidig psykisk lidelse | 1.975 kr. |',
    ].join('\n');
    const wide = `${['Uge', 'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag'].join(' | ')}\n${Array(8).fill('---').join(' | ')}\n${['1', ...Array(7).fill('Gruppebehandlingsforløb og individuelle samtaler')].join(' | ')}`;
    const html = await renderRanders((standard) => {
      standard.doegnbehandling.tekst += `\n${offers}\n\nEn ugeplan:\n\n${wide}\n\n<table><tr><th>Sted</th><th>Telefon</th></tr><tr><td>Rådgivningen</td><td><a href="tel:+4589151000">89 15 10 00</a></td></tr></table>\n`;
    });
    const page = await browser().newPage();
    try {
      const layout = async (width: number) => {
        await page.setViewport({ width, height: 800 });
        await page.setContent(html);
        return page.evaluate(() => {
          const tables = [...document.querySelectorAll('#afsnit-doegnbehandling table')];
          const scrolling = [...document.querySelectorAll('body *')].filter((element) => {
            const style = getComputedStyle(element);
            return element.scrollWidth > element.clientWidth + 1 && /auto|scroll/.test(style.overflowX);
          });
          return {
            pageWidth: document.documentElement.scrollWidth,
            scrolling: scrolling.map((element) => element.tagName),
            tables: tables.map((table) => ({
              display: getComputedStyle(table).display,
              fits: table.getBoundingClientRect().right <= document.documentElement.clientWidth,
              header: Math.max(...[...table.querySelectorAll('thead, .kolonneoverskrifter')].map((head) => head.getBoundingClientRect().height)),
              rows: [...table.querySelectorAll('tr')]
                .filter((row) => row.querySelector('td'))
                .map((row) =>
                  [...row.querySelectorAll('td')].map((cell) => {
                    const label = getComputedStyle(cell, '::before').content;
                    // The lines its text takes: a word or an amount broken in two takes one more than it needs.
                    const range = document.createRange();
                    range.selectNodeContents(cell);
                    const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom))).size;
                    return { left: Math.round(cell.getBoundingClientRect().left), label, text: cell.textContent, lines };
                  }),
                ),
            })),
          };
        });
      };
      const phone = await layout(375);
      expect(phone.pageWidth).toBeLessThanOrEqual(375);
      expect(phone.scrolling).toEqual([]);
      const [offerTable, weekTable, htmlTable] = phone.tables;
      expect(offerTable!.display).toBe('block');
      // Two cards, no visible header row; in each, the four cells stacked at one left edge, each labelled with its column.
      expect(offerTable!.rows.length).toBe(2);
      expect(phone.tables.map((table) => table.header)).toEqual([1, 1, 1]);
      for (const card of offerTable!.rows) {
        expect(new Set(card.map((cell) => cell.left)).size).toBe(1);
        expect(card.map((cell) => cell.label)).toEqual(['"Tilbud: " / ""', '"Behandlingsform: " / ""', '"Målgruppe: " / ""', '"Pris pr. døgn: " / ""']);
      }
      expect(weekTable!.rows[0]!.map((cell) => cell.label.split(':')[0])).toEqual([
        '"Uge',
        '"Mandag',
        '"Tirsdag',
        '"Onsdag',
        '"Torsdag',
        '"Fredag',
        '"Lørdag',
        '"Søndag',
      ]);
      // A raw HTML table whose header row is a first row of th (no thead) folds too.
      expect(htmlTable!.rows.map((card) => card.map((cell) => cell.label))).toEqual([['"Sted: " / ""', '"Telefon: " / ""']]);
      const desktop = await layout(1280);
      expect(desktop.pageWidth).toBeLessThanOrEqual(1280);
      expect(desktop.scrolling).toEqual([]);
      expect(desktop.tables.map((table) => [table.display, table.fits])).toEqual([
        ['table', true],
        ['table', true],
        ['table', true],
      ]);
      // A four-column table keeps its words and amounts whole: a name breaks only between words, »2.150 kr.« not at all.
      for (const row of desktop.tables[0]!.rows) {
        expect(row[0]!.lines).toBeLessThanOrEqual(row[0]!.text!.split(' ').length);
        expect(row[3]!.lines, row[3]!.text!).toBe(1);
      }
      expect(desktop.tables[1]!.rows[0]!.map((cell) => cell.left)).toEqual([...desktop.tables[1]!.rows[0]!.map((cell) => cell.left)].sort((a, b) => a - b));
    } finally {
      await page.close();
    }
    for (const width of [375, 1280]) {
      const violations = await axeViolations(browser(), html, { width, height: 800 });
      expect(violations.map((violation) => `${width}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});
