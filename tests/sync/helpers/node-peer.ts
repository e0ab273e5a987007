import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { createItem } from '@shared/board/commands';
import { readItems } from '@shared/board/doc';
import { joinRoom, type JoinRoomOptions, type RoomConnection } from '../../../renderer/src/features/room/join-room';
import type { RtcImpl } from '../../../renderer/src/features/room/rtc-guard';

export interface NodePeer {
  doc: Y.Doc;
  room: RoomConnection;
  note(text: string): string;
  texts(): string[];
}

/** A participant in this process: the renderer's sync module over Node's ws (and WebRTC when given). */
export function nodePeer(
  where: { address: string; roomId: string },
  name: string,
  password: string | null,
  extra: Partial<Pick<JoinRoomOptions, 'schema' | 'maxConns' | 'door' | 'now' | 'ticket'>> & { rtc?: RtcImpl | null; from?: string } = {},
): NodePeer {
  const doc = new Y.Doc();
  // `from`: the local address the peer's hub socket comes from (another machine, for the HOST, when it is not loopback).
  const from = extra.from;
  const Socket = from
    ? class extends WebSocket {
        constructor(url: string) {
          super(url, { localAddress: from });
        }
      }
    : WebSocket;
  const room = joinRoom({
    doc,
    host: where.address,
    roomId: where.roomId,
    password,
    user: { id: `user-${name}`, name, color: '#e9b949' },
    rtc: extra.rtc ?? null,
    WebSocket: Socket as unknown as typeof globalThis.WebSocket,
    ...(extra.door ? { door: extra.door } : {}),
    ...(extra.schema !== undefined ? { schema: extra.schema } : {}),
    ...(extra.maxConns !== undefined ? { maxConns: extra.maxConns } : {}),
    ...(extra.now ? { now: extra.now } : {}),
    ...(extra.ticket ? { ticket: extra.ticket } : {}),
  });
  return {
    doc,
    room,
    note: (text) => createItem(doc, { kind: 'note', x: 0, y: 0, text }),
    texts: () => readItems(doc).map((i) => ('text' in i ? i.text : '')),
  };
}
