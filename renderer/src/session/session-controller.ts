import * as Y from 'yjs';
import { bytesToBase64 } from '@shared/base64';
import type { OpenProject, SaveStatus, Session } from '@shared/host-api/contract';
import type { Bridge } from '../bridge/pick-bridge';
import type { ConnectionState } from '../bridge/connection';
import { LOAD_ORIGIN, openBoardSession, type BoardSession } from './board-session';
import type { PusherState } from './update-pusher';
import { createStore, type Store } from '../store';
import { saveStateOf, type SaveState } from './save-state';

export type SessionView =
  | { kind: 'loading' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'failure'; session: Session }
  | { kind: 'empty'; session: Session }
  | { kind: 'unreadable'; session: Session; message: string }
  | { kind: 'board'; session: Session; project: OpenProject; board: BoardSession };

export interface SessionSnapshot {
  view: SessionView;
  saveStatus: SaveStatus | null;
  connection: ConnectionState;
  pusher: PusherState;
  /** What the save badge says, from the three above. */
  save: SaveState;
}

const NO_PUSHER: PusherState = { unsent: 0, lastAckSeq: 0, lastError: null };

/**
 * The doc lifecycle of this window: asks the host for its session, builds the board from it,
 * sends local updates back, follows save status, reloads on `session-changed`, and flushes
 * before switching project so nothing typed is lost.
 */
export class SessionController {
  private readonly store: Store<SessionSnapshot>;
  private readonly cleanups: Array<() => void> = [];
  private unsubPusher: (() => void) | null = null;
  private reloading: Promise<void> | null = null;
  private reloadAgain = false;
  private wasDown = false;

  /** The session asked for before this code loaded (main.tsx); used by the first reload only. */
  private first: Promise<Session> | null;

  constructor(
    private readonly bridge: Bridge,
    firstSession?: Promise<Session>,
  ) {
    this.first = firstSession ?? null;
    const connection = bridge.connection();
    this.store = createStore<SessionSnapshot>({
      view: { kind: 'loading' },
      saveStatus: null,
      connection,
      pusher: NO_PUSHER,
      save: saveStateOf(null, NO_PUSHER, connection),
    });
    this.subscribe = this.store.subscribe;
    this.getSnapshot = this.store.get;
    this.cleanups.push(
      bridge.onEvent((event) => {
        if (event.type === 'save-status') this.setQuietly({ saveStatus: event.status });
        else if (event.type === 'session-changed') {
          // The host may now hold another project: nothing more leaves until we know.
          this.board?.pusher.pause();
          void this.reload();
        }
      }),
      bridge.onConnection((state) => {
        this.set({ connection: state });
        if (state === 'down') {
          this.wasDown = true;
          // A restarted host may open another project: hold edits until `resync` checks.
          this.board?.pusher.pause();
        }
        if (state === 'up' && this.wasDown) {
          this.wasDown = false;
          void this.resync();
        }
      }),
    );
  }

  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => SessionSnapshot;

  private get snap(): SessionSnapshot {
    return this.store.get();
  }

  get board(): BoardSession | null {
    return this.snap.view.kind === 'board' ? this.snap.view.board : null;
  }

  private set(patch: Partial<SessionSnapshot>): void {
    // Every change shown carries the latest save figures held back by `setQuietly`.
    const next = { ...this.snap, ...this.quiet, ...patch };
    this.quiet = {};
    this.store.set({ ...next, save: saveStateOf(next.saveStatus, next.pusher, next.connection) });
  }

  /** Save figures not shown yet: they would change nothing on screen. */
  private quiet: Partial<SessionSnapshot> = {};

  /**
   * Save figures (pusher counts, the host's save status) change at every push — 30 times a
   * second while a card is dragged — and re-render the whole board view. They are shown only
   * when what the badge says changes.
   */
  private setQuietly(patch: Pick<Partial<SessionSnapshot>, 'saveStatus' | 'pusher'>): void {
    const next = { ...this.snap, ...this.quiet, ...patch };
    if (badgeView(next) === badgeView(this.snap)) this.quiet = { ...this.quiet, ...patch };
    else this.set(patch);
  }

  dispose(): void {
    for (const c of this.cleanups.splice(0)) c();
    this.unsubPusher?.();
    this.board?.dispose();
  }

