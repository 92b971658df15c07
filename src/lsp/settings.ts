/**
 * The settings a client sends under `kvalitetsstandard` (initializationOptions or
 * workspace/didChangeConfiguration), read by one rule: a setting left out keeps what it was,
 * one cleared (empty) is its default again, and one that cannot be used is its default too
 * and is said to the user in Danish, naming the setting, the value and what it takes.
 */
import { isFullDate } from '../dates.js';
import { type Message, message } from '../diagnostics/messages.js';
import { listDanish } from '../diagnostics/labels.js';
import { clientText } from './client-text.js';
import { type ComplianceLevel, complianceLevels } from './diagnostics.js';

export interface ClientSettings {
  /** »information« (default), »advarsel«, or »fra« for no compliance findings. */
  compliance?: ComplianceLevel;
  /** The date compliance is judged at, ÅÅÅÅ-MM-DD (default: today). */
  dato?: string;
  /** Regulation folders loaded beside the built-in ones, as `--regelsaet-mappe` (README). */
  regelsaetMapper?: string[];
}

type Refusal = Pick<Extract<Message, { code: 'lsp-ugyldig-indstilling' }>['args'], 'slags' | 'tilladte' | 'standard'>;

/** Each setting: the value it reads (undefined when it cannot be used), and how its refusal is said. */
const rules: { [Name in keyof ClientSettings]-?: { read: (value: unknown) => ClientSettings[Name] | undefined; refusal: Refusal } } = {
  compliance: {
    read: (value) => complianceLevels.find((level) => level === value),
    refusal: { slags: 'valg', tilladte: listDanish(complianceLevels.map((level) => `»${level}«`)), standard: complianceLevels[0] },
  },
  // A date that is no day, as --dato refuses it (»2026-13-45«, »23.11.2026«, »2026-11«).
  dato: { read: (value) => (typeof value === 'string' && isFullDate(value) ? value : undefined), refusal: { slags: 'dato' } },
  regelsaetMapper: {
    // A bound, as a client sends what it likes: each folder read is a message when it cannot be used, and 10,000 of them would be 10,000 windows.
    read: (value) =>
      Array.isArray(value) && value.length <= maxRegulationFolders && value.every((folder) => typeof folder === 'string') ? (value as string[]) : undefined,
    refusal: { slags: 'mapper' },
  },
};

/** How many regulation folders the setting may name: a kommune uses one or two. */
export const maxRegulationFolders = 50;

/** A value set but cleared (empty) means the default again. */
const cleared = (value: unknown) => value === '' || value === null || value === undefined;

/** A value as the user wrote it, on one line. */
const shown = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));

/** The settings under `kvalitetsstandard`, or the object itself. */
function settingsRecord(value: unknown): Record<string, unknown> {
  return (value && typeof value === 'object' ? ((value as Record<string, unknown>).kvalitetsstandard ?? value) : {}) as Record<string, unknown>;
}

/** The settings after a client sent `value`, and what in it cannot be used (each setting then at its default). */
export function readSettings(value: unknown, previous: ClientSettings): { settings: ClientSettings; problems: Message[] } {
  const record = settingsRecord(value);
  const settings: ClientSettings = { ...previous };
  const problems: Message[] = [];
  for (const name of Object.keys(rules) as (keyof ClientSettings)[]) {
    if (!Object.hasOwn(record, name)) continue;
    const given = record[name];
    const read = cleared(given) ? undefined : rules[name].read(given);
    (settings as Record<string, unknown>)[name] = read;
    if (read === undefined && !cleared(given))
      problems.push(message('lsp-ugyldig-indstilling', { indstilling: `kvalitetsstandard.${name}`, vaerdi: clientText(shown(given)), ...rules[name].refusal }));
  }
  return { settings, problems };
}
