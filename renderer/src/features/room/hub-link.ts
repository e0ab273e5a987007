import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { clearSealer, HubChannel, KIND_CONTROL, KIND_YJS } from '@shared/room/hub-channel';
import { parseHostFrame, type HostFrame, type PeerFrame, type RefusalReason } from '@shared/room/hub-frames';
import * as opaque from '@serenity-kit/opaque';
import { normalizeRoomPassword } from '@shared/room/password-normalize';
import { ANTI_ENTROPY_MS, MESSAGE_AWARENESS, MESSAGE_SYNC, pakeIdentifiers, ROOM_PROTOCOL_VERSION } from '@shared/room/protocol';
import { ROOM_ROLES, type RoomDoor, type RoomRole } from '@shared/room/roles';
import { sessionKeyBytes, sessionSealer } from '@shared/room/room-session';
import { CLOCK_KEPT, CLOCK_REFRESH_MS, CLOCK_SAMPLES, clockOffset, type ClockSample } from '@shared/room/clock-offset';

/** Why the hub link stopped for good: the HOST's reasons, or a host that could not prove it knows the password. */
export type HubRefusal = RefusalReason | 'host-unverified';

export type HubState =
  | { kind: 'connecting' }
  /**
   * Admitted; `synced` once the HOST's copy of the board has arrived. `ticket`: the resume secret
   * (kept by the tab, sent only in the sealed `join`); `signal`: this admission's signaling token.
   */
  | { kind: 'joined'; ticket: string; signal: string; synced: boolean; role: RoomRole }
  /** Lost the HOST; trying again. */
  | { kind: 'offline' }
  | { kind: 'refused'; reason: HubRefusal; roomSchema: number | undefined }
  /** The facilitator closed the room. */
  | { kind: 'closed' }
  | { kind: 'left' };

export interface HubLinkOptions {
  url: string;
  roomId: string;
  password: string | null;
  /** Which door `password` opens: the participants' (the default) or the facilitators'. */
  door: RoomDoor;
  schema: number;
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  WebSocket?: typeof WebSocket;
  /** This machine's clock (injected by tests to play a laptop whose clock is wrong). */
  now?: () => number;
  /** The resume secret of an earlier admission (kept over a reload): the HOST gives the same person back. */
  ticket?: string;
}

/** What the HOST told this page of the current dot vote: my own dots only, and for facilitators how many voted. */
export interface VoteNews {
  vote: string;
  dots: Record<string, number>;
  /** The last cast the HOST refused, and why. */
  refused: { card: string; reason: string } | null;
  /** How many people voted (facilitators only); null when not told. */
  voters: number | null;
}

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 4000;

/**
 * This peer's link to the HOST's hub: password proof, schema handshake, Yjs sync with the HOST's
 * copy of the board (the bootstrap of a late joiner, the resync after a drop, both ways), my own
 * edits and presence up, and whatever the HOST relays down. Reconnects by itself until the room
 * refuses or closes.
 */
export class HubLink {
  private ws: WebSocket | null = null;
  /** The admitted link's pieces (see hub-channel.ts); null during the handshake. */
  private channel: HubChannel | null = null;
  private state: HubState = { kind: 'connecting' };
  private readonly listeners = new Set<(s: HubState) => void>();
  private ticket: string | undefined;
  /** My state of the password exchange, between hello and challenge. */
  private loginState: string | null = null;
  /** The HOST proved it holds the password's record: the channel is sealed with our session key. */
  private proven = false;
  private online = true;
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly antiEntropy: ReturnType<typeof setInterval>;
  /** Bytes received from the HOST (the bootstrap included), for tests and benchmarks. */
  received = 0;
  /** Each presence id's role, as the HOST's latest roster says. */
  private roster = new Map<number, RoomRole>();
  /** Round trips to the HOST's clock, and when my unanswered question left (one at a time). */
  private clockSamples: ClockSample[] = [];
  private clockAsked: number | null = null;
  private clockTimer: ReturnType<typeof setTimeout> | null = null;
  /** The samples are from a previous link: kept (the timer stays on screen) until this link's first answer replaces them. */
  private clockStale = false;
  private vote: VoteNews | null = null;
  /** My cards in the open private round, as the HOST (which keeps them) last said. */
  private myHeldCards: Omit<Extract<HostFrame, { t: 'my-held' }>, 't'> = { round: null, cards: [] };

