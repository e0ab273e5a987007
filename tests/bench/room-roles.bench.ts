/**
 * Room roles figures (the body is tests/bench/room-roles-bench.ts):
 *   npx tsx tests/bench/room-roles.bench.ts [--edits 40] [--joins 3]
 * Prints one JSON document on stdout, progress on stderr. Not a test: it never fails on a figure.
 */
import { parseArgs } from 'node:util';
import { runRoomRolesBench } from './room-roles-bench';

const { values } = parseArgs({ options: { edits: { type: 'string', default: '40' }, joins: { type: 'string', default: '3' } } });
const edits = Number(values.edits);
const joins = Number(values.joins);
if (!Number.isInteger(edits) || edits < 1 || !Number.isInteger(joins) || joins < 1) {
  process.stderr.write('usage: room-roles.bench.ts [--edits N] [--joins N]\n');
  process.exit(2);
}
const result = await runRoomRolesBench({ edits, joins, log: (line) => process.stderr.write(`[bench] ${line}\n`) });
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
// y-webrtc's module-level timers would keep Node up.
process.exit(0);
