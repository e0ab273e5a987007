/**
 * The workshop day's figures:
 * - timer agreement: N Node participants whose clocks are off from −5 to +5 minutes, each message
 *   they send held back by a random delay (network jitter, order kept), read the shared timer at the
 *   same instant; the spread of their times left (max − min), and the worst error against the HOST;
 * - next step → every participant's view moved: the facilitator's window (the real app through
 *   the real host command) presses Alt+PageDown through an agenda whose steps point at frames in
 *   turn; each participant's page (a Chromium process each) reports when its camera reached the
 *   step's frame.
 * Returns one JSON-ready object; tests/bench/day-timer.bench.ts prints it. Never fails on a figure.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CLOCK_REFRESH_MS } from '../../shared/room/clock-offset';
import { newTimer, readDayTimer, startTimer, timeLeft, writeDayTimer } from '../../shared/day/day-timer';
import { joinRoom, type RoomConnection } from '../../renderer/src/features/room/join-room';
import { launchBrowser, newPage, openBoard, snapshot } from '../e2e/harness';
import { startAppRoomHost, joinRoomInPage } from '../sync/helpers/app-room-host';
import { DESKTOP_WEBRTC_FLAGS } from '../sync/helpers/room-browser';
import { startRoomHost, until } from '../sync/helpers/room-host';
import { SAMPLE_PROJECT } from '../sync/helpers/sample-secrets';
import { figures } from './room-bench';

const MIN = 60_000;
const PASSWORD = 'tarte aux pommes';

/** A WebSocket whose every message leaves after a random delay up to `jitterMs`, in the order sent (one queue). */
function jitteredSocket(jitterMs: number): typeof WebSocket {
  return class extends WebSocket {
    private queue: { at: number; args: unknown[] }[] = [];
    private pumping = false;
    override send(...args: unknown[]): void {
      const send = (a: unknown[]): void => (super.send as (...x: unknown[]) => void).apply(this, a);
      if (jitterMs === 0) return send(args);
      this.queue.push({ at: Date.now() + Math.random() * jitterMs, args });
      if (this.pumping) return;
      this.pumping = true;
      const pump = (): void => {
        const head = this.queue[0];
        if (!head) return void (this.pumping = false);
        const wait = head.at - Date.now();
        if (wait > 0) return void setTimeout(pump, wait);
        this.queue.shift();
        if (this.readyState === WebSocket.OPEN) send(head.args);
        pump();
      };
      pump();
    }
  };
}

interface SkewedPeer {
  doc: Y.Doc;
  room: RoomConnection;
  skewMs: number;
}

/** Clock skews spread evenly from −5 to +5 minutes. */
const skews = (n: number): number[] => Array.from({ length: n }, (_, i) => Math.round(n === 1 ? 0 : -5 * MIN + (10 * MIN * i) / (n - 1)));

