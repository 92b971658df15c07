/**
 * The VS Code extension: starts `kvalitetsstandard lsp` (the copy bundled in the extension,
 * or the command the user names) for the municipality files, so the editor shows the tool's
 * own Danish diagnostics, quick fixes, completion and hover as the file is typed.
 *
 * What runs is never a workspace's choice: `kvalitetsstandard.kommando` is machine-scoped
 * and only its user value is read, and in Restricted Mode (a folder not trusted) the bundled
 * server runs whatever the setting says; granting trust, or changing the setting, restarts
 * the client with the new choice.
 */
import { window, workspace, type ExtensionContext } from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { Crashes, gaveUpMessage, restartedMessage, restartingLog } from './crashes';

/** The files the server is for: a kommune's standard under `municipalities/`. */
export const documentSelector = [{ scheme: 'file', language: 'yaml', pattern: '**/municipalities/*.{yml,yaml}' }];

const commandSetting = 'kvalitetsstandard.kommando';

/**
 * The client, quiet while it starts: a server that cannot be started (a program that does
 * not exist, or exits before it answers) is neither retried nor reported in English
 * (»couldn't create connection to server«); `start` below explains it once, in Danish. Once
 * running, a server that stops (or whose connection keeps failing) is not restarted by the
 * client, which would say so in English: `stopped` is told, and the extension restarts it,
 * a bounded number of times (`Crashes`), in Danish.
 */
class Client extends LanguageClient {
  private starting = false;

  constructor(name: string, serverOptions: ServerOptions, options: LanguageClientOptions, stopped: () => void) {
    // What the client writes in its log when it lets the server go (it would write English).
    const message = 'Kvalitetsstandard: forbindelsen til sprogserveren er lukket.';
    const errorHandler: ErrorHandler = {
      error: (_error, _message, count) => {
        if (this.starting) return { action: ErrorAction.Shutdown, handled: true };
        // A write or read that fails now and then is let pass, as the client's own rule does; more is a server gone.
        if (count !== undefined && count <= 3) return { action: ErrorAction.Continue, handled: true };
        stopped();
        return { action: ErrorAction.Shutdown, handled: true, message };
      },
      closed: () => {
        if (!this.starting) stopped();
        return { action: CloseAction.DoNotRestart, handled: true, message };
      },
    };
    super('kvalitetsstandard', name, serverOptions, { ...options, errorHandler, initializationFailedHandler: () => false });
  }

  override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    super.error(message, data, this.starting ? false : showNotification);
  }

  /** The client stops a server that failed to initialize itself, which throws while it is starting. */
  override stop(timeout?: number): Promise<void> {
    return this.starting ? Promise.resolve() : super.stop(timeout);
  }

  /** Whether the last start gave up on a server that never answered `initialize`. */
  timedOut = false;

  /**
   * Starts the server, and stops one that has not answered `initialize` within `startSeconds`
   * (a program that runs but is no language server, such as »npx« waiting for an answer): the
   * client would wait for it forever, and no changed setting would take effect.
   */
  override async start(): Promise<void> {
    this.starting = true;
    this.timedOut = false;
    const timer = setTimeout(() => {
      this.timedOut = true;
      // The library keeps the process to itself and cannot stop a client that is still starting.
      (this as unknown as { _serverProcess?: { kill(): void } })._serverProcess?.kill();
    }, startSeconds * 1000);
    try {
      await super.start();
      // A server that exits during `initialize` leaves start() resolved but the client not running.
      if (!this.isRunning()) throw new Error('not running');
    } finally {
      clearTimeout(timer);
      this.starting = false;
    }
  }
}

/** How long a server may take to answer `initialize`: `npx` may take 20 seconds the first time on a new machine. */
const startSeconds = 60;

let client: Client | undefined;

/**
 * The user's own command (user settings only: a folder's `.vscode/settings.json` cannot choose a
 * program), if trust allows it. A value that is no text cannot be a command: it is said in
 * Danish, as the server says a setting it cannot use, and the bundled server is used.
 */
function chosenCommand(): string {
  if (!workspace.isTrusted) return '';
  const value: unknown = workspace.getConfiguration('kvalitetsstandard').inspect('kommando')?.globalValue;
  if (value === undefined || value === null || typeof value === 'string') return typeof value === 'string' ? value.trim() : '';
  void window.showWarningMessage(
    `Kvalitetsstandard: Indstillingen »${commandSetting}« er »${JSON.stringify(value)}«, som ikke er en kommando. Skriv kommandoen som tekst, fx »npx kvalitetsstandard«, eller slet indstillingen; indtil da bruges udvidelsens egen sprogserver.`,
  );
  return '';
}

