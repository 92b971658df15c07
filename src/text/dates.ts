/**
 * Danish dates as documents write them (»20. november 2023«, »d. 4/12 2023«, »20.11.2023«,
 * »2023-11-20«, »marts 2024«), and as a person types a date value in the editor.
 */

/** The Danish month names, January first. */
export const months: readonly string[] = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/** One date, written in any of the forms above (source for a RegExp; groups are not captured). */
export const datePattern = `(?:\\d{1,2}\\.?\\s*(?:${months.join('|')})\\.?\\s+\\d{4}|\\d{1,2}\\s*[./-]\\s*\\d{1,2}\\s*[./-]\\s*\\d{4}|\\d{1,2}\\s*/\\s*\\d{1,2}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;

const iso = (year: number, month: number, day: number): string | undefined => {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : value;
};

/** ÅÅÅÅ-MM-DD for a date matched by datePattern, or undefined when it is no real date. */
export function parseDanishDate(text: string): string | undefined {
  const written = new RegExp(`^(\\d{1,2})\\.?\\s*(${months.join('|')})\\.?\\s+(\\d{4})$`, 'i').exec(text.trim());
  if (written) return iso(Number(written[3]), months.indexOf(written[2]!.toLowerCase()) + 1, Number(written[1]));
  const numeric = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/.exec(text.trim()) ?? /^(\d{1,2})\s*\/\s*(\d{1,2})\s+(\d{4})$/.exec(text.trim());
  if (numeric) return iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const isoForm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return isoForm ? iso(Number(isoForm[1]), Number(isoForm[2]), Number(isoForm[3])) : undefined;
}

/** A month and year, or a year alone (»marts 2024«, »2024«): what the schema writes ÅÅÅÅ-MM and ÅÅÅÅ. */
export const partialDatePattern = `(?:(?:${months.join('|')})\\s+\\d{4}|(?:19|20)\\d{2})`;

export function parsePartialDate(text: string): string | undefined {
  const monthYear = new RegExp(`^(${months.join('|')})\\s+(\\d{4})$`, 'i').exec(text.trim());
  if (monthYear) return `${monthYear[2]}-${String(months.indexOf(monthYear[1]!.toLowerCase()) + 1).padStart(2, '0')}`;
  return /^(?:19|20)\d{2}$/.test(text.trim()) ? text.trim() : undefined;
}

/** The month a name or its first three letters gives (»nov«, »November«), 1 to 12, or 0. */
const monthOf = (name: string): number => (name.length >= 3 ? months.findIndex((month) => month.startsWith(name.slice(0, 3).toLowerCase())) + 1 : 0);

/**
 * A date value as Danes type it (20.11.2023, 20/11-2023, 20-11-23, 20. nov. 2023, 2023/11/20)
 * as ÅÅÅÅ-MM-DD; a month and year (november 2023, 11/2023) as ÅÅÅÅ-MM, as a document states it.
 */
export function isoDate(value: string): string | undefined {
  const text = value
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  const monthYear = /^(?:([a-zæøå]+)\.?|(\d{1,2})[./-])\s*(\d{4})$/.exec(text);
  if (monthYear) {
    const month = monthYear[1] ? monthOf(monthYear[1]) : Number(monthYear[2]);
    return month >= 1 && month <= 12 ? `${monthYear[3]}-${String(month).padStart(2, '0')}` : undefined;
  }
  let day: number, month: number, year: number;
  const numeric = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(text);
  const named = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})$/.exec(text);
  const reversed = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/.exec(text) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (numeric) [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  else if (reversed) [year, month, day] = [Number(reversed[1]), Number(reversed[2]), Number(reversed[3])];
  else if (named) {
    // Two letters are no month (»ma« is marts or maj).
    month = monthOf(named[2]!);
    if (month === 0) return undefined;
    [day, year] = [Number(named[1]), Number(named[3])];
  } else return undefined;
  if (year < 100) year += 2000;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A day as Danes type it (»13.12.2021«, »13. december 2021«), as ÅÅÅÅ-MM-DD; undefined for anything else, a month alone too. */
export function isoDay(value: string): string | undefined {
  const date = isoDate(value);
  return date?.length === 10 ? date : undefined;
}
