/**
 * The tool's own stdout and stderr, guarded: whatever a command writes has its control
 * characters escaped (src/printable.ts), and a write error (a closed pipe in
 * `build | head -n 1`, a full disk behind `> fil`) never ends the command with a stack
 * trace: further output to that stream is dropped, the command finishes its work (so a
 * build still writes out/index.html and its cache), and the exit code says output was lost.
 */
import { printable } from './printable.js';
import { applyStyles } from './report/terminal.js';

/** Exit code when output could not be written (sysexits.h EX_IOERR); documented in the README. */
export const outputLostExitCode = 74;

let lost = false;

/** Whether some output could not be written. */
export function outputLost(): boolean {
  return lost;
}

function guard(stream: NodeJS.WriteStream, escape: boolean): void {
  let broken = false;
  // Everything written is escaped first; only then does the tool's own styling become colour
  // codes, and only where colour is shown (src/report/terminal.ts). No other escape sequence passes.
  const coloured = !!stream.isTTY && !process.env.NO_COLOR;
  const safe = !escape ? (text: string) => text : (text: string) => applyStyles(printable(text), coloured);
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const fail = () => {
    broken = true;
    lost = true;
  };
  stream.on('error', fail);
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    const callback = rest.find((value): value is () => void => typeof value === 'function');
    if (broken) {
      callback?.();
      return true;
    }
    try {
      return write(typeof chunk === 'string' ? safe(chunk) : chunk, ...rest);
    } catch {
      fail();
      callback?.();
      return true;
    }
  }) as NodeJS.WriteStream['write'];
}

/** `escape: false` for a protocol on stdout (the language server's JSON-RPC needs its \r\n); write errors are still caught. */
export function guardOutput({ escape }: { escape: boolean }): void {
  guard(process.stdout, escape);
  guard(process.stderr, escape);
}

/**
 * Calls `then` once everything written so far has reached stdout and stderr, or could not be
 * written (the callback of an empty write comes after every earlier write's). A write that
 * failed counts as lost output even before the stream says so with its error event.
 */
export function afterOutput(then: () => void): void {
  const flush = (stream: NodeJS.WriteStream, next: () => void) =>
    stream.write('', (error?: Error | null) => {
      if (error) lost = true;
      next();
    });
  flush(process.stdout, () => flush(process.stderr, then));
}
