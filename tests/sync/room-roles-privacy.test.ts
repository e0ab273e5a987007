import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { updateInterview } from '@shared/residency/commands';
import { lanInterfaces } from '../../electron/host/room/lan-interfaces';
import { REPO } from '../e2e/harness';
import { nodePeer, type NodePeer } from './helpers/node-peer';
import { joinAsParticipant, type ParticipantPage } from './helpers/participant-page';
import { startRoomHost, until, type RoomHost } from './helpers/room-host';
import { leakedIn, SAMPLE_PROJECT, sampleSecrets, type SampleSecret } from './helpers/sample-secrets';

/**
 * The research stays with the facilitators. A real HOST on the sample residency opens a room
 * without password (so every frame is in clear and can be searched); two participants join in
 * the real app (`npm run build` first), each in a Chromium process of its own, and a
 * co-facilitator joins at the facilitators' door. Whatever a participant is sent — over its
 * WebSocket or a data channel — and whatever it keeps — its Y.Doc, its storage, its page — holds
 * no unquoted transcript passage, no interview note, no interview id, no withheld name.
 */
const NADIA = 'interview:sample-nadia-2025-03-04';
const ROSE = 'interview:sample-rose-2025-03-11';
/** Written into the research by the co-facilitator while the participants are in the room. */
const LIVE_NOTE = 'Pendant l’atelier : la personne interrogée était dans la salle, ne rien lire de son entretien.';
const MARKER = 'Fin des modifications des facilitateurs';

/**
 * This machine's network address. The room is served on every address: the participants' pages
 * come over the network address (another machine's browser, for the HOST), and the co-facilitator
 * from it to the loopback address (another machine too: the HOST tells its own machine by the
 * address a socket came in on).
 */
const lan = lanInterfaces()[0]?.address;
const secrets: SampleSecret[] = [...sampleSecrets(), { what: 'notes written during the room', interviewId: ROSE, text: LIVE_NOTE }];
let room: RoomHost;
let participants: ParticipantPage[] = [];
let co: NodePeer;

const quoteCardsOf = async (p: ParticipantPage, quoteId: string): Promise<number> =>
  p.page.evaluate((id) => window.tablee!.snapshot().items.filter((i) => i.kind === 'quote' && i.quoteId === id).length, quoteId);
const hasNote = (p: ParticipantPage, text: string): Promise<boolean> =>
  p.page.evaluate((t) => window.tablee!.snapshot().items.some((i) => i.kind === 'note' && i.text === t), text);

beforeAll(async () => {
  room = await startRoomHost({ password: null, project: SAMPLE_PROJECT, rendererDir: join(REPO, 'out', 'renderer'), bind: lan ? '0.0.0.0' : '127.0.0.1', openToNetwork: !!lan });
  const url = room.status.url!;
  const port = new URL(url).port;
  participants = await Promise.all([joinAsParticipant(url, 'Awa'), joinAsParticipant(url, 'Basile')]);
  co = nodePeer({ address: `127.0.0.1:${port}`, roomId: room.roomId }, 'Claire', room.status.facilitatorPassword, { door: 'facilitator', ...(lan ? { from: lan } : {}) });
  await co.room.synced();
  // Presence crosses the participants' data channel: wait for it, so the channel's bytes are searched too.
  for (const p of participants) await until(`a data-channel message reaches ${p.page.url()}`, async () => (await p.channelMessages()).length > 0, 30_000);
}, 180_000);

afterAll(async () => {
  co?.room.leave();
  for (const p of participants) await p.close();
  await room?.stop();
});

