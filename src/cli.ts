#!/usr/bin/env node
import './v8-flags.js';
import { Command, CommanderError } from 'commander';
import { evalCommand } from './commands/eval.js';
import { extractCommand } from './commands/extract.js';
import { mergeCommand } from './commands/merge.js';
import { queryCommand } from './commands/query.js';
import { serveCommand } from './commands/serve.js';
import { siteCommand } from './commands/site.js';
import { CitegraphError, describeError, EXIT, ioReason } from './errors.js';
import { printLine } from './terminal.js';
import { VERSION } from './version.js';

/** Commander's outcomes that are not failures. */
const COMMANDER_SUCCESS = new Set(['commander.helpDisplayed', 'commander.version']);

/**
 * One stderr line and an exit code for any failure: ours are expected, the rest
 * are bugs (exit 70). Stack traces only with `--debug`.
 */
export function reportError(error: unknown, isDebug = false): number {
  // Commander has already printed its one line (see `withCitegraphErrors`).
  if (error instanceof CommanderError) return COMMANDER_SUCCESS.has(error.code) ? error.exitCode : EXIT.usage;
  const isKnown = error instanceof CitegraphError;
  const exitCode = isKnown ? error.exitCode : EXIT.internal;
  const message = isKnown ? error.message : `internal error (${describeError(error)})`;
  printLine(exitCode === EXIT.internal && !isDebug ? `${message}; run with --debug for the stack trace` : message);
  if (isDebug) process.stderr.write(`${stackOf(error)}\n`);
  return exitCode;
}

function stackOf(error: unknown): string {
  const own = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return error instanceof Error && error.cause !== undefined ? `${own}\nCaused by: ${stackOf(error.cause)}` : own;
}

/** Makes commander's own errors ("error: unknown option") citegraph lines with a usage hint, for a command and its subcommands. */
function withCitegraphErrors(command: Command, name = command.name()): Command {
  command.exitOverride().configureOutput({
    outputError: (text) => printLine(`${text.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')} (see ${name} --help)`),
  });
  for (const subcommand of command.commands) withCitegraphErrors(subcommand, `${name} ${subcommand.name()}`);
  return command;
}

export const program = withCitegraphErrors(
  new Command('citegraph')
    .description('Offline knowledge graphs of named entities and the sources they are cited with')
    .version(VERSION)
    .option('--debug', 'print the stack trace of an internal error')
    .addCommand(extractCommand)
    .addCommand(mergeCommand)
    .addCommand(queryCommand)
    .addCommand(serveCommand)
    .addCommand(siteCommand)
    .addCommand(evalCommand),
);

// A reader that stops early (`citegraph query … | head`) is not a failure; a full disk is.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  printLine(`stdout: cannot write (${ioReason(error)})`);
  process.exit(EXIT.io);
});

program.parseAsync(process.argv).catch((error: unknown) => {
  process.exitCode = reportError(error, program.opts<{ debug?: boolean }>().debug === true);
});