  private readonly onDocUpdate = (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction): void => {
    // Only my own edits go up: what peers sent me reached the HOST from them.
    if (tr.local) this.sendSync((e) => syncProtocol.writeUpdate(e, update));
  };
  private readonly onAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    if (origin !== 'local') return;
    this.sendAwareness([...added, ...updated, ...removed]);
  };

  constructor(private readonly opts: HubLinkOptions) {
    this.ticket = opts.ticket;
    opts.doc.on('update', this.onDocUpdate);
    opts.awareness.on('update', this.onAwareness);
    this.antiEntropy = setInterval(() => this.sendSync((e) => syncProtocol.writeSyncStep1(e, opts.doc)), ANTI_ENTROPY_MS);
    this.connect();
  }

  get current(): HubState {
    return this.state;
  }

  subscribe(listener: (s: HubState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The role of the person behind a presence id, as the HOST said; null when it did not say. */
  roleOf(clientId: number): RoomRole | null {
    return this.roster.get(clientId) ?? null;
  }

  /** HOST clock minus mine, once the HOST has answered; null before. */
  hostClockOffset(): number | null {
    return clockOffset(this.clockSamples);
  }

  private localNow(): number {
    return (this.opts.now ?? Date.now)();
  }

  private askClock(): void {
    if (this.clockTimer) clearTimeout(this.clockTimer);
    this.clockTimer = null;
    this.clockAsked = this.localNow();
    this.sendControl({ t: 'clock' });
  }

  /** My dots in the current vote as the HOST keeps them (null before it said). */
  voteNews(): VoteNews | null {
    return this.vote;
  }

  /** Sets my dots on a card; the HOST answers with my dots (or why not). Nothing is counted here. */
  castVote(vote: string, card: string, dots: number): void {
    if (this.state.kind === 'joined') this.sendControl({ t: 'cast', vote, card, dots });
  }

  private voteFor(vote: string): VoteNews {
    if (this.vote?.vote !== vote) this.vote = { vote, dots: {}, refused: null, voters: null };
    return this.vote;
  }

  /** My held cards of the private round (day-round.ts), as the HOST last said. */
  myHeld(): Omit<Extract<HostFrame, { t: 'my-held' }>, 't'> {
    return this.myHeldCards;
  }

  /** Hands a private round's card (or its deletion) to the HOST; it answers with `my-held`. */
  sendHeld(frame: Extract<PeerFrame, { t: 'held' | 'held-drop' }>): void {
    if (this.state.kind === 'joined') this.sendControl(frame);
  }

  /** Tells the HOST which peers I reach directly, so it stops relaying presence between us. */
  reportLinks(direct: string[]): void {
    if (this.state.kind === 'joined') this.sendControl({ t: 'links', direct });
  }

  /** Off: drops the connection as a network failure would and stays away; on: comes back and resyncs both ways. */
  setOnline(online: boolean): void {
    this.online = online;
    if (!online) this.ws?.close();
    else if (!this.ws && this.state.kind === 'offline') {
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.connect();
    }
  }

  leave(): void {
    this.setState({ kind: 'left' });
    this.stop();
  }

  private stop(): void {
    clearInterval(this.antiEntropy);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.clockTimer) clearTimeout(this.clockTimer);
    this.opts.doc.off('update', this.onDocUpdate);
    this.opts.awareness.off('update', this.onAwareness);
    this.ws?.close();
    this.ws = null;
  }

  private connect(): void {
    if (!this.online) return;
    const Impl = this.opts.WebSocket ?? WebSocket;
    const ws = new Impl(this.opts.url);
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    this.channel = null;
    this.loginState = null;
    this.proven = false;
    this.clockAsked = null;
    if (this.clockTimer) clearTimeout(this.clockTimer);
    this.clockTimer = null;
    ws.onopen = () => void this.hello(ws);
    ws.onmessage = (event: MessageEvent) => {
      if (ws !== this.ws) return;
      if (typeof event.data === 'string') this.onFrame(event.data, false);
      else this.onChannelFrame(new Uint8Array(event.data as ArrayBuffer));
    };
    // A refused upgrade or a lost network ends in onclose, which retries; nothing to do here.
    ws.onerror = () => {};
    ws.onclose = () => {
      if (ws !== this.ws) return;
      this.ws = null;
      const final = this.state.kind === 'refused' || this.state.kind === 'closed' || this.state.kind === 'left';
      if (final) return this.stop();
      this.setState({ kind: 'offline' });
      if (!this.online) return;
      const wait = Math.min(RETRY_MIN_MS * 2 ** this.retries++, RETRY_MAX_MS);
      this.retryTimer = setTimeout(() => this.connect(), wait);
    };
  }

  /** Opens the exchange: with a password, its first message (the password itself never leaves). */
  private async hello(ws: WebSocket): Promise<void> {
    const password = this.opts.password;
    let login: string | null = null;
    if (password !== null) {
      await opaque.ready;
      if (ws !== this.ws) return;
      const start = opaque.client.startLogin({ password: normalizeRoomPassword(password) });
      this.loginState = start.clientLoginState;
      login = start.startLoginRequest;
    }
    this.sendHandshake({ t: 'hello', room: this.opts.roomId, protocol: ROOM_PROTOCOL_VERSION, schema: this.opts.schema, door: this.opts.door, login });
    if (password === null) {
      // A room without password: the channel starts in clear right after the hello.
      this.channel = new HubChannel(clearSealer);
      this.sendControl({ t: 'join', ...(this.ticket ? { ticket: this.ticket } : {}) });
    }
  }

  /** The HOST's answer: it proves the HOST holds the password's record, and gives us both the session key. */
  private challenge(loginResponse: string): void {
    const { password } = this.opts;
    const state = this.loginState;
    this.loginState = null;
    if (password === null || state === null) return this.refuse('host-unverified', undefined);
    let done: ReturnType<typeof opaque.client.finishLogin>;
    try {
      done = opaque.client.finishLogin({ clientLoginState: state, loginResponse, password: normalizeRoomPassword(password), identifiers: pakeIdentifiers(this.opts.roomId, this.opts.door) });
    } catch {
      return this.refuse('host-unverified', undefined);
    }
    // A wrong password and a machine posing as the HOST look the same from here: neither gets anything.
    if (!done) return this.refuse('wrong-password', undefined);
    this.sendHandshake({ t: 'auth', login: done.finishLoginRequest });
    this.channel = new HubChannel(sessionSealer(sessionKeyBytes(done.sessionKey), 'peer'));
    this.proven = true;
    this.sendControl({ t: 'join', ...(this.ticket ? { ticket: this.ticket } : {}) });
  }

  /** A frame from the HOST: `sealed` when it came through the channel. */
  private onFrame(text: string, sealed: boolean): void {
    const frame = parseHostFrame(text);
    if (!frame) return;
    switch (frame.t) {
      case 'challenge':
        if (!sealed) this.challenge(frame.login);
        return;
      case 'welcome': {
        // With a password, only a HOST that went through the exchange is believed (a machine posing as it skips it).
        if (!sealed || (this.opts.password !== null && !this.proven)) return this.refuse('host-unverified', undefined);
        this.ticket = frame.ticket;
        this.retries = 0;
        this.setState({ kind: 'joined', ticket: frame.ticket, signal: frame.signal, synced: false, role: frame.role });
        // My state vector: the HOST answers with what I lack (the bootstrap) and asks for what it lacks.
        this.sendSync((e) => syncProtocol.writeSyncStep1(e, this.opts.doc));
        if (this.opts.awareness.getLocalState() !== null) this.sendAwareness([this.opts.doc.clientID]);
        // Measured again at each join: the link (and so the round trip) may have changed.
        this.clockStale = true;
        this.askClock();
        return;
      }
      case 'roster': {
        if (!sealed || this.state.kind !== 'joined') return;
        const roster = new Map<number, RoomRole>();
        // An id two sockets claim gets the lesser role: nobody passes for a facilitator by copying one's id.
        const rank = (r: RoomRole): number => ROOM_ROLES.indexOf(r);
        for (const { ids, role } of frame.people) {
          for (const id of ids) {
            const known = roster.get(id);
            if (known === undefined || rank(role) > rank(known)) roster.set(id, role);
          }
        }
        this.roster = roster;
        return this.setState(this.state);
      }
      case 'clock': {
        if (!sealed || this.clockAsked === null) return;
        const sample = { sentAt: this.clockAsked, receivedAt: this.localNow(), hostNow: frame.now };
        // The latest answers only: a clock the laptop corrects during the day is followed once older answers are dropped (minutes).
        this.clockSamples = this.clockStale ? [sample] : [...this.clockSamples, sample].slice(-CLOCK_KEPT);
        this.clockStale = false;
        this.clockAsked = null;
        // A few back to back at once (the timer shows right away), then one now and then: a HOST busy
        // sending everyone the board at the start answered late, a later question finds it idle.
        if (this.clockSamples.length < CLOCK_SAMPLES) this.askClock();
        else this.clockTimer = setTimeout(() => this.askClock(), CLOCK_REFRESH_MS);
        return this.setState(this.state);
      }
      case 'my-votes':
        if (!sealed) return;
        this.vote = { ...this.voteFor(frame.vote), dots: frame.dots };
        return this.setState(this.state);
      case 'cast-refused':
        if (!sealed) return;
        this.vote = { ...this.voteFor(frame.vote), refused: { card: frame.card, reason: frame.reason } };
        return this.setState(this.state);
      case 'voters':
        if (!sealed) return;
        this.vote = { ...this.voteFor(frame.vote), voters: frame.voters };
        return this.setState(this.state);
      case 'my-held':
        if (!sealed) return;
        this.myHeldCards = { round: frame.round, cards: frame.cards };
        return this.setState(this.state);
      case 'refused':
        return this.refuse(frame.reason, frame.schema);
      case 'closed':
        if (!sealed) return;
        this.setState({ kind: 'closed' });
        return this.stop();
    }
  }

  /** A frame of the admitted link: a piece of a control message (welcome, refused, closed) or of a Yjs message. */
  private onChannelFrame(frame: Uint8Array): void {
    if (!this.channel) return;
    this.received += frame.byteLength;
    let message;
    try {
      message = this.channel.receive(frame);
    } catch {
      // Not from the HOST I proved the password to: drop the link and start again.
      this.ws?.close();
      return;
    }
    if (!message) return;
    if (message.kind === KIND_CONTROL) this.onFrame(message.text, true);
    else this.onYjs(message.bytes);
  }

  private onYjs(bytes: Uint8Array): void {
    if (this.state.kind !== 'joined') return;
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      const kind = syncProtocol.readSyncMessage(decoder, reply, this.opts.doc, this);
      if (encoding.length(reply) > 1) this.send(encoding.toUint8Array(reply));
      if (kind === syncProtocol.messageYjsSyncStep2 && !this.state.synced) this.setState({ ...this.state, synced: true });
    } else if (type === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(this.opts.awareness, decoding.readVarUint8Array(decoder), this);
    }
  }

  private refuse(reason: HubRefusal, roomSchema: number | undefined): void {
    this.setState({ kind: 'refused', reason, roomSchema });
    this.stop();
  }

  private sendSync(write: (e: encoding.Encoder) => void): void {
    if (this.state.kind !== 'joined') return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    write(encoder);
    this.send(encoding.toUint8Array(encoder));
  }

  private sendAwareness(clients: number[]): void {
    if (this.state.kind !== 'joined') return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.opts.awareness, clients));
    this.send(encoding.toUint8Array(encoder));
  }

  /** A frame of the exchange (hello, auth), in clear. */
  private sendHandshake(frame: PeerFrame): void {
    if (this.ws?.readyState === 1) this.ws.send(JSON.stringify(frame));
  }

  /** A control message through the channel (join, links). */
  private sendControl(frame: PeerFrame): void {
    if (this.ws?.readyState === 1 && this.channel) this.sendFrames(this.channel.frames({ kind: KIND_CONTROL, text: JSON.stringify(frame) }));
  }

  private send(bytes: Uint8Array): void {
    if (this.ws?.readyState === 1 && this.channel) this.sendFrames(this.channel.frames({ kind: KIND_YJS, bytes }));
  }

  private sendFrames(frames: Uint8Array[]): void {
    for (const f of frames) this.ws!.send(f as Uint8Array<ArrayBuffer>);
  }

  private setState(state: HubState): void {
    this.state = state;
    for (const l of this.listeners) l(state);
  }
}
