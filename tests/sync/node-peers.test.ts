import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_CHANNEL_MAX_BYTES } from '@shared/room/protocol';
import { spawnPeer, type PeerProcess } from './helpers/peer-processes';
import { startRoomHost, until, type RoomHost } from './helpers/room-host';

interface Stats {
  state: string;
  direct: string[];
  channels: { sent: number; largest: number; refused: number };
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

  it('never hands a data channel a message over 256 KiB, and a big paste still reaches everyone', async () => {
    // 1,500 notes in one transaction: an update of about 400 KB.
    await peers[0]!.call('bulk', 1500);
    await until('everyone has the paste', async () => (await Promise.all(peers.map((p) => p.call<number>('count')))).every((n) => n === N + 1500), 60_000);
    const stats = await Promise.all(peers.map((p) => p.call<Stats>('stats')));
    for (const s of stats) expect(s.channels.largest).toBeLessThanOrEqual(DATA_CHANNEL_MAX_BYTES);
    expect(stats[0]!.channels.refused).toBeGreaterThan(0);
    expect(stats.reduce((n, s) => n + s.channels.sent, 0)).toBeGreaterThan(0);
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
