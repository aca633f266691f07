import type { Answer } from './query.js';
import type { CitedAnswer } from './cited.js';
import type { EntityAnswer } from './entity.js';
import type { Neighbor, NeighborsAnswer } from './neighbors.js';
import type { PathAnswer, PathEdge, PathNode } from './path.js';
import type { EntityRef, Listing } from './shared.js';
import type { CitedSource, SourcesAnswer } from './sources.js';
import type { StatsAnswer } from './stats.js';
import { escapeStrings } from '../terminal.js';
import { formatTable, PLAIN, type Column, type Row, type Style } from './table.js';
import type { TopAnswer } from './top.js';

/** An answer as people read it: a line that says what it is, then aligned tables. Ends with a newline. */
export function renderAnswer(answer: Answer, style: Style = PLAIN): string {
  // Every string of the answer comes from documents; escaped before any styling is added.
  const blocks = RENDERERS[answer.question](escapeStrings(answer) as never, style);
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}

type Renderer<A> = (answer: A, style: Style) => string[][];

const RENDERERS: { [Q in Answer['question']]: Renderer<Extract<Answer, { question: Q }>> } = {
  entity: renderEntity,
  neighbors: renderNeighbors,
  sources: renderSources,
  cited: renderCited,
  path: renderPath,
  top: renderTop,
  stats: renderStats,
};

