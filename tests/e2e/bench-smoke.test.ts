import { describe, expect, it } from 'vitest';
import { runBench } from '../bench/canvas-bench';

/**
 * The benchmark's code path on a tiny board: a broken `npm run bench` fails `npm test`.
 * Checks the shape of the document only, never a timing.
 */
describe('npm run bench (smoke, 200 cards, a few frames)', () => {
  it('drives the real renderer and prints figures with their units and conditions', { timeout: 300_000 }, async () => {
    const report = await runBench({ sizes: [200], frames: 6, opens: 1 });
    const json = JSON.parse(JSON.stringify(report)) as typeof report;
    expect(json.conditions.viewport).toBe('1280x800');
    expect(json.conditions.browser_flags).toContain('--js-flags=--expose-gc');
    expect(json.conditions.connectors).toMatch(/links/);
    const board = json.boards['200']!;
    expect(board).toBeDefined();
    expect(Object.values(board.items).reduce((a, b) => a + b, 0)).toBe(200);
    expect(board.open_to_drawn).toMatchObject({ unit: 'ms', samples: 1 });
    expect(board.js_heap_after_gc.unit).toBe('MB');
    expect(board.js_heap_after_gc.after_open).toBeGreaterThan(0);
    for (const key of ['pan_100', 'pan_40', 'pan_at_fit', 'zoom_to_fit_and_back', 'pan_100_with_links', 'zoom_to_fit_and_back_with_links', 'drag_selection', 'remote_update_while_panning'] as const) {
      const s = board[key];
      expect(s.frame_interval).toMatchObject({ unit: 'ms' });
      expect(s.frame_interval.samples).toBeGreaterThan(0);
      expect(s.frame_work.samples).toBeGreaterThan(0);
      expect(typeof s.frames_dropped).toBe('number');
      expect(s.main_thread_cpu_per_frame.unit).toBe('ms');
    }
    // The links were shown (the generated board has 27 per theme of 100 cards).
    expect(board.pan_100_with_links.links_drawn_at_start).toBeGreaterThan(0);
    expect(board.zoom_to_fit_and_back_with_links.links_drawn_at_fit).toBeGreaterThan(0);
    // The drag really moved the cards, to the exact final position.
    expect(board.drag_selection.cards).toBeGreaterThan(100);
    expect(board.drag_selection.final_position_exact).toBe(true);
    expect(board.drag_selection.doc_updates_total).toBeGreaterThan(0);
    expect(board.drag_selection.drag_duration.unit).toBe('s');
    // Where opening goes: one figure per phase, each in ms.
    expect(Object.keys(board.open_phases)).toContain('tablee:index-built → tablee:first-draw');
    expect(board.open_main_thread_cpu.unit).toBe('ms');
    expect(board.remote_update_while_panning.update_bytes).toBeGreaterThan(0);
    expect(board.host.file_bytes.value).toBeGreaterThan(0);
    expect(board.host.autosave.unit).toBe('ms');
    expect(json.yjs_state_growth?.v1_bytes.after).toBeGreaterThan(json.yjs_state_growth?.v1_bytes.before ?? Infinity);
  });
});
