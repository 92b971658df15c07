/**
 * The VS Code extension's rule for a server that stops by itself (editors/vscode/src/crashes.ts),
 * in plain Node: restarted at most four times within three minutes, a crash outside that
 * window no longer counts, a new choice by the user starts the count afresh, and every word
 * to the user is Danish and names the command that stopped.
 */
import { describe, expect, it } from 'vitest';
import { Crashes, gaveUpMessage, restartedMessage, restartingLog, restartLimit } from '../editors/vscode/src/crashes.js';

/** A clock the test moves. */
function clock(): { now: () => number; advance: (minutes: number) => void } {
  let time = 1_000_000;
  return { now: () => time, advance: (minutes) => (time += minutes * 60_000) };
}

describe('restarts after a crash are bounded', () => {
  it('restarts four times within three minutes and gives up at the fifth crash', () => {
    const { now, advance } = clock();
    const crashes = new Crashes(now);
    const answers = Array.from({ length: 6 }, () => {
      advance(0.1);
      return crashes.crashed();
    });
    expect(answers).toEqual([
      { restart: true, count: 1 },
      { restart: true, count: 2 },
      { restart: true, count: 3 },
      { restart: true, count: 4 },
      { restart: false, count: 5 },
      { restart: false, count: 6 },
    ]);
  });

  it('forgets crashes older than the window: a server that crashes now and then is always restarted', () => {
    const { now, advance } = clock();
    const crashes = new Crashes(now);
    for (let index = 0; index < 20; index += 1) {
      advance(restartLimit.minutes + 0.01);
      expect(crashes.crashed()).toEqual({ restart: true, count: 1 });
    }
    // Two a minute: at most four in any three minutes, so never more than the limit.
    for (let index = 0; index < 20; index += 1) {
      advance(0.76);
      expect(crashes.crashed().restart).toBe(true);
    }
    for (let index = 0; index < 4; index += 1) crashes.crashed();
    expect(crashes.crashed().restart).toBe(false);
  });

  it('counts from nothing after reset (the user chose a server), whatever came before', () => {
    const { now } = clock();
    const crashes = new Crashes(now, { restarts: 2, minutes: 1 });
    expect([crashes.crashed(), crashes.crashed(), crashes.crashed()].map(({ restart }) => restart)).toEqual([true, true, false]);
    crashes.reset();
    expect(crashes.crashed()).toEqual({ restart: true, count: 1 });
  });
});

describe('what the user is told, in Danish', () => {
  const english = /\b(server|crashed|restart|restarted|failed|will not)\b|more information/i;
  for (const command of ['', 'npx kvalitetsstandard', '"/Users/Jens Ærø/bin/kvalitetsstandard"']) {
    it(`names ${command ? `the command ${command}` : 'the bundled server'} and says what to do`, () => {
      const gaveUp = gaveUpMessage(command, 5);
      expect(gaveUp).toMatch(/^Kvalitetsstandard: /);
      expect(gaveUp).toContain(
        command
          ? `kommandoen »${command}« er stoppet uventet 5 gange inden for 3 minutter og startes ikke igen`
          : 'udvidelsens sprogserver er stoppet uventet 5 gange',
      );
      expect(gaveUp).toContain(command ? 'Ret indstillingen »kvalitetsstandard.kommando«' : 'Genstart VS Code');
      expect(restartedMessage(command)).toContain('stoppede uventet og er startet igen');
      expect(restartingLog(command, 3)).toContain('(3. gang inden for 3 minutter)');
      for (const text of [gaveUp, restartedMessage(command), restartingLog(command, 2)])
        expect(text.replace(command, '').replace('Developer: Reload Window', '')).not.toMatch(english);
    });
  }
});
