import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { parsePeerFrame, type HostFrame, type PeerFrame, type RefusalReason } from '@shared/room/hub-frames';
import { HUB_FORWARD_ALWAYS_BYTES, MESSAGE_AWARENESS, MESSAGE_SYNC, ROOM_PROTOCOL_VERSION } from '@shared/room/protocol';
import { randomHex, roomProof, sameHex } from '@shared/room/room-auth';
import { schemaRefusal } from '@shared/room/schema-handshake';
import type { RoomBoard, Ticket } from './room-board';

interface HubClient {
  ws: WebSocket;
  stage: 'hello' | 'challenge' | 'joined' | 'gone';
  hostNonce: string;
  peerNonce: string;
  resume: string | undefined;
  ticket: Ticket | null;
  /** Peer ids this client has a working direct link with (its own report). */
  direct: Set<string>;
  /** Awareness client ids this socket speaks for, removed when it goes. */
  awarenessIds: Set<number>;
}

export interface HubRoom {
  readonly id: string;
  /** Derived from the password; null for a room without one. */
  readonly key: Uint8Array | null;
  readonly board: RoomBoard;
  issueTicket(resume: string | undefined): Ticket;
  /** Someone joined or left. */
  changed(): void;
}

/** A wrong password waits this long before its refusal, to slow down guessing. */
const WRONG_PASSWORD_DELAY_MS = 300;

/**
 * The HOST's end of every participant's hub socket: password check, schema handshake, the
 * bootstrap (Yjs sync with the HOST's copy of the board, over a WebSocket, so a 2 MB board never
 * crosses a data channel), and the relay: each update is forwarded to every participant that
 * has no working direct link with its author, or to everyone when it is too big for WebRTC.
 */
export class RoomHub {
  private readonly clients = new Set<HubClient>();
  /** The client whose update is being applied (Yjs emits 'update' synchronously inside apply). */
  private applying: HubClient | null = null;
  private readonly awareness = new awarenessProtocol.Awareness(new Y.Doc());
  private readonly onDocUpdate = (update: Uint8Array): void => this.forward(this.syncUpdate(update), this.applying, update.length);
  private readonly onAwareness = (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    const from = this.clients.has(origin as HubClient) ? (origin as HubClient) : null;
    if (from) {
      for (const id of [...change.added, ...change.updated]) from.awarenessIds.add(id);
      for (const id of change.removed) from.awarenessIds.delete(id);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    this.forward(encoding.toUint8Array(encoder), from, 0);
  };

  constructor(private readonly room: HubRoom) {
    this.awareness.setLocalState(null);
    room.board.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwareness);
  }

  /** Participants past the handshake. */
  get participants(): number {
    return [...this.clients].filter((c) => c.stage === 'joined').length;
  }

