import * as Y from 'yjs';
import { createItem, deleteItems, moveItems, updateItem } from '@shared/board/commands';
import { itemsOf, LOCAL_ORIGIN, metaOf, snapshotOf } from '@shared/board/doc';
import { itemSchema, type ItemRecord } from '@shared/board/records';
import { newBoardDoc } from '@shared/project-file/build';
import { addInterview, addQuote, deleteQuote, linkQuote, linkTheme, placeQuote, setProposalBody, updateQuoteText } from '@shared/residency/commands';
import { interviewsOf, quotesOf } from '@shared/residency/doc';
import { validateAndRepair } from '@shared/schema/repair';
import { keepFieldsThroughUndo } from '@shared/board/undo-heal';

/**
 * A sync fuzz in the manner of the CRDT libraries' own: 2–5 peers run random board commands on
 * their own docs while a simulated network delivers updates late, out of order, partially, or
 * not at all (a peer disconnects; on reconnect it syncs by state vectors, as the hub does).
 * After every step each peer's doc must read without throwing and hold only valid records;
 * at the end, with everything delivered, every peer must hold the same board.
 *
 * Deterministic: a seed replays the same run. A failing seed is pinned in the test beside this.
 */

export interface FuzzOptions {
  seed: number;
  peers: number;
  steps: number;
  /** Undo as Yjs alone does it, without the app's heal (shared/board/undo-heal.ts). */
  yjsUndo?: boolean;
}

export interface FuzzResult {
  seed: number;
  steps: number;
  operations: Record<string, number>;
  delivered: number;
  dropped: number;
  reconnects: number;
  /** Records on the converged board. */
  records: number;
}

/** Why a run failed, with where: thrown so a test reports the seed and the step. */
export class FuzzFailure extends Error {}

/** Small, fast, deterministic: the same seed gives the same run on every machine. */
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    // xorshift32
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

interface Peer {
  doc: Y.Doc;
  undo: Y.UndoManager;
  online: boolean;
  /** Updates this peer has not received yet, in the order they were sent. */
  inbox: Uint8Array[];
}

const pick = <T>(next: () => number, list: readonly T[]): T | undefined => (list.length ? list[Math.floor(next() * list.length)] : undefined);

