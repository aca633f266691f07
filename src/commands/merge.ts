import { Command } from 'commander';
import { graphWriter } from './graph-output.js';

interface MergeCommandOptions {
  output?: string;
  quiet?: boolean;
}

export const mergeCommand = new Command('merge')
  .description('merge the shards of one run (extract --shard I/N) into the graph a single run gives, in any order')
  .argument('<graphs...>', 'the shards\' graph files (JSON), all N of them')
  .option('-o, --output <file>', 'write the graph to FILE (.json, .gexf or .graphml), atomically; default: JSON on stdout')
  .option('-q, --quiet', 'no summary line')
  .action(async (files: string[], options: MergeCommandOptions) => {
    const started = performance.now();
    const write = await graphWriter(options.output);
    const [{ ShardMerger }, { parseGraphData, readGraphFile }] = await Promise.all([import('../graph/merge.js'), import('../query/load.js')]);
    const merger = new ShardMerger();
    // One file at a time: with hundreds of shards only the builder's compact data stays in memory.
    for (const file of files) merger.add(parseGraphData(await readGraphFile(file), file), file);
    const graph = merger.build();
    await write(graph);
    if (!options.quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const documents = graph.getAttribute('documents');
      process.stderr.write(`citegraph: merged ${files.length} shard${files.length === 1 ? '' : 's'}, ${documents} document${documents === 1 ? '' : 's'}, in ${seconds} s\n`);
    }
  });
