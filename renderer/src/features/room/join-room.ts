import { isFacilitatorRole, type RoomDoor, type RoomRole } from '@shared/room/roles';
import type * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { HUB_PATH, SIGNAL_PATH } from '@shared/room/protocol';
import { SCHEMA_VERSION } from '@shared/schema/version';
import { createStore } from '../../store';
import { DirectMesh } from './direct-mesh';
import { HubLink, type HubState, type VoteNews } from './hub-link';
import type { HostFrame, PeerFrame } from '@shared/room/hub-frames';
import { peopleOf, type Person, type PresenceState, type RoomUser } from './people';
import { browserRtc, newChannelStats, type ChannelStats, type RtcImpl } from './rtc-guard';

export interface JoinRoomOptions {
  doc: Y.Doc;
  /** host:port of the facilitator's HOST, as in the room URL. */
  host: string;
  roomId: string;
  password: string | null;
  /** Which password `password` is: the participants' (the workshop only) or the facilitators' (the research too). */
  door?: RoomDoor;
  user: RoomUser;
  awareness?: awarenessProtocol.Awareness;
  /** WebRTC to use; defaults to the browser's. null: no direct links, everything through the HOST. */
  rtc?: RtcImpl | null;
  /** Defaults to the global WebSocket. */
  WebSocket?: typeof WebSocket;
  /** Defaults to this build's SCHEMA_VERSION (tests pretend to be older). */
  schema?: number;
  maxConns?: number;
  /** This machine's clock; defaults to Date.now (tests inject a wrong one). */
  now?: () => number;
  /** The resume secret of an earlier admission to this room (a reload): the HOST gives the same person back, my dots included. */
  ticket?: string;
}

export interface RoomStats {
  peerId: string | null;
  direct: string[];
  channels: ChannelStats;
  /** Bytes the HOST sent me (bootstrap and relay). */
  fromHost: number;
}

export interface RoomConnection {
  readonly awareness: awarenessProtocol.Awareness;
  /** The hub link's state: joined, offline and retrying, refused (why), closed by the facilitator. */
  state(): HubState;
  /** My role, as the HOST admitted me; null before. */
  role(): RoomRole | null;
  /** HOST clock minus this machine's clock, once measured (the shared timer reads the HOST's time); null before. */
  hostClockOffset(): number | null;
  /** What the HOST said of the current dot vote: my own dots (never anyone else's), and to facilitators how many voted. */
  voteNews(): VoteNews | null;
  /** Sets my dots on a card of vote `vote` (the HOST checks and counts; voteNews() changes when it answers). */
  castVote(vote: string, card: string, dots: number): void;
  subscribe(listener: () => void): () => void;
  /** Resolves once the HOST's copy of the board is here; rejects if the room refuses me or closes. */
  synced(): Promise<void>;
  people(): Person[];
  /** Publishes where my pointer is, what I selected, whom I follow and (while followed) what I see. */
  setPresence(patch: Partial<Pick<PresenceState, 'cursor' | 'selection' | 'text' | 'following' | 'view'>>): void;
  stats(): RoomStats;
  /** A private round's cards: mine, as the HOST keeps them (subscribe hears changes), and sending one. */
  held: {
    mine(): Omit<Extract<HostFrame, { t: 'my-held' }>, 't'>;
    send(frame: Extract<PeerFrame, { t: 'held' | 'held-drop' }>): void;
  };
  /** Cuts both links as a network drop would (false), or restores them (true). Edits made meanwhile merge on return. */
  setOnline(online: boolean): void;
  leave(): void;
}

/** Default cap on direct links; past it the HOST relays (y-webrtc's full mesh does not scale to a 35-person workshop). */
export const DEFAULT_MAX_CONNS = 30;
const LINK_POLL_MS = 500;

/**
 * Joins a room: the hub link first (password at a door, schema, the board's bulk from the HOST),
 * then the y-webrtc mesh. Every edit goes through the HOST, which checks it and forwards it; the
 * mesh carries presence only, and the HOST relays presence between peers that have no direct
 * link, so a participant whose WebRTC cannot connect is still seen.
 */
