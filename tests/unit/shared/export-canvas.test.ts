import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsOf, readItems, writeItem } from '@shared/board/doc';
import type { ItemRecord } from '@shared/board/records';
import { readExportModel } from '@shared/export/export-model';
import { canvasOf, jsonCanvas, type JsonCanvas } from '@shared/export/json-canvas';
import { boardColor } from '@shared/export/json-canvas-colors';
import { MAX_CANVAS_NODES, parseJsonCanvas } from '@shared/export/json-canvas-import';
import { buildFixtureDoc, FIXTURE } from '../../fixtures/export/fixture-doc';

const { doc, ids } = buildFixtureDoc();
const canvas = (): JsonCanvas => JSON.parse(jsonCanvas(readExportModel(doc, { anonymised: true, lang: 'en' }))) as JsonCanvas;

/** The spec's fields, checked one by one (jsoncanvas.org, spec 1.0). */
function expectValidCanvas(c: JsonCanvas): void {
  const ids = new Set<string>();
  const color = (v: unknown): void => {
    if (v !== undefined) expect(String(v)).toMatch(/^([1-6]|#[0-9a-fA-F]{6})$/);
  };
  for (const n of c.nodes) {
    expect(typeof n.id).toBe('string');
    expect(ids.has(n.id)).toBe(false);
    ids.add(n.id);
    expect(['text', 'file', 'link', 'group']).toContain(n.type);
    for (const k of ['x', 'y', 'width', 'height'] as const) expect(Number.isInteger(n[k])).toBe(true);
    color(n.color);
    if (n.type === 'text') expect(typeof n.text).toBe('string');
    if (n.type === 'file') expect(typeof n.file).toBe('string');
    if (n.type === 'link') expect(typeof n.url).toBe('string');
    if (n.type === 'group' && n.label !== undefined) expect(typeof n.label).toBe('string');
  }
  const edgeIds = new Set<string>();
  for (const e of c.edges) {
    expect(edgeIds.has(e.id)).toBe(false);
    edgeIds.add(e.id);
    expect(ids.has(e.fromNode)).toBe(true);
    expect(ids.has(e.toNode)).toBe(true);
    for (const side of [e.fromSide, e.toSide]) if (side !== undefined) expect(['top', 'right', 'bottom', 'left']).toContain(side);
    for (const end of [e.fromEnd, e.toEnd]) if (end !== undefined) expect(['none', 'arrow']).toContain(end);
    color(e.color);
  }
}

const docOf = (items: ItemRecord[]): Y.Doc => {
  const d = new Y.Doc();
  d.transact(() => items.forEach((i) => writeItem(itemsOf(d), i)));
  return d;
};
/** Ids replaced by their rank, so two exports of the same board compare equal. */
function normalise(c: JsonCanvas): JsonCanvas {
  const rank = new Map(c.nodes.map((n, i) => [n.id, `n${i}`]));
  return {
    nodes: c.nodes.map((n) => ({ ...n, id: rank.get(n.id) as string })),
    edges: c.edges.map((e) => ({ ...e, id: `${rank.get(e.fromNode)}->${rank.get(e.toNode)}`, fromNode: rank.get(e.fromNode) as string, toNode: rank.get(e.toNode) as string })),
  };
}

describe('JSON Canvas export', () => {
  it('follows the spec field by field', () => {
    const c = canvas();
    expectValidCanvas(c);
    expect(c.nodes.length).toBe(readItems(doc).length - 1); // the withdrawn quote's card is absent
  });

  it('frames are groups, cards are Markdown text nodes, colours mapped, the trace as edges', () => {
    const c = canvas();
    const node = (id: string): JsonCanvas['nodes'][number] | undefined => c.nodes.find((n) => n.id === id);
    expect(node(ids.theme)).toMatchObject({ type: 'group', label: 'Thème · Le poids des étiquettes', color: '#f4a7c7', x: 0, y: 800, width: 1200, height: 800 });
    expect(node(ids.opportunities)).toMatchObject({ type: 'group', color: '4' });
    expect(node('note:markdown')).toMatchObject({ type: 'text', color: '3', text: FIXTURE.markdownNote });
    expect(node(ids.namedCard)?.text).toBe(`> ${FIXTURE.namedQuote}\n>\n> — volunteer, 41–60 · Le Grenier · Mar 4, 2025`);
    expect(node(ids.proposal)?.text).toBe('## Un lieu aiguillage\n\nUne personne repère.\n\nDeux demi-journées.');
    expect(node(ids.experiment)?.text).toContain('**Status**: testing');
    // Frames first: the format draws nodes in order, the first at the back.
    expect(c.nodes.findIndex((n) => n.type !== 'group')).toBe(c.nodes.filter((n) => n.type === 'group').length);
    const edges = c.edges.map((e) => `${e.fromNode} ${e.toNode}`);
    expect(edges).toContain(`${ids.proposal} ${ids.namedCard}`);
    expect(edges).toContain(`${ids.proposal} ${ids.theme}`);
    expect(edges).toContain(`${ids.experiment} ${ids.proposal}`);
    expect(edges).toHaveLength(3); // no edge to the withdrawn quote
    expect(JSON.stringify(c)).not.toContain(FIXTURE.withdrawnQuote);
  });

  it('export → import → export gives the same nodes; edges are reported, not drawn (the board has no connectors)', () => {
    const first = canvas();
    const imported = parseJsonCanvas(JSON.stringify(first));
    if (!imported.ok) throw new Error(imported.error.detail);
    expect(imported.warnings).toEqual([{ code: 'edges-not-imported', count: 3, examples: [] }]);
    const second = canvasOf(readExportModel(docOf(imported.items), { anonymised: true, lang: 'en' }));
    expect(normalise(second).nodes).toEqual(normalise(first).nodes);
    // And once more: from then on nothing moves at all.
    const again = parseJsonCanvas(JSON.stringify(second));
    if (!again.ok) throw new Error(again.error.detail);
    expect(normalise(canvasOf(readExportModel(docOf(again.items), { anonymised: true, lang: 'en' })))).toEqual(normalise(second));
    // Membership comes back by containment.
    const theme = imported.items.find((i) => i.kind === 'frame' && i.title.startsWith('Thème'));
    expect(imported.items.filter((i) => i.parentId === theme?.id)).toHaveLength(4);
  });
});

describe('JSON Canvas import', () => {
  it('reads a canvas written by hand', () => {
    const result = parseJsonCanvas(readFileSync(new URL('../../fixtures/export/hand-written.canvas', import.meta.url), 'utf8'));
    if (!result.ok) throw new Error(result.error.detail);
    const [group, a, b, c, d, e] = result.items;
    expect(result.items).toHaveLength(6);
    expect(group).toMatchObject({ kind: 'frame', title: 'Ideas from the market', color: 'green', x: -40, y: -60, w: 700, h: 420, parentId: null });
    expect(a).toMatchObject({ kind: 'note', text: '# Bread van\nA van that also carries **post**.', color: 'yellow', parentId: group?.id });
    expect(b).toMatchObject({ kind: 'note', color: 'pink', parentId: group?.id });
    expect(c).toMatchObject({ kind: 'note', text: 'Attachments/market.jpg#top', parentId: group?.id });
    expect(d).toMatchObject({ kind: 'note', text: 'https://example.org/agenda', color: 'orange', parentId: group?.id });
    expect(e).toMatchObject({ kind: 'note', color: 'violet', w: 200, h: 100, parentId: null });
    expect(new Set(result.items.map((i) => i.id)).size).toBe(6);
    expect(result.warnings).toEqual([
      { code: 'unknown-type', count: 1, examples: ['sticker'] },
      { code: 'invalid-node', count: 1, examples: ['#7'] },
      { code: 'edges-not-imported', count: 1, examples: [] },
    ]);
  });

  it('refuses what is not a canvas, with a clear reason', () => {
    const code = (text: string): string | undefined => {
      const r = parseJsonCanvas(text);
      return r.ok ? undefined : r.error.code;
    };
    expect(code('not json {')).toBe('not-json');
    expect(code('[1,2]')).toBe('not-a-canvas');
    expect(code('{"name":"tablee","version":"1.0"}')).toBe('not-a-canvas');
    expect(code('{"nodes":{}}')).toBe('not-a-canvas');
    expect(code('{"nodes":[{"id":"x"}]}')).toBe('no-usable-node');
    expect(code(' '.repeat(20 * 1024 * 1024 + 1))).toBe('too-large');
    const many = JSON.stringify({ nodes: Array.from({ length: MAX_CANVAS_NODES + 1 }, (_, i) => ({ id: `n${i}`, type: 'text', x: 0, y: 0, width: 10, height: 10, text: '' })) });
    expect(code(many)).toBe('too-many-nodes');
    expect(parseJsonCanvas('{"nodes":[],"edges":[]}')).toEqual({ ok: true, items: [], warnings: [] });
  });

  it('keeps odd values within the board: huge coordinates, tiny sizes, long text, duplicate ids', () => {
    const r = parseJsonCanvas(
      JSON.stringify({
        nodes: [
          { id: 'a', type: 'text', x: 1e12, y: -1e12, width: 1, height: 0, text: 'x'.repeat(30_000) },
          { id: 'a', type: 'text', x: 0, y: 0, width: 10, height: 10, text: 'twin' },
        ],
      }),
    );
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ x: 10_000_000, y: -10_000_000, w: 8, h: 8 });
    expect(r.items[0]?.kind === 'note' && r.items[0].text.length).toBe(20_000);
    expect(r.warnings.map((w) => w.code).sort()).toEqual(['duplicate-id', 'text-cut']);
  });

  it('maps any colour to the nearest board colour', () => {
    expect(boardColor('#ff99cc', 'yellow')).toBe('pink');
    expect(boardColor('1', 'yellow')).toBe('pink');
    expect(boardColor('#00ff00', 'yellow')).toBe('green');
    expect(boardColor('#abc', 'yellow')).toBe('grey');
    expect(boardColor('mauve', 'yellow')).toBe('yellow');
    expect(boardColor(undefined, 'grey')).toBe('grey');
  });
});
