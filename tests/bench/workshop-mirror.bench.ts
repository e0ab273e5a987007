/**
 * What the room's workshop doc costs the HOST (shared/room/workshop-mirror.ts):
 *   npx tsx tests/bench/workshop-mirror.bench.ts [10000 50000]
 * For generated boards: building it when the room opens, replaying one facilitator edit and one
 * participant edit, republishing after a consent change, and recounting the themes. Prints JSON;
 * never fails on a figure.
 */
import * as Y from 'yjs';
import { itemsOf } from '../../shared/board/doc';
import { moveItems, updateItem } from '../../shared/board/commands';
import { updateInterview } from '../../shared/residency/commands';
import { WorkshopMirror } from '../../shared/room/workshop-mirror';
import { generateBoard } from './generate-board';

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const RUNS = 20;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const round = (x: number): number => Math.round(x * 100) / 100;
const time = (fn: () => void): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const figure = (xs: number[], what: string) => ({ median: round(median(xs)), p95: round(p95(xs)), unit: 'ms', runs: xs.length, what });

const out: Record<string, unknown> = { conditions: { node: process.version, runs: RUNS } };
for (const n of sizes.length ? sizes : [10_000, 50_000]) {
  process.stderr.write(`[bench] workshop doc: ${n} cards\n`);
  const full = generateBoard(n);
  const builds: number[] = [];
  let mirror!: WorkshopMirror;
  for (let i = 0; i < 3; i++) {
    mirror?.destroy();
    builds.push(time(() => (mirror = new WorkshopMirror(full))));
  }
  const participant = new Y.Doc();
  Y.applyUpdate(participant, Y.encodeStateAsUpdate(mirror.doc));
  participant.on('update', (u: Uint8Array) => Y.applyUpdate(mirror.doc, u, 'participant'));
  const note = [...itemsOf(full).keys()].find((k) => k.startsWith('note:'))!;
  const facilitatorEdits: number[] = [];
  const participantEdits: number[] = [];
  const counts: number[] = [];
  const consent: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    facilitatorEdits.push(time(() => moveItems(full, [note], 3, 0)));
    participantEdits.push(time(() => updateItem(participant, note, { text: `vu ${i}` })));
    counts.push(time(() => {
      updateItem(full, note, { parentId: i % 2 ? null : 'frame:gen-0' });
      mirror.flushCounts();
    }));
    consent.push(time(() => updateInterview(full, 'interview:gen-0-0', { consent: i % 2 ? 'quote' : 'none' })));
  }
  out[`cards_${n}`] = {
    build: figure(builds, 'room opens: the workshop doc built from the project (every board record copied, quotes published, themes counted)'),
    facilitator_edit: figure(facilitatorEdits, 'a facilitator moves a card: the edit in the project doc, replayed into the workshop doc'),
    participant_edit: figure(participantEdits, "a participant edits a card's text: applied to the workshop doc, replayed into the project doc"),
    recount: figure(counts, 'a card changes theme: replayed, then every theme recounted and the changed counts published'),
    consent_change: figure(consent, "an interview's consent flips: its 5 quotes and their cards withdrawn or published again"),
    workshop_doc_bytes: { value: Y.encodeStateAsUpdate(mirror.doc).byteLength, unit: 'bytes', what: 'the workshop doc a participant receives' },
    project_doc_bytes: { value: Y.encodeStateAsUpdate(full).byteLength, unit: 'bytes', what: 'the project doc, for comparison' },
  };
  mirror.destroy();
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