const RIGHT = 'right' as const;
const count = (n: number, noun: string, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;
const named = (entity: EntityRef) => `${entity.label} (${entity.category})`;

/** The table, and a line saying how many rows `--limit` left out. */
function listed<T>(list: Listing<T>, columns: Column[], row: (item: T, index: number) => Row, style: Style): string[] {
  const lines = formatTable(columns, list.items.map(row), style);
  const hidden = list.total - list.items.length;
  if (hidden > 0) lines.push(style.dim(`… ${hidden} more (--limit 0 for all)`));
  return lines;
}

function neighborTable(list: Listing<Neighbor>, style: Style): string[] {
  const columns = [{ header: 'NEIGHBOUR' }, { header: 'CATEGORY' }, { header: 'SENTENCES', align: RIGHT }, { header: 'SHARED SOURCES', align: RIGHT }];
  return listed(list, columns, (n) => ({ cells: [n.label, n.category, String(n.sentences), String(n.sharedSources)] }), style);
}

function sourceTable(list: Listing<CitedSource>, style: Style, withEvidence: boolean): string[] {
  const columns = [{ header: 'CITATIONS', align: RIGHT }, { header: 'SOURCE' }];
  const row = (source: CitedSource): Row => ({
    cells: [String(source.sentences), source.url],
    details: withEvidence ? source.evidence.map((e) => `“${e.sentence}” ${style.dim(`— ${e.document}`)}`) : [],
  });
  return listed(list, columns, row, style);
}

function renderEntity(answer: EntityAnswer, style: Style): string[][] {
  const { entity } = answer;
  const facts = formatTable(
    [{ header: '' }, { header: '' }],
    [
      { cells: ['aliases', entity.aliases.join(', ')] },
      { cells: ['mentions', `${entity.mentions} in ${count(entity.documents, 'document')}`] },
      { cells: ['community', String(entity.community)] },
      { cells: ['pagerank', entity.pagerank.toFixed(4)] },
      { cells: ['degree', String(entity.degree)] },
    ],
  );
  const documents = listed(
    answer.documents,
    [{ header: 'MENTIONS', align: RIGHT }, { header: 'DOCUMENT' }, { header: 'TITLE' }],
    (d) => ({ cells: [String(d.mentions), d.path, d.label] }),
    style,
  );
  const blocks = [[style.bold(named(entity)), ...facts], documents];
  blocks.push(answer.sources.total > 0 ? sourceTable(answer.sources, style, false) : ['Cited with no source.']);
  blocks.push(answer.neighbors.total > 0 ? neighborTable(answer.neighbors, style) : ['No neighbours.']);
  return blocks;
}

function renderNeighbors(answer: NeighborsAnswer, style: Style): string[][] {
  const { entity, neighbors } = answer;
  const heading = `${named(entity)} has ${count(neighbors.total, 'neighbour')}: entities named in the same sentences or cited with the same sources`;
  return neighbors.total > 0 ? [[heading], neighborTable(neighbors, style)] : [[`${named(entity)} has no neighbours.`]];
}

function renderSources(answer: SourcesAnswer, style: Style): string[][] {
  const { entity, sources } = answer;
  if (sources.total === 0) return [[`${named(entity)} is cited with no source.`]];
  return [[`${named(entity)} is cited with ${count(sources.total, 'source')}`], sourceTable(sources, style, true)];
}

function renderCited(answer: CitedAnswer, style: Style): string[][] {
  const { sources, entities } = answer;
  const where = answer.match === 'url' ? answer.target : `${count(sources.total, 'source')} on ${answer.target} (subdomains included)`;
  const heading = `${where}: cited with ${count(entities.total, 'entity', 'entities')}`;
  const sourceLines = listed(sources, [{ header: 'CITATIONS', align: RIGHT }, { header: 'SOURCE' }], (s) => ({ cells: [String(s.citations), s.url] }), style);
  const entityLines = listed(
    entities,
    [{ header: 'ENTITY' }, { header: 'CATEGORY' }, { header: 'CITATIONS', align: RIGHT }, { header: 'SOURCES', align: RIGHT }],
    (e) => ({ cells: [e.label, e.category, String(e.sentences), String(e.sources)] }),
    style,
  );
  return entities.total > 0 ? [[heading], sourceLines, entityLines] : [[heading], sourceLines];
}

/** Long source labels would hide the chain's shape. */
const CHAIN_LABEL_WIDTH = 40;

function chainLabel(node: PathNode): string {
  return node.label.length > CHAIN_LABEL_WIDTH ? `${node.label.slice(0, CHAIN_LABEL_WIDTH - 1)}…` : node.label;
}

function arrow(edge: PathEdge): string {
  return edge.direction === 'forward' ? `—${edge.kind}→` : edge.direction === 'backward' ? `←${edge.kind}—` : `—${edge.kind}—`;
}

function renderPath(answer: PathAnswer, style: Style): string[][] {
  const chain = answer.nodes.map((node, i) => (i === 0 ? chainLabel(node) : `${style.dim(arrow(answer.edges[i - 1]!))} ${chainLabel(node)}`)).join(' ');
  const steps = formatTable(
    [{ header: 'STEP', align: RIGHT }, { header: 'NODE' }, { header: 'KIND' }, { header: 'REACHED BY' }],
    answer.nodes.map((node, i) => {
      const edge = answer.edges[i - 1];
      const kind = node.kind === 'entity' ? `entity, ${node.category}` : 'source';
      return { cells: [String(i), node.kind === 'entity' ? node.label : node.url, kind, edge ? `${arrow(edge)} (${count(edge.weight, 'sentence')})` : ''] };
    }),
    style,
  );
  return [[`${chain}  ${style.dim(`(${count(answer.length, 'step')})`)}`], steps];
}

function renderTop(answer: TopAnswer, style: Style): string[][] {
  const { entities } = answer;
  const what = answer.category === null ? 'entities' : `${answer.category} entities`;
  if (entities.total === 0) return [[`No ${what}.`]];
  const heading = `Top ${entities.items.length} of ${entities.total} ${what} by ${answer.by}`;
  const table = listed(
    entities,
    ['#', 'ENTITY', 'CATEGORY', 'MENTIONS', 'DOCUMENTS', 'DEGREE', 'PAGERANK'].map((header) => ({ header, align: header === 'ENTITY' || header === 'CATEGORY' ? undefined : RIGHT })),
    (e, i) => ({ cells: [String(i + 1), e.label, e.category, String(e.mentions), String(e.documents), String(e.degree), e.pagerank.toFixed(4)] }),
    style,
  );
  return [[heading], table];
}

function renderStats(answer: StatsAnswer, style: Style): string[][] {
  const counts = (header: string, record: Record<string, number>) =>
    formatTable([{ header }, { header: 'COUNT', align: RIGHT }], Object.entries(record).map(([name, n]) => ({ cells: [name, String(n)] })), style);
  const domains = listed(
    answer.domains,
    [{ header: 'DOMAIN' }, { header: 'CITATIONS', align: RIGHT }, { header: 'SOURCES', align: RIGHT }],
    (d) => ({ cells: [d.domain, String(d.citations), String(d.sources)] }),
    style,
  );
  return [
    [`${answer.generator} graph (schema ${answer.schemaVersion}) of ${count(answer.documents, 'document')}`],
    counts('NODES', answer.nodes),
    counts('EDGES', answer.edges),
    counts('ENTITIES', answer.categories),
    answer.domains.total > 0 ? domains : ['No sources.'],
  ];
}
