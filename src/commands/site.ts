import { Command } from 'commander';
import { toJson } from '../export/json.js';
import { loadGraph } from '../query/load.js';
import { builtWebRoot } from '../serve/web-root.js';
import { printLine } from '../terminal.js';
import { writeSite } from './output.js';

interface SiteCommandOptions {
  output: string;
}

export const siteCommand = new Command('site')
  .description('write the explorer as static files, graph included, for any static file server under any path')
  .argument('<graph>', 'a graph file written by citegraph extract (JSON, schema 1)')
  .requiredOption('-o, --output <dir>', 'folder to write (created, or replaced if it holds an earlier citegraph site)')
  .action(async (graph: string, options: SiteCommandOptions) => {
    const root = builtWebRoot();
    const json = toJson(await loadGraph(graph));
    await writeSite(options.output, root, json);
    printLine(`wrote the explorer for ${graph} to ${options.output}; serve that folder with any static file server`);
  });
