import { describe, expect, it } from 'vitest';
import { runRoomBench } from '../bench/room-bench';
import { runRoomRolesBench } from '../bench/room-roles-bench';

/** Every figure object (one with `value` or `median`) in the document, with where it is. */
function figuresIn(node: unknown, path = 'room'): { path: string; figure: Record<string, unknown> }[] {
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const own = 'value' in record || 'median' in record ? [{ path, figure: record }] : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => figuresIn(v, `${path}.${k}`))];
}

const finiteAtLeast = (min: number) => (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= min;

/**
 * A broken room benchmark fails npm test: the same code as `npm run bench` on the smallest room
 * (2 Node peers, 3 edits, 1 late join). Only the shape is checked, never a timing.
 */
describe('room benchmark', () => {
  it('prints every figure with its unit, for the Chromium pair and the Node peers', async () => {
    const lines: string[] = [];
    const doc = await runRoomBench({ peers: [2], edits: 3, updates: 3, lateJoins: 1, meshTimeoutMs: 60_000, settleQuietMs: 2000, log: (l) => lines.push(l) });
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);

    expect(typeof doc.chromium).toBe('object');
    const chromium = doc.chromium as Exclude<typeof doc.chromium, string>;
    expect(chromium.edit_to_visible.direct.samples).toBe(3);
    expect(chromium.edit_to_visible.relayed.samples).toBe(3);
    expect(chromium.late_join_to_synced.samples).toBe(1);
    expect(chromium.board.yjs_state_bytes).toBeGreaterThan(1_000_000);

    expect(doc.node_peers).toHaveLength(1);
    const node = doc.node_peers[0]!;
    expect(node.peers).toBe(2);
    expect(node.one_update_reaches_all.samples).toBe(3);
    expect(node.rss_per_peer.median).toBeGreaterThan(0);
    expect(node.startup.value).toBeGreaterThan(0);
    // null says the mesh did not form (or settle) in time, both peers relayed: a result, not a failure.
    if (node.mesh_formed.value !== null) expect(node.mesh_formed.value).toBeGreaterThanOrEqual(0);
    if (node.mesh_settled.value !== null) expect(node.mesh_settled.value).toBeGreaterThanOrEqual(0);
    expect(node.peer_cpu_until_settled.median).toBeGreaterThan(0);
    expect(node.direct_links_per_peer.max).toBeLessThanOrEqual(1);

    const all = figuresIn(doc);
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const { path, figure } of all) {
      expect(typeof figure.unit, `${path} has a unit`).toBe('string');
      for (const key of ['value', 'median', 'p95', 'max', 'samples']) {
        if (key in figure && !(/mesh_(formed|settled)$/.test(path) && figure[key] === null)) expect(figure[key], `${path}.${key}`).toSatisfy(finiteAtLeast(0));
      }
    }
  }, 300_000);

  it('room roles: prints the bytes to join the sample and a 2 MB board, a consent withdrawn to its cards gone, and edit-to-visible between two Chromium participants', async () => {
    const doc = await runRoomRolesBench({ edits: 2, joins: 1, log: () => {} });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    // Joining a board brings at least the board: the 2 MB board is the bigger one.
    expect(doc.join_bytes.sample.median).toBeGreaterThan(1000);
    expect(doc.join_bytes.board_2mb.median).toBeGreaterThan(doc.join_bytes.sample.median);
    expect(doc.edit_to_visible.samples).toBe(2);
    // Every interview of the sample whose quotes are on the board and may be shown is withdrawn once.
    expect(doc.consent_withdrawn_to_gone.samples).toBeGreaterThan(2);
    for (const { path, figure } of figuresIn(doc)) {
      expect(typeof figure.unit, `${path} has a unit`).toBe('string');
      for (const key of ['median', 'p95', 'max', 'samples']) if (key in figure) expect(figure[key], `${path}.${key}`).toSatisfy(finiteAtLeast(0));
    }
  }, 300_000);
});
