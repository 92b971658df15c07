/**
 * The discharge statuses of BEK 1477/2019 § 4, stk. 2 (»færdigbehandlet«, udskrevet til et
 * »andet tilbud«, til »hospital« or med »anden årsag«) as running text writes them. Which
 * statuses there are, and their patterns, are the regulation's data (§4.2's
 * `udskrivningsstatusser`); the caller passes them in, so text/ depends on no regulation.
 */

/** A status and how running text names it (matched against lower-case text). */
export interface StatusReading {
  id: string;
  reading?: RegExp;
}

/** The ids of the statuses the text names, in the given (the law's) order. */
export function statusesIn(text: string, statuses: readonly StatusReading[]): string[] {
  const lower = text.toLowerCase();
  return statuses.filter((status) => status.reading?.test(lower)).map((status) => status.id);
}
