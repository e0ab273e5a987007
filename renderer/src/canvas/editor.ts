import * as Y from 'yjs';
import {
  createItem,
  deleteItems,
  duplicateItems,
  setLocked,
  insertCopies,
  moveItems,
  updateItem,
  type NewItem,
} from '@shared/board/commands';
import { LOCAL_ORIGIN, readMeta } from '@shared/board/doc';
import { unionOf, type Box } from '@shared/board/geometry';
import { freePlacement, placementInFrame, type BoardSpace } from '@shared/board/placement';
import { DEFAULT_SIZE, type ItemPatch, type ItemRecord, type NoteColor } from '@shared/board/records';
import {
  boardToScreen,
  centreOn,
  clampZoom,
  FIT_INSETS,
  fitBox,
  screenToBoard,
  viewportBox,
  zoomAround,
  ZOOM_STEP,
  type Camera,
  type Insets,
  type Size,
} from './camera';
import { createStore, type Store } from '../store';
import { ResidencyStore } from '../session/residency-store';
import { BitmapCache } from './bitmap-cache';
import { HighlightStore } from './highlight-store';
import { VoteMarkStore } from './vote-marks';
import { ItemIndex } from './item-index';
import { LockGuard, type Landing } from './lock-guard';
import { revealCamera, revealInsets, sightBox } from './reveal';
import type { Tool } from './tools';

export interface Editing {
  id: string;
  /** Notes and texts edit `text`; frames edit `title`. */
  field: 'text' | 'title';
}

export interface EditorState {
  camera: Camera;
  size: Size;
  selection: ReadonlySet<string>;
  tool: Tool;
  editing: Editing | null;
  /** Space held: the pointer pans whatever the tool. */
  spacePan: boolean;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * The local side of the board: camera, selection, tool, in-place editing, and the stores derived
 * from this board's doc (residency records, search matches, decoded pictures). None of it is
 * shared or saved; every change to the board itself goes through the shared commands (one
 * transaction each, so one undo step and one update). Pointer gestures drive it from
 * `gestures/` (plain TypeScript, tested without a browser).
 */
export class Editor {
  readonly index: ItemIndex;
  readonly store: Store<EditorState>;
  /** Interviews, quotes, tags and theme counts of this board, for the cards and panels. */
  readonly residency: ResidencyStore;
  /** The search's matches on this board. */
  readonly highlight = new HighlightStore();
  /** A dot vote's marks on the cards (my dots; the totals after the reveal). */
  readonly voteMarks = new VoteMarkStore();
  /**
   * A feature that takes a plain click on a card instead of selecting it (a dot vote, on the cards
   * it is about); true when it took it. `remove`: Shift was held.
   */
  cardClick: ((id: string, remove: boolean) => boolean) | null = null;
  /** Decoded pictures of this board. */
  readonly bitmaps: BitmapCache;
  /** Last pointer position over the canvas, in screen pixels relative to the canvas. */
  pointer: { x: number; y: number } | null = null;
  /** What locks forbid in a participant's page (nothing in a facilitator's). */
  readonly locks: LockGuard;
  /**
   * How far the shell's bars reach into the canvas on each side, in screen pixels (the shell
   * measures them when asked; `except`: an element left out, the one asking). Fitting and
   * zooming to the selection use the area between them, not the whole window.
   */
  chromeInsets: (except?: Element) => Insets = () => FIT_INSETS;

  constructor(
    readonly doc: Y.Doc,
    readonly undo: Y.UndoManager,
    size: Size,
    /**
     * Who uses this board: a facilitator (every tool; locks are theirs to set) or a participant
     * (the workshop's tools only; locks hold). Fixed for the editor's life.
     */
    readonly facilitator = true,
  ) {
    this.index = new ItemIndex(doc);
    this.locks = new LockGuard(doc, this.index, facilitator);
    performance.mark('tablee:index-built');
    this.store = createStore<EditorState>({
      camera: { x: 0, y: 0, zoom: 1 },
      size,
      selection: EMPTY,
      tool: 'select',
      editing: null,
      spacePan: false,
    });
    this.subscribe = this.store.subscribe;
    this.getState = this.store.get;
    this.residency = new ResidencyStore(doc);
    this.bitmaps = new BitmapCache(doc);
    this.index.subscribe(() => this.pruneSelection());
  }

  dispose(): void {
    this.index.dispose();
    this.residency.dispose();
    this.bitmaps.dispose();
  }

  // ---- store plumbing (useSyncExternalStore) ----

  readonly subscribe: (listener: () => void) => () => void;
  readonly getState: () => EditorState;

  private get state(): EditorState {
    return this.store.get();
  }

