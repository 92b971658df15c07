/**
 * A stand-in for VS Code's `vscode` module, enough to activate the packed extension in plain
 * Node and see which program it starts: `workspace.isTrusted`, the user's and the folder's
 * value of `kvalitetsstandard.kommando`, the events for a changed setting and granted trust,
 * and the error and warning messages shown. Every other property is an inert stand-in. Node's `spawn`
 * and `fork` are wrapped to record each program started (and still start it).
 *
 * node vscode-stand-in.cjs <extension.js> <server folder> '<scenario JSON>'
 * scenario: { trusted, user, folder, steps: [{ trust: true } | { user: '…' } | { wait: true }], fastTimers }
 * (a step of { wait: true } changes nothing and records what the extension starts meanwhile)
 * (fastTimers: a timer of a minute or more fires after 1.5 seconds, for the extension's time limits)
 * prints { started: [[how, program, …args]…] per step, errors: [message…], warnings: [message…] }
 */
const Module = require('node:module');
const childProcess = require('node:child_process');
const { join } = require('node:path');

const [extensionFile, extensionFolder, scenarioJson] = process.argv.slice(2);
const scenario = JSON.parse(scenarioJson);
if (scenario.fastTimers) {
  const realSetTimeout = global.setTimeout;
  global.setTimeout = (callback, ms, ...args) => realSetTimeout(callback, ms >= 60_000 ? 1500 : ms, ...args);
}
const state = { trusted: scenario.trusted, user: scenario.user, folder: scenario.folder };
const started = [];
const errors = [];
const warnings = [];
const listeners = {};
/** Rejections nobody handled: the extension must have none. */
const unhandled = [];
process.on('unhandledRejection', (error) => unhandled.push(String(error?.stack ?? error)));

const inert = new Proxy(function standInValue() {}, {
  get: (_, key) => (key === 'then' ? undefined : inert),
  apply: () => inert,
  construct: () => inert,
});
/** A proxy that answers `overrides` and is inert otherwise. */
const standIn = (overrides) => new Proxy(inert, { get: (_, key) => (key in overrides ? overrides[key]() : key === 'then' ? undefined : inert) });
const event = (name) => () => (listener) => {
  listeners[name] = [...(listeners[name] ?? []), listener];
  return { dispose: () => (listeners[name] = listeners[name].filter((other) => other !== listener)) };
};
const configuration = () => ({
  // What VS Code's get() would return: the folder's value wins where there is one.
  get: (name, fallback) => (name === 'kommando' ? (state.folder ?? state.user ?? fallback) : fallback),
  inspect: (name) => (name === 'kommando' ? { key: 'kvalitetsstandard.kommando', defaultValue: '', globalValue: state.user, workspaceValue: state.folder } : undefined),
});
const vscode = standIn({
  version: () => '1.90.0',
  workspace: () =>
    standIn({
      isTrusted: () => state.trusted,
      getConfiguration: () => configuration,
      onDidChangeConfiguration: event('configuration'),
      onDidGrantWorkspaceTrust: event('trust'),
    }),
  window: () =>
    standIn({
      showErrorMessage: () => async (message) => void errors.push(message),
      showWarningMessage: () => async (message) => void warnings.push(message),
    }),
});

for (const how of ['spawn', 'fork']) {
  const real = childProcess[how];
  childProcess[how] = (program, args, options) => {
    started.at(-1).push([how, program, ...(args ?? [])]);
    return real.call(childProcess, program, args, options);
  };
}
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

/** Waits until the extension is quiet: nothing started and no message shown for two seconds. */
async function settle() {
  const count = () => started.flat().length + errors.length + warnings.length;
  let last = count();
  let quiet = 0;
  while (quiet < 2000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    quiet = count() === last ? quiet + 250 : 0;
    last = count();
  }
}

async function main() {
  const extension = require(extensionFile);
  const context = { subscriptions: [], asAbsolutePath: (path) => join(extensionFolder, path) };
  started.push([]);
  await extension.activate(context);
  for (const step of scenario.steps ?? []) {
    started.push([]);
    if (step.trust) {
      state.trusted = true;
      for (const listener of listeners.trust ?? []) listener();
    }
    if ('user' in step) {
      state.user = step.user;
      const change = { affectsConfiguration: (section) => 'kvalitetsstandard.kommando'.startsWith(section) };
      for (const listener of listeners.configuration ?? []) listener(change);
    }
    await settle();
  }
  await extension.deactivate();
  process.stdout.write(JSON.stringify({ started, errors, warnings, unhandled }));
  process.exit(0);
}

main().catch((error) => {
  process.stdout.write(JSON.stringify({ started, errors, warnings, unhandled, thrown: String(error?.stack ?? error) }));
  process.exit(1);
});
