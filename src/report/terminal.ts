/**
 * Colour for people at a terminal; none when piped or when NO_COLOR is set (no-color.org).
 *
 * A report mixes the tool's styling with text from files (a heading, a quoted sentence),
 * and a file may hold escape sequences of its own. So styling is not written as escape
 * sequences here: it travels as markers that name this process's secret, which no file can
 * know. The output filter (src/output.ts) first escapes every control character in what is
 * written, data and all, and only then turns the markers into colour codes (or drops them
 * where there is no colour). Whatever path data takes into a report, it cannot style it.
 */
import { styleSecret as secret } from '../style-secret.js';

export interface Style {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

/** Private-use characters around the secret and an SGR parameter. */
const marker = (code: number) => `\uE000${secret}:${code}\uE001`;
const markers = new RegExp(`\uE000${secret}:(\\d+)\uE001`, 'g');

const wrap = (open: number, close: number) => (text: string) => `${marker(open)}${text}${marker(close)}`;

const colours: Style = { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
const plain: Style = { red: (t) => t, yellow: (t) => t, green: (t) => t, dim: (t) => t, bold: (t) => t };

/** Whether text written to `stream` is shown in colour. */
export function colouredFor(stream: NodeJS.WriteStream): boolean {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  return !!stream.isTTY && !noColor;
}

export function styleFor(stream: NodeJS.WriteStream): Style {
  return styleOf(colouredFor(stream));
}

export function styleOf(coloured: boolean): Style {
  return coloured ? colours : plain;
}

/**
 * Text already escaped, with the tool's styling made real: colour codes on a terminal that
 * shows colour, nothing elsewhere (a styled line sent to a pipe is plain).
 */
export function applyStyles(escaped: string, coloured: boolean): string {
  return escaped.replace(markers, (_, code: string) => (coloured ? `\u001b[${code}m` : ''));
}
