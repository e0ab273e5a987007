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
  extra: Partial<Pick<JoinRoomOptions, 'schema' | 'maxConns' | 'door'>> & { rtc?: RtcImpl | null } = {},
): NodePeer {
  const doc = new Y.Doc();
  const room = joinRoom({
    doc,
    host: where.address,
    roomId: where.roomId,
    password,
    user: { id: `user-${name}`, name, color: '#e9b949' },
    rtc: extra.rtc ?? null,
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    ...(extra.schema !== undefined ? { schema: extra.schema } : {}),
    ...(extra.maxConns !== undefined ? { maxConns: extra.maxConns } : {}),
    ...(extra.door !== undefined ? { door: extra.door } : {}),
  });
  return {
    doc,
    room,
    note: (text) => createItem(doc, { kind: 'note', x: 0, y: 0, text }),
    texts: () => readItems(doc).map((i) => ('text' in i ? i.text : '')),
  };
}