export function joinRoom(opts: JoinRoomOptions): RoomConnection {
  const awareness = opts.awareness ?? new awarenessProtocol.Awareness(opts.doc);
  const rtc = opts.rtc === undefined ? browserRtc() : opts.rtc;
  const wsBase = `ws://${opts.host}`;
  const channels = newChannelStats();
  /** Bumped when the hub's state, the direct links or presence change. */
  const changes = createStore(0);
  const firstSeen = new Map<number, number>();
  const notify = (): void => changes.set((n) => n + 1);
  let mesh: DirectMesh | null = null;
  let direct: string[] = [];
  let online = true;

  awareness.setLocalState({ user: opts.user, peer: null } satisfies PresenceState);
  const hub = new HubLink({
    url: `${wsBase}${HUB_PATH}`,
    roomId: opts.roomId,
    password: opts.password,
    door: opts.door ?? 'participant',
    schema: opts.schema ?? SCHEMA_VERSION,
    doc: opts.doc,
    awareness,
    ...(opts.WebSocket ? { WebSocket: opts.WebSocket } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.ticket ? { ticket: opts.ticket } : {}),
  });

  // Signaling sees only this admission's token, never the resume secret.
  const signalUrl = (token: string): string => `${wsBase}${SIGNAL_PATH}?token=${token}`;
  const startMesh = (token: string, role: RoomRole): void => {
    if (!rtc) return;
    // Admitted again (the hub link came back): the HOST closed the old token's sockets.
    if (mesh) return mesh.resignal(signalUrl(token));
    mesh = new DirectMesh({
      signalUrl: signalUrl(token),
      roomId: opts.roomId,
      facilitator: isFacilitatorRole(role),
      doc: opts.doc,
      awareness,
      rtc,
      stats: channels,
      maxConns: opts.maxConns ?? DEFAULT_MAX_CONNS,
    });
    awareness.setLocalStateField('peer', mesh.peerId);
  };

  const unsubscribeHub = hub.subscribe((s) => {
    // The mesh starts once the bulk of the board came from the HOST, so data channels only carry differences.
    if (s.kind === 'joined' && s.synced && online) startMesh(s.signal, s.role);
    if (s.kind === 'refused' || s.kind === 'closed') {
      mesh?.destroy();
      mesh = null;
      // Nobody is reached any more: the others leave my list, rather than stay "relayed" by a HOST that let go.
      const others = [...awareness.getStates().keys()].filter((id) => id !== awareness.clientID);
      if (others.length > 0) awarenessProtocol.removeAwarenessStates(awareness, others, 'closed');
    }
    notify();
  });

  const poll = setInterval(() => {
    if (mesh && awareness.getLocalState()?.peer !== mesh.peerId) awareness.setLocalStateField('peer', mesh.peerId);
    const now = mesh && online ? mesh.directPeers().sort() : [];
    if (now.join() !== direct.join()) {
      direct = now;
      hub.reportLinks(direct);
      notify();
    }
  }, LINK_POLL_MS);
  awareness.on('change', notify);

  const connection: RoomConnection = {
    awareness,
    state: () => hub.current,
    role: () => {
      const s = hub.current;
      return s.kind === 'joined' ? s.role : null;
    },
    hostClockOffset: () => hub.hostClockOffset(),
    voteNews: () => hub.voteNews(),
    castVote: (vote, card, dots) => hub.castVote(vote, card, dots),
    subscribe: (listener) => changes.subscribe(listener),
    synced: () =>
      new Promise<void>((resolve, reject) => {
        const check = (): boolean => {
          const s = hub.current;
          if (s.kind === 'joined' && s.synced) resolve();
          else if (s.kind === 'refused') reject(new Error(`room refused: ${s.reason}`));
          else if (s.kind === 'closed' || s.kind === 'left') reject(new Error(`room ${s.kind}`));
          else return false;
          return true;
        };
        if (check()) return;
        const off = hub.subscribe(() => check() && off());
      }),
    people: () => peopleOf(awareness, new Set(direct), firstSeen, Date.now(), !!rtc, (id) => hub.roleOf(id)),
    setPresence: (patch) => {
      for (const [key, value] of Object.entries(patch)) awareness.setLocalStateField(key, value);
    },
    held: { mine: () => hub.myHeld(), send: (frame) => hub.sendHeld(frame) },
    stats: () => ({ peerId: mesh?.peerId ?? null, direct, channels: { ...channels }, fromHost: hub.received }),
    setOnline(next) {
      if (next === online) return;
      online = next;
      hub.setOnline(next);
      // Back online, the mesh waits for the hub's re-admission (startMesh): the HOST then closes the
      // old token's sockets, so signaling with it meanwhile would only race the new one.
      if (!next) mesh?.pause();
    },
    leave() {
      clearInterval(poll);
      unsubscribeHub();
      awareness.off('change', notify);
      mesh?.destroy();
      mesh = null;
      hub.leave();
      awarenessProtocol.removeAwarenessStates(awareness, [opts.doc.clientID], 'left');
    },
  };
  return connection;
}