  private set(patch: Partial<EditorState>): void {
    this.store.set((s) => ({ ...s, ...patch }));
  }

  // ---- camera ----

  get camera(): Camera {
    return this.state.camera;
  }

  setCamera(camera: Camera): void {
    const c = { x: camera.x, y: camera.y, zoom: clampZoom(camera.zoom) };
    if (!Number.isFinite(c.x) || !Number.isFinite(c.y)) return;
    const old = this.state.camera;
    if (old.x === c.x && old.y === c.y && old.zoom === c.zoom) return;
    this.set({ camera: c });
  }

  setSize(size: Size): void {
    const old = this.state.size;
    if (old.width === size.width && old.height === size.height) return;
    this.set({ size });
  }

  panBy(dx: number, dy: number): void {
    const c = this.state.camera;
    this.setCamera({ ...c, x: c.x + dx, y: c.y + dy });
  }

  zoomAt(zoom: number, sx: number, sy: number): void {
    this.setCamera(zoomAround(this.state.camera, zoom, sx, sy));
  }

  zoomBy(factor: number): void {
    const { size, camera } = this.state;
    this.zoomAt(camera.zoom * factor, size.width / 2, size.height / 2);
  }

  zoomIn(): void {
    this.zoomBy(ZOOM_STEP);
  }

  zoomOut(): void {
    this.zoomBy(1 / ZOOM_STEP);
  }

  /** 100 %, keeping the centre of the screen where it is. */
  zoomReset(): void {
    const { size } = this.state;
    this.zoomAt(1, size.width / 2, size.height / 2);
  }

  zoomToFit(): void {
    this.setCamera(this.fitCamera());
  }

  /** The camera that shows the whole board in the area the bars leave free. */
  fitCamera(): Camera {
    const box = unionOf(this.index.all());
    return box ? fitBox(box, this.state.size, this.freeArea(24)) : centreOn(0, 0, 1, this.state.size);
  }

  zoomToSelection(): void {
    const box = unionOf(this.selectedItems());
    if (!box) return this.zoomToFit();
    this.setCamera(fitBox(box, this.state.size, this.freeArea(40), 2));
  }

  /** Fits the view to these items (those still on the board); false, and the view unchanged, when none is. */
  zoomToItems(ids: readonly string[]): boolean {
    const box = unionOf(ids.map((id) => this.index.get(id)).filter((r) => r !== undefined));
    if (!box) return false;
    this.setCamera(fitBox(box, this.state.size, this.freeArea(40), 2));
    return true;
  }

  /** The bars' insets with a margin around what is fitted. */
  private freeArea(margin: number): Insets {
    const c = this.chromeInsets();
    return { top: c.top + margin, right: c.right + margin, bottom: c.bottom + margin, left: c.left + margin };
  }

  viewport(): Box {
    return viewportBox(this.state.camera, this.state.size);
  }

  toBoard(sx: number, sy: number): { x: number; y: number } {
    return screenToBoard(this.state.camera, sx, sy);
  }

  toScreen(bx: number, by: number): { x: number; y: number } {
    return boardToScreen(this.state.camera, bx, by);
  }

  /** Where new things go: under the pointer when it is on the canvas, else the middle of what the bars and panels leave in sight. */
  placementPoint(): { x: number; y: number } {
    if (this.pointer) return this.toBoard(this.pointer.x, this.pointer.y);
    const sight = this.sight();
    return { x: sight.x + sight.w / 2, y: sight.y + sight.h / 2 };
  }

  /** The board as placement sees it: its spatial index, asked a few times, never walked. */
  readonly space: BoardSpace = {
    overlaps: (box) => this.index.overlaps(box),
    bounds: () => this.index.bounds(),
  };

  /**
   * Where a card of `size` goes when nobody pointed at a place: free space near `near`, outside
   * frames, in sight when there is room there (shared/board/placement.ts).
   */
  freeSpot(size: { w: number; h: number }, near: { x: number; y: number } = this.placementPoint()): Box {
    return freePlacement(near, size, this.space, this.sight());
  }

  /** The board area in clear sight: the view less the bars and side panels over it (measured), with a margin. */
  sight(): Box {
    return sightBox(this.state.camera, this.state.size, revealInsets(this.chromeInsets()));
  }

  /** Pans (zoom kept) just enough to show `box` clear of the bars and panels; does nothing when it is in sight already. */
  reveal(box: Box): void {
    this.setCamera(revealCamera(this.state.camera, this.state.size, box, revealInsets(this.chromeInsets())));
  }

  // ---- tool and editing ----

  setTool(tool: Tool): void {
    if (this.state.tool !== tool) this.set({ tool });
  }

  setSpacePan(on: boolean): void {
    if (this.state.spacePan !== on) this.set({ spacePan: on });
  }

