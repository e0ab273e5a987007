/**
 * One participant per process, as on a real laptop: the renderer's sync module with WebRTC from
 * @roamhq/wrtc. Driven by its parent over IPC: { id, cmd, arg } in, { id, result | error } out.
 */
import wrtc from '@roamhq/wrtc';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { createItem } from '@shared/board/commands';
import { itemsOf, LOCAL_ORIGIN, readItems, writeItem } from '@shared/board/doc';
import { joinRoom } from '../../../renderer/src/features/room/join-room';
import type { RtcImpl } from '../../../renderer/src/features/room/rtc-guard';

// y-webrtc's signaling client uses the global WebSocket; Node 20 has none.
(globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;

const config = JSON.parse(process.env.TABLEE_PEER ?? '{}') as { address: string; roomId: string; password: string | null; name: string; maxConns?: number };
const doc = new Y.Doc();
const room = joinRoom({
  doc,
  host: config.address,
  roomId: config.roomId,
  password: config.password,
  user: { id: `user-${config.name}`, name: config.name, color: '#4a90d9' },
  rtc: wrtc as unknown as RtcImpl,
  WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
  ...(config.maxConns !== undefined ? { maxConns: config.maxConns } : {}),
});
// Each edit's arrival time, for the benchmark: text → ms since epoch.
const seenAt = new Map<string, number>();
itemsOf(doc).observe((event) => {
  const now = Date.now();
  for (const key of event.keysChanged) {
    const text = itemsOf(doc).get(key)?.get('text');
    if (typeof text === 'string' && !seenAt.has(text)) seenAt.set(text, now);
  }
});

/** CPU time this process has used so far (user + system), for the benchmark. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const commands: Record<string, (arg: unknown) => unknown> = {
  synced: () => room.synced(),
  note: (text) => createItem(doc, { kind: 'note', x: 0, y: 0, text: String(text) }),
  /** Many notes in one transaction: one update bigger than a data channel takes. */
  bulk: (n) =>
    doc.transact(() => {
      const items = itemsOf(doc);
      for (let i = 0; i < Number(n); i++) {
        writeItem(items, { id: `note:${config.name}-bulk-${i}`, kind: 'note', x: i, y: 0, w: 220, h: 170, z: i, parentId: null, text: `${config.name} bulk ${i} ${'·'.repeat(200)}`, color: 'yellow' });
      }
    }, LOCAL_ORIGIN),
  count: () => itemsOf(doc).size,
  texts: () => readItems(doc).map((i) => ('text' in i ? i.text : '')).sort(),
  seenAt: (text) => seenAt.get(String(text)) ?? null,
  stats: () => ({ ...room.stats(), state: room.state().kind, people: room.people().map((p) => ({ name: p.user.name, link: p.link })), rss: process.memoryUsage().rss, cpuMs: cpuMs() }),
  online: (on) => room.setOnline(Boolean(on)),
  leave: () => {
    room.leave();
    setTimeout(() => process.exit(0), 100);
  },
};

process.on('message', (msg: { id: number; cmd: string; arg?: unknown }) => {
  Promise.resolve()
    .then(() => commands[msg.cmd]!(msg.arg))
    .then(
      (result) => process.send!({ id: msg.id, result: result ?? null }),
      (e: unknown) => process.send!({ id: msg.id, error: String((e as Error)?.message ?? e) }),
    );
});
process.send!({ ready: true });
