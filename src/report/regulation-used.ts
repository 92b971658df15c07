/** The regulation a file was judged against, as every report names it (issue 18: a regulation is a dated package). */
import type { FileCheck, RegulationUsed } from '../check/run.js';
import { formatMessage } from '../diagnostics/messages.js';

/** »Vurderet pr. 2026-11-23 efter BEK 1477/2019 (Bekendtgørelse nr. 1477 af 17/12/2019), som dokumentets »regelsaet« angiver.« */
export function regulationSentence(used: RegulationUsed, date: string): string {
  const { regulation, chosenBy } = used;
  return formatMessage('regelsaet-brugt', { dato: date, id: regulation.id, navn: regulation.name, valgt: chosenBy });
}

/** `regelsaet_brugt` in the JSON report (README): the whole registry entry, null where unknown. */
export function regulationJson(check: FileCheck) {
  if (!check.valid) return null;
  const { regulation, chosenBy } = check.regulationUsed;
  return {
    id: regulation.id,
    navn: regulation.name,
    titel: regulation.longName,
    nummer: regulation.number ?? null,
    dato: regulation.issued ?? null,
    gyldig_fra: regulation.validFrom ?? null,
    gyldig_til: regulation.validTo ?? null,
    eli: regulation.eli ?? null,
    valgt_efter: chosenBy,
    mappe: regulation.origin ?? null,
    bemaerkning: regulation.remark ?? null,
  };
}