  startEditing(id: string): void {
    const item = this.index.get(id);
    if (!item) return;
    // Notes, texts and frames are written in place; the other cards open in a side panel, which a
    // participant may read when they are locked (its fields are then read-only).
    if ((item.kind === 'note' || item.kind === 'text' || item.kind === 'frame') && this.locks.refused([id])) return;
    if (this.state.editing) this.commitEditing();
    this.set({ editing: { id, field: item.kind === 'frame' ? 'title' : 'text' }, selection: new Set([id]) });
  }

  stopEditing(): void {
    if (this.state.editing) this.set({ editing: null });
  }

  private editCommit: (() => void) | null = null;

  /** The in-place editor registers how to commit what is typed, so commands can commit it first. */
  registerEditCommit(fn: (() => void) | null): void {
    this.editCommit = fn;
  }

  /** Commits the text being edited (if any) and closes the editor. */
  commitEditing(): void {
    const fn = this.editCommit;
    this.editCommit = null;
    if (fn) fn();
    this.stopEditing();
  }

  // ---- selection ----

  get selection(): ReadonlySet<string> {
    return this.state.selection;
  }

  selectedItems(): ItemRecord[] {
    const out: ItemRecord[] = [];
    for (const id of this.state.selection) {
      const item = this.index.get(id);
      if (item) out.push(item);
    }
    return out;
  }

  select(ids: Iterable<string>): void {
    const next = new Set<string>();
    for (const id of ids) if (this.index.get(id)) next.add(id);
    if (sameSet(next, this.state.selection)) return;
    this.set({ selection: next });
  }

  toggle(id: string): void {
    const next = new Set(this.state.selection);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.set({ selection: next });
  }

  clearSelection(): void {
    if (this.state.selection.size > 0) this.set({ selection: EMPTY });
  }

  selectAll(): void {
    this.select([...this.index.all()].map((i) => i.id));
  }

  private pruneSelection(): void {
    const { selection, editing } = this.state;
    let stale = false;
    for (const id of selection) if (!this.index.get(id)) stale = true;
    const editingGone = editing !== null && !this.index.get(editing.id);
    if (!stale && !editingGone) return;
    const next = new Set([...selection].filter((id) => this.index.get(id)));
    this.set({ selection: next, editing: editingGone ? null : editing });
  }

  // ---- commands on the doc (each one undo step) ----

  /** Runs `fn` as its own undo step (never merged with the previous edit). */
  command<T>(fn: () => T): T {
    this.undo.stopCapturing();
    let out!: T;
    this.doc.transact(() => {
      out = fn();
    }, LOCAL_ORIGIN);
    this.undo.stopCapturing();
    return out;
  }

  /**
   * Set by the private round (features/day/PrivateRound.tsx) in a participant's page: it may take a
   * new note off the board (held by the HOST until the reveal) and return its id; null leaves it here.
   */
  holdNote: ((note: { x: number; y: number; w: number; h: number; text: string; color: NoteColor }, edit: boolean) => string | null) | null = null;

  /** A new card; '' when locks refused where it would go (a participant's card in a locked frame). */
  create(input: NewItem, edit: boolean): string {
    const size = DEFAULT_SIZE[input.kind];
    if (input.kind === 'note' && this.holdNote) {
      const held = this.holdNote({ x: input.x, y: input.y, w: input.w ?? size.w, h: input.h ?? size.h, text: input.text ?? '', color: input.color ?? 'yellow' }, edit);
      if (held !== null) return held;
    }
    if (this.locks.refusedLanding([{ kind: input.kind, x: input.x, y: input.y, w: input.w ?? size.w, h: input.h ?? size.h }])) return '';
    const id = this.command(() => createItem(this.doc, input));
    this.select([id]);
    if (edit) this.startEditing(id);
    return id;
  }

  /**
   * A new card from a key or a button: on free space near the pointer or the middle of the view, in
   * no frame (shared/board/placement.ts), and brought into view; with the pointer on a frame, in
   * that frame beside its cards (the user points at it). '' when locks refused it.
   */
  createFree(input: DistributiveOmit<NewItem, 'x' | 'y'>, edit: boolean): string {
    const { w, h } = DEFAULT_SIZE[input.kind];
    const size = { w: input.w ?? w, h: input.h ?? h };
    const p = this.placementPoint();
    const frame = this.pointer ? this.index.at(p.x, p.y).find((i) => i.kind === 'frame') : undefined;
    const spot = frame
      ? placementInFrame(p, size, frame, (box) => this.index.idsIn(box).some((i) => i.kind !== 'frame'))
      : this.freeSpot(size, p);
    // Into view first, so the text editor of a new note opens where the note is.
    this.reveal(spot);
    return this.create({ ...input, x: spot.x, y: spot.y } as NewItem, edit);
  }

