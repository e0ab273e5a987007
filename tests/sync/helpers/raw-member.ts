import * as opaque from '@serenity-kit/opaque';
import { WebSocket } from 'ws';
import { HubChannel, KIND_CONTROL, type HubMessage } from '@shared/room/hub-channel';
import { parseHostFrame, type HostFrame } from '@shared/room/hub-frames';
import { normalizeRoomPassword } from '@shared/room/password-normalize';
import { HUB_PATH, pakeIdentifiers, ROOM_PROTOCOL_VERSION } from '@shared/room/protocol';
import { sessionKeyBytes, sessionSealer } from '@shared/room/room-session';
import type { RoomDoor } from '@shared/room/roles';
import { SCHEMA_VERSION } from '@shared/schema/version';

export interface RawMember {
  ws: WebSocket;
  /** Sends a message through the admitted (sealed) channel. */
  send(message: HubMessage): void;
  /** Sends raw bytes as they are, as an attacker holding the socket could. */
  sendRaw(bytes: Uint8Array): void;
  /** Control frames the HOST sent through the channel, in order. */
  controls: HostFrame[];
  /** Every message the HOST sent through the channel, in order. */
  messages: HubMessage[];
  /** Resolves with the close code. */
  closed: Promise<number>;
}

/** A peer on a raw hub socket (no sync module): admitted with `password` at `door`, then in the test's hands. */
export async function rawMember(address: string, roomId: string, password: string, door: RoomDoor = 'participant', opts: { resume?: string; from?: string } = {}): Promise<RawMember> {
  await opaque.ready;
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://${address}${HUB_PATH}`, opts.from ? { localAddress: opts.from } : {});
    const start = opaque.client.startLogin({ password: normalizeRoomPassword(password) });
    let channel: HubChannel | null = null;
    const controls: HostFrame[] = [];
    const messages: HubMessage[] = [];
    const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
    const send = (message: HubMessage): void => channel!.frames(message).forEach((f) => ws.send(f));
    const member: RawMember = { ws, send, sendRaw: (bytes) => ws.send(bytes), controls, messages, closed };
    ws.on('error', reject);
    void closed.then(() => reject(new Error('closed before admission')));
    ws.on('open', () => ws.send(JSON.stringify({ t: 'hello', room: roomId, protocol: ROOM_PROTOCOL_VERSION, schema: SCHEMA_VERSION, door, login: start.startLoginRequest })));
    ws.on('message', (data, isBinary) => {
      const bytes = data as Buffer;
      if (!isBinary) {
        const frame = parseHostFrame(bytes.toString());
        if (frame?.t !== 'challenge') return;
        const done = opaque.client.finishLogin({ clientLoginState: start.clientLoginState, loginResponse: frame.login, password: normalizeRoomPassword(password), identifiers: pakeIdentifiers(roomId, door) });
        if (!done) return reject(new Error('wrong password'));
        ws.send(JSON.stringify({ t: 'auth', login: done.finishLoginRequest }));
        channel = new HubChannel(sessionSealer(sessionKeyBytes(done.sessionKey), 'peer'));
        send({ kind: KIND_CONTROL, text: JSON.stringify({ t: 'join', ...(opts.resume ? { ticket: opts.resume } : {}) }) });
        return;
      }
      const message = channel?.receive(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      if (!message) return;
      messages.push(message);
      if (message.kind !== KIND_CONTROL) return;
      const frame = parseHostFrame(message.text);
      if (!frame) return;
      controls.push(frame);
      if (frame.t === 'welcome') resolve(member);
    });
  });
}