  /** Asks the host for its session and shows it (coalesces overlapping reloads). */
  reload(): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      do {
        this.reloadAgain = false;
        try {
          const early = this.first;
          this.first = null;
          const session = await (early ?? this.bridge.getSession());
          // Phases of opening a board, read by the benchmark (performance marks cost nothing otherwise).
          performance.mark('tablee:session-received');
          const board = this.board;
          if (board && session.project?.path === board.path) {
            // Still our project: what was held back may go now.
            board.pusher.resume();
            await board.pusher.flushNow();
          }
          this.apply(session);
        } catch (e) {
          if (!this.board) this.set({ view: { kind: 'unreachable', message: (e as Error).message } });
          else console.error('[tablee] reload failed', e);
        }
      } while (this.reloadAgain);
    })().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  /**
   * Runs a call that opens another project (open, create, save as, restore a backup): what is
   * pending is sent and saved first, then the returned session is shown. Rejects with the
   * host's error so the caller can show it where the user acted.
   */
  async switchTo(call: () => Promise<Session>, options: { sameDoc?: boolean } = {}): Promise<Session> {
    const board = this.board;
    if (board) {
      await board.pusher.flushNow();
      try {
        await this.bridge.flush();
      } catch (e) {
        console.warn('[tablee] flush before switching failed', e);
      }
    }
    const session = await call();
    // "Save as": the host wrote this very doc to a new file. Keep it (undo history, view) when
    // the host's copy is indeed ours; otherwise it is rebuilt like any other project.
    const now = this.board;
    if (options.sameDoc && now && session.project && session.project.path !== now.path && sameHistory(now.doc, session.project.state)) {
      now.path = session.project.path;
    }
    // If the host's `session-changed` already showed this very project, this only merges.
    this.apply(session);
    return session;
  }

  private apply(session: Session): void {
    const current = this.snap.view;
    const project = session.project;
    if (project && current.kind === 'board' && current.board.path === project.path) {
      // The same project (our own call announced again, a reconnect, a re-open): merge what the
      // host has into the doc we show and hand it what it lacks; undo history and view stay.
      this.mergeFromHost(current.board, project.state);
      this.set({ view: { ...current, ...withoutBoardBytes(session, project) }, saveStatus: project.saveStatus });
      return;
    }
    this.unsubPusher?.();
    this.unsubPusher = null;
    this.board?.dispose();
    if (project) {
      try {
        const board = openBoardSession(project, this.bridge);
        this.unsubPusher = board.pusher.subscribe((pusher) => this.setQuietly({ pusher }));
        this.set({ view: { kind: 'board', ...withoutBoardBytes(session, project), board }, saveStatus: project.saveStatus, pusher: board.pusher.current });
      } catch (e) {
        this.set({ view: { kind: 'unreadable', session, message: (e as Error).message }, saveStatus: project.saveStatus, pusher: NO_PUSHER });
      }
    } else if (session.failure) {
      this.set({ view: { kind: 'failure', session }, saveStatus: null, pusher: NO_PUSHER });
    } else {
      this.set({ view: { kind: 'empty', session }, saveStatus: null, pusher: NO_PUSHER });
    }
  }

  /** Two-way catch-up with the host's copy of the same project (Yjs merges are idempotent). */
  private mergeFromHost(board: BoardSession, hostUpdate: Uint8Array): void {
    try {
      Y.applyUpdate(board.doc, hostUpdate, LOAD_ORIGIN);
      const missing = Y.encodeStateAsUpdate(board.doc, Y.encodeStateVectorFromUpdate(hostUpdate));
      // An update with nothing in it is two bytes (no structs, no deletions).
      if (missing.length > 2) {
        void this.bridge
          .pushUpdate(bytesToBase64(missing), board.path)
          .then((ack) => board.pusher.noteAck(ack.seq))
          .catch((e: unknown) => console.warn('[tablee] could not hand the host what it lacks', e));
      }
    } catch (e) {
      console.warn('[tablee] could not merge the host state', e);
    }
    board.pusher.resume();
  }

  /**
   * The connection came back (the host may have restarted): same project, catch up both ways;
   * another project, show what the host has now. Until then, edits wait in the pusher.
   */
  private async resync(): Promise<void> {
    if (!this.board) return this.reload();
    try {
      this.apply(await this.bridge.getSession());
    } catch (e) {
      console.warn('[tablee] resync after reconnect failed', e);
    }
  }
}

/**
 * The session as the view keeps it: without the board's bytes, which are in the doc now (held
 * twice they would cost a large board tens of megabytes for nothing).
 */
function withoutBoardBytes(session: Session, project: OpenProject): { session: Session; project: OpenProject } {
  const kept = { ...project, state: new Uint8Array(0) };
  return { session: { ...session, project: kept }, project: kept };
}

/** What the save badge shows of a snapshot (its word, and the details it may print). */
function badgeView(s: Pick<SessionSnapshot, 'saveStatus' | 'pusher' | 'connection'>): string {
  const st = s.saveStatus;
  return JSON.stringify([saveStateOf(st, s.pusher, s.connection), st?.state, st?.savedAt, st?.error, s.pusher.lastError]);
}

/** Does the host's state contain only changes this doc already knows (same Yjs history)? */
function sameHistory(doc: Y.Doc, state: Uint8Array): boolean {
  try {
    const theirs = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(state));
    const ours = Y.decodeStateVector(Y.encodeStateVector(doc));
    for (const [client, clock] of theirs) if ((ours.get(client) ?? 0) < clock) return false;
    return true;
  } catch {
    return false;
  }
}
