/**
 * Text from a file on its way to a terminal: control characters (an escape sequence that
 * clears the screen or retitles the window, a carriage return that hides what came before,
 * bidi overrides that reorder what is shown) are made visible as \x1B-style escapes, so
 * what a file contains can never act on the terminal.
 */
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const visible = (char: string) => `\\x${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
const visibleWide = (char: string) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Control characters escaped; line breaks and tabs kept (for a whole report). */
export function printable(text: string): string {
  return text.replace(controls, (char) => (char.charCodeAt(0) > 0xff ? visibleWide(char) : visible(char)));
}

/** On one line: line breaks and tabs become spaces too (for a value inside a message). */
export function printableInline(text: string): string {
  return printable(text.replace(/\r\n|[\n\r\t]/g, ' '));
}
