/** What commands share about their arguments: the context they get and the usage error they throw. */
import type { MessageArgsByCode, MessageCode } from './diagnostics/messages.js';

export interface CommandContext {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

/** A mistake in the command line: reported in Danish with exit code 2. */
export class UsageError<Code extends MessageCode = MessageCode> extends Error {
  constructor(
    readonly code: Code,
    readonly args: MessageArgsByCode[Code],
  ) {
    super(code);
  }
}

/**
 * A condition the user can fix (an unsafe file name, a full disk, a folder that cannot be
 * written): reported in Danish with exit code 1, never as an unexpected error.
 */
export class UserError<Code extends MessageCode = MessageCode> extends Error {
  constructor(
    readonly code: Code,
    readonly args: MessageArgsByCode[Code],
  ) {
    super(code);
  }
}

/** Ensures the format option is one the command knows. */
export function formatOptionValue(value: unknown, allowed: readonly string[]): string {
  const format = String(value ?? 'text');
  if (!allowed.includes(format)) throw new UsageError('ugyldigt-format', { vaerdi: format, tilladte: allowed.join(' eller ') });
  return format;
}
