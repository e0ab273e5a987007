import type { WireError } from './errors';
import type { HostEvent } from './payloads';

/**
 * The HostApi over a WebSocket (browser ↔ HOST), path `/api`. JSON text frames:
 *   renderer → host: { id, method, args }
 *   host → renderer: { id, result, frames? } | { id, error: { code, detail } } | { event }
 * Byte arrays in a result (a board's state) travel as binary frames sent just before the result's
 * JSON frame, which says how many (`frames`) and holds `{ $frame: i }` where each array was:
 * no base64 to make on the host nor to read in the page, and the page never turns megabytes into
 * a string.
 */
export const API_PATH = '/api';
/** Frames bigger than this are refused (an update is at most MAX_UPDATE_CHARS of base64). */
export const MAX_FRAME_BYTES = 80 * 1024 * 1024;

export interface WireRequest {
  id: number;
  method: string;
  args: unknown[];
}

export type WireResponse = { id: number; result: unknown; frames?: number } | { id: number; error: WireError } | { event: HostEvent };

/** Most binary frames one result may carry (a session carries one: the board's state). */
export const MAX_RESULT_FRAMES = 4;

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Copies `value` with each Uint8Array replaced by `{ $frame: i }`, the arrays pushed on `frames` in order. */
export function detachFrames(value: unknown, frames: Uint8Array[]): unknown {
  if (value instanceof Uint8Array) {
    frames.push(value);
    return { $frame: frames.length - 1 };
  }
  if (Array.isArray(value)) return value.map((v) => detachFrames(v, frames));
  if (isPlain(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = detachFrames(v, frames);
    return out;
  }
  return value;
}

/** The reverse of detachFrames; throws when a placeholder names a frame that did not come. */
export function attachFrames(value: unknown, frames: readonly Uint8Array[]): unknown {
  if (Array.isArray(value)) return value.map((v) => attachFrames(v, frames));
  if (isPlain(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$frame') {
      const frame = frames[value.$frame as number];
      if (!frame) throw new Error(`the host referred to binary frame ${String(value.$frame)}, which did not come`);
      return frame;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = attachFrames(v, frames);
    return out;
  }
  return value;
}
