import type { HostEvent } from '@shared/host-api/contract';
import { apiOver } from '@shared/host-api/api-over';
import { hostCallErrorOf } from '@shared/host-api/errors';
import type { MethodName } from '@shared/host-api/methods';
import { API_PATH, attachFrames, MAX_RESULT_FRAMES, type WireRequest, type WireResponse } from '@shared/host-api/wire';
import { BridgeError, type ConnectionState } from './connection';
import type { Bridge } from './desktop-bridge';

interface Pending {
  resolve(value: unknown): void;
  reject(reason: Error): void;
  method: MethodName;
}

export interface WsBridgeOptions {
  url?: string;
  /** How long a call made while the socket is (re)connecting waits for it before failing. */
  connectWaitMs?: number;
  /** Calls taking longer than this fail (the socket may be half-dead). */
  callTimeoutMs?: number;
}

const MIN_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 5_000;

export function defaultApiUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${API_PATH}`;
}

/**
 * HostApi over a WebSocket to the HOST (see shared/host-api/wire.ts): numbered requests, a map
 * of pending calls, host events fanned out to listeners, reconnection with backoff.
 */
export function wsBridge(options: WsBridgeOptions = {}): Bridge {
  const url = options.url ?? defaultApiUrl();
  const connectWaitMs = options.connectWaitMs ?? 4_000;
  const callTimeoutMs = options.callTimeoutMs ?? 60_000;

  let socket: WebSocket | null = null;
  let state: ConnectionState = 'connecting';
  let nextId = 1;
  let backoff = MIN_BACKOFF_MS;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  const pending = new Map<number, Pending>();
  const eventListeners = new Set<(event: HostEvent) => void>();
  const connectionListeners = new Set<(s: ConnectionState) => void>();
  const openWaiters = new Set<() => void>();

  const setState = (next: ConnectionState): void => {
    if (state === next) return;
    state = next;
    for (const l of [...connectionListeners]) l(next);
  };

  const failAll = (reason: string): void => {
    const copy = [...pending.values()];
    pending.clear();
    for (const p of copy) p.reject(new BridgeError(`${p.method}: ${reason}`, 'disconnected'));
  };

  const scheduleReconnect = (): void => {
    if (reconnectTimer !== null) return;
    const delay = backoff;
    backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      connect();
    }, delay);
  };

  // Binary frames of the next result (see wire.ts); a result that names fewer or more is refused.
  let frames: Uint8Array[] = [];

  const onMessage = (data: unknown): void => {
    if (data instanceof ArrayBuffer) {
      if (frames.length < MAX_RESULT_FRAMES) frames.push(new Uint8Array(data));
      else console.warn('[tablee] ignored an unexpected binary frame from the host');
      return;
    }
    if (typeof data !== 'string') return;
    const received = frames;
    frames = [];
    let msg: WireResponse;
    try {
      msg = JSON.parse(data) as WireResponse;
    } catch {
      console.warn('[tablee] ignored a malformed frame from the host');
      return;
    }
    if (typeof msg !== 'object' || msg === null) return;
    if ('event' in msg) {
      for (const l of [...eventListeners]) {
        try {
          l(msg.event);
        } catch (e) {
          console.error('[tablee] event listener failed', e);
        }
      }
      return;
    }
    if (!('id' in msg) || typeof msg.id !== 'number') return;
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if ('error' in msg) return p.reject(hostCallErrorOf(p.method, msg.error));
    const expected = typeof msg.frames === 'number' ? msg.frames : 0;
    if (expected !== received.length) return p.reject(new BridgeError(`${p.method}: the host's answer came with ${received.length} binary frame(s), not ${expected}`, 'bad-reply'));
    try {
      p.resolve(expected ? attachFrames(msg.result, received) : msg.result);
    } catch (e) {
      p.reject(new BridgeError(`${p.method}: ${(e as Error).message}`, 'bad-reply'));
    }
  };

  function connect(): void {
    setState('connecting');
    let ws: WebSocket;
    try {
      ws = new WebSocket(url);
    } catch (e) {
      console.error('[tablee] cannot open the host socket', e);
      setState('down');
      scheduleReconnect();
      return;
    }
    socket = ws;
    ws.binaryType = 'arraybuffer';
    frames = [];
    ws.onopen = () => {
      if (socket !== ws) return;
      backoff = MIN_BACKOFF_MS;
      setState('up');
      for (const w of [...openWaiters]) w();
    };
    ws.onmessage = (e) => {
      if (socket === ws) onMessage(e.data);
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      failAll('the connection to the Tablée host was lost');
      setState('down');
      scheduleReconnect();
    };
    ws.onerror = () => {
      // onclose follows and handles everything.
    };
  }

  const waitOpen = (): Promise<void> =>
    new Promise((resolve, reject) => {
      if (state === 'up') return resolve();
      const done = (): void => {
        clearTimeout(timer);
        openWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(() => {
        openWaiters.delete(done);
        reject(new BridgeError('The Tablée host cannot be reached (reconnecting…)', 'disconnected'));
      }, connectWaitMs);
      openWaiters.add(done);
    });

  async function call(method: MethodName, args: unknown[]): Promise<unknown> {
    if (state !== 'up' || !socket || socket.readyState !== WebSocket.OPEN) await waitOpen();
    const ws = socket;
    if (!ws || ws.readyState !== WebSocket.OPEN) {
      throw new BridgeError('The Tablée host cannot be reached (reconnecting…)', 'disconnected');
    }
    const id = nextId++;
    const request: WireRequest = { id, method, args };
    return new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (pending.delete(id)) reject(new BridgeError(`${method}: the host did not answer in time`, 'timeout'));
      }, callTimeoutMs);
      pending.set(id, {
        method,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      try {
        ws.send(JSON.stringify(request));
      } catch (e) {
        pending.delete(id);
        clearTimeout(timer);
        reject(new BridgeError(`${method}: could not send (${(e as Error).message})`, 'disconnected'));
      }
    });
  }

  connect();

  // Room and export methods are answered only to a browser on the HOST's machine (the server says so).
  return {
    ...apiOver(call),
    onEvent: (listener) => {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    connection: () => state,
    onConnection: (listener) => {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
  };
}
