/// <reference path="../types/graphology-layout-forceatlas2.d.ts" />
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import FORCE_ATLAS_2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import iterateForceAtlas2 from 'graphology-layout-forceatlas2/iterate.js';

/**
 * ForceAtlas2's work, in the form its own iterations take: settings, and its
 * node and edge matrices (see analyze.ts, which makes it, and layout-thread.ts,
 * which runs it on another thread). Kept apart so that the layout thread loads
 * only this and ForceAtlas2's iterations, not the graph library.
 */
export interface LayoutJob {
  settings: Required<ForceAtlas2Settings>;
  iterations: number;
  nodes: Float32Array<ArrayBuffer>;
  edges: Float32Array<ArrayBuffer>;
}

/** Runs a layout job's iterations, and gives back its node matrix (the positions are in it). */
export function runLayoutJob(job: LayoutJob): Float32Array<ArrayBuffer> {
  for (let i = 0; i < job.iterations; i++) iterateForceAtlas2(job.settings, job.nodes, job.edges);
  return job.nodes;
}

// The matrices' layout (graphology-layout-forceatlas2's helpers.js): numbers per node and per edge.
export const PPN = 10;
export const PPE = 3;

/** ForceAtlas2's settings for a simulation of `order` nodes: the library's inferred ones, Gephi's Barnes-Hut theta, weights softened. */
export function layoutSettings(order: number): Required<ForceAtlas2Settings> {
  return { ...FORCE_ATLAS_2_DEFAULTS, ...forceAtlas2.inferSettings(order), edgeWeightInfluence: 0.5, barnesHutTheta: 1.2 };
}

/**
 * Two small made-up jobs, with Barnes-Hut (as for a corpus) and without (as for
 * a smaller graph), for the layout thread to run before its first real job: run
 * cold, ForceAtlas2's `iterate` was optimised as soon as its first loops were hot,
 * before its later code had run once, and deoptimised and recompiled up to seven
 * times during the real job; after these it is compiled with what the whole
 * function does. Their results are thrown away: no job depends on another.
 */
export function warmUpJobs(): LayoutJob[] {
  const order = 300;
  const size = 1500;
  const nodes = new Float32Array(order * PPN);
  for (let i = 0; i < order; i++) {
    const radius = 10 * Math.sqrt(i);
    nodes.set([radius * Math.cos(i * 2.4), radius * Math.sin(i * 2.4), 0, 0, 0, 0, 1, 1, 1, 0], i * PPN);
  }
  const edges = new Float32Array(size * PPE);
  for (let e = 0; e < size; e++) {
    const source = e % order;
    const target = (source + 1 + ((e * 7) % (order - 1))) % order;
    const weight = 1 + (e % 3);
    nodes[source * PPN + 6]! += weight;
    nodes[target * PPN + 6]! += weight;
    edges.set([source * PPN, target * PPN, weight], e * PPE);
  }
  return [
    { settings: layoutSettings(2500), iterations: 10, nodes, edges },
    { settings: layoutSettings(order), iterations: 5, nodes: nodes.slice(), edges },
  ];
}
