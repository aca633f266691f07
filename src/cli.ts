#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { extractCommand } from './commands/extract.js';
import { mergeCommand } from './commands/merge.js';
import { queryCommand } from './commands/query.js';
import { serveCommand } from './commands/serve.js';
import { siteCommand } from './commands/site.js';
import { CitegraphError } from './errors.js';
import { VERSION } from './version.js';

/** One stderr line and an exit code for any failure: ours are expected, the rest are bugs. */
export function reportError(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode;
  const isKnown = error instanceof CitegraphError;
  process.stderr.write(`citegraph: ${isKnown ? error.message : `internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`}\n`);
  return isKnown ? error.exitCode : 70;
}

export const program = new Command('citegraph')
  .description('Offline knowledge graphs of named entities and the sources they are cited with')
  .version(VERSION)
  .showHelpAfterError()
  .addCommand(extractCommand)
  .addCommand(mergeCommand)
  .addCommand(queryCommand)
  .addCommand(serveCommand)
  .addCommand(siteCommand);

// A reader that stops early (`citegraph query … | head`) is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

program.parseAsync(process.argv).catch((error: unknown) => {
  process.exitCode = reportError(error);
});
