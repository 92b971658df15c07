/**
 * What the editor (or anything on the other end of stdin) sends and a message of the server
 * repeats: a document's address, a method's name, a setting's value. A client controls its
 * length and its characters, so it is repeated on one line and cut to a bound: a log line or
 * an error answer is never a flood of megabytes, and never a line break that forges another
 * line.
 */
import { formatMessage, type MessageArgsByCode, type MessageCode } from '../diagnostics/messages.js';
import { printableInline } from '../printable.js';

/** How many characters of a client's text a message repeats, at most (plus the count of all): enough to know an address by. */
export const maxClientTextShown = 200;
const headShown = 150;
const tailShown = maxClientTextShown - headShown;

/** A lone half of a surrogate pair, left where a text was cut. */
const cutSurrogate = /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/g;

/** A client's text as a message repeats it: on one line, control characters visible, and its middle left out when long. */
export function clientText(text: string): string {
  if (text.length <= maxClientTextShown) return printableInline(text);
  const head = text.slice(0, headShown).replace(cutSurrogate, '');
  const tail = text.slice(-tailShown).replace(cutSurrogate, '');
  return `${printableInline(head)}…${printableInline(tail)} (${text.length.toLocaleString('da-DK')} tegn i alt)`;
}

/** A message of the server whose text arguments may come from the client: each is repeated as clientText. */
export function clientMessage<Code extends MessageCode>(code: Code, args: MessageArgsByCode[Code]): string {
  const bounded = Object.fromEntries(Object.entries(args).map(([name, value]) => [name, typeof value === 'string' ? clientText(value) : value]));
  return formatMessage(code, bounded as MessageArgsByCode[Code]);
}
