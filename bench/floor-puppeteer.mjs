// The floor for the PDF build: a bare Puppeteer script that prints the same HTML files with
// one browser, two pages and the same PDF options. A file with a printed table of
// contents is laid out twice, as any two-pass contents needs: between the prints its
// page-number placeholders get text, so Chromium lays the page out again rather than
// reusing the first layout.
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer';

const files = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const options = { printBackground: true, preferCSSPageSize: true, outline: true, tagged: true, format: 'a4' };
let next = 0;
await Promise.all(
  [0, 1].map(async () => {
    const page = await browser.newPage();
    while (next < files.length) {
      const file = files[next++];
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.pdf(options);
      if (file.endsWith('kvalitetsstandard.html')) {
        await page.$$eval('[data-side]', (elements) => elements.forEach((element, index) => (element.textContent = String(index + 3))));
        await page.pdf(options);
      }
    }
  }),
);
await browser.close();
