/**
 * The tool's own stdout and stderr, guarded: whatever a command writes has its control
 * characters escaped (src/printable.ts), and a write error (a closed pipe in
 * `build | head -n 1`, a full disk behind `> fil`) never ends the command with a stack
 * trace: further output to that stream is dropped, the command finishes its work (so a
 * build still writes out/index.html and its cache), and the exit code says output was lost.
 */
import { printable, printableStyled } from './printable.js';

/** Exit code when output could not be written (sysexits.h EX_IOERR); documented in the README. */
export const outputLostExitCode = 74;

let lost = false;

/** Whether some output could not be written. */
export function outputLost(): boolean {
  return lost;
}

function guard(stream: NodeJS.WriteStream, escape: boolean): void {
  let broken = false;
  // Where the tool writes no colour (a pipe, a file, NO_COLOR), no escape sequence at all may pass.
  const coloured = stream.isTTY && !process.env.NO_COLOR;
  const safe = !escape ? (text: string) => text : coloured ? printableStyled : printable;
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
