/**
 * The command line: `kvalitetsstandard <kommando> [filer…] [tilvalg]`, started by the bin
 * (src/cli.ts), from these modules or from the bundle of them. Parses arguments with
 * Node's own parseArgs (no start-up cost, and every message in Danish), then loads only the
 * command it runs, so `check` does not pay for the renderer or the browser.
 * Exit codes: 0 all good, 1 findings, invalid files or anything else the user can fix,
 * 2 usage errors, 74 output could not be written (a closed pipe, a full disk), 70 a bug.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { formatMessage } from './diagnostics/messages.js';
import { nearest } from './suggest.js';
import { afterOutput, guardOutput, outputLost, outputLostExitCode } from './output.js';
import { UsageError, UserError, type CommandContext } from './usage.js';

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  optionHelp: string[];
  run(context: CommandContext): Promise<number>;
  /** Still at work when `run` has settled (a server): the process ends when its connection does. */
  serves?: true;
}

const formatOption = { type: 'string', default: 'text' } as const;
/** Regulation folders loaded beside the built-in ones (src/commands/regulation-folders.ts); may be given more than once. */
const regulationFolderOption = { type: 'string', multiple: true } as const;
const regulationFolderHelp = '--regelsaet-mappe MAPPE   et regelsæt (regelsaet.yml og en mappe pr. krav), som filerne også kan vurderes efter';

const commands: Record<string, Command> = {
  validate: {
    summary: 'Tjek at filerne er gyldig YAML efter skemaet (stavning af felter, datoer, tal).',
    usage: 'kvalitetsstandard validate [filer…] [--format text|json] [--regelsaet-mappe MAPPE]',
    options: { format: formatOption, 'regelsaet-mappe': regulationFolderOption },
    optionHelp: ['--format text|json   tekst til mennesker (standard) eller JSON til maskiner', regulationFolderHelp],
    run: async (context) => (await import('./commands/validate.js')).runValidate(context),
  },
  check: {
    summary: 'Vurdér filerne efter hvert krav i BEK 1477/2019 §§ 3-6 før byrådsbehandlingen.',
    usage: 'kvalitetsstandard check [filer…] [--dato ÅÅÅÅ-MM-DD] [--format text|json|html] [--streng] [--regelsaet-mappe MAPPE]',
    options: { format: formatOption, dato: { type: 'string' }, streng: { type: 'boolean' }, 'regelsaet-mappe': regulationFolderOption },
    optionHelp: [
      '--dato ÅÅÅÅ-MM-DD   datoen for byrådsbehandlingen: revisionen vurderes ud fra den, og uden »regelsaet« i filen vurderes den efter det regelsæt, der gjaldt da (standard: i dag)',
      '--format text|json|html   rapport til mennesker (standard), JSON til maskiner eller HTML til dagsordenen',
      '--streng            afslut også med kode 1, når et krav kun er delvist opfyldt',
      regulationFolderHelp,
    ],
    run: async (context) => (await import('./commands/check.js')).runCheck(context),
  },
  build: {
    summary: 'Byg HTML til hjemmesiden, PDF til dagsordenen og compliance-rapporter i out/.',
    usage: 'kvalitetsstandard build [kommuner…] [--out out] [--uden-pdf] [--dato ÅÅÅÅ-MM-DD] [--fuld] [--stille]',
    options: {
      out: { type: 'string', default: 'out' },
      'uden-pdf': { type: 'boolean' },
      dato: { type: 'string' },
      fuld: { type: 'boolean' },
      stille: { type: 'boolean' },
    },
    optionHelp: [
      '--out MAPPE         hvor filerne skrives (standard: out)',
      '--uden-pdf          byg kun HTML og compliance-rapporter (uden Chromium)',
      '--dato ÅÅÅÅ-MM-DD   datoen for byrådsbehandlingen, som compliance-rapporten vurderer ud fra (standard: i dag)',
      '--fuld              byg alt forfra, også det, der er uændret siden sidste build',
      '--stille            skriv kun fejl',
    ],
    run: async (context) => (await import('./commands/build.js')).runBuild(context),
  },
  preview: {
    summary: 'Vis kvalitetsstandarden i browseren med compliance-status; siden opdaterer sig selv, når du gemmer.',
    usage: 'kvalitetsstandard preview <kommune> [--port N] [--regelsaet-mappe MAPPE]',
    options: { port: { type: 'string' }, 'regelsaet-mappe': regulationFolderOption },
    optionHelp: ['--port N            porten på 127.0.0.1 (standard: 4173; 0 vælger en ledig)', regulationFolderHelp],
    run: async (context) => (await import('./commands/preview.js')).runPreview(context),
  },
  diff: {
    summary: 'Vis, hvad der er ændret siden den godkendte udgave (tekst, tal og compliance), og skriv det til dagsordenen.',
    usage: 'kvalitetsstandard diff <kommune> --fra <git-version eller fil> [--dato ÅÅÅÅ-MM-DD] [--out out] [--uden-pdf]',
    options: { fra: { type: 'string' }, dato: { type: 'string' }, out: { type: 'string', default: 'out' }, 'uden-pdf': { type: 'boolean' } },
    optionHelp: [
      '--fra VERSION       den godkendte udgave: en git-version (fx HEAD~1 eller et tag) eller en fil',
      '--dato ÅÅÅÅ-MM-DD   datoen, compliance vurderes ud fra (standard: i dag)',
      '--out MAPPE         hvor aendringer.html og .pdf skrives (standard: out)',
      '--uden-pdf          skriv kun HTML',
    ],
    run: async (context) => (await import('./commands/diff.js')).runDiff(context),
  },
  lsp: {
    summary: 'Start sprogserveren til editorer (VS Code, Neovim, Helix, Emacs): danske fejl, forslag og hjælp, mens du skriver.',
    usage: 'kvalitetsstandard lsp [--stdio]',
    options: { stdio: { type: 'boolean' }, clientProcessId: { type: 'string' } },
    optionHelp: ['--stdio             tal med editoren over standard ind og ud (det eneste, serveren kan; editorer sender det selv)'],
    run: async () => {
      // Started by hand in a terminal rather than by an editor: say what it is waiting for.
      if (process.stdin.isTTY) process.stderr.write(`kvalitetsstandard: ${formatMessage('lsp-i-terminal', {})}\n`);
      (await import('./lsp/server.js')).startServer();
      return 0;
    },
    serves: true,
  },
  ny: {
    summary: 'Opret en ny kommunes fil med alle afsnit som udfyldningsklare skabeloner.',
    usage: 'kvalitetsstandard ny <kommune>',
    options: {},
    optionHelp: [],
    run: async (context) => (await import('./commands/new.js')).runNew(context),
  },
  importer: {
    summary: 'Importér kommunens Word-dokument (.docx) til en ny fil i municipalities/, og tjek den med det samme.',
    usage: 'kvalitetsstandard importer <fil.docx> [--kommune "Navn"] [--ud FIL]',
    options: { kommune: { type: 'string' }, ud: { type: 'string' } },
    optionHelp: [
      '--kommune NAVN      kommunens navn, hvis dokumentet ikke nævner det (ellers det navn, dokumentet nævner oftest)',
      '--ud FIL            hvor filen skrives (standard: municipalities/<kommune>.yml); en fil, der findes, overskrives aldrig',
    ],
    run: async (context) => (await import('./commands/import.js')).runImport(context),
  },
};

