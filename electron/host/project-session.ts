import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Low } from 'lowdb';
import * as Y from 'yjs';
import { base64ToBytes } from '@shared/base64';
import { readMeta } from '@shared/board/doc';
import type { SaveStatus } from '@shared/host-api/contract';
import { buildProjectFile } from '@shared/project-file/build';
import type { FileMeta, HistoryEntry, ProjectFile } from '@shared/project-file/format';
import { defineRecordMaps } from '@shared/records/kinds';
import { peerUpdateRefusal } from '@shared/room/peer-update-check';
import { repairTouchedRecords, type RepairIssue } from '@shared/schema/repair';
import { takeBackup } from './backups';
import { DurableJsonFile } from './durable-json-file';
import { errorText, saveErrorCode } from './errors';
import { installFastBase64 } from './fast-base64';

// The whole board crosses base64 at every save and every reload: Node's btoa is far too slow for it.
installFastBase64();

/** Origin of updates that came from the renderer (the host never edits the board itself; its one change of its own is HOST_ORIGIN's). */
const RENDERER_ORIGIN = 'tablee:renderer';
/** Origin of the HOST's own few changes to the day map (a room ending a presentation whose presenter left). */
const HOST_ORIGIN = 'tablee:host';
/** Quiet time after the last change before saving; a steady stream of edits still saves every MAX_WAIT_MS. */
const DEBOUNCE_MS = 300;
const MAX_WAIT_MS = 1000;
/** A backup of the file as it was is taken before a save at most this often (and at every open). */
const BACKUP_EVERY_MS = 10 * 60 * 1000;
/** After a failed backup (data folder full or read-only), the next save tries again once this has passed. */
const BACKUP_RETRY_MS = 60 * 1000;
const RETRY_MS = 5000;
/** Repairs kept for the report: enough to name what went wrong, bounded whatever a peer sends. */
const MAX_REPAIRS_KEPT = 1000;

export interface SessionInit {
  path: string;
  doc: Y.Doc;
  meta: FileMeta;
  history: HistoryEntry[];
  /** The dot votes' ballot box the file had (see `ballots`). */
  ballots?: unknown;
  /** The room tickets the file kept (see `tickets`). */
  tickets?: unknown;
  dataDir: string;
  appName: string;
  onStatus: (status: SaveStatus) => void;
  /** Records an update broke and the HOST dropped or fixed (the same issues as a load's repairs). */
  onRepairs?: (issues: RepairIssue[]) => void;
  maxWaitMs?: number;
}

/**
 * One open project: the host's copy of the board (fed with the renderer's updates) and its
 * autosave. Saves run one at a time; what arrives during a save is saved right after.
 */
export class ProjectSession {
  readonly path: string;
  readonly doc: Y.Doc;
  private meta: FileMeta;
  private history: HistoryEntry[];
  /** The dot votes' ballot box (electron/host/room/vote-box.ts), saved beside the doc, never in it. */
  private ballotBox: unknown;
  /** The room tickets handed out (hashes: electron/host/room/kept-tickets.ts), saved beside the doc, never in it. */
  private keptTickets: unknown;
  private readonly file: DurableJsonFile<ProjectFile>;
  private receivedSeq = 0;
  private savedSeq = 0;
  private savedAt: string | null = null;
  private error: SaveStatus['error'] = null;
  private timer: NodeJS.Timeout | null = null;
  private firstPendingAt = 0;
  private saving: Promise<void> | null = null;
  private backupDueAt = 0;
  private backupError: SaveStatus['backupError'] = null;
  private closed = false;
  private readonly maxWaitMs: number;
  /** What repair did to updates since the project was opened, oldest first. */
  readonly repairs: RepairIssue[] = [];

  constructor(private readonly init: SessionInit) {
    this.path = resolve(init.path);
    this.doc = init.doc;
    this.meta = init.meta;
    this.history = init.history;
    this.ballotBox = init.ballots;
    this.keptTickets = init.tickets;
    this.maxWaitMs = Math.min(init.maxWaitMs ?? MAX_WAIT_MS, MAX_WAIT_MS);
    this.file = new DurableJsonFile(this.path, 1);
    defineRecordMaps(this.doc);
  }

  get title(): string {
    return readMeta(this.doc).title || this.meta.title;
  }

