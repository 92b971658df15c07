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

/**
 * Everyone whose treatment ends, whatever the reason (»for alle, der afslutter et behandlingsforløb«,
 * »alle udskrevne borgere«, »uanset udskrivningsårsag«, »uanset hvorfor den er afsluttet«, »uanset hvordan forløbet slutter«): every status, when the text names none of
 * them (»alle, der er udskrevet som færdigbehandlet« names one).
 */
const everyoneDischarged =
  /(?<![a-zæøå])(?:alle,? (?:[a-zæøå]+ ){0,2}?(?:der|som) (?:[a-zæøå]+ ){0,2}?(?:afslutter|afsluttes|har afsluttet|udskrives|er udskrevet|bliver udskrevet)|alle (?:[a-zæøå]+ )?(?:udskrevne|afsluttede)|uanset (?:[a-zæøå]+ ){0,2}?(?:årsag|udskrivningsårsag|udskrivningsstatus|afslutningsårsag|status|grund)(?:en)?|uanset (?:hvorfor|af hvilken (?:grund|årsag))|uanset hvordan (?:[a-zæøå]+ ){1,4}?(?:afsluttes|afsluttet|slutter|sluttet|ender|endt|udskrives|udskrevet))(?![a-zæøå])/;

/** The ids of the statuses the text names, or all of them where it names everyone whose treatment ends and no status. */
export function statusesCoveredIn(text: string, statuses: readonly StatusReading[]): string[] {
  const named = statusesIn(text, statuses);
  return named.length === 0 && everyoneDischarged.test(text.toLowerCase()) ? statuses.map((status) => status.id) : named;
}
