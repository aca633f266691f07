import { Command } from 'commander';
import { printLine } from '../terminal.js';

interface SiteCommandOptions {
  output: string;
}

export const siteCommand = new Command('site')
  .description('write the explorer as static files, graph included, for any static file server under any path')
  .argument('<graph>', 'a graph file written by citegraph extract (JSON, schema 1)')
  .requiredOption('-o, --output <dir>', 'folder to write (created, or replaced if it holds an earlier citegraph site)')
  .action(async (graph: string, options: SiteCommandOptions) => {
    // Loaded only for this command, so that every other command starts faster.
    const [{ toJson }, { loadGraph }, { builtWebRoot }, { writeSite }] = await Promise.all([
      import('../export/json.js'),
      import('../query/load.js'),
      import('../serve/web-root.js'),
      import('./output.js'),
    ]);
    const root = builtWebRoot();
    const json = toJson(await loadGraph(graph));
    await writeSite(options.output, root, json);
    printLine(`wrote the explorer for ${graph} to ${options.output}; serve that folder with any static file server`);
  });
