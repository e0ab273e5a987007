/**
 * A bare page around the renderer's sync module, so real Chromium processes can join a room
 * before the board UI is wired to it. Tests drive it through `window.roomTest`.
 */
import * as Y from 'yjs';
import { createItem } from '@shared/board/commands';
import { itemsOf, readItems } from '@shared/board/doc';
import { joinRoom, type RoomConnection } from '../../../renderer/src/features/room/join-room';

interface JoinArgs {
  password: string | null;
  name: string;
  /** Pretend WebRTC is missing (a browser where it is disabled): everything goes through the HOST. */
  noWebrtc?: boolean;
}

let room: RoomConnection | null = null;
const doc = new Y.Doc();
// When each text first appeared here (for latency figures), from the changed keys only: cheap on a 2 MB board.
const seenAt = new Map<string, number>();
itemsOf(doc).observe((event) => {
  const now = performance.timeOrigin + performance.now();
  for (const key of event.keysChanged) {
    const text = itemsOf(doc).get(key)?.get('text');
    if (typeof text === 'string' && !seenAt.has(text)) seenAt.set(text, now);
  }
});

const roomTest = {
  join(args: JoinArgs): void {
    const params = new URLSearchParams(location.search);
    room = joinRoom({
      doc,
      host: location.host,
      roomId: params.get('room') ?? '',
      password: args.password,
      user: { id: `user-${args.name}`, name: args.name, color: '#e06c75' },
      ...(args.noWebrtc ? { rtc: null } : {}),
    });
  },
  synced: () => room!.synced(),
  note: (text: string) => createItem(doc, { kind: 'note', x: 0, y: 0, text }),
  count: () => itemsOf(doc).size,
  has: (text: string) => seenAt.has(text) && readItems(doc).some((i) => 'text' in i && i.text === text),
  seenAt: (text: string) => seenAt.get(text) ?? null,
  now: () => performance.timeOrigin + performance.now(),
  state: () => room!.state().kind,
  people: () => room!.people().map((p) => `${p.user.name}:${p.link}`),
  cursor: (x: number) => room!.setPresence({ cursor: { x, y: 0 } }),
  cursorOf: (name: string) => room!.people().find((p) => p.user.name === name)?.cursor?.x ?? null,
  stats: () => room!.stats(),
  online: (on: boolean) => room!.setOnline(on),
  leave: () => room?.leave(),
};

declare global {
  interface Window {
    roomTest: typeof roomTest;
  }
}
window.roomTest = roomTest;