/**
 * The words of the user's command, as a shell reads them: a path with spaces (»"/Users/Jens
 * Ærø/projekt/node_modules/.bin/kvalitetsstandard"«) is one word in double or single quotes, or
 * with »\ « before each space. On Windows the command goes to the shell as written, which reads
 * the quotes itself, so there it is split only at spaces and each word keeps its quotes.
 */
export function commandWords(command: string, windows = process.platform === 'win32'): string[] {
  if (windows) return command.split(/\s+/);
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let index = 0; index < command.length; index += 1) {
    const character = command[index]!;
    const next = command[index + 1];
    if (quote === "'" && character === "'") quote = undefined;
    else if (quote === "'") word = `${word ?? ''}${character}`;
    else if (character === '\\' && next !== undefined && (quote === undefined || '"\\$`'.includes(next))) {
      word = `${word ?? ''}${next}`;
      index += 1;
    } else if (quote === '"' && character === '"') quote = undefined;
    else if (quote === '"') word = `${word ?? ''}${character}`;
    else if (character === '"' || character === "'") {
      quote = character;
      word ??= '';
    } else if (/\s/.test(character)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = `${word ?? ''}${character}`;
  }
  if (word !== undefined) words.push(word);
  return words;
}

function serverOptions(context: ExtensionContext, command: string): ServerOptions {
  if (command) {
    const [program, ...args] = commandWords(command);
    return { command: program!, args: [...args, 'lsp', '--stdio'], options: { shell: process.platform === 'win32' } };
  }
  // VS Code's own Node runs the bundled server: nothing else to install, no admin rights needed.
  return { module: context.asAbsolutePath('server/kvalitetsstandard-lsp.mjs'), transport: TransportKind.stdio };
}

function clientOptions(): LanguageClientOptions {
  const settings = workspace.getConfiguration('kvalitetsstandard');
  return {
    documentSelector,
    synchronize: { configurationSection: 'kvalitetsstandard' },
    initializationOptions: {
      compliance: settings.get('compliance'),
      dato: settings.get('dato') || undefined,
      regelsaetMapper: settings.get('regelsaetMapper'),
    },
  };
}

/** The crashes since the user last chose a server. */
const crashes = new Crashes();

/**
 * A running server stopped by itself: started again (the first time in a while with a Danish
 * word to the user), until `restartLimit` is reached; then the user is told, in Danish, and
 * nothing is started until a setting changes or VS Code restarts.
 */
function stoppedUnasked(context: ExtensionContext, stopped: Client, command: string): void {
  if (client !== stopped) return;
  client = undefined;
  const { restart: again, count } = crashes.crashed();
  if (!again) return void window.showErrorMessage(gaveUpMessage(command, count));
  if (count === 1) void window.showWarningMessage(restartedMessage(command));
  else stopped.outputChannel.appendLine(restartingLog(command, count));
  void restart(context, false);
}

/** Starts a client for `command` (empty: the bundled server); a command that fails falls back to the bundled server, and says so. */
async function start(context: ExtensionContext, command: string): Promise<void> {
  const started: Client = new Client('Kvalitetsstandard', serverOptions(context, command), clientOptions(), () => stoppedUnasked(context, started, command));
  client = started;
  try {
    await started.start();
  } catch {
    client = undefined;
    if (!command) {
      void window.showErrorMessage('Kvalitetsstandard: udvidelsens sprogserver kunne ikke startes. Installér udvidelsen igen, og genstart VS Code.');
      return;
    }
    const what = started.timedOut ? `svarede ikke som sprogserver inden for ${startSeconds} sekunder` : 'kunne ikke startes som sprogserver';
    void window.showErrorMessage(
      `Kvalitetsstandard: kommandoen »${command}« ${what} (»${command} lsp --stdio«). Ret indstillingen »${commandSetting}« i dine brugerindstillinger, eller gør den tom for at bruge udvidelsens egen. Indtil da bruges udvidelsens egen.`,
    );
    await start(context, '');
  }
}

async function stop(): Promise<void> {
  if (client?.isRunning()) await client.stop().catch(() => undefined);
  client = undefined;
}

/** Restarts, one at a time: a setting saved twice in a row must not leave two servers running. */
let restarts: Promise<void> = Promise.resolve();

/** `chosen`: the user chose anew (a setting, trust), so earlier crashes no longer count. */
function restart(context: ExtensionContext, chosen = true): Promise<void> {
  if (chosen) crashes.reset();
  restarts = restarts.then(async () => {
    await stop();
    await start(context, chosenCommand());
  });
  return restarts;
}

export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(
    workspace.onDidChangeConfiguration((change) => {
      if (change.affectsConfiguration(commandSetting)) void restart(context);
    }),
    workspace.onDidGrantWorkspaceTrust(() => {
      if (chosenCommand()) void restart(context);
    }),
  );
  restarts = start(context, chosenCommand());
  await restarts;
}

export async function deactivate(): Promise<void> {
  await restarts;
  await stop();
}
