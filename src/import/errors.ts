/** A problem with the document, said to the user in Danish (a message code and its arguments); never a bug. */
import type { MessageArgsByCode, MessageCode } from '../diagnostics/messages.js';

export class ImportError<Code extends MessageCode = MessageCode> extends Error {
  constructor(
    readonly code: Code,
    readonly args: MessageArgsByCode[Code],
  ) {
    super(code);
  }
}
