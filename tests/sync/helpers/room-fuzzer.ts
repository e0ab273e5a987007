import { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { createItem } from '@shared/board/commands';
import { KIND_CONTROL, KIND_YJS, type HubMessage } from '@shared/room/hub-channel';
import { parseHostFrame } from '@shared/room/hub-frames';
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from '@shared/room/protocol';
import { API_PATH } from '@shared/host-api/wire';
import { rawMember, type RawMember } from './raw-member';

/** Seeded malformed input for every socket of the HOST: a failure replays from its seed. */
export type Rng = () => number;

export function rng(seed: number): Rng {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const int = (next: Rng, below: number): number => Math.floor(next() * below);
const bytes = (next: Rng, n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(next, 256));

/** A text or binary frame made from one of `valid`: random bytes, changed characters, cut, padded, or off-shape JSON. */
export function garbage(next: Rng, valid: string[]): string | Buffer {
  const r = next();
  const pick = valid[int(next, valid.length)]!;
  if (r < 0.2) return Buffer.from(bytes(next, int(next, 64)));
  if (r < 0.4) {
    const chars = pick.split('');
    for (let i = 0; i < 3; i++) chars[int(next, chars.length)] = String.fromCharCode(32 + int(next, 95));
    return chars.join('');
  }
  if (r < 0.5) return pick.slice(0, int(next, pick.length));
  if (r < 0.6) return JSON.stringify({ ...(JSON.parse(pick) as object), extra: 'x'.repeat(int(next, 100_000)) });
  if (r < 0.7) return JSON.stringify([1, null, { type: 'publish' }]);
  if (r < 0.8) return 'null';
  if (r < 0.9) return JSON.stringify({ type: 'publish', topic: 'tablee-room-ffffffff', data: { type: 'announce', from: 'x' } });
  return JSON.stringify({ t: 'hello', room: '1a2b3c4d', protocol: 'one', schema: -1, login: 'zz' });
}

/** Opens a socket, sends frames (the server may close it at any point); 'closed' or 'open' once sent. */
export function blast(url: string, frames: (string | Buffer)[]): Promise<'closed' | 'open'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.on('error', () => {});
    ws.on('unexpected-response', () => resolve('closed'));
    ws.on('close', () => resolve('closed'));
    ws.on('open', () => {
      for (const f of frames) if (ws.readyState === ws.OPEN) ws.send(f);
      setTimeout(() => {
        resolve(ws.readyState === ws.OPEN ? 'open' : 'closed');
        ws.terminate();
      }, 200);
    });
  });
}

/** A real Yjs update message (one note), to be mangled. */
function validUpdate(): Uint8Array {
  const doc = new Y.Doc();
  let update: Uint8Array = new Uint8Array();
  doc.on('update', (u: Uint8Array) => (update = u));
  createItem(doc, { kind: 'note', x: 0, y: 0, text: 'fuzz' });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A message an admitted member could send through its sealed channel: mangled Yjs, unknown kinds, off-shape control. */
export function admittedGarbage(next: Rng): HubMessage {
  const r = next();
  if (r < 0.3) {
    const m = validUpdate();
    for (let i = 0; i < 3; i++) m[int(next, m.length)] = int(next, 256);
    return { kind: KIND_YJS, bytes: m };
  }
  if (r < 0.5) return { kind: KIND_YJS, bytes: bytes(next, int(next, 200)) };
  if (r < 0.6) return { kind: KIND_YJS, bytes: Uint8Array.of(MESSAGE_SYNC, 2, ...bytes(next, 40)) };
  if (r < 0.7) return { kind: KIND_YJS, bytes: Uint8Array.of(MESSAGE_AWARENESS, ...bytes(next, 40)) };
  if (r < 0.8) return { kind: KIND_CONTROL, text: JSON.stringify({ t: 'links', direct: ['x'.repeat(int(next, 100))], more: 1 }) };
  if (r < 0.9) return { kind: KIND_CONTROL, text: JSON.stringify({ t: 'join', ticket: 'zz' }) };
  return { kind: KIND_CONTROL, text: String.fromCharCode(...bytes(next, 30)) };
}

/**
 * An admitted member sends up to `count` garbage messages (a fresh member each time the HOST drops
 * one); also raw frames that are not sealed at all. Returns how many members the HOST dropped.
 */
export async function fuzzAdmitted(address: string, roomId: string, password: string, next: Rng, count: number): Promise<number> {
  let dropped = 0;
  let member: RawMember | null = null;
  for (let i = 0; i < count; i++) {
    member ??= await rawMember(address, roomId, password);
    if (next() < 0.1) member.sendRaw(bytes(next, 1 + int(next, 100)));
    else member.send(admittedGarbage(next));
    const gone = await Promise.race([member.closed.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 30))]);
    if (gone) {
      dropped++;
      member = null;
    }
  }
  member?.ws.terminate();
  return dropped;
}

/** Malformed calls on the HOST's own API socket, from this machine: each gets an error reply or nothing, never a crash. */
export async function fuzzApi(address: string, next: Rng, count: number): Promise<number> {
  const valid = [
    JSON.stringify({ id: 1, method: 'getSession', args: [] }),
    JSON.stringify({ id: 2, method: 'roomStatus', args: [] }),
    JSON.stringify({ id: 3, method: 'pushUpdate', args: ['AAAA'] }),
  ];
  const ws = new WebSocket(`ws://${address}${API_PATH}`);
  let errors = 0;
  // The last frame: a call the server refuses by name. It answers frames in order, so its reply
  // comes after every reply to the garbage before it.
  const LAST = 987_654;
  let lastAnswered: () => void = () => {};
  const answered = new Promise<void>((r) => (lastAnswered = r));
  ws.on('message', (data, isBinary) => {
    if (isBinary) return;
    const reply = JSON.parse(data.toString()) as { id?: number; error?: unknown };
    if (reply.id === LAST) return lastAnswered();
    if ('error' in reply) errors++;
  });
  ws.on('close', () => lastAnswered());
  await new Promise((r, j) => {
    ws.once('open', r);
    ws.once('error', j);
  });
  for (let i = 0; i < count; i++) {
    if (ws.readyState !== ws.OPEN) break;
    const frame = garbage(next, valid);
    // Never a valid call: the API's own methods stay out of a fuzz run.
    if (typeof frame === 'string' && valid.includes(frame)) continue;
    ws.send(frame);
  }
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: LAST, method: 'noSuchMethod', args: [] }));
  await answered;
  ws.close();
  return errors;
}

/**
 * Every message a member received must be well-formed: a control frame the peer parses, or a Yjs
 * message that applies to a doc. Garbage forwarded by the HOST would fail here.
 */
export function receivedOnlyWellFormed(messages: HubMessage[]): boolean {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  try {
    for (const m of messages) {
      if (m.kind === KIND_CONTROL) {
        if (!parseHostFrame(m.text)) return false;
        continue;
      }
      const decoder = decoding.createDecoder(m.bytes);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, null);
      else if (type === MESSAGE_AWARENESS) awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), null);
      else return false;
    }
    return true;
  } catch {
    return false;
  }
}
