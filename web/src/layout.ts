import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { CitegraphGraph } from '../../src/graph/build.js';

/**
 * The start/stop button for ForceAtlas2, run in a Web Worker so that the page
 * stays responsive; it starts from the file's positions. `onStop` runs when
 * the user stops it (the explorer fits the camera to the new positions).
 * Returns `kill`.
 */
export function mountLayoutControl(button: HTMLButtonElement, graph: CitegraphGraph, onStop: () => void): () => void {
  let layout: FA2Layout | undefined;
  const show = (running: boolean) => {
    button.textContent = running ? 'Stop layout' : 'Run layout';
    button.setAttribute('aria-pressed', String(running));
  };
  const onClick = () => {
    layout ??= new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph), getEdgeWeight: 'weight' });
    if (layout.isRunning()) {
      layout.stop();
      onStop();
    } else layout.start();
    show(layout.isRunning());
  };
  button.disabled = false;
  show(false);
  button.addEventListener('click', onClick);
  return () => {
    button.removeEventListener('click', onClick);
    layout?.kill();
    show(false);
  };
}
