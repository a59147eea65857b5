// Zoom and pan of the decision-maker map as plain numbers: a view maps content coordinates to
// screen ones as screen = content * scale + offset. Kept pure so fit and zoom are tested in node.

export interface View {
  scale: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 0.2;
export const MAX_SCALE = 2.5;

const clampScale = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

/**
 * The view that shows the whole content centred in the viewport. It never enlarges beyond 1:1
 * (a map of three people should not fill the panel with giant boxes).
 */
export function fitView(
  content: { width: number; height: number },
  viewport: { width: number; height: number },
  padding = 12,
): View {
  const w = Math.max(1, content.width);
  const h = Math.max(1, content.height);
  const availW = Math.max(1, viewport.width - 2 * padding);
  const availH = Math.max(1, viewport.height - 2 * padding);
  const scale = clampScale(Math.min(1, availW / w, availH / h));
  return {
    scale,
    x: (viewport.width - w * scale) / 2,
    y: Math.max(padding, (viewport.height - h * scale) / 2),
  };
}

/** Zooms by `factor` keeping the screen point (px, py) over the same content point. */
export function zoomAt(view: View, factor: number, px: number, py: number): View {
  const scale = clampScale(view.scale * factor);
  const k = scale / view.scale;
  return { scale, x: px - (px - view.x) * k, y: py - (py - view.y) * k };
}

/** The content point under a screen point. */
export function toContent(view: View, px: number, py: number): { x: number; y: number } {
  return { x: (px - view.x) / view.scale, y: (py - view.y) / view.scale };
}

/**
 * The smallest pan that brings a content rectangle (a person's box) fully into the viewport,
 * with a margin; the view itself when it is already in view. A box larger than the viewport is
 * aligned by its top-left corner (its name).
 */
export function revealRect(
  view: View,
  rect: { x: number; y: number; width: number; height: number },
  viewport: { width: number; height: number },
  margin = 8,
): View {
  const axis = (offset: number, start: number, size: number, room: number) => {
    const from = start * view.scale + offset;
    const to = from + size * view.scale;
    if (from < margin || to - from > room - 2 * margin) return offset + margin - from;
    if (to > room - margin) return offset - (to - (room - margin));
    return offset;
  };
  const x = axis(view.x, rect.x, rect.width, viewport.width);
  const y = axis(view.y, rect.y, rect.height, viewport.height);
  return x === view.x && y === view.y ? view : { ...view, x, y };
}
