// The floor for the PDF build: a bare Puppeteer script that prints the same HTML files with
// one browser, two pages and the same PDF options. A file with a printed table of
// contents is laid out twice, as any two-pass contents needs.
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer';

const files = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const options = { printBackground: true, preferCSSPageSize: true, outline: true, tagged: true, format: 'a4' };
let next = 0;
await Promise.all(
  [0, 1].map(async () => {
    const page = await browser.newPage();
    while (next < files.length) {
      const file = files[next++];
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const layouts = file.endsWith('kvalitetsstandard.html') ? 2 : 1;
      for (let layout = 0; layout < layouts; layout++) await page.pdf(options);
    }
  }),
);
await browser.close();
