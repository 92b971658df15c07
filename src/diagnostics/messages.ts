/**
 * The renderer for the terminal, JSON and the editor: every message code with its typed
 * arguments, and the one function that turns a code and its arguments into Danish text.
 * A diagnostic carries a code and arguments; the text is made here when a report is
 * rendered, as publint keeps codes apart from their text. The texts live by audience in
 * ./diagnostic-messages.ts, ./import-messages.ts and the requirements' own `beskeder.yml`;
 * the annex has its own renderer (./annex-messages.ts).
 */
import { printableInline } from '../printable.js';
import { type RequirementMessageArgs, requirementMessages } from '../generated/requirement-messages.js';
import { type DiagnosticMessageArgs, diagnosticMessages } from './diagnostic-messages.js';
import { type ImportMessageArgs, importMessages } from './import-messages.js';
import type { MessageTable } from './wording.js';

// src/check/prose.ts (another branch's file) imports listDanish from here.
export { listDanish } from './labels.js';

/** Every message code with the arguments it takes: a missing or misspelt argument fails type-checking where a message is made. */
export interface MessageArgsByCode extends DiagnosticMessageArgs, ImportMessageArgs, RequirementMessageArgs {}

export type MessageCode = keyof MessageArgsByCode;

/** A message as data: a code and exactly that code's arguments. */
export type Message<Code extends MessageCode = MessageCode> = { [C in Code]: { code: C; args: MessageArgsByCode[C] } }[Code];

const messages: MessageTable<MessageArgsByCode> = { ...diagnosticMessages, ...importMessages, ...requirementMessages };

/** Whether a name is a code the renderer knows. */
export const isMessageCode = (name: string): name is MessageCode => Object.hasOwn(messages, name);

/** Every code the renderer knows (a test renders each with example arguments). */
export const messageCodes: readonly MessageCode[] = Object.keys(messages).filter(isMessageCode);

/**
 * A message from a code and its arguments, where the code is itself a variable. TypeScript
 * cannot see that a generic code and its arguments belong together, so the pairing (checked
 * by the signature) is asserted once, here.
 */
export function message<Code extends MessageCode>(code: Code, args: MessageArgsByCode[Code]): Message {
  return { code, args } as Message;
}

export function formatMessage<Code extends MessageCode>(code: Code, args: MessageArgsByCode[Code]): string {
  const render: (args: MessageArgsByCode[Code]) => string = messages[code];
  return render(printable(args));
}

/** Values come from files (a title, a field, a path): never let them act on a terminal. */
function printable<Args extends object>(args: Args): Args {
  return Object.fromEntries(Object.entries(args).map(([key, value]) => [key, typeof value === 'string' ? printableInline(value) : value])) as Args;
}
