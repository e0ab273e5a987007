import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { clearSealer, HubChannel, KIND_CONTROL, KIND_YJS } from '@shared/room/hub-channel';
import type { RoomPersonStatus, RoomRefusal } from '@shared/host-api/contract';
import { helloProtocol, MAX_IDS_PER_SOCKET, MAX_ROSTER, parsePeerFrame, type HostFrame, type PeerFrame, type RefusalReason } from '@shared/room/hub-frames';
import { HUB_FORWARD_ALWAYS_BYTES, MAX_CONTROL_FRAME_BYTES, MESSAGE_AWARENESS, MESSAGE_SYNC, ROOM_PROTOCOL_VERSION } from '@shared/room/protocol';
import { isFacilitatorRole, type RoomDoor, type RoomRole } from '@shared/room/roles';
import { sessionSealer } from '@shared/room/room-session';
import { schemaRefusal } from '@shared/room/schema-handshake';
import { GuessLimiter } from './guess-limiter';
import { HeldCards } from './held-cards';
import { HANDSHAKE_MS, HubDoor } from './hub-door';
import { isLoopback } from './lan-interfaces';
import { audienceOf, awarenessIdsOf, HubPresence, type Audience } from './hub-presence';
import type { RoomBoard, Ticket, Workshop } from './room-board';
import type { RoomPassword } from './room-password';
import { endPresentationOf, PRESENTER_GRACE_MS } from './room-presenting';
import type { VoteBox } from './vote-box';

interface HubClient {
  ws: WebSocket;
  /** This machine (the facilitator's own window) or another one: decides the role at the facilitators' door. */
  fromHostMachine: boolean;
  /** The door its hello named, and the exchange of that door as it was then (the facilitators' changes when an access ends). */
  door: RoomDoor;
  exchange: RoomPassword | null;
  /** Set at admission. */
  role: RoomRole | null;
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
  /** The HOST's side of a door's password exchange; null for the participants' door of a room without password. */
  exchange(door: RoomDoor): RoomPassword | null;
  /** The project: facilitators sync it. */
  readonly board: RoomBoard;
  /** The workshop doc: participants sync it. */
  readonly workshop: Workshop;
  issueTicket(resume: string | undefined, role: RoomRole): Ticket;
  /** Someone joined or left, or changed their name. */
  changed(): void;
  /** An edit the HOST refused, for the facilitator's log. */
  refused(entry: RoomRefusal): void;
  /** The dot votes' ballots (vote-box.ts). */
  readonly votes: VoteBox;
}

/**
 * The HOST's end of every peer's hub socket: password exchange at either door, schema handshake,
 * the role, the bootstrap (Yjs sync with the HOST's copy of the peer's doc, over a WebSocket, so a
 * 2 MB board never crosses a data channel), and every edit (a star): each update is checked,
 * applied to its audience's doc and forwarded to the other sockets of that audience. What the
 * workshop mirror carries from one doc to the other reaches the other audience as an update of
 * its own doc. Presence goes to everyone, skipping pairs linked directly unless it is too big for WebRTC.
 */
export interface RoomHubOptions {
  /** How long a presenter may be gone before their presentation ends (tests shorten it); PRESENTER_GRACE_MS by default. */
  presenterGraceMs?: number;
}

