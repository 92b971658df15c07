/**
 * What the extension does when a language server that was running stops by itself (a crash,
 * an exit, a broken pipe): it starts it again, a bounded number of times within a while, and
 * then gives up, each said in Danish. vscode-languageclient's own rule is the same, but says
 * it in English (»The … server crashed 5 times in the last 3 minutes«, »Restarting server
 * failed«) with a button to its log. Pure: no `vscode` here, so it is tested in plain Node.
 */

/** At most this many restarts within this many minutes; the next crash in that time is the last. */
export const restartLimit = { restarts: 4, minutes: 3 } as const;

/** The crashes of the servers started since the user last chose one (a changed setting, granted trust). */
export class Crashes {
  private readonly times: number[] = [];

  constructor(
    private readonly now: () => number = Date.now,
    private readonly limit: { restarts: number; minutes: number } = restartLimit,
  ) {}

  /** Counts a crash; whether the server is to be started again, and how many crashes the window now holds. */
  crashed(): { restart: boolean; count: number } {
    const now = this.now();
    this.times.push(now);
    while (this.times.length > 0 && now - this.times[0]! > this.limit.minutes * 60_000) this.times.shift();
    return { restart: this.times.length <= this.limit.restarts, count: this.times.length };
  }

  /** A server the user chose: its crashes are counted from nothing. */
  reset(): void {
    this.times.length = 0;
  }
}

const commandSetting = 'kvalitetsstandard.kommando';

/** Who stopped: the user's command, or the extension's own server. */
const which = (command: string) => (command ? `kommandoen »${command}«` : 'udvidelsens sprogserver');

/** Said once, at the first crash in a while: the server is started again, and nothing is lost. */
export function restartedMessage(command: string): string {
  return `Kvalitetsstandard: ${which(command)} stoppede uventet og er startet igen. Din fil er ikke ændret; fejl og forslag kommer igen om et øjeblik.`;
}

/** Said when the server is not started again: what is lost, and what the user can do. */
export function gaveUpMessage(command: string, count: number, limit: { minutes: number } = restartLimit): string {
  const advice = command
    ? `Ret indstillingen »${commandSetting}« i dine brugerindstillinger, eller gør den tom for at bruge udvidelsens egen; så startes den igen med det samme.`
    : 'Genstart VS Code (eller kør »Developer: Reload Window«) for at starte den igen. Sker det igen, så start VS Code med KVALITETSSTANDARD_DEBUG=1, og meld fejlen til udviklerne med det, der står i udvidelsens log (Output → Kvalitetsstandard).';
  return `Kvalitetsstandard: ${which(command)} er stoppet uventet ${count} gange inden for ${limit.minutes} minutter og startes ikke igen, så fejl, mangler og forslag vises ikke i filerne. Din fil er ikke ændret. ${advice}`;
}

/** Logged (not shown) at each restart but the first, for the output channel. */
export function restartingLog(command: string, count: number): string {
  return `Kvalitetsstandard: ${which(command)} stoppede uventet (${count}. gang inden for ${restartLimit.minutes} minutter) og startes igen.`;
}
