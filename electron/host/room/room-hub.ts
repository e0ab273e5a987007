import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { clearSealer, HubChannel, KIND_CONTROL, KIND_YJS } from '@shared/room/hub-channel';
import { helloProtocol, parsePeerFrame, type HostFrame, type PeerFrame, type RefusalReason } from '@shared/room/hub-frames';
import { HUB_FORWARD_ALWAYS_BYTES, MAX_CONTROL_FRAME_BYTES, MESSAGE_AWARENESS, MESSAGE_SYNC, ROOM_PROTOCOL_VERSION } from '@shared/room/protocol';
import { sessionSealer } from '@shared/room/room-session';
import { schemaRefusal } from '@shared/room/schema-handshake';
import { GuessLimiter } from './guess-limiter';
import { HANDSHAKE_MS, HubDoor } from './hub-door';
import type { RoomBoard, Ticket } from './room-board';
import type { RoomPassword } from './room-password';

interface HubClient {
  ws: WebSocket;
  /**
   * 'waiting': its try at the password waits for the room's guess limiter; 'challenge': answered,
   * its proof is awaited; 'joining': proven (or an open room), its sealed `join` is awaited.
   */
  stage: 'hello' | 'waiting' | 'challenge' | 'joining' | 'joined' | 'gone';
  /** Set once the exchange is done (at once in a room without password): every frame from then on goes through it. */
  channel: HubChannel | null;
  /** Counts the socket out of the door's pending sockets, and stops its handshake clock. */
  leaveDoor: () => void;
  /** The HOST's state of the password exchange, between challenge and proof. */
  login: string;
  ticket: Ticket | null;
  /** Peer ids this client has a working direct link with (its own report). */
  direct: Set<string>;
  /** Awareness client ids this socket speaks for, removed when it goes. */
  awarenessIds: Set<number>;
}

export interface HubRoom {
  readonly id: string;
  /** The HOST's side of the password exchange; null for a room without password. */
  readonly exchange: RoomPassword | null;
  readonly board: RoomBoard;
  issueTicket(resume: string | undefined): Ticket;
  /** Someone joined or left. */
  changed(): void;
}

/**
 * The HOST's end of every participant's hub socket: password exchange, schema handshake, the
 * bootstrap (Yjs sync with the HOST's copy of the board, over a WebSocket, so a 2 MB board never
 * crosses a data channel), and the relay: each update is forwarded to every participant that
 * has no working direct link with its author, or to everyone when it is too big for WebRTC.
 */
export class RoomHub {
  private readonly clients = new Set<HubClient>();
  private readonly door = new HubDoor();
  private readonly guesses = new GuessLimiter();
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

  /** Whether a new hub socket from `address` may come in (checked at the upgrade, before any frame). */
  mayAttach(address: string): boolean {
    return this.door.mayEnter(address);
  }

  /** Sockets that have not proven the password yet. */
  get pending(): number {
    return this.door.pending;
  }

  attach(ws: WebSocket, address: string): void {
    const leave = this.door.enter(address);
    const clock = setTimeout(() => ws.terminate(), HANDSHAKE_MS);
    const client: HubClient = {
      ws,
      stage: 'hello',
      channel: null,
      leaveDoor: () => {
        clearTimeout(clock);
        leave();
      },
      login: '',
      ticket: null,
      direct: new Set(),
      awarenessIds: new Set(),
    };
    this.clients.add(client);
    ws.on('error', () => ws.terminate());
    ws.on('close', () => this.drop(client));
    ws.on('message', (data, isBinary) => {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      // Before admission: small JSON frames only. After: binary frames of the channel only.
      if (!client.channel) {
        if (isBinary || bytes.byteLength > MAX_CONTROL_FRAME_BYTES) return this.refuse(client, 'bad-frame');
        return this.onText(client, bytes.toString());
      }
      if (!isBinary) return this.refuse(client, 'bad-frame');
      this.onFrame(client, view);
    });
  }

  /** Drops every socket (the server stopped); the room stays open and peers come back when it returns. */
  disconnectAll(): void {
    for (const c of this.clients) c.ws.terminate();
  }

  /** Tells everyone the room is closed and lets go of the board. */
  close(): void {
    this.room.board.doc.off('update', this.onDocUpdate);
    this.guesses.stop();
    for (const c of this.clients) {
      if (c.channel) sendControl(c, { t: 'closed' });
      c.leaveDoor();
      c.ws.close(1001, 'room closed');
    }
    this.clients.clear();
    this.awareness.destroy();
  }