/** The time-left spread across `peers` skewed Node participants, sampled `samples` times, with messages jittered by up to `jitterMs`. */
async function timerAgreement(peers: number, samples: number, jitterMs: number, refreshWaitMs: number) {
  const room = await startRoomHost({ password: PASSWORD });
  const all: SkewedPeer[] = [];
  try {
    const { facilitatorPassword } = await room.host.api.roomStatus();
    const join = (name: string, skewMs: number, facilitator: boolean): SkewedPeer => {
      const doc = new Y.Doc();
      const connection = joinRoom({
        doc,
        host: room.address,
        roomId: room.roomId,
        password: facilitator ? facilitatorPassword : PASSWORD,
        ...(facilitator ? { door: 'facilitator' as const } : {}),
        user: { id: `user-${name}`, name, color: '#e9b949' },
        rtc: null,
        WebSocket: jitteredSocket(jitterMs) as unknown as typeof globalThis.WebSocket,
        now: () => Date.now() + skewMs,
      });
      const peer = { doc, room: connection, skewMs };
      all.push(peer);
      return peer;
    };
    // A co-facilitator on a laptop 2 minutes behind starts the timer, as the facilitator's window would.
    const starter = join('facilitator', -2 * MIN, true);
    const participants = skews(peers).map((s, i) => join(`p${i}`, s, false));
    await Promise.all(all.map((p) => p.room.synced()));
    await until('every clock measured', () => all.every((p) => p.room.hostClockOffset() !== null), 60_000);
    writeDayTimer(starter.doc, startTimer(newTimer(10 * MIN), Date.now() - 2 * MIN + starter.room.hostClockOffset()!));
    await until('the timer reached everyone', () => participants.every((p) => readDayTimer(p.doc) !== null), 60_000);
    // The questions asked back to back at joining are answered by now.
    await new Promise((r) => setTimeout(r, 1000));

    /** The spreads at `samples` instants, 100 ms apart. */
    const measure = async () => {
      const spread: number[] = [];
      const hostError: number[] = [];
      const uncorrected: number[] = [];
      for (let s = 0; s < samples; s++) {
        // One instant of the machine's clock, as each laptop's own clock reads it.
        const real = Date.now();
        const left = participants.map((p) => timeLeft(readDayTimer(p.doc)!, real + p.skewMs + p.room.hostClockOffset()!));
        const truth = timeLeft(readDayTimer(participants[0]!.doc)!, real); // the HOST runs in this process: its clock is this one
        spread.push(Math.max(...left) - Math.min(...left));
        hostError.push(Math.max(...left.map((l) => Math.abs(l - truth))));
        const raw = participants.map((p) => timeLeft(readDayTimer(p.doc)!, real + p.skewMs));
        uncorrected.push(Math.max(...raw) - Math.min(...raw));
        await new Promise((r) => setTimeout(r, 100));
      }
      return {
        spread_across_peers: { ...figures(spread, 'ms'), what: 'max − min of the time left the participants show at one instant' },
        worst_error_vs_host: { ...figures(hostError, 'ms'), what: 'largest |time left shown − time left on the HOST’s clock| at one instant' },
        spread_without_offset: { ...figures(uncorrected, 'ms'), what: 'the same spread if each page read its own clock (what the offset saves)' },
      };
    };
    const atJoin = await measure();
    // One more question each, asked once the joins are over (the HOST idle).
    await new Promise((r) => setTimeout(r, refreshWaitMs));
    const later = await measure();
    return {
      peers,
      jitter_ms: jitterMs,
      clock_skews_ms: { min: -5 * MIN, max: 5 * MIN },
      just_after_joining: { ...atJoin, when: 'everyone joined at once: the clock questions met the HOST busy with the joins' },
      after_one_more_question: { ...later, when: `${refreshWaitMs / 1000} s later${refreshWaitMs > CLOCK_REFRESH_MS ? ', each page having asked once more' : ''}` },
    };
  } finally {
    for (const p of all) p.room.leave();
    await room.stop();
  }
}

/**
 * Arms a watch in the page: it records when its camera has moved and the frame `box` is whole in its
 * canvas (no named function inside: the page gets this function's text alone).
 */
function armWatch(box: { x: number; y: number; w: number; h: number }): void {
  const t = window.tablee!;
  const start = JSON.stringify(t.camera());
  const c = document.querySelector('[data-testid="board-canvas"]')!.getBoundingClientRect();
  const corners: [number, number][] = [
    [box.x, box.y],
    [box.x + box.w, box.y + box.h],
  ];
  (window as unknown as { tableeStepSeen: Promise<number> }).tableeStepSeen = new Promise<number>((resolve) => {
    const id = setInterval(() => {
      if (JSON.stringify(t.camera()) === start) return;
      const whole = corners.every(([x, y]) => {
        const p = t.boardToScreen(x, y);
        return p.x >= c.left - 1 && p.x <= c.right + 1 && p.y >= c.top - 1 && p.y <= c.bottom + 1;
      });
      if (!whole) return;
      clearInterval(id);
      resolve(Date.now());
    }, 2);
  });
}

