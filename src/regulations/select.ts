/**
 * Which regulation a document is judged against: the one its `regelsaet` names, else the one
 * in force on the date it is judged at. Regulations loaded at run time (a test regulation, a
 * folder given with --regelsaet-mappe) join the built-in ones for the rest of the process.
 */
import type { MessageArgsByCode } from '../diagnostics/messages.js';
import { builtInRegulations, defaultRegulation, type Regulation } from './index.js';
import { byCodeUnits } from '../text/order.js';

/** How the regulation was chosen: named by the document, in force on the date, or the tool's default when none was (the message `regelsaet-valgt` words each). */
export type ChosenBy = MessageArgsByCode['regelsaet-valgt']['valgt'];

export type RegulationChoice =
  | { ok: true; regulation: Regulation; chosenBy: ChosenBy }
  /** `ukendt`: no regulation has that id; `uden-krav`: it is known by name, but its requirements are not. */
  | { ok: false; reason: 'ukendt' | 'uden-krav'; id: string };

let loaded: readonly Regulation[] = [];

/** Adds regulations loaded at run time; one with the id of a known regulation replaces nothing and is returned. */
export function addRegulations(regulations: readonly Regulation[]): Regulation[] {
  const ids = new Set(knownRegulations().map((regulation) => regulation.id));
  const clashing = regulations.filter((regulation) => ids.has(regulation.id));
  loaded = [...loaded, ...regulations.filter((regulation) => !ids.has(regulation.id))];
  return clashing;
}

export function knownRegulations(): readonly Regulation[] {
  return [...builtInRegulations, ...loaded];
}

/** A regulation is in force from `gyldig_fra`, or at the earliest from its date of issue. */
function startOf(regulation: Regulation): string | undefined {
  return regulation.validFrom ?? regulation.issued;
}

/** The regulation in force on a date (ÅÅÅÅ-MM-DD): of those started and not ended, the latest started. */
export function regulationInForce(date: string, among: readonly Regulation[] = knownRegulations()): Regulation | undefined {
  const inForce = among.filter((regulation) => {
    const start = startOf(regulation);
    return start !== undefined && start <= date && (regulation.validTo === undefined || date <= regulation.validTo);
  });
  return inForce.sort((a, b) => byCodeUnits(startOf(b)!, startOf(a)!))[0];
}

export function chooseRegulation(regelsaet: string | undefined, date: string): RegulationChoice {
  if (regelsaet === undefined) {
    const inForce = regulationInForce(date);
    if (!inForce) return { ok: true, regulation: defaultRegulation, chosenBy: 'standard' };
    return inForce.requirements.length > 0 ? { ok: true, regulation: inForce, chosenBy: 'dato' } : { ok: false, reason: 'uden-krav', id: inForce.id };
  }
  const named = knownRegulations().find((regulation) => regulation.id === regelsaet.trim());
  if (!named) return { ok: false, reason: 'ukendt', id: regelsaet };
  return named.requirements.length > 0 ? { ok: true, regulation: named, chosenBy: 'regelsaet' } : { ok: false, reason: 'uden-krav', id: named.id };
}
