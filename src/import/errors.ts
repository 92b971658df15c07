/** A problem with the document, said to the user in Danish (a message code and its arguments); never a bug. */
import type { MessageArgs, MessageCode } from '../diagnostics/messages.js';

export class ImportError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly args: MessageArgs = {},
  ) {
    super(code);
  }
}
