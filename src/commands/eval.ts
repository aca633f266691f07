import { Command, Option } from 'commander';

interface EvalCommandOptions {
  lexicon: string[];
  json?: boolean;
}

export const evalCommand = new Command('eval')
  .description('score extraction against gold files: each document extracted as `citegraph extract DOC` would, then compared')
  .argument('<gold...>', 'gold files (format in the README), or folders searched recursively for *.gold.json')
  .addOption(new Option('--lexicon <file>', 'extra lexicon (JSON), as for extract; repeatable').default([]).argParser((value: string, previous: string[]) => [...previous, value]))
  .option('--json', 'print every figure as JSON (field names in the README)')
  .action(async (paths: string[], options: EvalCommandOptions) => {
    // Extraction (compromise, word lists, lexicon) loads only when this command runs.
    const [{ collectGoldFiles, evaluate }, { renderEvaluation }] = await Promise.all([import('../eval/evaluate.js'), import('../eval/render.js')]);
    const evaluation = await evaluate(await collectGoldFiles(paths), {
      lexiconFiles: options.lexicon,
      onWarning: (message) => process.stderr.write(`citegraph: warning: ${message}\n`),
    });
    process.stdout.write(options.json ? `${JSON.stringify(evaluation, null, 2)}\n` : renderEvaluation(evaluation));
  });