export class RoomHub {
  private readonly clients = new Set<HubClient>();
  /** Presenters whose last facilitator socket left, by person id: their presentation ends when the timer fires. */
  private readonly leaving = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly door = new HubDoor();
  /** Each door answers only so many guesses a second. */
  private readonly guesses: Record<RoomDoor, GuessLimiter> = { participant: new GuessLimiter(), facilitator: new GuessLimiter() };
  /** The client whose update is being applied (Yjs emits 'update' synchronously inside apply). */
  private applying: HubClient | null = null;
  /**
   * The docs whose first update, while `applying`, is still to come: that one is the client's own
   * edit, which it has. What follows in the same apply (the project's repair of it, the mirror's
   * consequences) is news to the author too.
   */
  private readonly ownPending = new Set<Audience>();
  private readonly presence = new HubPresence(
    (audience) => this.docOf(audience),
    (id) => this.audienceOfPresence(id),
  );
  /** A private round's cards, each seen only by its author until the reveal. */
  private readonly held: HeldCards;
  /** Person id → the ticket that first claimed it in its presence, for this opening (see personOf). */
  private readonly claims = new Map<string, Ticket>();
  private readonly onProjectUpdate = (update: Uint8Array): void => this.forward('facilitators', this.syncUpdate(update), this.authorOf('facilitators'));
  private readonly onWorkshopUpdate = (update: Uint8Array): void => this.forward('participants', this.syncUpdate(update), this.authorOf('participants'));
  private readonly onAwareness = (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    const from = this.clients.has(origin as HubClient) ? (origin as HubClient) : null;
    // Whether the ids this socket speaks for changed: the roster says them.
    let idsChanged = false;
    if (from) {
      for (const id of [...change.added, ...change.updated]) {
        if (from.awarenessIds.has(id)) continue;
        from.awarenessIds.add(id);
        idsChanged = true;
      }
      for (const id of change.removed) if (from.awarenessIds.delete(id)) idsChanged = true;
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    const messages = new Map<Audience, Uint8Array>();
    for (const c of this.clients) {
      if (c === from || c.stage !== 'joined') continue;
      const audience = audienceOf(c.role);
      let message = messages.get(audience);
      if (!message) messages.set(audience, (message = this.presence.messageFor(audience, changed)));
      if (from && message.length <= HUB_FORWARD_ALWAYS_BYTES && linkedDirectly(c, from)) continue;
      sendYjs(c, message);
    }
    if (idsChanged) this.sendRoster();
    // The first ticket to claim a person id in its presence holds it (personOf).
    if (from?.stage === 'joined') this.personOf(from);
    // A presenter back (a reload, a blip): a facilitator socket shows their presence again.
    if (from && this.leaving.size && isFacilitatorRole(from.role)) {
      const person = this.presence.personOf(from.awarenessIds);
      const timer = person === null ? undefined : this.leaving.get(person);
      if (timer) {
        clearTimeout(timer);
        this.leaving.delete(person!);
      }
    }
    if (this.presence.namesChanged(changed)) this.room.changed();
  };

  constructor(
    private readonly room: HubRoom,
    private readonly opts: RoomHubOptions = {},
  ) {
    this.held = new HeldCards(room.board);
    room.board.doc.on('update', this.onProjectUpdate);
    room.workshop.doc.on('update', this.onWorkshopUpdate);
    this.presence.awareness.on('update', this.onAwareness);
  }

  /** Participants past the handshake. */
  get participants(): number {
    return [...this.clients].filter((c) => c.stage === 'joined').length;
  }

  /** Who is in the room: one entry per ticket with a socket here, named as its presence says. */
  people(): RoomPersonStatus[] {
    const out = new Map<Ticket, RoomPersonStatus>();
    for (const c of this.clients) {
      if (c.stage !== 'joined' || !c.ticket) continue;
      const person = out.get(c.ticket) ?? { id: c.ticket.personId, name: '', role: c.ticket.role };
      person.name ||= this.presence.nameOf(c.awarenessIds);
      out.set(c.ticket, person);
    }
    return [...out.values()];
  }

  /** Closes every socket of a ticket whose access a facilitator ended. */
  end(ticket: Ticket): void {
    for (const c of [...this.clients]) if (c.ticket === ticket) this.refuse(c, 'access-ended');
    for (const [person, owner] of this.claims) if (owner === ticket) this.claims.delete(person);
  }

  /** Whether a new hub socket from `address` may come in (checked at the upgrade, before any frame). */
  mayAttach(address: string): boolean {
    return this.door.mayEnter(address);
  }

  /** Sockets that have not proven the password yet. */
  get pending(): number {
    return this.door.pending;
  }

  /** `local`: the address the socket came in on; a socket from it (or loopback) is this machine's. */
  attach(ws: WebSocket, address: string, local = ''): void {
    const leave = this.door.enter(address);
    const clock = setTimeout(() => ws.terminate(), HANDSHAKE_MS);
    const client: HubClient = {
      ws,
      fromHostMachine: isLoopback(address) || address === local,
      door: 'participant',
      exchange: null,
      role: null,
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
    this.room.board.doc.off('update', this.onProjectUpdate);
    this.room.workshop.doc.off('update', this.onWorkshopUpdate);
    this.guesses.participant.stop();
    this.guesses.facilitator.stop();
    for (const timer of this.leaving.values()) clearTimeout(timer);
    this.leaving.clear();
    for (const c of this.clients) {
      if (c.channel) sendControl(c, { t: 'closed' });
      c.leaveDoor();
      c.ws.close(1001, 'room closed');
    }
    this.clients.clear();
    this.presence.destroy();
    this.held.destroy();
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
    } catch (e) {
      if (client.stage === 'joined') this.logRefusal(client, `a malformed message (${(e as Error).message})`);
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
    if (client.stage === 'joined' && control?.t === 'clock') return sendControl(client, { t: 'clock', now: Date.now() });
    if (client.stage === 'joined' && control?.t === 'cast') return this.cast(client, control);
    if (client.stage === 'joined' && (control?.t === 'held' || control?.t === 'held-drop')) return this.onHeld(client, control);
    this.refuse(client, 'bad-frame');
  }

  private hello(client: HubClient, frame: Extract<PeerFrame, { t: 'hello' }>): void {
    if (frame.room !== this.room.id) return this.refuse(client, 'no-room');
    if (frame.protocol !== ROOM_PROTOCOL_VERSION) return this.refuse(client, 'protocol');
    const schema = schemaRefusal(frame.schema, this.room.board.schema);
    if (schema) return this.refuse(client, schema);
    client.door = frame.door;
    const exchange = this.room.exchange(frame.door);
    client.exchange = exchange;
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
    void this.guesses[frame.door].take(() => client.stage === 'waiting').then(() => {
      if (client.stage !== 'waiting') return;
      const answer = exchange.startLogin(request);
      if (!answer) return this.refuse(client, 'bad-frame');
      client.stage = 'challenge';
      client.login = answer.state;
      sendFrame(client.ws, { t: 'challenge', login: answer.loginResponse });
    });
  }

  private auth(client: HubClient, finish: string): void {
    const sessionKey = client.exchange!.finishLogin(client.login, finish);
    if (!sessionKey) return this.refuse(client, 'wrong-password');
    this.guesses[client.door].refund();
    client.channel = new HubChannel(sessionSealer(sessionKey, 'host'));
    client.stage = 'joining';
  }

  private admit(client: HubClient, resume: string | undefined): void {
    // The role is the HOST's: the door proven, and for the facilitators' door, whether it is this machine.
    const role: RoomRole = client.door === 'participant' ? 'participant' : client.fromHostMachine ? 'facilitator' : 'co-facilitator';
    client.stage = 'joined';
    client.role = role;
    client.leaveDoor();
    // A resumed ticket gets a new signaling token, its old signaling sockets closed (room.ts).
    client.ticket = this.room.issueTicket(resume, role);
    this.room.changed();
    sendControl(client, { t: 'welcome', ticket: client.ticket.id, signal: client.ticket.signal, schema: this.room.board.schema, role });
    const everyone = this.presence.everyoneFor(audienceOf(role));
    if (everyone) sendYjs(client, everyone);
    this.sendRoster();
    // A page that comes back (a reload keeps its ticket) gets its own dots, and a facilitator the number who voted.
    const vote = this.room.votes.current();
    if (vote) {
      sendControl(client, { t: 'my-votes', vote: vote.id, dots: this.room.votes.mine(client.ticket.personId, vote.id) });
      if (isFacilitatorRole(role)) sendControl(client, { t: 'voters', vote: vote.id, voters: this.room.votes.voters(vote.id) });
    }
    // …and its cards of a private round.
    this.sendMyHeld(client.ticket);
  }

  /**
   * A dot: who casts is the socket's ticket, never the frame. The answer (my dots as the HOST
   * keeps them) goes to that ticket's sockets only; a refused cast changes nothing and the link
   * stays. Facilitators hear how many people voted, never where.
   */
  private cast(client: HubClient, frame: Extract<PeerFrame, { t: 'cast' }>): void {
    const ticket = client.ticket!;
    const cards = isFacilitatorRole(client.role) ? this.room.board.doc : this.room.workshop.doc;
    const outcome = this.room.votes.cast(ticket.personId, frame.vote, frame.card, frame.dots, cards);
    if (!outcome.ok) sendControl(client, { t: 'cast-refused', vote: frame.vote, card: frame.card, reason: outcome.reason });
    // A cast on a vote that is over (a click as a new one started): the page hears its dots in the current one.
    const vote = outcome.ok || outcome.reason !== 'no-vote' ? frame.vote : this.room.votes.current()?.id;
    if (vote === undefined) return;
    const mine: HostFrame = { t: 'my-votes', vote, dots: vote === frame.vote ? outcome.dots : this.room.votes.mine(ticket.personId, vote) };
    for (const c of this.clients) if (c.ticket === ticket && c.stage === 'joined') sendControl(c, mine);
    if (!outcome.ok) return;
    const voters: HostFrame = { t: 'voters', vote: frame.vote, voters: this.room.votes.voters(frame.vote) };
    for (const c of this.clients) if (c.stage === 'joined' && isFacilitatorRole(c.role)) sendControl(c, voters);
  }

  /** A card of a private round, from its author (who the ticket says, never the frame): refused, it is logged and the author's page hears what it holds. */
  private onHeld(client: HubClient, frame: Extract<PeerFrame, { t: 'held' | 'held-drop' }>): void {
    const owner = client.ticket!.personId;
    const person = this.personOf(client);
    const author = person === null ? null : { id: person, name: this.presence.nameOf(client.awarenessIds).slice(0, 80) };
    const refusal = frame.t === 'held' ? this.held.put(owner, author, frame.round, frame.card) : this.held.drop(owner, frame.round, frame.id);
    if (refusal) this.logRefusal(client, `a private card: ${refusal}`);
    this.sendMyHeld(client.ticket!);
  }

  /** The author's held cards, to every socket of that ticket and to nobody else. */
  private sendMyHeld(ticket: Ticket): void {
    const mine = this.held.mine(ticket.personId);
    for (const c of this.clients) if (c.stage === 'joined' && c.ticket === ticket) sendControl(c, { t: 'my-held', ...mine });
  }

  private audienceOfPresence(id: number): Audience | null {
    for (const c of this.clients) if (c.awarenessIds.has(id)) return audienceOf(c.role);
    return null;
  }

  private docOf(audience: Audience): Y.Doc {
    return audience === 'facilitators' ? this.room.board.doc : this.room.workshop.doc;
  }

  /** Tells everyone who is here and in which role (the page shows roles from this, never from presence). */
  private sendRoster(): void {
    const people = [...this.clients]
      .filter((c) => c.stage === 'joined' && c.role)
      .slice(0, MAX_ROSTER)
      .map((c) => ({ ids: [...c.awarenessIds].slice(0, MAX_IDS_PER_SOCKET), role: c.role! }));
    for (const c of this.clients) if (c.stage === 'joined') sendControl(c, { t: 'roster', people });
  }

  private onYjs(client: HubClient, bytes: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(bytes);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) this.onSync(client, decoder);
      else if (type === MESSAGE_AWARENESS) this.onPresence(client, decoding.readVarUint8Array(decoder));
      else throw new Error(`unknown message ${type}`);
    } catch (e) {
      // Bytes that do not decode or apply: this socket goes, the room and the board stay.
      if (client.stage === 'joined') this.logRefusal(client, `a malformed message (${(e as Error).message})`);
      this.refuse(client, 'bad-frame');
    }
  }

