import * as Y from 'yjs';
import { base64ToBytes, bytesToBase64 } from '@shared/base64';
import { snapshotOf, type BoardSnapshot } from '@shared/board/doc';
import type { Camera } from '../canvas/camera';
import type { Editor } from '../canvas/editor';
import { readDrawnTexts, type DrawnText } from './drawn-text-probe';
import { readWorkshop, type WorkshopProbe } from './workshop-probe';

/**
 * `window.tablee`: what end-to-end tests may look at. `ready` is true only once a board is
 * loaded and Konva has drawn it.
 */
export interface TableeAutomation {
  ready: boolean;
  /** The live Y.Doc of the open board (undefined when none). */
  doc?: unknown;
  /** 'loading' | 'board' | 'failure' | 'empty' | 'unreachable' | 'unreadable' */
  view: string;
  snapshot(): BoardSnapshot;
  camera(): Camera;
  /** Client (viewport) coordinates of a board point, for mouse clicks. */
  boardToScreen(x: number, y: number): { x: number; y: number };
  /** Board coordinates of a client point. */
  screenToBoard(x: number, y: number): { x: number; y: number };
  /** Ids of the selected items. */
  selection(): string[];
  /** The active tool. */
  tool(): string;
  /** Benchmarks and tests: moves the camera (as a pan or zoom gesture would). */
  setCamera(camera: Camera): void;
  /** Benchmarks and tests: the camera that shows the whole board (does not move it). */
  fitCamera(): Camera;
  /** Benchmarks and tests: selects these ids. */
  select(ids: string[]): void;
  /** Benchmarks: applies a Yjs update as if it came from a peer (origin 'tablee:bench-remote'). */
  applyRemoteUpdate(updateBase64: string): void;
  /** Tests: the open board's whole Yjs state (base64), to look at every byte this page holds. */
  docState(): string;
  /** Tests: the workshop day as this page's person lives it (automation/workshop-probe.ts). */
  workshop(): WorkshopProbe;
  /** Tests: the card texts the canvas draws right now, line by line (automation/drawn-text-probe.ts). */
  drawnTexts(): DrawnText[];
}

interface Attached {
  editor: Editor;
  container: () => HTMLElement | null;
}

let attached: Attached | null = null;

const EMPTY_SNAPSHOT: BoardSnapshot = { schemaVersion: 0, meta: { title: '', createdAt: '', schemaVersion: 0 }, items: [], interviews: [], quotes: [], tags: [] };

function origin(): { left: number; top: number } {
  const rect = attached?.container()?.getBoundingClientRect();
  return { left: rect?.left ?? 0, top: rect?.top ?? 0 };
}

export function installAutomation(): TableeAutomation {
  const hook: TableeAutomation = {
    ready: false,
    doc: undefined,
    view: 'loading',
    snapshot: () => (attached ? snapshotOf(attached.editor.doc) : EMPTY_SNAPSHOT),
    camera: () => ({ ...(attached?.editor.camera ?? { x: 0, y: 0, zoom: 1 }) }),
    boardToScreen: (x, y) => {
      const o = origin();
      const p = attached ? attached.editor.toScreen(x, y) : { x, y };
      return { x: p.x + o.left, y: p.y + o.top };
    },
    screenToBoard: (x, y) => {
      const o = origin();
      return attached ? attached.editor.toBoard(x - o.left, y - o.top) : { x, y };
    },
    selection: () => (attached ? [...attached.editor.selection] : []),
    tool: () => attached?.editor.getState().tool ?? 'select',
    setCamera: (camera) => attached?.editor.setCamera(camera),
    fitCamera: () => attached?.editor.fitCamera() ?? { x: 0, y: 0, zoom: 1 },
    select: (ids) => attached?.editor.select(ids),
    applyRemoteUpdate: (update) => {
      if (attached) Y.applyUpdate(attached.editor.doc, base64ToBytes(update), 'tablee:bench-remote');
    },
    docState: () => (attached ? bytesToBase64(Y.encodeStateAsUpdate(attached.editor.doc)) : ''),
    workshop: readWorkshop,
    drawnTexts: readDrawnTexts,
  };
  window.tablee = hook;
  return hook;
}

export function setAutomationView(view: string): void {
  if (window.tablee) window.tablee.view = view;
}

export function attachBoard(editor: Editor, container: () => HTMLElement | null): void {
  attached = { editor, container };
  if (window.tablee) {
    window.tablee.ready = false;
    window.tablee.doc = editor.doc;
  }
}

/** The board of `editor` is on screen. */
export function markReady(editor: Editor): void {
  if (attached?.editor === editor && window.tablee) window.tablee.ready = true;
}

export function detachBoard(editor: Editor): void {
  if (attached?.editor !== editor) return;
  attached = null;
  if (window.tablee) {
    window.tablee.ready = false;
    window.tablee.doc = undefined;
  }
}
