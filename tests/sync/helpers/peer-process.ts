/**
 * One participant per process, as on a real laptop: the renderer's sync module with WebRTC from
 * @roamhq/wrtc. Driven by its parent over IPC: { id, cmd, arg } in, { id, result | error } out.
 */
import wrtc from '@roamhq/wrtc';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { createItem } from '@shared/board/commands';
import { itemsOf, LOCAL_ORIGIN, readItems, writeItem } from '@shared/board/doc';
import { joinRoom } from '../../../renderer/src/features/room/join-room';
import type { RtcImpl } from '../../../renderer/src/features/room/rtc-guard';

// y-webrtc's signaling client uses the global WebSocket; Node 20 has none.
(globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;

const config = JSON.parse(process.env.TABLEE_PEER ?? '{}') as { address: string; roomId: string; password: string | null; name: string; maxConns?: number };
const doc = new Y.Doc();

/** Every data channel of this peer, so a test can send on them what a modified client would. */
const channels = new Set<RTCDataChannel>();
const Base = (wrtc as unknown as RtcImpl).RTCPeerConnection;
class RecordingPeerConnection extends Base {
  constructor(config?: RTCConfiguration) {
    super(config);
    this.addEventListener('datachannel', (event) => channels.add(event.channel));
  }
  override createDataChannel(label: string, init?: RTCDataChannelInit): RTCDataChannel {
    const channel = super.createDataChannel(label, init);
    channels.add(channel);
    return channel;
  }
}
const room = joinRoom({
  doc,
  host: config.address,
  roomId: config.roomId,
  password: config.password,
  user: { id: `user-${config.name}`, name: config.name, color: '#4a90d9' },
  rtc: { ...(wrtc as unknown as RtcImpl), RTCPeerConnection: RecordingPeerConnection },
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
  /**
   * What a modified client could send straight down every data channel: a note, as a y-webrtc sync
   * message, then my pointer at `x`, as a y-webrtc presence message that goes nowhere else. Channels
   * keep their order: a peer that shows the pointer has had the note. Returns the channels used.
   */
  rogue: (arg) => {
    const { text, x } = arg as { text: string; x: number };
    const other = new Y.Doc();
    createItem(other, { kind: 'note', x: 0, y: 0, text });
    const sync = encoding.createEncoder();
    encoding.writeVarUint(sync, 0); // y-webrtc's sync message
    syncProtocol.writeUpdate(sync, Y.encodeStateAsUpdate(other));
    const presence = encoding.createEncoder();
    encoding.writeVarUint(presence, 1); // y-webrtc's presence message: one state, a clock ahead of mine
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint(update, doc.clientID);
    encoding.writeVarUint(update, (room.awareness.meta.get(doc.clientID)?.clock ?? 0) + 1);
    // Without a selection: a whole board's would not fit a channel message.
    encoding.writeVarString(update, JSON.stringify({ ...room.awareness.getLocalState(), selection: [], cursor: { x, y: 0 } }));
    encoding.writeVarUint8Array(presence, encoding.toUint8Array(update));
    let sent = 0;
    for (const c of channels) {
      if (c.readyState !== 'open') continue;
      c.send(encoding.toUint8Array(sync));
      c.send(encoding.toUint8Array(presence));
      sent++;
    }
    return sent;
  },
  cursorOf: (name) => room.people().find((p) => p.user.name === name)?.cursor?.x ?? null,
  /** Selects every card of the board (Ctrl+A): on a big board, a presence bigger than a data channel takes. */
  selectAll: () => room.setPresence({ selection: readItems(doc).map((i) => i.id) }),
  selectionOf: (name) => room.people().find((p) => p.user.name === name)?.selection?.length ?? 0,
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
