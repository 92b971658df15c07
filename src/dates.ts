/**
 * Dates as documents state them: a full date (2023-11-20), a month (2021-08) or only a
 * year (2016, which YAML reads as a number). Judging a deadline from a partial date is
 * done conservatively: the date is taken as the last day it can mean.
 */
import { months } from './text/dates.js';

/** What a document file may hold in a date field. */
export type StatedDate = string | number;

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const statedDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The parts of a stated date, or undefined when it is not one (2023-02-30, 20.11.2023). */
export function parseStatedDate(value: StatedDate): DateParts | undefined {
  const match = statedDatePattern.exec(String(value));
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return undefined;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The last day a stated date can mean, as ÅÅÅÅ-MM-DD: 2016 → 2016-12-31, 2021-08 → 2021-08-31. */
export function lastDayOf(value: StatedDate): string | undefined {
  const parts = parseStatedDate(value);
  if (!parts) return undefined;
  const month = parts.month ?? 12;
  const day = parts.day ?? daysInMonth(parts.year, month);
  return `${parts.year}-${pad(month)}-${pad(day)}`;
}

/** The first day a stated date can mean, as ÅÅÅÅ-MM-DD: 2016 → 2016-01-01, 2021-08 → 2021-08-01. */
export function firstDayOf(value: StatedDate): string | undefined {
  const parts = parseStatedDate(value);
  return parts && `${parts.year}-${pad(parts.month ?? 1)}-${pad(parts.day ?? 1)}`;
}

/** Whether the date names a day, not only a month or a year. */
export function isFullDate(value: StatedDate): boolean {
  return parseStatedDate(value)?.day !== undefined;
}

/** Danish, as precise as stated: »13. december 2021«, »august 2021«, »2016«. */
export function danishDate(value: StatedDate): string {
  const parts = parseStatedDate(value);
  if (!parts) return String(value);
  if (parts.month === undefined) return String(parts.year);
  if (parts.day === undefined) return `${months[parts.month - 1]} ${parts.year}`;
  return `${parts.day}. ${months[parts.month - 1]} ${parts.year}`;
}

/** The same calendar day some years later (29 February → 1 March). */
export function yearsAfter(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

const hour = 60 * 60 * 1000;

/**
 * When summer time begins (month 3) or ends (month 10) in a year: 01.00 UTC on the month's last
 * Sunday (Directive 2000/84/EC, arts. 2 and 3, in force in Denmark as in the whole EU).
 */
function summerTimeEdge(year: number, month: 3 | 10): number {
  const lastDay = new Date(Date.UTC(year, month, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * 24 * hour;
}

/**
 * Today in Danish time (UTC+1, in summer time UTC+2), as ÅÅÅÅ-MM-DD. Reckoned from the rule
 * rather than asked of Intl: the first use of Intl loads ICU's data, a twentieth of a `check`.
 */
export function today(now = new Date()): string {
  const year = now.getUTCFullYear();
  const summer = now.getTime() >= summerTimeEdge(year, 3) && now.getTime() < summerTimeEdge(year, 10);
  return new Date(now.getTime() + (summer ? 2 : 1) * hour).toISOString().slice(0, 10);
}