/** Next step → every participant's view on the step's frame, `steps` times, with `pages` participant pages. */
async function stepToView(pages: number, steps: number, log: (line: string) => void) {
  const dir = mkdtempSync(join(os.tmpdir(), 'tablee-day-bench-'));
  const project = join(dir, 'exemple.tablee');
  copyFileSync(SAMPLE_PROJECT, project);
  const host = await startAppRoomHost({ project, dataDir: join(dir, 'data'), password: PASSWORD });
  const browsers: Browser[] = [];
  const own = async (): Promise<Browser> => {
    const b = await launchBrowser({ extraFlags: DESKTOP_WEBRTC_FLAGS });
    browsers.push(b);
    return b;
  };
  try {
    const facilitator = await openBoard(await own(), host.hostUrl, 'fr-FR');
    const participants: Page[] = [];
    for (let i = 0; i < pages; i++) {
      const page = await newPage(await own(), { locale: 'fr-FR' });
      await joinRoomInPage(page, host.roomUrl, `P${i}`, PASSWORD);
      participants.push(page);
    }
    // An agenda of `steps` steps, each at one frame of the sample in turn (so each step moves the view).
    const frames = (await snapshot(facilitator)).items.filter((i) => i.kind === 'frame');
    const plan = Array.from({ length: steps }, (_, i) => frames[i % frames.length]!);
    await facilitator.evaluate((ids) => {
      const day = (window.tablee!.doc as { getMap(n: string): { set(k: string, v: unknown): void; delete(k: string): void } }).getMap('day');
      day.set('agenda', ids.map((id, i) => ({ id: `bench-${i}`, title: `Étape ${i + 1}`, instructions: '', frames: [id] })));
      day.delete('current');
    }, plan.map((f) => f.id));
    const agendaLength = (p: Page): Promise<number> =>
      p.evaluate(() => ((window.tablee!.doc as { getMap(n: string): { get(k: string): unknown } }).getMap('day').get('agenda') as unknown[] | undefined)?.length ?? 0);
    await until('the agenda reached every participant', async () => (await Promise.all(participants.map(agendaLength))).every((n) => n === steps));
    const box = (await facilitator.getByTestId('board-canvas').boundingBox())!;
    await facilitator.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

    const all: number[] = [];
    const slowest: number[] = [];
    for (let i = 0; i < steps; i++) {
      const frame = plan[i]!;
      await Promise.all(participants.map((p) => p.evaluate(armWatch, { x: frame.x, y: frame.y, w: frame.w, h: frame.h })));
      const t0 = Date.now();
      await facilitator.keyboard.press('Alt+PageDown');
      const seen = await Promise.all(participants.map((p) => p.evaluate(() => (window as unknown as { tableeStepSeen: Promise<number> }).tableeStepSeen)));
      const times = seen.map((t) => t - t0);
      all.push(...times);
      slowest.push(Math.max(...times));
      log(`step ${i + 1}: every view moved after ${Math.max(...times)} ms`);
    }
    return {
      participant_pages: pages,
      steps,
      every_view_moved: { ...figures(slowest, 'ms'), what: 'Alt+PageDown pressed in the facilitator’s window → the last participant’s camera on the step’s frame' },
      each_view_moved: { ...figures(all, 'ms'), what: 'the same, for each participant page' },
    };
  } finally {
    for (const b of browsers) await b.close().catch(() => {});
    host.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface DayTimerBenchOptions {
  /** Node participants for the timer's agreement. */
  peers: number;
  /** Instants at which the timer is read. */
  samples: number;
  /** Network jitter values tried, ms (a room each). */
  jitters: number[];
  /** Participant pages (a Chromium process each) for next step → view moved; 0 skips it. */
  pages: number;
  steps: number;
  log: (line: string) => void;
  /** The wait before the second measure: by default past one clock refresh, so each page asked once more (the smoke test, which checks the shape alone, shortens it). */
  refreshWaitMs?: number;
}

export async function runDayTimerBench({ peers, samples, jitters, pages, steps, log, refreshWaitMs = CLOCK_REFRESH_MS + 1000 }: DayTimerBenchOptions) {
  const loadBefore = os.loadavg()[0]!;
  const agreement = [];
  for (const jitter of jitters) {
    log(`timer agreement: ${peers} Node participants, clocks −5…+5 min, jitter up to ${jitter} ms`);
    agreement.push(await timerAgreement(peers, samples, jitter, refreshWaitMs));
  }
  log(`next step → views moved: ${pages} participant pages, ${steps} steps`);
  const step = pages > 0 ? await stepToView(pages, steps, log) : null;
  return {
    benchmark: 'tablee workshop day',
    conditions: {
      machine: `Node ${process.version}, ${os.cpus().length} cores, shared with other work while measured: compare runs on the same machine only`,
      load_average_1min: { before: Math.round(loadBefore * 10) / 10, after: Math.round(os.loadavg()[0]! * 10) / 10 },
      room: 'password room on 127.0.0.1; timer: the HOST core in this process, participants through its hub without WebRTC; steps: the host command, the real app in Chromium',
    },
    timer_agreement: agreement,
    next_step_to_view: step,
  };
}
