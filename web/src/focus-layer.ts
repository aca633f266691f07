import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { Focus } from './view.js';

export const FOCUS_LAYER = 'focus';
const VEIL = 'rgb(255 255 255 / 78%)';
const FOCUS_EDGE = '#5f6b7a';
const LABEL_COLOR = '#1f2933';
const LABEL_HALO = 'rgb(255 255 255 / 90%)';
const SELECTION_RING = '#1f2933';
const SELECTION_BOX = 'rgb(255 255 255 / 92%)';

/*
 * NOTE: a hovered or selected neighbourhood is drawn on a 2D canvas layer of
 * its own, between sigma's labels and its hover layer, rather than through the
 * reducers: with the reducers, every hover meant sigma drawing all nodes and
 * edges again (one to two seconds a hover on the corpus graph with software
 * WebGL), while this layer draws a veil and a few hundred shapes. The veil
 * fades everything else; the neighbourhood, its edges and labels come on top.
 */

/**
 * Draws `getFocus()` over the graph after every render of sigma, and when
 * called. Labels go biggest node first, and one that would overlap a label
 * already drawn is left out.
 */
export type FocusGetter = () => { focus?: Focus; selected?: string };

export function mountFocusLayer(renderer: Sigma, getFocus: FocusGetter): { draw: () => void; kill: () => void } {
  // sigma passes `afterLayer` on to createCanvas; only its type for createCanvasContext leaves it out.
  renderer.createCanvasContext(FOCUS_LAYER, { afterLayer: 'labels' } as Parameters<Sigma['createCanvasContext']>[1]);
  const canvas = renderer.getCanvases()[FOCUS_LAYER]!;
  const context = canvas.getContext('2d')!;
  // Sized as sigma sizes its layers on a resize; sigma's own resize() now would clear the labels it drew.
  const { width, height } = renderer.getDimensions();
  const pixelRatio = window.devicePixelRatio || 1;
  Object.assign(canvas.style, { width: `${width}px`, height: `${height}px` });
  canvas.setAttribute('width', `${width * pixelRatio}px`);
  canvas.setAttribute('height', `${height * pixelRatio}px`);
  context.scale(pixelRatio, pixelRatio);

  const draw = () => {
    const { width, height } = renderer.getDimensions();
    context.clearRect(0, 0, width, height);
    const { focus, selected } = getFocus();
    const at = (node: string) => {
      const data = renderer.getNodeDisplayData(node);
      if (!data || data.hidden) return undefined;
      const { x, y } = renderer.framedGraphToViewport(data);
      return { x, y, size: renderer.scaleSize(data.size), color: data.color, label: data.label };
    };
    const center = focus && at(focus.node);
    const selection = selected === undefined ? undefined : at(selected);
    if (!focus || !center) {
      if (selection) drawSelection(context, renderer.getSettings(), selection);
      return;
    }
    context.fillStyle = VEIL;
    context.fillRect(0, 0, width, height);

    context.strokeStyle = FOCUS_EDGE;
    context.lineWidth = 1.2;
    context.beginPath();
    const neighbours = [...focus.nodes].map(at).filter((n) => n !== undefined);
    for (const neighbour of neighbours) {
      context.moveTo(center.x, center.y);
      context.lineTo(neighbour.x, neighbour.y);
    }
    context.stroke();
    for (const node of [...neighbours, center]) {
      context.fillStyle = node.color;
      context.beginPath();
      context.arc(node.x, node.y, Math.max(1.5, node.size), 0, 2 * Math.PI);
      context.fill();
    }
    const labelled = [...focus.labelled].filter((node) => node !== focus.node && node !== selected).map(at).filter((n) => n !== undefined);
    drawLabels(context, renderer.getSettings(), [...(selection ? [selection] : []), center, ...labelled.sort((a, b) => b.size - a.size)]);
    if (selection) drawSelection(context, renderer.getSettings(), selection);
  };

  renderer.on('afterRender', draw);
  return {
    draw,
    kill: () => {
      renderer.off('afterRender', draw);
      renderer.killLayer(FOCUS_LAYER);
    },
  };
}

/** The selected node: a ring around it and its label in a box, as sigma draws a hovered node. */
function drawSelection(context: CanvasRenderingContext2D, settings: Settings, node: Placed & { color: string }): void {
  const radius = Math.max(3, node.size);
  context.fillStyle = node.color;
  context.beginPath();
  context.arc(node.x, node.y, radius, 0, 2 * Math.PI);
  context.fill();
  context.lineWidth = 3;
  context.strokeStyle = SELECTION_RING;
  context.beginPath();
  context.arc(node.x, node.y, radius + 2, 0, 2 * Math.PI);
  context.stroke();
  if (!node.label) return;
  const size = settings.labelSize;
  context.font = `600 ${size}px ${settings.labelFont}`;
  const x = node.x + radius + 5;
  const width = context.measureText(node.label).width;
  context.fillStyle = SELECTION_BOX;
  context.fillRect(x - 3, node.y - size / 2 - 4, width + 6, size + 8);
  context.fillStyle = LABEL_COLOR;
  context.fillText(node.label, x, node.y + size / 3);
}

interface Placed {
  x: number;
  y: number;
  size: number;
  label?: string | null;
}

function drawLabels(context: CanvasRenderingContext2D, settings: Settings, nodes: readonly Placed[]): void {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.lineWidth = 3;
  context.lineJoin = 'round';
  context.strokeStyle = LABEL_HALO;
  context.fillStyle = LABEL_COLOR;
  const taken: { left: number; top: number; right: number; bottom: number }[] = [];
  for (const node of nodes) {
    if (!node.label) continue;
    const x = node.x + node.size + 3;
    const y = node.y + size / 3;
    const box = { left: x, top: y - size, right: x + context.measureText(node.label).width, bottom: y + 3 };
    if (taken.some((other) => box.left < other.right && box.right > other.left && box.top < other.bottom && box.bottom > other.top)) continue;
    taken.push(box);
    context.strokeText(node.label, x, y);
    context.fillText(node.label, x, y);
  }
}