  /** A presence update speaks for its socket's own ids only: one naming another socket's presence (posing as a facilitator) is dropped. */
  private onPresence(client: HubClient, update: Uint8Array): void {
    const ids = awarenessIdsOf(update);
    for (const id of ids) {
      for (const other of this.clients) if (other !== client && other.awarenessIds.has(id)) return;
    }
    // A page speaks for one presence (a few over reconnects): more is a client growing the HOST's store and everyone's roster.
    if (new Set([...client.awarenessIds, ...ids]).size > MAX_IDS_PER_SOCKET) throw new Error(`more than ${MAX_IDS_PER_SOCKET} presences on one socket`);
    awarenessProtocol.applyAwarenessUpdate(this.presence.awareness, update, client);
  }

  private onSync(client: HubClient, decoder: decoding.Decoder): void {
    const facilitator = isFacilitatorRole(client.role);
    const doc = this.docOf(audienceOf(client.role));
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      if (!facilitator) this.room.workshop.beforeSync();
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
      if (facilitator) return this.applyFrom(client, () => this.room.board.apply(update));
      // Bytes that are not an update are a malformed message (thrown: 'bad-frame'), not a refused edit.
      Y.decodeUpdate(update);
      // A participant's edit is checked before anything of it is applied: refused, it changes nothing anywhere.
      const refusal = this.room.workshop.refusal(update, this.personOf(client));
      if (refusal) {
        this.logRefusal(client, refusal);
        return this.refuse(client, 'update-refused');
      }
      this.applyFrom(client, () => this.room.workshop.apply(update));
    } else throw new Error(`unknown sync message ${kind}`);
  }

  /** Applies a client's update; one the project refuses (a facilitator's malformed one) throws, which drops the socket. */
  private applyFrom(client: HubClient, apply: () => void): void {
    this.applying = client;
    this.ownPending.add('facilitators').add('participants');
    try {
      apply();
    } finally {
      this.applying = null;
      this.ownPending.clear();
    }
  }

  /**
   * Who a client's presence says it is, for its authorship entries and held cards. A person id
   * belongs, for this opening, to the first ticket whose presence claimed it: any other ticket
   * claiming it (a modified page copying someone's id) gets null, so nothing it does is theirs.
   * A participant claiming a person a facilitator's presence is gets null too (it may not rename
   * them); a facilitator's socket, proven at its own door, always is who it says.
   */
  private personOf(client: HubClient): string | null {
    const person = this.presence.personOf(client.awarenessIds);
    const ticket = client.ticket;
    if (person === null || !ticket) return null;
    if (isFacilitatorRole(client.role)) {
      this.claim(person, ticket);
      return person;
    }
    for (const c of this.clients) if (c !== client && isFacilitatorRole(c.role) && this.presence.personOf(c.awarenessIds) === person) return null;
    const owner = this.claims.get(person);
    if (owner === undefined) this.claim(person, ticket);
    return owner === undefined || owner === ticket ? person : null;
  }

  /** Binds a person id to a ticket: one id per ticket (a page that changes its id lets go of the old one), so the map stays as small as the room. */
  private claim(person: string, ticket: Ticket): void {
    for (const [other, owner] of this.claims) if (owner === ticket && other !== person) this.claims.delete(other);
    this.claims.set(person, ticket);
  }

  /** Whether a facilitator's socket still speaks for this person (a participant claiming their id does not count). */
  private facilitatorSocketOf(person: string): boolean {
    for (const c of this.clients) if (c.stage === 'joined' && isFacilitatorRole(c.role) && this.presence.personOf(c.awarenessIds) === person) return true;
    return false;
  }

  /** The socket a doc update is not sent back to: the author of the edit being applied, for its first update only. */
  private authorOf(audience: Audience): HubClient | null {
    return this.applying && this.ownPending.delete(audience) ? this.applying : null;
  }

  private logRefusal(client: HubClient, reason: string): void {
    this.room.refused({ at: new Date().toISOString(), name: this.presence.nameOf(client.awarenessIds), role: client.role ?? 'participant', reason: reason.slice(0, 300) });
  }

  private syncUpdate(update: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    return encoding.toUint8Array(encoder);
  }

  /** Sends a doc update to every joined client of its audience except its author. */
  private forward(audience: Audience, message: Uint8Array, from: HubClient | null): void {
    const facilitators = audience === 'facilitators';
    for (const c of this.clients) {
      if (c === from || c.stage !== 'joined' || isFacilitatorRole(c.role) !== facilitators) continue;
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
    const joined = client.stage === 'joined';
    client.stage = 'gone';
    // Who this socket was, read before its presence goes (only a facilitator presents).
    const person = joined && isFacilitatorRole(client.role) ? this.presence.personOf(client.awarenessIds) : null;
    if (client.awarenessIds.size) awarenessProtocol.removeAwarenessStates(this.presence.awareness, [...client.awarenessIds], null);
    if (joined) {
      this.room.changed();
      this.sendRoster();
    }
    // Their last facilitator socket gone: their presentation ends for everyone unless they are back
    // within the grace (a reload closes the old socket before the new one opens).
    if (person !== null && !this.facilitatorSocketOf(person) && !this.leaving.has(person)) {
      const timer = setTimeout(() => {
        this.leaving.delete(person);
        if (!this.facilitatorSocketOf(person)) endPresentationOf(this.room.board, person);
      }, this.opts.presenterGraceMs ?? PRESENTER_GRACE_MS);
      this.leaving.set(person, timer);
    }
  }
}

/** A pair whose direct link carries presence between them (facilitators and participants never link: see meshTopicOf). */
function linkedDirectly(a: HubClient, b: HubClient): boolean {
  if (audienceOf(a.role) !== audienceOf(b.role)) return false;
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
