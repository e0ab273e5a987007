import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_CHANNEL_MAX_BYTES } from '@shared/room/protocol';
import { spawnPeer, type PeerProcess } from './helpers/peer-processes';
import { startRoomHost, until, type RoomHost } from './helpers/room-host';

interface Stats {
  state: string;
  direct: string[];
  channels: { sent: number; largest: number; refused: number; ignored: number };
  people: { name: string; link: string }[];
}

/** Ten participants, one process each, with real WebRTC (@roamhq/wrtc) between them. */
const N = 10;
let room: RoomHost;
let peers: PeerProcess[] = [];
let intruder: PeerProcess;

beforeAll(async () => {
  room = await startRoomHost({ password: 'tarte aux pommes' });
  peers = await Promise.all(Array.from({ length: N }, (_, i) => spawnPeer(room, `peer${i}`, 'tarte aux pommes')));
  intruder = await spawnPeer(room, 'intruder', 'tarte aux poires');
}, 120_000);

afterAll(async () => {
  for (const p of [...peers, intruder]) p?.kill();
  await room?.stop();
});

describe('ten Node peers, one process each', () => {
  it('converge, over direct links, and the facilitator file has every edit', async () => {
    await Promise.all(peers.map((p) => p.call('synced')));
    await Promise.all(peers.map((p, i) => p.call('note', `edit from peer ${i}`)));
    const expected = peers.map((_, i) => `edit from peer ${i}`).sort();
    await until('all peers converge', async () => (await Promise.all(peers.map((p) => p.call<string[]>('texts')))).every((t) => JSON.stringify(t) === JSON.stringify(expected)), 60_000);
    // WebRTC did form: every peer has direct links (the rest of the mesh may still be forming).
    await until('direct links', async () => (await Promise.all(peers.map((p) => p.call<Stats>('stats')))).every((s) => s.direct.length > 0), 60_000);
    const file = await room.savedFile();
    expect(file.snapshot.items.map((i) => ('text' in i ? i.text : '')).sort()).toEqual(expected);
  });

  it('never hands a data channel a message over 256 KiB, and a big paste and a big selection still reach everyone', async () => {
    // 12,000 notes in one transaction: an update of about 3 MB (edits always go through the HOST).
    await peers[0]!.call('bulk', 12_000);
    await until('everyone has the paste', async () => (await Promise.all(peers.map((p) => p.call<number>('count')))).every((n) => n === N + 12_000), 60_000);
    // Selecting all of it: a presence update over 256 KiB, which the guard keeps off the channels and the HOST carries.
    await peers[0]!.call('selectAll');
    await until('everyone sees the selection', async () => (await Promise.all(peers.slice(1).map((p) => p.call<number>('selectionOf', 'peer0')))).every((n) => n === N + 12_000), 60_000);
    const stats = await Promise.all(peers.map((p) => p.call<Stats>('stats')));
    for (const s of stats) expect(s.channels.largest).toBeLessThanOrEqual(DATA_CHANNEL_MAX_BYTES);
    expect(stats[0]!.channels.refused).toBeGreaterThan(0);
    expect(stats.reduce((n, s) => n + s.channels.sent, 0)).toBeGreaterThan(0);
  });

  it('a data channel carries presence only: an edit a modified client sends down it reaches nobody’s board', async () => {
    const linked = async (): Promise<PeerProcess[]> => {
      const all = await Promise.all(peers.slice(1).map(async (p) => ({ p, s: await p.call<Stats>('stats') })));
      return all.filter(({ s }) => s.people.some((x) => x.name === 'peer0' && x.link === 'direct')).map(({ p }) => p);
    };
    await until('peer0 has direct links', async () => (await linked()).length > 0, 60_000);
    const direct = await linked();
    const ignoredBefore = await Promise.all(direct.map(async (p) => (await p.call<Stats>('stats')).channels.ignored));
    // The rogue note, then a pointer sent down the same channels only: once it shows, the note has arrived.
    expect(await peers[0]!.call<number>('rogue', { text: 'écrit par un canal direct', x: 777 })).toBeGreaterThan(0);
    await until('linked peers see the cursor', async () => (await Promise.all(direct.map((p) => p.call<number | null>('cursorOf', 'peer0')))).every((x) => x === 777), 30_000);
    for (const p of peers) expect(await p.call<string[]>('texts')).not.toContain('écrit par un canal direct');
    // Each linked peer dropped it unread (so y-webrtc never passed it on either).
    const ignoredAfter = await Promise.all(direct.map(async (p) => (await p.call<Stats>('stats')).channels.ignored));
    ignoredAfter.forEach((n, i) => expect(n).toBeGreaterThan(ignoredBefore[i]!));
    expect((await room.savedFile()).snapshot.items.some((i) => 'text' in i && i.text === 'écrit par un canal direct')).toBe(false);
  });

  it('a peer with the wrong password gets nothing and crashes nobody', async () => {
    const s = await intruder.call<Stats>('stats');
    expect(s.state).toBe('refused');
    expect(await intruder.call<number>('count')).toBe(0);
    expect(peers.every((p) => p.alive())).toBe(true);
    const names = (await peers[0]!.call<Stats>('stats')).people.map((p) => p.name);
    expect(names).not.toContain('intruder');
    expect(names.length).toBe(N);
  });
});
