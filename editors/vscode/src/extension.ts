/**
 * The VS Code extension: starts `kvalitetsstandard lsp` (the copy bundled in the extension,
 * or the command the user names) for the municipality files, so the editor shows the tool's
 * own Danish diagnostics, quick fixes, completion and hover as the file is typed.
 */
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The files the server is for: a kommune's standard under `municipalities/`. */
export const documentSelector = [{ scheme: 'file', language: 'yaml', pattern: '**/municipalities/*.{yml,yaml}' }];

function serverOptions(context: ExtensionContext, command: string): ServerOptions {
  if (command) {
    const [program, ...args] = command.split(/\s+/);
    return { command: program!, args: [...args, 'lsp', '--stdio'], options: { shell: process.platform === 'win32' } };
  }
  // VS Code's own Node runs the bundled server: nothing else to install, no admin rights needed.
  return { module: context.asAbsolutePath('server/kvalitetsstandard-lsp.mjs'), transport: TransportKind.stdio };
}

export async function activate(context: ExtensionContext): Promise<void> {
  const settings = workspace.getConfiguration('kvalitetsstandard');
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: { configurationSection: 'kvalitetsstandard' },
    initializationOptions: { compliance: settings.get('compliance'), dato: settings.get('dato') || undefined },
  };
  client = new LanguageClient('kvalitetsstandard', 'Kvalitetsstandard', serverOptions(context, settings.get<string>('kommando', '').trim()), clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
