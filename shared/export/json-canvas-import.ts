import { z } from 'zod';
import { containsPoint } from '../board/geometry';
import {
  itemSchema,
  MAX_COORD,
  MAX_SIZE,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  MIN_SIZE,
  newItemId,
  type FrameRecord,
  type ItemRecord,
} from '../board/records';
import { boardColor } from './json-canvas-colors';

/**
 * Reads a JSON Canvas 1.0 file (from Obsidian, another canvas app, or our own export) into new
 * board items: text nodes → notes (our text labels come back as labels), file and link nodes →
 * notes holding the path or address, group nodes → frames; a card belongs to the topmost group
 * under its centre, as on the board. Edges are counted, not drawn: the board has no connectors.
 * Never throws; a foreign or broken file is a clear error, odd nodes are skipped with a warning.
 */
export const MAX_CANVAS_BYTES = 20 * 1024 * 1024;
export const MAX_CANVAS_NODES = 100_000;

export type CanvasImportErrorCode = 'too-large' | 'not-json' | 'not-a-canvas' | 'too-many-nodes' | 'no-usable-node';
export interface CanvasImportError {
  code: CanvasImportErrorCode;
  /** Technical detail (parser message, counts), in English. */
  detail: string;
}

export type CanvasImportWarningCode = 'unknown-type' | 'invalid-node' | 'duplicate-id' | 'text-cut' | 'edges-not-imported';
export interface CanvasImportWarning {
  code: CanvasImportWarningCode;
  /** How many nodes or edges this concerns. */
  count: number;
  /** The first few node ids or types concerned. */
  examples: string[];
}

export type CanvasImportResult = { ok: true; items: ItemRecord[]; warnings: CanvasImportWarning[] } | { ok: false; error: CanvasImportError };

const finite = z.number().finite();
const nodeBase = z.object({
  id: z.string().min(1).max(1000),
  type: z.string(),
  x: finite,
  y: finite,
  width: finite,
  height: finite,
  color: z.string().max(20).optional(),
});
const textNode = nodeBase.extend({
  type: z.literal('text'),
  text: z.string(),
  tablee: z.object({ kind: z.literal('text'), fontSize: z.number().finite().min(6).max(400) }).optional().catch(undefined),
});
const fileNode = nodeBase.extend({ type: z.literal('file'), file: z.string(), subpath: z.string().optional() });
const linkNode = nodeBase.extend({ type: z.literal('link'), url: z.string() });
const groupNode = nodeBase.extend({ type: z.literal('group'), label: z.string().optional() });
const KNOWN = new Set(['text', 'file', 'link', 'group']);

export function parseJsonCanvas(text: string, random: () => number = Math.random): CanvasImportResult {
  if (text.length > MAX_CANVAS_BYTES) return fail('too-large', `${text.length} characters; at most ${MAX_CANVAS_BYTES}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    return fail('not-json', (e as Error).message);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('not-a-canvas', 'the file is not a JSON object');
  const { nodes, edges } = raw as { nodes?: unknown; edges?: unknown };
  if (nodes === undefined && edges === undefined) return fail('not-a-canvas', 'no "nodes" or "edges" list');
  if ((nodes !== undefined && !Array.isArray(nodes)) || (edges !== undefined && !Array.isArray(edges))) {
    return fail('not-a-canvas', '"nodes" and "edges" must be lists');
  }
  const list = (nodes ?? []) as unknown[];
  if (list.length > MAX_CANVAS_NODES) return fail('too-many-nodes', `${list.length} nodes; at most ${MAX_CANVAS_NODES}`);

  const warnings = new Map<CanvasImportWarningCode, CanvasImportWarning>();
  const warn = (code: CanvasImportWarningCode, example: string): void => {
    const w = warnings.get(code) ?? { code, count: 0, examples: [] };
    w.count += 1;
    if (w.examples.length < 5) w.examples.push(example.slice(0, 80));
    warnings.set(code, w);
  };

  const seen = new Set<string>();
  const items: ItemRecord[] = [];
  list.forEach((candidate, index) => {
    const base = nodeBase.safeParse(candidate);
    if (!base.success) return warn('invalid-node', `#${index}`);
    const node = base.data;
    if (seen.has(node.id)) return warn('duplicate-id', node.id);
    seen.add(node.id);
    if (!KNOWN.has(node.type)) return warn('unknown-type', node.type);
    const box = {
      x: clamp(Math.round(node.x), -MAX_COORD, MAX_COORD),
      y: clamp(Math.round(node.y), -MAX_COORD, MAX_COORD),
      w: clamp(Math.round(node.width), MIN_SIZE, MAX_SIZE),
      h: clamp(Math.round(node.height), MIN_SIZE, MAX_SIZE),
      z: items.length + 1,
      parentId: null,
      tags: [],
    };
    const cut = (s: string, max: number): string => {
      if (s.length <= max) return s;
      warn('text-cut', node.id);
      return s.slice(0, max);
    };
    let item: ItemRecord | undefined;
    if (node.type === 'group') {
      const g = groupNode.safeParse(candidate);
      if (g.success) item = { ...box, id: newItemId('frame', random), kind: 'frame', title: cut(g.data.label ?? '', MAX_TITLE_LENGTH), color: boardColor(node.color, 'grey'), mark: 'none' };
    } else if (node.type === 'text') {
      const t = textNode.safeParse(candidate);
      if (t.success && t.data.tablee) {
        item = { ...box, id: newItemId('text', random), kind: 'text', text: cut(t.data.text, MAX_TEXT_LENGTH), fontSize: t.data.tablee.fontSize };
      } else if (t.success) {
        item = { ...box, id: newItemId('note', random), kind: 'note', text: cut(t.data.text, MAX_TEXT_LENGTH), color: boardColor(node.color, 'yellow') };
      }
    } else {
      const f = fileNode.safeParse(candidate);
      const l = linkNode.safeParse(candidate);
      const words = f.success ? f.data.file + (f.data.subpath ?? '') : l.success ? l.data.url : undefined;
      if (words !== undefined) item = { ...box, id: newItemId('note', random), kind: 'note', text: cut(words, MAX_TEXT_LENGTH), color: boardColor(node.color, 'yellow') };
    }
    const valid = item ? itemSchema.safeParse(item) : undefined;
    if (!valid?.success) return warn('invalid-node', node.id);
    items.push(valid.data);
  });
  if (list.length > 0 && items.length === 0) return fail('no-usable-node', `none of the ${list.length} nodes could be read`);

  // Membership as on the board: the topmost frame under a card's centre. Frames do not nest.
  const frames = items.filter((i): i is FrameRecord => i.kind === 'frame').sort((a, b) => b.z - a.z);
  for (const item of items) {
    if (item.kind === 'frame') continue;
    const frame = frames.find((f) => containsPoint(f, item.x + item.w / 2, item.y + item.h / 2));
    if (frame) item.parentId = frame.id;
  }
  const edgeCount = ((edges ?? []) as unknown[]).length;
  if (edgeCount > 0) warnings.set('edges-not-imported', { code: 'edges-not-imported', count: edgeCount, examples: [] });
  return { ok: true, items, warnings: [...warnings.values()] };
}

const clamp = (v: number, min: number, max: number): number => Math.min(max, Math.max(min, v));
const fail = (code: CanvasImportErrorCode, detail: string): CanvasImportResult => ({ ok: false, error: { code, detail } });
