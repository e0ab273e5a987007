import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnPeer, type PeerProcess } from './helpers/peer-processes';
import { startRoomHost, until, type RoomHost } from './helpers/room-host';

interface Stats {
  direct: string[];
  people: { name: string; link: string }[];
}

/**
 * The cap on direct links holds both ways: a peer at its cap refuses the links others offer
 * (y-webrtc alone only limits the links a peer starts, and accepts every offer), and the HOST
 * relays between everyone left without one. Four peers with room to spare are linked to each
 * other; a fifth, capped at one link, joins: all four offer it a link at once.
 */
const OPEN = 4;
const CAP = 1;
let room: RoomHost;
let open: PeerProcess[] = [];
let capped: PeerProcess | null = null;

beforeAll(async () => {
  room = await startRoomHost({ password: 'galet' });
  open = await Promise.all(Array.from({ length: OPEN }, (_, i) => spawnPeer(room, `open${i}`, 'galet')));
  await Promise.all(open.map((p) => p.call('synced')));
}, 120_000);

afterAll(async () => {
  for (const p of [...open, capped]) p?.kill();
  await room?.stop();
});

const everyone = (): PeerProcess[] => [...open, ...(capped ? [capped] : [])];
const sameTexts = async (expected: string[]): Promise<boolean> =>
  (await Promise.all(everyone().map((p) => p.call<string[]>('texts')))).every((t) => JSON.stringify(t) === JSON.stringify(expected));

describe('a cap on direct links', () => {
  it('a peer at its cap refuses further links; it shows the others as relayed and gets every edit', async () => {
    await until('the four open peers linked to each other', async () => (await Promise.all(open.map((p) => p.call<Stats>('stats')))).every((s) => s.direct.length === OPEN - 1), 60_000);

    capped = await spawnPeer(room, 'capped', 'galet', [], { maxConns: CAP });
    await capped.call('synced');
    let most = 0;
    const cappedStats = async (): Promise<Stats> => {
      const s = await capped!.call<Stats>('stats');
      most = Math.max(most, s.direct.length);
      return s;
    };
    await Promise.all(everyone().map((p, i) => p.call('note', `first ${i}`)));
    const first = everyone().map((_, i) => `first ${i}`).sort();
    // Settled: every edit everywhere, and the capped peer sees each other person as direct or relayed (none still connecting).
    await until(
      'edits everywhere and the capped peer’s links settled',
      async () => {
        const s = await cappedStats();
        return s.people.length === OPEN + 1 && s.people.every((p) => p.link !== 'connecting') && (await sameTexts(first));
      },
      90_000,
    );
    const people = (await cappedStats()).people;
    expect(people.filter((p) => p.link === 'direct')).toHaveLength(CAP);
    expect(people.filter((p) => p.link === 'relayed')).toHaveLength(OPEN - CAP);
    expect(most).toBe(CAP);
    // The open peers agree: one of them is linked to the capped peer, the others reach it through the HOST.
    await until('open peers see the capped peer as relayed', async () => {
      const links = (await Promise.all(open.map((p) => p.call<Stats>('stats')))).map((s) => s.people.find((p) => p.name === 'capped')?.link);
      return links.filter((l) => l === 'direct').length === CAP && links.filter((l) => l === 'relayed').length === OPEN - CAP;
    });

    // Edits made now travel over the links there are, and through the HOST for everyone else.
    await Promise.all(everyone().map((p, i) => p.call('note', `second ${i}`)));
    const second = [...first, ...everyone().map((_, i) => `second ${i}`)].sort();
    await until('second edits everywhere', async () => (await cappedStats(), await sameTexts(second)), 60_000);
    expect(most).toBe(CAP);
    const file = await room.savedFile();
    expect(file.snapshot.items.map((i) => ('text' in i ? i.text : '')).sort()).toEqual(second);
  });
});
