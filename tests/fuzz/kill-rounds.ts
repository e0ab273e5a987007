import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { bytesToBase64 } from '@shared/base64';
import { createItem } from '@shared/board/commands';
import { LOCAL_ORIGIN, readItems } from '@shared/board/doc';
import type { Session } from '@shared/host-api/contract';
import { loadProjectText } from '@shared/project-file/load';
import { exitOf, REPO, startHost } from '../e2e/harness';
import { hostApiClient } from './host-api-client';
import { rngFrom } from './prng';

/** One kill -9 of the real host command while a client pushes edits as fast as it takes them. */
export interface KillRound {
  round: number;
  killAfterMs: number;
  sent: number;
  /** Edits the host had said were saved (save-status savedSeq) before the kill. */
  acknowledged: number;
  /** Edits of this round missing from the file after the kill (in flight or not saved yet). */
  lost: number;
  /** Acknowledged edits (of any round) missing from the file: must stay 0. */
  lostAcknowledged: number;
  /** The file loads after the kill. */
  opens: boolean;
  /** Temp files of the killed save left beside the project, before the next start removes them. */
  tempFiles: number;
}

export interface KillRun {
  rounds: KillRound[];
  /** Temp files beside the project once a host has started again after the last kill. */
  tempFilesAfterRestart: number;
}

const PROJECT = 'atelier.tablee';
const tempFilesBeside = (dir: string): number => readdirSync(dir).filter((n) => n.startsWith(`.${PROJECT}.`) && n.endsWith('.tmp')).length;

/**
 * `rounds` kills, each at a moment drawn from `seed`, on a project that starts as the sample
 * residency (100 kB, so that many kills land in the middle of a write).
 */
export async function runKillRounds(opts: { rounds: number; seed: number; dir: string; log?: (line: string) => void }): Promise<KillRun> {
  const rng = rngFrom(opts.seed);
  const path = join(opts.dir, PROJECT);
  const dataDir = join(opts.dir, 'data');
  copyFileSync(join(REPO, 'resources', 'sample', 'residence-exemple.tablee'), path);
  const everAcknowledged = new Set<string>();
  const rounds: KillRound[] = [];
  for (let round = 0; round < opts.rounds; round++) {
    const host = await startHost({ project: path, dataDir });
    const killAfterMs = 100 + rng.int(1500);
    const writing = writeUntilClosed(host.url, `r${round}`);
    await new Promise((r) => setTimeout(r, killAfterMs));
    host.proc.kill('SIGKILL');
    await exitOf(host.proc);
    const { sent, acknowledged } = await writing;
    for (const text of acknowledged) everAcknowledged.add(text);
    const tempFiles = tempFilesBeside(opts.dir);
    const loaded = loadProjectText(readFileSync(path, 'utf8'));
    const onDisk = loaded.ok ? new Set(readItems(loaded.value.doc).flatMap((i) => (i.kind === 'note' ? [i.text] : []))) : new Set<string>();
    rounds.push({
      round,
      killAfterMs,
      sent: sent.length,
      acknowledged: acknowledged.length,
      lost: sent.filter((t) => !onDisk.has(t)).length,
      lostAcknowledged: [...everAcknowledged].filter((t) => !onDisk.has(t)).length,
      opens: loaded.ok,
      tempFiles,
    });
    if ((round + 1) % 50 === 0) opts.log?.(`${round + 1} kills`);
    if (!loaded.ok) break;
  }
  const last = await startHost({ project: path, dataDir });
  await last.stop();
  return { rounds, tempFilesAfterRestart: tempFilesBeside(opts.dir) };
}

/** Adds notes over the HOST's WebSocket until it dies; says which the host acknowledged as saved. */
async function writeUntilClosed(url: string, prefix: string): Promise<{ sent: string[]; acknowledged: string[] }> {
  const ws = new WebSocket(url.replace('http', 'ws') + 'api');
  const sent: string[] = [];
  const seqOf = new Map<string, number>();
  try {
    await new Promise((r, j) => ws.once('open', r).once('error', j));
  } catch {
    return { sent, acknowledged: [] };
  }
  ws.on('error', () => undefined);
  const { call, savedSeq, closed } = hostApiClient(ws);
  const session = (await Promise.race([call('getSession', []), closed])) as Session | undefined;
  if (!session?.project) return { sent, acknowledged: [] };
  const doc = new Y.Doc();
  Y.applyUpdate(doc, session.project.state);
  for (let i = 0; ws.readyState === ws.OPEN; i++) {
    const text = `${prefix}-n${i}`;
    let update: Uint8Array | undefined;
    const capture = (u: Uint8Array, origin: unknown): void => {
      if (origin === LOCAL_ORIGIN) update = u;
    };
    doc.on('update', capture);
    createItem(doc, { kind: 'note', x: (i % 40) * 220, y: 4000 + Math.floor(i / 40) * 180, text });
    doc.off('update', capture);
    sent.push(text);
    const ack = (await Promise.race([call('pushUpdate', [bytesToBase64(update!)]), closed])) as { seq: number } | undefined;
    if (!ack) break;
    seqOf.set(text, ack.seq);
    await new Promise((r) => setTimeout(r, 5));
  }
  return { sent, acknowledged: [...seqOf].filter(([, seq]) => seq <= savedSeq()).map(([t]) => t) };
}
