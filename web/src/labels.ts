import type { NodeLabelDrawingFunction } from 'sigma/rendering';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Sigma's label drawing, less labels that would overlap one already drawn in
 * the same pass: sigma picks the biggest node of each grid cell, and two picks
 * in neighbouring cells can still cover each other. `reset` starts a pass
 * (on sigma's `beforeRender`); a renderer made for an export image draws once,
 * on a context of its own, so its pass starts empty.
 */
export function labelDrawer(): { draw: NodeLabelDrawingFunction; reset: () => void } {
  let taken = new WeakMap<CanvasRenderingContext2D, Box[]>();
  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 3;
    const y = data.y + size / 3;
    const box = { left: x - 1, top: y - size, right: x + context.measureText(data.label).width + 1, bottom: y + 3 };
    const boxes = taken.get(context) ?? [];
    if (boxes.some((other) => box.left < other.right && box.right > other.left && box.top < other.bottom && box.bottom > other.top)) return;
    boxes.push(box);
    taken.set(context, boxes);
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(data.label, x, y);
  };
  return { draw, reset: () => (taken = new WeakMap()) };
}