describe('room roles on the sample residency: the research stays with the facilitators', () => {
  it('a co-facilitator, at the facilitators’ door, gets the research material', () => {
    // Without a network address the facilitators' door can only be knocked at from the HOST's
    // own machine: the role is then 'facilitator', which gets the research all the same.
    expect(co.room.role()).toBe(lan ? 'co-facilitator' : 'facilitator');
    // Its doc's whole state: toJSON shows only the maps a doc has asked for by name.
    const held = Buffer.from(Y.encodeStateAsUpdate(co.doc)).toString('utf8');
    const sampleOnly = secrets.filter((s) => s.text !== LIVE_NOTE);
    expect(leakedIn(held, sampleOnly)).toHaveLength(sampleOnly.length);
  });

  it('consent changed to “not to be quoted” while the room is open: the quote’s card leaves every participant’s board', async () => {
    const quoteId = [...co.doc.getMap<Y.Map<unknown>>('quotes').entries()].find(([, q]) => q.get('interviewId') === NADIA)![0];
    for (const p of participants) expect(await quoteCardsOf(p, quoteId)).toBeGreaterThan(0);
    updateInterview(co.doc, NADIA, { consent: 'none' });
    // Promised to the people interviewed: gone from every board within a second. How long it takes
    // is measured by tests/bench/room-roles.bench.ts (consent_withdrawn_to_gone), not asserted here:
    // a test on a busy machine must not fail on a timing.
    await Promise.all(participants.map((p) => expect.poll(() => quoteCardsOf(p, quoteId), { timeout: 10_000, interval: 50 }).toBe(0)));
    const words = co.doc.getMap<Y.Map<unknown>>('quotes').get(quoteId)!.get('text') as string;
    for (const p of participants) expect(await p.docJson()).not.toContain(words);
  });

  it('a participant receives and keeps none of it: WebSocket frames, data-channel messages, Y.Doc, storage, page', async () => {
    // The facilitators go on working on the research while the participants are in the room…
    updateInterview(co.doc, ROSE, { notes: LIVE_NOTE });
    // …then on the board: once the participants see this, every earlier update has reached them.
    createItem(co.doc, { kind: 'note', x: 0, y: -400, text: MARKER });
    for (const p of participants) await until('the facilitators’ last edit reaches the participant', () => hasNote(p, MARKER));

    for (const [i, p] of participants.entries()) {
      const who = `participant ${i + 1}`;
      const frames = p.frames();
      expect(frames.length, who).toBeGreaterThan(0);
      const channel = await p.channelMessages();
      expect(channel.length, who).toBeGreaterThan(0);
      // One frame at a time, and each stream whole (a secret cut across two frames is still found).
      for (const [what, chunks] of [
        ['WebSocket frame', frames],
        ['data-channel message', channel],
      ] as const) {
        for (const chunk of chunks) expect(leakedIn(chunk.toString('utf8'), secrets), `${who}: a ${what}`).toEqual([]);
        expect(leakedIn(Buffer.concat(chunks).toString('utf8'), secrets), `${who}: its ${what}s together`).toEqual([]);
      }
      expect(leakedIn((await p.docState()).toString('utf8'), secrets), `${who}: its Y.Doc's state`).toEqual([]);
      expect(leakedIn(await p.docJson(), secrets), `${who}: its Y.Doc as JSON`).toEqual([]);
      expect(leakedIn(await p.storage(), secrets), `${who}: its storage`).toEqual([]);
      expect(leakedIn(await p.page.evaluate(() => document.documentElement.outerHTML), secrets), `${who}: its page`).toEqual([]);
    }
    // The research edit did reach the facilitators' side.
    expect(Buffer.from(Y.encodeStateAsUpdate(co.doc)).toString('utf8')).toContain(LIVE_NOTE);
  });

  it('a participant’s browser asking the HOST’s own API for the project (as a modified page could) gets none of it', async () => {
    const [p] = participants as [ParticipantPage];
    // The page's origin is the HOST's: a script in it may open the API socket the facilitator's window uses.
    const answers = await p.page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const out: string[] = [];
          const ws = new WebSocket(`ws://${location.host}/api`);
          ws.binaryType = 'arraybuffer';
          const done = (): void => {
            ws.close();
            resolve(out);
          };
          ws.onopen = () => ws.send(JSON.stringify({ id: 1, method: 'getSession', args: [] }));
          ws.onmessage = (e: MessageEvent) => {
            const bytes = typeof e.data === 'string' ? new TextEncoder().encode(e.data) : new Uint8Array(e.data as ArrayBuffer);
            out.push(new TextDecoder().decode(bytes));
            if (typeof e.data === 'string' && (JSON.parse(e.data) as { id?: number }).id === 1) done();
          };
          ws.onerror = done;
          ws.onclose = done;
        }),
    );
    expect(leakedIn(answers.join('\n'), secrets)).toEqual([]);
  });
});
