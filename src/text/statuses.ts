/**
 * The four discharge statuses of BEK 1477/2019 § 4, stk. 2 (»færdigbehandlet«, udskrevet
 * til et »andet tilbud«, til »hospital« or med »anden årsag«) as running text writes them.
 */
export type DischargeStatus = 'faerdigbehandlet' | 'andet_tilbud' | 'hospital' | 'anden_aarsag';

const statusWordings: Record<DischargeStatus, RegExp> = {
  faerdigbehandlet: /færdigbehandl/i,
  andet_tilbud: /andet (?:behandlings)?tilbud/i,
  hospital: /hospital|sygehus/i,
  anden_aarsag: /anden årsag/i,
};

/** Whether the text names the status. */
export function namesStatus(text: string, status: DischargeStatus): boolean {
  return statusWordings[status].test(text);
}

/** The statuses the text names, in the law's order. */
export function statusesIn(text: string): DischargeStatus[] {
  return (Object.keys(statusWordings) as DischargeStatus[]).filter((status) => namesStatus(text, status));
}
