/**
 * Strings in code-unit order: right for ISO dates and file names the tool writes itself, and
 * free, where `localeCompare` starts the ICU collator (several milliseconds at a start).
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
