import { toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import { FOCUS_LAYER, type FocusGetter, mountFocusLayer } from './focus-layer.js';

// Everything drawn but the mouse layer (the focus layer included), on white: a PNG looks as the page does.
const LAYERS = ['edges', 'nodes', 'edgeLabels', 'labels', FOCUS_LAYER, 'hovers', 'hoverNodes'];

/** Saves the current view (camera, filters, the hovered or selected neighbourhood) as a PNG file. */
export async function downloadPng(renderer: Sigma, fileName: string, getFocus: FocusGetter): Promise<void> {
  // The export draws with a renderer of its own: the focus layer is drawn on it too.
  const withTempRenderer = (temporary: Sigma) => mountFocusLayer(temporary, getFocus).draw();
  const blob = await toBlob(renderer, { layers: LAYERS, backgroundColor: '#ffffff', format: 'png', withTempRenderer });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName}.png`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