  /**
   * The whole board, for a renderer that (re)loads, in update encoding v1: v2 is a third smaller
   * but was no faster to apply in Chromium (10,000 cards: 0.75 s either way on one run each).
   */
  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }

  status(): SaveStatus {
    const busy = this.savedSeq < this.receivedSeq;
    return {
      state: this.error ? 'error' : busy ? 'saving' : 'saved',
      savedSeq: this.savedSeq,
      receivedSeq: this.receivedSeq,
      savedAt: this.savedAt,
      error: this.error,
      backupError: this.backupError,
    };
  }

  /**
   * Applies an update from the renderer or a room peer; throws on bytes that are not a Yjs update.
   * Then the records it touched (and only those) are validated: one that is not a valid record
   * (a number where a card belongs, a field of the wrong type) is dropped in a system transaction
   * and reported, so a single bad update never stops saving, reading or drawing.
   */
  applyUpdate(updateBase64: string): number {
    if (this.closed) throw new Error('project is closed');
    const touched: Y.Transaction['changed'][] = [];
    const watch = (tr: Y.Transaction): void => {
      if (tr.origin === RENDERER_ORIGIN && tr.changed.size > 0) touched.push(new Map(tr.changed));
    };
    const bytes = base64ToBytes(updateBase64);
    const refusal = peerUpdateRefusal(this.doc, bytes);
    if (refusal) throw new Error(`update refused: ${refusal}`);
    this.doc.on('afterTransaction', watch);
    try {
      Y.applyUpdate(this.doc, bytes, RENDERER_ORIGIN);
    } finally {
      this.doc.off('afterTransaction', watch);
    }
    for (const changed of touched) this.noteRepairs(repairTouchedRecords(this.doc, changed));
    this.receivedSeq += 1;
    this.schedule();
    this.init.onStatus(this.status());
    return this.receivedSeq;
  }

  /**
   * The room's workshop mirror wrote a participant's edit into the project doc (already checked
   * by the HOST): the records it touched are validated as `applyUpdate` does, and it is saved.
   */
  applyMirrored(changed: Y.Transaction['changed']): void {
    if (this.closed) return;
    this.noteRepairs(repairTouchedRecords(this.doc, changed));
    this.receivedSeq += 1;
    this.schedule();
    this.init.onStatus(this.status());
  }

  /**
   * A change the HOST makes itself (the room ending a presentation whose presenter left): one
   * transaction, saved like an edit; facilitators' windows get it through the room's hub.
   */
  applyHostChange(change: (doc: Y.Doc) => void): void {
    if (this.closed) return;
    this.doc.transact(() => change(this.doc), HOST_ORIGIN);
    this.receivedSeq += 1;
    this.schedule();
    this.init.onStatus(this.status());
  }

  private noteRepairs(issues: RepairIssue[]): void {
    if (issues.length === 0) return;
    this.repairs.push(...issues);
    if (this.repairs.length > MAX_REPAIRS_KEPT) this.repairs.splice(0, this.repairs.length - MAX_REPAIRS_KEPT);
    this.init.onRepairs?.(issues);
  }

  get ballots(): unknown {
    return this.ballotBox;
  }

  /** The vote box changed its ballots: saved with the project, as an edit is. */
  setBallots(ballots: unknown): void {
    if (this.closed) return;
    this.ballotBox = ballots;
    this.receivedSeq += 1;
    this.schedule();
    this.init.onStatus(this.status());
  }

  get tickets(): unknown {
    return this.keptTickets;
  }

  /** A room handed out, resumed or forgot a ticket: saved with the project, as an edit is. */
  setTickets(tickets: unknown): void {
    if (this.closed) return;
    this.keptTickets = tickets;
    this.receivedSeq += 1;
    this.schedule();
    this.init.onStatus(this.status());
  }

  addHistory(entry: HistoryEntry): void {
    this.history.push(entry);
    this.receivedSeq += 1;
    this.schedule();
  }

  /** Saves now and resolves once everything received so far is on disk, or the save failed. */
  async flush(): Promise<SaveStatus> {
    this.clearTimer();
    while (this.savedSeq < this.receivedSeq || this.saving) {
      if (this.saving) await this.saving;
      else {
        await this.saveOnce();
        if (this.error) break;
      }
    }
    return this.status();
  }

  /** Writes the whole project to `path` now (new projects, save as), creating its folder, without touching backups. */
  async writeTo(path: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    await new Low<ProjectFile>(new DurableJsonFile(path, 1), this.content()).write();
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    this.clearTimer();
  }

  /** Backup of the file as opened, before anything overwrites it. Never throws: see `backup`. */
  async backupOnOpen(): Promise<void> {
    await this.backup();
  }

  /**
   * Copies the file as it is on disk into the data folder. The data folder is not the project's
   * disk: when it is full or read-only the project must still open and save, so a failure is only
   * reported in the status and tried again at a later save.
   */
  private async backup(): Promise<void> {
    try {
      await takeBackup(this.init.dataDir, this.path);
      this.backupError = null;
      this.backupDueAt = Date.now() + BACKUP_EVERY_MS;
    } catch (e) {
      this.backupError = { code: saveErrorCode(e), detail: errorText(e) };
      this.backupDueAt = Date.now() + BACKUP_RETRY_MS;
    }
  }

  private content(): ProjectFile {
    this.meta = { ...this.meta, savedAt: new Date().toISOString(), app: this.init.appName };
    return buildProjectFile(this.doc, this.meta, this.history, this.ballotBox, this.keptTickets);
  }

  private schedule(): void {
    const now = Date.now();
    if (!this.timer) this.firstPendingAt = now;
    this.clearTimer();
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPendingAt + this.maxWaitMs - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async saveOnce(): Promise<void> {
    const target = this.receivedSeq;
    const run = (async () => {
      try {
        if (Date.now() >= this.backupDueAt) await this.backup();
        await new Low<ProjectFile>(this.file, this.content()).write();
        this.savedSeq = Math.max(this.savedSeq, target);
        this.savedAt = this.meta.savedAt;
        this.error = null;
      } catch (e) {
        this.error = { code: saveErrorCode(e), detail: errorText(e) };
        // Keep trying: the user may free disk space or fix permissions while the app is open.
        if (!this.closed && !this.timer) this.timer = setTimeout(() => void this.flush(), RETRY_MS);
      }
    })();
    this.saving = run;
    this.init.onStatus(this.status());
    await run;
    this.saving = null;
    this.init.onStatus(this.status());
  }
}