  /** Frames before admission: the password exchange, in clear. */
  private onText(client: HubClient, text: string): void {
    const frame = parsePeerFrame(text);
    if (!frame) {
      const protocol = helloProtocol(text);
      return this.refuse(client, protocol !== null && protocol !== ROOM_PROTOCOL_VERSION ? 'protocol' : 'bad-frame');
    }
    if (client.stage === 'hello' && frame.t === 'hello') return this.hello(client, frame);
    if (client.stage === 'challenge' && frame.t === 'auth') return this.auth(client, frame.login);
    this.refuse(client, 'bad-frame');
  }

  /** Frames of the channel: pieces of control and Yjs messages. */
  private onFrame(client: HubClient, frame: Uint8Array): void {
    let message;
    try {
      message = client.channel!.receive(frame);
    } catch {
      return this.refuse(client, 'bad-frame');
    }
    if (!message) return;
    if (message.kind === KIND_YJS) return client.stage === 'joined' ? this.onYjs(client, message.bytes) : this.refuse(client, 'bad-frame');
    const control = parsePeerFrame(message.text);
    if (client.stage === 'joining' && control?.t === 'join') return this.admit(client, control.ticket);
    if (client.stage === 'joined' && control?.t === 'links') {
      client.direct = new Set(control.direct);
      return;
    }
    this.refuse(client, 'bad-frame');
  }

  private hello(client: HubClient, frame: Extract<PeerFrame, { t: 'hello' }>): void {
    if (frame.room !== this.room.id) return this.refuse(client, 'no-room');
    if (frame.protocol !== ROOM_PROTOCOL_VERSION) return this.refuse(client, 'protocol');
    const schema = schemaRefusal(frame.schema, this.room.board.schema);
    if (schema) return this.refuse(client, schema);
    const exchange = this.room.exchange;
    // A peer holding a password for a room that has none: refused, not let in unverified.
    if (!exchange && frame.login !== null) return this.refuse(client, 'wrong-password');
    if (!exchange) {
      // An open room: no key, the channel starts in clear right after the hello.
      client.channel = new HubChannel(clearSealer);
      client.stage = 'joining';
      return;
    }
    const request = frame.login;
    if (request === null) return this.refuse(client, 'wrong-password');
    // Each answer lets its asker check one password: the room as a whole gives only so many a second.
    client.stage = 'waiting';
    void this.guesses.take(() => client.stage === 'waiting').then(() => {
      if (client.stage !== 'waiting') return;
      const answer = exchange.startLogin(request);
      if (!answer) return this.refuse(client, 'bad-frame');
      client.stage = 'challenge';
      client.login = answer.state;
      sendFrame(client.ws, { t: 'challenge', login: answer.loginResponse });
    });
  }

  private auth(client: HubClient, finish: string): void {
    const sessionKey = this.room.exchange!.finishLogin(client.login, finish);
    if (!sessionKey) return this.refuse(client, 'wrong-password');
    this.guesses.refund();
    client.channel = new HubChannel(sessionSealer(sessionKey, 'host'));
    client.stage = 'joining';
  }

  private admit(client: HubClient, resume: string | undefined): void {
    client.stage = 'joined';
    client.leaveDoor();
    client.ticket = this.room.issueTicket(resume);
    this.room.changed();
    sendControl(client, { t: 'welcome', ticket: client.ticket.id, schema: this.room.board.schema });
    const states = [...this.awareness.getStates().keys()];
    if (states.length) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, states));
      sendYjs(client, encoding.toUint8Array(encoder));
    }
  }

  private onYjs(client: HubClient, bytes: Uint8Array): void {
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
      sendYjs(client, encoding.toUint8Array(step2));
      const step1 = encoding.createEncoder();
      encoding.writeVarUint(step1, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(step1, doc);
      sendYjs(client, encoding.toUint8Array(step1));
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
      sendYjs(c, message);
    }
  }

  private refuse(client: HubClient, reason: RefusalReason): void {
    const frame: HostFrame = { t: 'refused', reason, schema: this.room.board.schema };
    if (client.channel) sendControl(client, frame);
    else sendFrame(client.ws, frame);
    client.ws.close(1008, reason);
    this.drop(client);
  }

  private drop(client: HubClient): void {
    client.leaveDoor();
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

/** A handshake frame, before admission. */
function sendFrame(ws: WebSocket, frame: HostFrame): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
}

function sendControl(client: HubClient, frame: HostFrame): void {
  send(client, client.channel!.frames({ kind: KIND_CONTROL, text: JSON.stringify(frame) }));
}

function sendYjs(client: HubClient, bytes: Uint8Array): void {
  send(client, client.channel!.frames({ kind: KIND_YJS, bytes }));
}

function send(client: HubClient, frames: Uint8Array[]): void {
  if (client.ws.readyState !== client.ws.OPEN) return;
  for (const f of frames) client.ws.send(f);
}
