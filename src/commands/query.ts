import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { CitegraphError, EXIT, quote } from '../errors.js';
import { CATEGORIES, type Category } from '../graph/schema.js';
import { loadGraph } from '../query/load.js';
import { query, QUESTIONS, type Question, type QuestionName } from '../query/query.js';
import { renderAnswer } from '../query/render.js';
import { ANSI, hasColor, PLAIN } from '../query/table.js';
import { TOP_METRICS, type TopMetric } from '../query/top.js';

interface QueryCommandOptions {
  by?: TopMetric;
  category?: Category;
  limit?: number;
  json?: boolean;
}

const QUESTIONS_HELP = `
Questions:
  entity NAME             category, aliases, mentions, documents, top sources and neighbours
  neighbors NAME          entities named in the same sentences or cited with the same sources
  sources NAME            the sources an entity is cited with, with evidence sentences
  cited URL|DOMAIN        the entities cited with a source, or any source on a domain
  path A B                a shortest path between two entities, through sources and co-occurrences
  top                     entities ranked --by mentions (default), degree or pagerank
  stats                   counts by kind and category, documents, the most cited domains

Names match case-insensitively, aliases included; quote names with spaces in path:
  citegraph query graph.json path "Rust Foundation" NVIDIA`;

export const queryCommand = new Command('query')
  .description('answer a question about a graph written by extract: tables for people, --json for scripts')
  .argument('<graph>', 'a graph JSON file written by citegraph extract')
  .addArgument(new Argument('<question>', 'what to ask (below)').choices(QUESTIONS))
  .argument('[words...]', 'the name, names, URL or domain the question is about')
  .addOption(new Option('--by <metric>', 'top: what to rank by').choices(TOP_METRICS))
  .addOption(new Option('--category <category>', 'top: only entities of this category').choices(CATEGORIES))
  .option('--limit <n>', 'rows in each list, 0 for all (default: 10)', parseLimit)
  .option('--json', 'print the answer as JSON (shapes in the README)')
  .addHelpText('after', QUESTIONS_HELP)
  .action(async (graphPath: string, name: QuestionName, words: string[], options: QueryCommandOptions) => {
    const question = toQuestion(name, words, options);
    const answer = query(await loadGraph(graphPath), question);
    const style = hasColor(process.stdout, process.env) ? ANSI : PLAIN;
    process.stdout.write(options.json ? `${JSON.stringify(answer, null, 2)}\n` : renderAnswer(answer, style));
  });

function parseLimit(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 for all.');
  return Number(value);
}

/** The question the words ask, checked before the graph is read. */
function toQuestion(name: QuestionName, words: readonly string[], options: QueryCommandOptions): Question {
  const usage = (text: string) => new CitegraphError(`query ${name}: ${text} (see citegraph query --help)`, EXIT.usage);
  if (name !== 'top' && (options.by !== undefined || options.category !== undefined)) throw usage('--by and --category apply to top only');
  const { limit } = options;
  switch (name) {
    case 'entity':
    case 'neighbors':
    case 'sources':
      if (words.length === 0) throw usage(`expected a name, as in: ${name} Huawei`);
      return { question: name, name: words.join(' '), limit };
    case 'cited':
      if (words.length !== 1) throw usage('expected one URL or domain, as in: cited cnbc.com');
      return { question: name, target: words[0]!, limit };
    case 'path':
      if (words.length !== 2) throw usage('expected two names, as in: path Huawei NVIDIA (quote names with spaces)');
      if (limit !== undefined) throw usage('--limit does not apply to path');
      return { question: name, from: words[0]!, to: words[1]! };
    case 'top':
    case 'stats':
      if (words.length > 0) throw usage(`takes no name, got ${quote(words.join(' '))}`);
      return name === 'top' ? { question: name, by: options.by, category: options.category, limit } : { question: name, limit };
  }
}
