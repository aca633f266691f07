// The parts of graphology-layout-forceatlas2 that `assign` runs, used one by one (graph/analyze.ts,
// graph/layout-job.ts) so that the iterations can run on another thread; the package types only its main module.
declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}

declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array<ArrayBuffer>, edges: Float32Array<ArrayBuffer>): { converged: boolean };
}
