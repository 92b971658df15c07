/** Danish dates as documents write them: »20. november 2023«, »d. 4/12 2023«, »20.11.2023«, »2023-11-20«. */
const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

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
