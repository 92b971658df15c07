/** What the message tables share: quoting a value, »Mente du …?«, and the shape of a table. */

/** No arguments. */
export type NoArgs = Record<string, never>;

/** A table of message texts: one function per code, taking exactly that code's arguments. */
export type MessageTable<Args> = { readonly [Code in keyof Args]: (args: Args[Code]) => string };

export const quote = (value: string | number | undefined) => `»${value ?? ''}«`;

export const suggestion = (args: { forslag?: string }) => (args.forslag ? ` Mente du ${quote(args.forslag)}?` : '');

/** A character's code point as Unicode writes it, »U+00A0«: what a user can search for, where the character itself shows nothing or looks like another. */
export const codePoint = (character: string): string => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
