/**
 * The baseline of `npm run bench:explorer`: the same graph file drawn by
 * sigma as it is, with no reducers, no checks and no controls, with the same
 * edge program and edges hidden on move as the explorer uses for big graphs.
 * The same performance marks as the explorer, and `__refresh()` for one full
 * redraw.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';

const text = await (await fetch('./graph.json')).text();
performance.mark('citegraph:fetched');
const graph = Graph.from(JSON.parse(text));
performance.mark('citegraph:parsed');
const isLarge = graph.size > 10_000;
const renderer = new Sigma(graph, document.getElementById('graph')!, {
  hideEdgesOnMove: isLarge,
  edgeProgramClasses: { line: isLarge ? EdgeLineProgram : EdgeRectangleProgram },
});
performance.mark('citegraph:drawn');
requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('citegraph:frame')));
(window as unknown as { __refresh: () => void }).__refresh = () => renderer.refresh();
