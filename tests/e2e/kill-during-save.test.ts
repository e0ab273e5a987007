import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { bytesToBase64 } from '@shared/base64';
import { createItem } from '@shared/board/commands';
import { LOCAL_ORIGIN, readItems } from '@shared/board/doc';
import type { Session } from '@shared/host-api/contract';
import { loadProjectText } from '@shared/project-file/load';
import { hostApiClient } from '../fuzz/host-api-client';
import { useTempDir } from '../helpers/use-temp-dir';
import { exitOf, startHost } from './harness';

const ROUNDS = 30;

/**
 * A writer that adds notes as fast as the host takes them and remembers which ones the host
 * has acknowledged as saved (save-status savedSeq ≥ the update's seq).
 */
async function writeUntilKilled(url: string, round: number): Promise<{ acknowledged: string[]; sent: number }> {
  const ws = new WebSocket(url.replace('http', 'ws') + 'api');
  await new Promise((r, j) => ws.once('open', r).once('error', j));
  const { call, savedSeq, closed } = hostApiClient(ws);
  const session = (await call('getSession', [])) as Session;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, session.project!.state);
  const seqOf = new Map<string, number>();
  let sent = 0;
  try {
    for (let i = 0; ws.readyState === ws.OPEN; i++) {
      const text = `r${round}-n${i}`;
      let update: Uint8Array | undefined;
      const capture = (u: Uint8Array, origin: unknown) => origin === LOCAL_ORIGIN && (update = u);
      doc.on('update', capture);
      createItem(doc, { kind: 'note', x: (i % 40) * 220, y: Math.floor(i / 40) * 180, text });
      doc.off('update', capture);
      const ack = (await Promise.race([call('pushUpdate', [bytesToBase64(update!)]), closed])) as { seq: number } | undefined;
      if (!ack) break;
      seqOf.set(text, ack.seq);
      sent++;
      await new Promise((r) => setTimeout(r, 5));
    }
  } catch {
    // The socket died with the host: that is the point.
  }
  return { acknowledged: [...seqOf].filter(([, seq]) => seq <= savedSeq()).map(([t]) => t), sent };
}

describe('kill -9 while autosaving', () => {
  const temp = useTempDir();

  // Each round starts a real host process: allow ~10 s a round on a busy 2-core machine.
  it(`the file always opens with everything acknowledged before the kill (${ROUNDS} kills)`, { timeout: ROUNDS * 10_000 }, async () => {
    const dir = temp();
    const path = join(dir, 'atelier.tablee');
    let everAcknowledged: string[] = [];
    let totalAcked = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const host = await startHost({ project: path, dataDir: join(dir, 'data') });
      const writing = writeUntilKilled(host.url, round);
      // Kill at a varying moment, so some kills land in the middle of a write.
      await new Promise((r) => setTimeout(r, 600 + ((round * 137) % 900)));
      host.proc.kill('SIGKILL');
      await exitOf(host.proc);
      const { acknowledged, sent } = await writing;
      expect(sent).toBeGreaterThan(0);
      everAcknowledged = everAcknowledged.concat(acknowledged);
      totalAcked += acknowledged.length;

      const loaded = loadProjectText(readFileSync(path, 'utf8'));
      expect(loaded.ok, `round ${round}: ${loaded.ok ? '' : loaded.error.code}`).toBe(true);
      if (!loaded.ok) return;
      const onDisk = new Set(readItems(loaded.value.doc).flatMap((i) => (i.kind === 'note' ? [i.text] : [])));
      const missing = everAcknowledged.filter((t) => !onDisk.has(t));
      expect(missing, `round ${round}`).toEqual([]);
    }
    // The test only proves something if saves were acknowledged along the way.
    expect(totalAcked).toBeGreaterThan(ROUNDS);
  });
});
