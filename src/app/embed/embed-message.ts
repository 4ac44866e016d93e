/**
 * The one message the embedded app sends to its host page. public/embed.js reads
 * exactly this shape (and checks source window and origin); keep them in step.
 */
export const RESIZE_TYPE = 'cronologia:resize';
export const RESIZE_VERSION = 1;
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 4000;

export interface ResizeMessage {
  type: typeof RESIZE_TYPE;
  version: typeof RESIZE_VERSION;
  height: number;
}

export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE_TYPE, version: RESIZE_VERSION, height: Math.ceil(height) };
}

/** Mirrors embed.js: the clamped height, or null for anything that is not our message. */
export function readResizeMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d['type'] !== RESIZE_TYPE || d['version'] !== RESIZE_VERSION) return null;
  const h = d['height'];
  if (typeof h !== 'number' || !Number.isFinite(h)) return null;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(h)));
}
