import type { HostEvent } from './contract';

/**
 * The HostApi over a WebSocket (browser ↔ HOST), path `/api`. JSON text frames:
 *   renderer → host: { id, method, args }
 *   host → renderer: { id, result } | { id, error } | { event }
 */
export const API_PATH = '/api';
/** Frames bigger than this are refused (an update is at most MAX_UPDATE_CHARS of base64). */
export const MAX_FRAME_BYTES = 80 * 1024 * 1024;

export interface WireRequest {
  id: number;
  method: string;
  args: unknown[];
}

export type WireResponse = { id: number; result: unknown } | { id: number; error: string } | { event: HostEvent };
