/**
 * Room figures alone (the body is tests/bench/room-bench.ts; `npm run bench` has them too):
 *   npx tsx tests/bench/room.bench.ts [--peers 5,15,35] [--edits 40] [--updates 10] [--no-chromium]
 * Prints one JSON document on stdout, progress on stderr. Not a test: it never fails on a timing.
 */
import { parseArgs } from 'node:util';
import { runRoomBench } from './room-bench';

const { values } = parseArgs({
  options: {
    peers: { type: 'string', default: '5,15' },
    edits: { type: 'string', default: '40' },
    updates: { type: 'string', default: '10' },
    'no-chromium': { type: 'boolean', default: false },
  },
});
const counts = (text: string): number[] => text.split(',').filter(Boolean).map(Number);
const peers = counts(values.peers);
const edits = Number(values.edits);
const updates = Number(values.updates);
if (peers.some((n) => !Number.isInteger(n) || n < 2) || !Number.isInteger(edits) || edits < 1 || !Number.isInteger(updates) || updates < 1) {
  process.stderr.write('usage: room.bench.ts [--peers 5,15,35] (each at least 2) [--edits N] [--updates N] [--no-chromium]\n');
  process.exit(2);
}
const result = await runRoomBench({
  peers,
  edits,
  updates,
  chromium: !values['no-chromium'],
  log: (line) => process.stderr.write(`[bench] ${line}\n`),
});
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
// Peer processes and sockets are closed; y-webrtc's module-level timers would keep Node up.
process.exit(0);
