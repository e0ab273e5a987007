import { WebSocket } from 'ws';
import { clearSealer, HubChannel, type HubMessage } from '@shared/room/hub-channel';
import { parseHostFrame, type HostFrame } from '@shared/room/hub-frames';
import { HUB_PATH, ROOM_PROTOCOL_VERSION } from '@shared/room/protocol';
import { randomHex, roomKey, roomProof } from '@shared/room/room-auth';
import { SCHEMA_VERSION } from '@shared/schema/version';

export interface RawMember {
  ws: WebSocket;
  /** Sends a message through the admitted channel. */
  send(message: HubMessage): void;
  /** Sends raw bytes as they are, as an attacker holding the socket could. */
  sendRaw(bytes: Uint8Array): void;
  /** Control frames the HOST sent through the channel, in order. */
  controls: HostFrame[];
  /** Resolves with the close code. */
  closed: Promise<number>;
}

/** A participant on a raw hub socket (no sync module): admitted with `password`, then in the test's hands. */
export function rawMember(address: string, roomId: string, password: string): Promise<RawMember> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://${address}${HUB_PATH}`);
    const nonce = randomHex(16);
    const channel = new HubChannel(clearSealer);
    const controls: HostFrame[] = [];
    const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
    const member: RawMember = {
      ws,
      send: (message) => channel.frames(message).forEach((f) => ws.send(f)),
      sendRaw: (bytes) => ws.send(bytes),
      controls,
      closed,
    };
    ws.on('error', reject);
    void closed.then(() => reject(new Error('closed before admission')));
    ws.on('open', () => ws.send(JSON.stringify({ t: 'hello', room: roomId, protocol: ROOM_PROTOCOL_VERSION, schema: SCHEMA_VERSION, nonce })));
    ws.on('message', (data, isBinary) => {
      const bytes = data as Buffer;
      if (!isBinary) {
        const frame = parseHostFrame(bytes.toString());
        if (frame?.t === 'challenge') ws.send(JSON.stringify({ t: 'auth', proof: roomProof(roomKey(password, roomId), 'peer', roomId, frame.nonce, nonce) }));
        return;
      }
      const message = channel.receive(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      if (message?.kind !== 0) return;
      const frame = parseHostFrame(message.text);
      if (!frame) return;
      controls.push(frame);
      if (frame.t === 'welcome') resolve(member);
    });
  });
}