  attach(ws: WebSocket): void {
    const client: HubClient = {
      ws,
      stage: 'hello',
      hostNonce: randomHex(16),
      peerNonce: '',
      resume: undefined,
      ticket: null,
      direct: new Set(),
      awarenessIds: new Set(),
    };
    this.clients.add(client);
    ws.on('error', () => ws.terminate());
    ws.on('close', () => this.drop(client));
    ws.on('message', (data, isBinary) => {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      if (isBinary) this.onBinary(client, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      else this.onText(client, bytes.toString());
    });
  }

  /** Drops every socket (the server stopped); the room stays open and peers come back when it returns. */
  disconnectAll(): void {
    for (const c of this.clients) c.ws.terminate();
  }

  /** Tells everyone the room is closed and lets go of the board. */
  close(): void {
    this.room.board.doc.off('update', this.onDocUpdate);
    for (const c of this.clients) {
      if (c.stage === 'joined') sendFrame(c.ws, { t: 'closed' });
      c.ws.close(1001, 'room closed');
    }
    this.clients.clear();
    this.awareness.destroy();
  }

  private onText(client: HubClient, text: string): void {
    const frame = parsePeerFrame(text);
    if (!frame) return this.refuse(client, 'bad-frame');
    if (client.stage === 'hello' && frame.t === 'hello') return this.hello(client, frame);
    if (client.stage === 'challenge' && frame.t === 'auth') return this.auth(client, frame.proof);
    if (client.stage === 'joined' && frame.t === 'links') {
      client.direct = new Set(frame.direct);
      return;
    }
    this.refuse(client, 'bad-frame');
  }

  private hello(client: HubClient, frame: Extract<PeerFrame, { t: 'hello' }>): void {
    if (frame.room !== this.room.id) return this.refuse(client, 'no-room');
    if (frame.protocol !== ROOM_PROTOCOL_VERSION) return this.refuse(client, 'protocol');
    const schema = schemaRefusal(frame.schema, this.room.board.schema);
    if (schema) return this.refuse(client, schema);
    client.peerNonce = frame.nonce;
    client.resume = frame.ticket;
    if (!this.room.key) return this.admit(client);
    client.stage = 'challenge';
    sendFrame(client.ws, { t: 'challenge', nonce: client.hostNonce });
  }

  private auth(client: HubClient, proof: string): void {
    const key = this.room.key!;
    if (!sameHex(proof, roomProof(key, 'peer', this.room.id, client.hostNonce, client.peerNonce))) {
      client.stage = 'gone';
      setTimeout(() => this.refuse(client, 'wrong-password'), WRONG_PASSWORD_DELAY_MS);
      return;
    }
    this.admit(client);
  }

  private admit(client: HubClient): void {
    client.stage = 'joined';
    client.ticket = this.room.issueTicket(client.resume);
    this.room.changed();
    const proof = this.room.key ? roomProof(this.room.key, 'host', this.room.id, client.hostNonce, client.peerNonce) : null;
    sendFrame(client.ws, { t: 'welcome', ticket: client.ticket.id, schema: this.room.board.schema, proof });
    const states = [...this.awareness.getStates().keys()];
    if (states.length) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, states));
      sendBinary(client.ws, encoding.toUint8Array(encoder));
    }
  }

  private onBinary(client: HubClient, bytes: Uint8Array): void {
    if (client.stage !== 'joined') return this.refuse(client, 'bad-frame');
    try {
      const decoder = decoding.createDecoder(bytes);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) this.onSync(client, decoder);
      else if (type === MESSAGE_AWARENESS) awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), client);
      else throw new Error(`unknown message ${type}`);
    } catch {
      // Bytes that do not decode or apply: this socket goes, the room and the board stay.
      this.refuse(client, 'bad-frame');
    }
  }

  private onSync(client: HubClient, decoder: decoding.Decoder): void {
    const doc = this.room.board.doc;
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      // The peer's state vector: answer with what it lacks, then ask for what we lack.
      const step2 = encoding.createEncoder();
      encoding.writeVarUint(step2, MESSAGE_SYNC);
      syncProtocol.writeSyncStep2(step2, doc, decoding.readVarUint8Array(decoder));
      sendBinary(client.ws, encoding.toUint8Array(step2));
      const step1 = encoding.createEncoder();
      encoding.writeVarUint(step1, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(step1, doc);
      sendBinary(client.ws, encoding.toUint8Array(step1));
    } else if (kind === syncProtocol.messageYjsSyncStep2 || kind === syncProtocol.messageYjsUpdate) {
      const update = decoding.readVarUint8Array(decoder);
      this.applying = client;
      try {
        this.room.board.apply(update);
      } finally {
        this.applying = null;
      }
    } else throw new Error(`unknown sync message ${kind}`);
  }

  private syncUpdate(update: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    return encoding.toUint8Array(encoder);
  }

  /** Sends to every joined client except the author, skipping pairs linked directly (unless the update is too big for them). */
  private forward(message: Uint8Array, from: HubClient | null, updateBytes: number): void {
    for (const c of this.clients) {
      if (c === from || c.stage !== 'joined') continue;
      if (from && updateBytes <= HUB_FORWARD_ALWAYS_BYTES && linkedDirectly(c, from)) continue;
      sendBinary(c.ws, message);
    }
  }

  private refuse(client: HubClient, reason: RefusalReason): void {
    sendFrame(client.ws, { t: 'refused', reason, schema: this.room.board.schema });
    client.ws.close(1008, reason);
    this.drop(client);
  }

  private drop(client: HubClient): void {
    if (!this.clients.delete(client)) return;
    if (client.stage === 'joined') this.room.changed();
    client.stage = 'gone';
    if (client.awarenessIds.size) awarenessProtocol.removeAwarenessStates(this.awareness, [...client.awarenessIds], null);
  }
}

function linkedDirectly(a: HubClient, b: HubClient): boolean {
  const pa = a.ticket?.peerId;
  const pb = b.ticket?.peerId;
  return !!pa && !!pb && a.direct.has(pb) && b.direct.has(pa);
}

function sendFrame(ws: WebSocket, frame: HostFrame): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
}

function sendBinary(ws: WebSocket, bytes: Uint8Array): void {
  if (ws.readyState === ws.OPEN) ws.send(bytes);
}
