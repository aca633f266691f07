/// <reference path="../types/graphology-layout-forceatlas2.d.ts" />
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
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