  /** A note centred on the board point (a click or a double-click there: in the frame it hits, on purpose). */
  createNoteAt(p: { x: number; y: number }, edit = true, text?: string, color?: NoteColor): string {
    const { w, h } = DEFAULT_SIZE.note;
    const input: NewItem = { kind: 'note', x: Math.round(p.x - w / 2), y: Math.round(p.y - h / 2) };
    if (text !== undefined) input.text = text;
    if (color !== undefined) input.color = color;
    return this.create(input, edit);
  }

  createTextAt(p: { x: number; y: number }, edit = true): string {
    const { h } = DEFAULT_SIZE.text;
    return this.create({ kind: 'text', x: Math.round(p.x), y: Math.round(p.y - h / 2) }, edit);
  }

  createFrame(box: Box | { x: number; y: number }): string {
    const input: NewItem =
      'w' in box
        ? { kind: 'frame', x: Math.round(box.x), y: Math.round(box.y), w: Math.round(box.w), h: Math.round(box.h) }
        : { kind: 'frame', x: Math.round(box.x), y: Math.round(box.y) };
    return this.create(input, false);
  }

  update(id: string, patch: ItemPatch): void {
    if (this.locks.refused([id])) return;
    const item = this.index.get(id);
    if (item && ('x' in patch || 'y' in patch || 'w' in patch || 'h' in patch)) {
      const box = { x: patch.x ?? item.x, y: patch.y ?? item.y, w: patch.w ?? item.w, h: patch.h ?? item.h };
      if (this.locks.refusedLanding([{ ...box, id, kind: item.kind }])) return;
    }
    this.command(() => updateItem(this.doc, id, patch));
  }

  move(ids: readonly string[], dx: number, dy: number): void {
    if (dx === 0 && dy === 0) return;
    if (this.locks.refusedMove(ids, dx, dy)) return;
    this.command(() => moveItems(this.doc, ids, dx, dy));
  }

  deleteSelection(): void {
    const ids = [...this.state.selection];
    if (ids.length === 0 || this.locks.refusedDeletion(ids)) return;
    this.command(() => deleteItems(this.doc, ids));
    this.set({ selection: EMPTY, editing: null });
  }

  duplicateSelection(): void {
    const ids = [...this.state.selection];
    if (ids.length === 0) return;
    const landings: Landing[] = this.selectedItems().map((i) => ({ kind: i.kind, x: i.x + 24, y: i.y + 24, w: i.w, h: i.h }));
    if (this.locks.refusedLanding(landings)) return;
    const created = this.command(() => duplicateItems(this.doc, ids, 24, 24));
    this.select(created);
  }

  insertRecords(records: readonly ItemRecord[], dx: number, dy: number): string[] {
    // Only cards outside the copied frames can land in a frame of the board.
    const copied = new Set(records.filter((r) => r.kind === 'frame').map((r) => r.id));
    const landings = records.filter((r) => r.parentId === null || !copied.has(r.parentId)).map((r) => ({ kind: r.kind, x: r.x + dx, y: r.y + dy, w: r.w, h: r.h }));
    if (this.locks.refusedLanding(landings)) return [];
    const created = this.command(() => insertCopies(this.doc, records, dx, dy));
    this.select(created);
    return created;
  }

  /** Colour of the selected notes and frames, in one undo step. */
  recolour(color: NoteColor): void {
    const targets = this.selectedItems().filter((i) => i.kind === 'note' || i.kind === 'frame');
    if (targets.length === 0 || this.locks.refused(targets.map((i) => i.id))) return;
    this.command(() => {
      for (const item of targets) updateItem(this.doc, item.id, { color });
    });
  }

  /** Whether every selected card is locked (the lock button shows it pressed). */
  selectionLocked(): boolean {
    const items = this.selectedItems();
    return items.length > 0 && items.every((i) => i.locked === true);
  }

  /** A facilitator's lock: locks the selection, or unlocks it when all of it is locked. One undo step. */
  toggleLock(): void {
    if (!this.facilitator) return;
    const ids = [...this.state.selection];
    if (ids.length === 0) return;
    const lock = !this.selectionLocked();
    this.command(() => setLocked(this.doc, ids, lock));
  }

  title(): string {
    return readMeta(this.doc).title;
  }

  doUndo(): void {
    this.commitEditing();
    if (this.locks.refusedStep(this.undo.undoStack.at(-1))) return;
    this.undo.undo();
  }

  doRedo(): void {
    this.commitEditing();
    if (this.locks.refusedStep(this.undo.redoStack.at(-1))) return;
    this.undo.redo();
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