export function runSyncFuzz({ seed, peers: peerCount, steps, yjsUndo = false }: FuzzOptions): FuzzResult {
  const next = prng(seed);
  // Peers' client ids and record ids come from the seed too: Yjs orders concurrent writes by client id.
  const origin = newBoardDoc('Fuzz', '2026-01-01T00:00:00.000Z');
  let made = 0;
  const id = (prefix: string): string => `${prefix}:f${seed}x${made++}`;
  const start = Y.encodeStateAsUpdate(origin);
  const peers: Peer[] = [];
  for (let i = 0; i < peerCount; i++) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, start);
    doc.clientID = 1000 + i;
    // As the app's undo manager (renderer/src/session/undo.ts), over the residency maps too;
    // `yjsUndo` leaves out its heal, to show what it prevents.
    const undo = new Y.UndoManager([itemsOf(doc), metaOf(doc), interviewsOf(doc), quotesOf(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
    if (!yjsUndo) keepFieldsThroughUndo(doc, undo, [itemsOf(doc), interviewsOf(doc), quotesOf(doc)]);
    peers.push({ doc, undo, online: true, inbox: [] });
  }
  // What an online peer's action makes goes to every other peer's inbox as one message (the app
  // sends one action's updates together: an undo and the heal that follows it, a drag's frame); a
  // peer that is offline loses what reaches it (dropped below), and what it makes offline travels
  // only when it resyncs.
  const outbox = new Map<Peer, Uint8Array[]>();
  peers.forEach((from) => {
    from.doc.on('update', (update: Uint8Array, o: unknown) => {
      if (o !== 'fuzz:net') outbox.set(from, [...(outbox.get(from) ?? []), update]);
    });
  });
  const send = (): void => {
    for (const [from, updates] of outbox) {
      const message = Y.mergeUpdates(updates);
      for (const to of peers) if (to !== from && from.online) to.inbox.push(message);
    }
    outbox.clear();
  };

  const ops: Record<string, number> = {};
  let delivered = 0;
  let dropped = 0;
  let reconnects = 0;
  const count = (name: string): void => void (ops[name] = (ops[name] ?? 0) + 1);

  const ids = (doc: Y.Doc, kind?: ItemRecord['kind']): string[] => {
    const out: string[] = [];
    itemsOf(doc).forEach((m, id) => {
      if (m instanceof Y.Map && (!kind || m.get('kind') === kind)) out.push(id);
    });
    return out.sort();
  };
  const quoteIds = (doc: Y.Doc): string[] => [...quotesOf(doc).keys()].sort();
  const interviewIds = (doc: Y.Doc): string[] => [...interviewsOf(doc).keys()].sort();
  const coord = (): number => Math.round(next() * 4000 - 1000);
  const words = (): string => Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick(next, ['place', 'lien', 'étiquette', 'guichet', '🙂', 'café', 'emploi'])!).join(' ');

  const operations: Array<[string, (p: Peer) => void]> = [
    ['note', (p) => void createItem(p.doc, { kind: 'note', x: coord(), y: coord(), text: words() }, id('note'))],
    ['frame', (p) => void createItem(p.doc, { kind: 'frame', x: coord(), y: coord(), w: 400 + Math.floor(next() * 1200), h: 300 + Math.floor(next() * 900), title: words() }, id('frame'))],
    ['proposal', (p) => void createItem(p.doc, { kind: 'proposal', x: coord(), y: coord(), title: words(), body: words() }, id('proposal'))],
    ['move', (p) => moveItems(p.doc, ids(p.doc).filter(() => next() < 0.3), coord() / 4, coord() / 4)],
    ['edit', (p) => { const id = pick(next, ids(p.doc, 'note')); if (id) updateItem(p.doc, id, { text: words(), color: pick(next, ['yellow', 'blue', 'green'] as const)! }); }],
    ['resize', (p) => { const id = pick(next, ids(p.doc, 'frame')); if (id) updateItem(p.doc, id, { w: 200 + Math.floor(next() * 2000), h: 200 + Math.floor(next() * 2000) }); }],
    ['delete', (p) => deleteItems(p.doc, ids(p.doc).filter(() => next() < 0.15))],
    ['interview', (p) => void addInterview(p.doc, { place: words(), consent: pick(next, ['quote', 'anonymous', 'none'] as const)!, transcript: words() }, id('interview'))],
    ['quote', (p) => { const iv = pick(next, interviewIds(p.doc)); if (iv) addQuote(p.doc, iv, words(), id('quote')); }],
    ['place-quote', (p) => { const q = pick(next, quoteIds(p.doc)); if (q) placeQuote(p.doc, q, coord(), coord(), id('quote-card')); }],
    ['reword-quote', (p) => { const q = pick(next, quoteIds(p.doc)); if (q) updateQuoteText(p.doc, q, words()); }],
    ['delete-quote', (p) => { const q = pick(next, quoteIds(p.doc)); if (q && next() < 0.3) deleteQuote(p.doc, q); }],
    ['link-quote', (p) => { const pr = pick(next, ids(p.doc, 'proposal')); const q = pick(next, quoteIds(p.doc)); if (pr && q) linkQuote(p.doc, pr, q); }],
    ['link-theme', (p) => { const pr = pick(next, ids(p.doc, 'proposal')); const f = pick(next, ids(p.doc, 'frame')); if (pr && f) linkTheme(p.doc, pr, f); }],
    ['body', (p) => { const pr = pick(next, ids(p.doc, 'proposal')); if (pr) setProposalBody(p.doc, pr, words()); }],
    ['undo', (p) => void p.undo.undo()],
    ['redo', (p) => void p.undo.redo()],
  ];

  const deliver = (to: Peer, all: boolean): void => {
    if (!to.online) {
      dropped += to.inbox.length;
      to.inbox.length = 0;
      return;
    }
    // Partial and out-of-order delivery: Yjs must hold what it cannot integrate yet.
    const n = all ? to.inbox.length : Math.floor(next() * (to.inbox.length + 1));
    for (let i = 0; i < n; i++) {
      const at = all ? 0 : Math.floor(next() * to.inbox.length);
      const [update] = to.inbox.splice(at, 1);
      Y.applyUpdate(to.doc, update!, 'fuzz:net');
      delivered++;
    }
  };

  /** What the hub does when a peer comes back: each side sends what the other lacks. */
  const resync = (a: Peer, b: Peer): void => {
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'fuzz:net');
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'fuzz:net');
  };

  for (let step = 0; step < steps; step++) {
    const r = next();
    const peer = peers[Math.floor(next() * peers.length)]!;
    try {
      if (r < 0.7) {
        const [name, run] = operations[Math.floor(next() * operations.length)]!;
        run(peer);
        send();
        count(name);
      } else if (r < 0.9) {
        deliver(peer, false);
      } else if (peer.online) {
        peer.online = false;
        count('disconnect');
      } else {
        peer.online = true;
        reconnects++;
        const other = pick(next, peers.filter((p) => p !== peer && p.online));
        if (other) resync(peer, other);
        count('reconnect');
      }
      for (const p of peers) checkPeer(p.doc);
    } catch (e) {
      if (e instanceof FuzzFailure) throw new FuzzFailure(`seed ${seed}, step ${step}: ${e.message}`);
      throw new FuzzFailure(`seed ${seed}, step ${step}: ${(e as Error).stack ?? e}`);
    }
  }

  // Everyone back, everything delivered, then a full exchange: the board must be the same everywhere.
  for (const p of peers) p.online = true;
  for (const p of peers) deliver(p, true);
  for (let i = 0; i < peers.length; i++) for (let j = i + 1; j < peers.length; j++) resync(peers[i]!, peers[j]!);
  const reference = canonical(snapshotOf(peers[0]!.doc));
  for (const [i, p] of peers.entries()) {
    if (p.doc.store.pendingStructs !== null || p.doc.store.pendingDs !== null) throw new FuzzFailure(`seed ${seed}: peer ${i} still holds updates it cannot integrate`);
    const mine = canonical(snapshotOf(p.doc));
    if (mine !== reference) throw new FuzzFailure(`seed ${seed}: peer ${i} converged to a different board`);
  }
  // Repair (what loading does) must agree too, and leave a board that needs no more repair.
  const repaired = peers.map((p) => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(p.doc));
    validateAndRepair(copy);
    if (validateAndRepair(copy).length !== 0) throw new FuzzFailure(`seed ${seed}: a repaired board still needed repair`);
    return canonical(snapshotOf(copy));
  });
  if (new Set(repaired).size !== 1) throw new FuzzFailure(`seed ${seed}: peers repaired to different boards`);
  const records = JSON.parse(reference) as { items: unknown[]; quotes: unknown[]; interviews: unknown[] };
  return { seed, steps, operations: ops, delivered, dropped, reconnects, records: records.items.length + records.quotes.length + records.interviews.length };
}

/**
 * The snapshot with object keys sorted: a link set's keys come out of Yjs in the order this peer
 * integrated them, which differs between peers holding the same board.
 */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/**
 * What must hold on every peer after every step: the board reads; and once the peer holds no
 * update it cannot integrate yet, every record on it is valid. While an update waits for an
 * earlier one, Yjs has already applied its deletions: an overwritten field (a frame's `x`) can be
 * missing for that while, so a record may look invalid until the earlier update arrives. Nothing
 * may drop such a record for being invalid while anything is pending.
 */
function checkPeer(doc: Y.Doc): void {
  const snapshot = snapshotOf(doc);
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return;
  itemsOf(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) throw new FuzzFailure(`item ${id} is not a record`);
    const parsed = itemSchema.safeParse(map.toJSON());
    if (!parsed.success) throw new FuzzFailure(`item ${id} is invalid: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  });
  if (snapshot.items.length !== itemsOf(doc).size) throw new FuzzFailure('the snapshot lost a valid record');
}
