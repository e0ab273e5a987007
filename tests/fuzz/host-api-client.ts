import type { WebSocket } from 'ws';
import type { HostEvent } from '@shared/host-api/contract';
import { attachFrames } from '@shared/host-api/wire';

/**
 * The HOST's API over an open WebSocket, as the page's bridge speaks it, for tests that write
 * until the HOST dies: calls by id, the board's state reattached from its binary frame, and the
 * highest sequence number the HOST has said is saved. `closed` resolves (to undefined) when the
 * socket goes, so a call can be raced against it.
 */
export function hostApiClient(ws: WebSocket): { call(method: string, args: unknown[]): Promise<unknown>; savedSeq(): number; closed: Promise<undefined> } {
  let nextId = 1;
  let savedSeq = 0;
  const pending = new Map<number, (v: unknown) => void>();
  // The session's state comes as a binary frame just before its answer (shared/host-api/wire.ts).
  let frames: Uint8Array[] = [];
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    if (isBinary) return void frames.push(new Uint8Array(data));
    const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown; event?: HostEvent };
    if (msg.event?.type === 'save-status') savedSeq = Math.max(savedSeq, msg.event.status.savedSeq);
    else if (msg.id !== undefined) pending.get(msg.id)?.(attachFrames(msg.result, frames));
    frames = [];
  });
  const closed = new Promise<undefined>((r) => ws.once('close', () => r(undefined)));
  return {
    call: (method, args) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        ws.send(JSON.stringify({ id, method, args }));
      }),
    savedSeq: () => savedSeq,
    closed,
  };
}
