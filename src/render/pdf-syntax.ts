/** The byte classes of PDF syntax (ISO 32000-1 § 7.2.2), shared by the readers of page content and of the file. */

export const whitespace = new Uint8Array(256);
for (const byte of [0, 9, 10, 12, 13, 32]) whitespace[byte] = 1;
const delimiter = new Uint8Array(256);
for (const char of '()<>[]{}/%') delimiter[char.charCodeAt(0)] = 1;
/** Neither white space nor a delimiter: a byte of a number, name, keyword or operator. */
export const regular = new Uint8Array(256).map((_, byte) => (whitespace[byte] || delimiter[byte] ? 0 : 1));

/** A token's bytes as text (names, numbers: a few bytes, where a Buffer per token would cost more). */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}
