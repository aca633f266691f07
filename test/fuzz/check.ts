import { CitegraphError } from '../../src/errors.js';
import { toGexf } from '../../src/export/gexf.js';
import { toGraphml } from '../../src/export/graphml.js';
import { toJson } from '../../src/export/json.js';
import { extract, type Extraction } from '../../src/extract/extract.js';
import { buildGraph } from '../../src/graph/build.js';
import { findProblem } from '../../src/query/check.js';
import { readSource } from '../../src/read/read.js';

export interface FuzzDocument {
  path: string;
  source: string | Uint8Array;
}

/** What went wrong with one batch of documents: crashes (a document and its error) and broken promises about the graph. */
export interface FuzzReport {
  crashes: { document: FuzzDocument; error: string }[];
  problems: string[];
  /** Documents read and extracted; the rest were refused with a CitegraphError (binary bytes). */
  extracted: number;
}

interface Serialized {
  nodes: { key: string; attributes: { kind: string; path?: string } }[];
  edges: { source: string; target: string; attributes: { kind: string; evidence?: { document: string; sentence: string }[] } }[];
}

/** Reads and extracts each document, builds one graph of them, and checks what citegraph promises of it. */
export function checkDocuments(documents: readonly FuzzDocument[]): FuzzReport {
  const report: FuzzReport = { crashes: [], problems: [], extracted: 0 };
  const texts = new Map<string, string>();
  const extractAll = () => {
    const extractions: Extraction[] = [];
    documents.forEach((document, i) => {
      const path = `fuzz/${i}/${document.path}`;
      try {
        const read = readSource(document.source, path, { onWarning: () => {} });
        texts.set(path, read.text);
        extractions.push(extract(read));
      } catch (error) {
        // Refusing bytes that are no text is the contract; anything else is a crash.
        if (error instanceof CitegraphError && error.exitCode === 1 && typeof document.source !== 'string') return;
        report.crashes.push({ document, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    });
    return extractions;
  };
  const extractions = extractAll();
  report.extracted = extractions.length;
  if (report.crashes.length > 0) return report;
  try {
    const json = toJson(buildGraph(extractions));
    const data = JSON.parse(json) as Serialized;
    const problem = findProblem(data);
    if (problem) report.problems.push(`schema: ${problem.join(' ')}`);
    const keys = new Set(data.nodes.map((node) => node.key));
    for (const edge of data.edges) {
      if (!keys.has(edge.source) || !keys.has(edge.target)) report.problems.push(`edge ${edge.source} → ${edge.target}: an end is missing`);
      for (const evidence of edge.attributes.evidence ?? []) {
        if (!(texts.get(evidence.document) ?? '').includes(evidence.sentence)) report.problems.push(`evidence not in ${evidence.document}: ${JSON.stringify(evidence.sentence)}`);
      }
    }
    if (toJson(buildGraph(extractAll())) !== json) report.problems.push('not deterministic: a second run gave other bytes');
    const graph = buildGraph(extractions);
    toGexf(graph);
    toGraphml(graph);
  } catch (error) {
    report.crashes.push({ document: { path: '(the batch)', source: JSON.stringify(documents) }, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  return report;
}