const helpText = (): string =>
  [
    'kvalitetsstandard: skriv, tjek og udgiv kommunens kvalitetsstandard for social behandling for stofmisbrug (SEL § 101, BEK 1477/2019).',
    '',
    'Kommandoer:',
    ...Object.entries(commands).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`),
    '',
    'Uden filer arbejder kommandoerne på alle filer i municipalities/. En kommune kan angives med navnet, fx »randers«.',
    'Skriv »kvalitetsstandard <kommando> --help« for tilvalgene.',
    '',
  ].join('\n');

const commandHelp = (_name: string, command: Command): string =>
  [
    command.summary,
    '',
    `Brug: ${command.usage}`,
    '',
    'Tilvalg:',
    ...command.optionHelp.map((line) => `  ${line}`),
    '  --help, -h          vis denne hjælp',
    '',
  ].join('\n');

/** A value for each option that takes one, for the message that says it is missing. */
const optionExamples: Record<string, string> = {
  format: 'json',
  dato: '2026-11-23',
  out: 'out',
  fra: 'HEAD~1',
  port: '8080',
  kommune: '"Ærø"',
  ud: 'kladde.yml',
  'regelsaet-mappe': 'mit-regelsaet',
  clientProcessId: '1234',
};

const missingValue = (option: string) =>
  new UsageError('tilvalg-mangler-vaerdi', { tilvalg: option, eksempel: `${option} ${optionExamples[option.replace(/^--?/, '')] ?? 'VÆRDI'}` });

/** An option's value that says nothing: empty, or only spaces (»" "«, which a command would trim to empty and take for the default). */
const blank = (value: unknown) => typeof value === 'string' && value.trim() === '';

/**
 * An empty argument or option value (»""«, often a variable a script did not set) means
 * nothing to any command: said as such, before a command takes it for a file named »« or
 * for the default. An argument of only spaces may name a file; an option's value may not.
 */
function refuseEmpty(name: string, values: Record<string, unknown>, positionals: readonly string[]): void {
  for (const [option, value] of Object.entries(values)) {
    if (blank(value) || (Array.isArray(value) && value.some(blank))) throw missingValue(`--${option}`);
  }
  const empty = positionals.indexOf('');
  if (empty >= 0) throw new UsageError('tomt-argument', { kommando: name, nummer: empty + 1 });
}

function translateParseError(error: unknown, name: string, command: Command, args: readonly string[]): UsageError {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  const known = Object.keys(command.options).map((key) => `--${key}`);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return new UsageError('ukendt-tilvalg', { tilvalg: option, forslag: nearest(option, known), kommando: name });
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const expectsValue = command.options[option.replace(/^--?/, '')]?.type === 'string';
    // A value that begins with »-« (»--kommune "- Ærø"«) is »ambiguous« to parseArgs: given, unless it is one of the command's options.
    const value = args[args.indexOf(option) + 1];
    const anOption = value === undefined || ['--help', '-h', ...known].includes(value.replace(/=.*/, ''));
    if (expectsValue && !anOption && /ambiguous/.test(message))
      // diff refuses any --fra that begins with »-« (git would read it as an option), with its own advice.
      return option === '--fra'
        ? new UsageError('diff-fra-bindestreg', { fra: value })
        : new UsageError('tilvalg-vaerdi-bindestreg', { tilvalg: option, vaerdi: value });
    return expectsValue ? missingValue(option) : new UsageError('tilvalg-uden-vaerdi', { tilvalg: option });
  }
  throw error;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help' || name === 'hjaelp') {
    process.stdout.write(helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  try {
    const command = commands[name];
    if (!command) throw new UsageError('ukendt-kommando', { kommando: name, forslag: nearest(name, Object.keys(commands)) });
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw translateParseError(error, name, command, rest);
    }
    if (parsed.values.help) {
      process.stdout.write(commandHelp(name, command));
      return 0;
    }
    refuseEmpty(name, parsed.values, parsed.positionals);
    return await command.run({ positionals: parsed.positionals, options: parsed.values as CommandContext['options'] });
  } catch (error) {
    if (error instanceof UsageError || error instanceof UserError) {
      process.stderr.write(`kvalitetsstandard: ${formatMessage(error.code, error.args)}\n`);
      return error instanceof UsageError ? 2 : 1;
    }
    return unexpected(error);
  }
}

/** A genuine bug: one Danish line (the details only with KVALITETSSTANDARD_DEBUG), exit 70. */
function unexpected(error: unknown): number {
  if (process.env.KVALITETSSTANDARD_DEBUG) console.error(error);
  process.stderr.write(`kvalitetsstandard: ${formatMessage('uventet-fejl', { detalje: String((error as Error)?.message ?? error).split('\n')[0] ?? '' })}\n`);
  return 70;
}

/**
 * The modules of the bundled commands (src/bundled.ts), by their paths in dist/: a worker started
 * from the bundle (src/worker.ts) takes its task function from here rather than by URL, which
 * would load the modules as well.
 */
export const commandModules: Record<string, () => Promise<Record<string, unknown>>> = {
  'commands/check.js': () => import('./commands/check.js'),
  'commands/validate.js': () => import('./commands/validate.js'),
};

// A worker started from the bundle runs no command: it only uses commandModules.
if (isMainThread) {
  // The language server speaks JSON-RPC on stdout: its framing is not terminal text.
  guardOutput({ escape: process.argv[2] !== 'lsp' });
  // Nothing may escape as a stack trace, not even from a callback no command awaits.
  for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
    process.on(event, (error: unknown) => {
      process.exit(unexpected(error));
    });
  }
  process.on('exit', (code) => {
    if (outputLost() && code !== 70) process.exitCode = outputLostExitCode;
  });
  // Not a top-level await: the bundle (scripts/bundle.mjs) is a CommonJS script, which has none.
  const argv = process.argv.slice(2);
  void main(argv).then((code) => {
    process.exitCode = code;
    // Ended as soon as the output is out: left to itself, the process would wait for V8's
    // background work and free a heap nobody reads again, 10 to 30 ms of a check of the five.
    if (!commands[argv[0] ?? '']?.serves) afterOutput(() => process.exit());
  });
}
