/**
 * An approval the standard states for after the date it is judged at (the council meeting to
 * come, or a mistyped year) has not happened: the overview and the annex show it as planned,
 * never as the date the standard was approved, and count the two years to the next revision
 * from the last approval or revision that counts, as §6.1 does (revision-dato-efter-vurdering).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, type FileCheck } from '../src/check/run.js';
import { danishDate } from '../src/dates.js';
import { complianceReportHtml } from '../src/report/compliance-html.js';
import { renderIndexPage } from '../src/report/index-page.js';
import { indexRow } from '../src/report/index-row.js';
import { municipalityNames, root } from './helpers.js';

const date = '2026-11-23';

function check(name: string, text: string): FileCheck & { valid: true } {
  const checked = checkSource(`municipalities/${name}.yml`, new TextEncoder().encode(text), date);
  if (!checked.valid) throw new Error(`${name} must stay valid`);
  return checked;
}

/** The file with one more approval by the council, in its list or in a list of its own at the end. */
function withApproval(text: string, dato: string): string {
  const item = `  - organ: Byrådet\n    dato: ${dato}\n`;
  return text.includes('\ngodkendelse:\n') ? text.replace('\ngodkendelse:\n', `\ngodkendelse:\n${item}`) : `${text.trimEnd()}\n\ngodkendelse:\n${item}`;
}

/** Dates after the date judged at: the next day, a year on, and a month or a year only (all of it after). */
const later = ['2026-11-24', '2027-11-23', '2026-12', '2027'];

describe('an approval dated after the date judged at, in the overview and the annex', () => {
  for (const [index, name] of municipalityNames.entries()) {
    const text = readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8');
    const dato = later[index % later.length]!;

    it(`${name}, approved again ${dato}: the same approval date, the same revision due and §6.1's verdict as without it, the new one planned`, () => {
      const before = check(name, text);
      const after = check(name, withApproval(text, dato));
      const [rowBefore, rowAfter] = [indexRow(before), indexRow(after)];
      expect(rowAfter.approved).toBe(rowBefore.approved);
      expect(rowAfter.due).toBe(rowBefore.due);
      expect(rowAfter.planned).toBe(dato);
      const revision = (checked: FileCheck & { valid: true }) => checked.findings.find((finding) => finding.requirement.id === '§6.1')!.status;
      expect(revision(after)).toBe(revision(before));

      const page = renderIndexPage([{ file: after.file, id: name, row: rowAfter, hasPdf: false }], date);
      expect(page).toMatch(/planlagt [^<]*, efter vurderingsdatoen/);
      const annex = complianceReportHtml([after], { site: true });
      const approval = /<dt>Godkendelse<\/dt><dd>(.*?)<\/dd>/s.exec(annex)![1]!.replaceAll('\u00a0', ' ');
      const [given, planned] = approval.split('Godkendelse planlagt: ');
      expect(given).not.toContain(danishDate(dato));
      expect(planned).toContain(`Byrådet ${danishDate(dato)}`);
    });
  }

  it('a standard whose only approval is after the date: »ikke endnu« in the overview, a draft in the annex, no revision due from it', () => {
    const text = readFileSync(join(root, 'municipalities', 'holstebro.yml'), 'utf8');
    const checked = check('holstebro', withApproval(text, '2027-01-15'));
    const row = indexRow(checked);
    expect(row.approved).toBeUndefined();
    const page = renderIndexPage([{ file: checked.file, id: 'holstebro', row, hasPdf: false }], date);
    expect(page).toContain('ikke endnu (planlagt 15. januar 2027, efter vurderingsdatoen)');
    const annex = complianceReportHtml([checked], { site: true });
    expect(/<dt>Godkendelse<\/dt><dd>(.*?)<\/dd>/s.exec(annex)![1]).toMatch(/Udkast – ikke godkendt.*Godkendelse planlagt: Byrådet/s);
  });

  it('an approval on the date judged at counts as given (the meeting the standard is built for)', () => {
    const text = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
    const row = indexRow(check('randers', withApproval(text, date)));
    expect(row).toMatchObject({ approved: date, due: '2028-11-23' });
    expect(row.planned).toBeUndefined();
  });
});
