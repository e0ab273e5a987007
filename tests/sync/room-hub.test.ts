import { describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { bytesToBase64 } from '@shared/base64';
import { HUB_PATH, SIGNAL_PATH } from '@shared/room/protocol';
import { SCHEMA_VERSION } from '@shared/schema/version';
import { RoomPassword } from '../../electron/host/room/room-password';
import { bigBoardUpdate } from './helpers/big-board';
import { useRoomPerTest } from './helpers/room-fixture';
import { until } from './helpers/room-host';

/**
 * The HOST's side of the room with participants that have no WebRTC at all (everything through
 * the hub): bootstrap, relay, password, schema, offline edits, the facilitator's file, closing.
 */
const rooms = useRoomPerTest();
const join = rooms.join;

describe('room hub', () => {
  it('hands a late joiner a 2 MB board and relays edits both ways', async () => {
    const room = await rooms.start({ password: 'tarte aux pommes' });
    const big = bigBoardUpdate();
    expect(big.byteLength).toBeGreaterThan(2_000_000);
    await room.host.api.pushUpdate(bytesToBase64(big));
    const a = join('Awa', 'tarte aux pommes');
    await a.room.synced();
    const late = join('Bastien', 'tarte aux pommes');
    await late.room.synced();
    expect(late.texts().length).toBe(7000);
    expect(late.room.stats().fromHost).toBeGreaterThan(2_000_000);
    a.note('from Awa');
    late.note('from Bastien');
    await until('both edits on both sides', () => [a, late].every((p) => p.texts().includes('from Awa') && p.texts().includes('from Bastien')));
    await until('both people listed as relayed', () => a.room.people().map((p) => `${p.user.name}:${p.link}`).join() === 'Awa:me,Bastien:relayed');
  });

  it('gives a wrong password nothing, and disturbs nobody', async () => {
    const room = await rooms.start({ password: 'tarte aux pommes' });
    const a = join('Awa', 'tarte aux pommes');
    await a.room.synced();
    a.note('secret board');
    const intruder = join('Intrus', 'tarte aux poires');
    const noPassword = join('Sans', null);
    await expect(intruder.room.synced()).rejects.toThrow(/wrong-password/);
    await expect(noPassword.room.synced()).rejects.toThrow(/wrong-password/);
    expect(intruder.texts()).toEqual([]);
    expect(intruder.room.people().map((p) => p.user.name)).toEqual(['Intrus']);
    expect(intruder.room.stats().fromHost).toBe(0);
    // Without a ticket, signaling refuses the socket at the door.
    const refused = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://${room.address}${SIGNAL_PATH}?token=${'0'.repeat(32)}`);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
    });
    expect(refused).toBe(403);
    const b = join('Bastien', 'tarte aux pommes');
    await b.room.synced();
    expect(b.texts()).toEqual(['secret board']);
    await until('Awa sees Bastien, and never the intruders', () => a.room.people().map((p) => p.user.name).join() === 'Awa,Bastien');
    expect((await room.host.api.roomStatus()).participants).toBe(2);
  });

  it('refuses an older or a newer Tablée with the reason and the room schema', async () => {
    await rooms.start({ password: null });
    const older = join('Ancien', null, { schema: SCHEMA_VERSION - 1 });
    const newer = join('Futur', null, { schema: SCHEMA_VERSION + 1 });
    await expect(older.room.synced()).rejects.toThrow(/schema-too-old/);
    await expect(newer.room.synced()).rejects.toThrow(/schema-too-new/);
    expect(older.room.state()).toEqual({ kind: 'refused', reason: 'schema-too-old', roomSchema: SCHEMA_VERSION });
    expect(older.texts()).toEqual([]);
  });

  it('merges edits made offline, both ways, and the facilitator file ends up with all of them', async () => {
    const room = await rooms.start({ password: 'p' });
    const [a, b] = await rooms.joinSynced('p', ['Awa', 'Bastien']);
    a.note('before');
    await until('b sees before', () => b.texts().includes('before'));
    a.room.setOnline(false);
    await until('a offline', () => a.room.state().kind === 'offline');
    a.note('a offline 1');
    a.note('a offline 2');
    b.note('b while a is away');
    await until('b edit reached the HOST', async () => (await room.savedFile()).snapshot.items.some((i) => 'text' in i && i.text === 'b while a is away'));
    expect(a.texts()).not.toContain('b while a is away');
    a.room.setOnline(true);
    const all = ['before', 'a offline 1', 'a offline 2', 'b while a is away'].sort();
    await until('both converge', () => [a, b].every((p) => JSON.stringify(p.texts().sort()) === JSON.stringify(all)));
    const file = await room.savedFile();
    expect(file.snapshot.items.map((i) => ('text' in i ? i.text : '')).sort()).toEqual(all);
  });

  it('closing the room disconnects everyone cleanly; the board stays with them', async () => {
    const room = await rooms.start({ password: null });
    const a = join('Awa', null);
    await a.room.synced();
    a.note('keep me');
    await until('saved', async () => (await room.savedFile()).snapshot.items.length === 1);
    const status = await room.host.api.closeRoom();
    expect(status.open).toBe(false);
    await until('a told the room closed', () => a.room.state().kind === 'closed');
    expect(a.texts()).toEqual(['keep me']);
    const late = join('Tard', null);
    await expect(late.room.synced()).rejects.toThrow(/no-room/);
    expect(late.texts()).toEqual([]);
  });

  it('recovers when the HOST server restarts', async () => {
    const room = await rooms.start({ password: 'p' });
    const [a, b] = await rooms.joinSynced('p', ['Awa', 'Bastien']);
    await room.restartServer();
    await until('both rejoined', () => [a, b].every((p) => p.room.state().kind === 'joined'), 30_000);
    a.note('after restart from a');
    b.note('after restart from b');
    await until('both see both', () => [a, b].every((p) => p.texts().length === 2));
  });

  it('refuses a machine posing as the HOST that cannot prove the password', async () => {
    // One skips the exchange and welcomes in clear; the other runs it with the record of another password.
    const other = await RoomPassword.register('tarte aux poires', '1a2b3c4d', 'participant');
    const sealedFrames: number[] = [];
    const fakeHost = async (answer: (frame: { t: string; login?: string }) => object): Promise<{ address: string; close(): void }> => {
      const fake = new WebSocketServer({ host: '127.0.0.1', port: 0 });
      fake.on('connection', (ws) => {
        let binary = 0;
        ws.on('close', () => sealedFrames.push(binary));
        ws.on('message', (data, isBinary) => {
          if (isBinary) return void binary++;
          ws.send(JSON.stringify(answer(JSON.parse(data.toString()) as { t: string; login?: string })));
        });
      });
      await new Promise((r) => fake.once('listening', r));
      return { address: `127.0.0.1:${(fake.address() as { port: number }).port}`, close: () => fake.close() };
    };
    const skipping = await fakeHost(() => ({ t: 'welcome', ticket: 'a'.repeat(32), signal: 'b'.repeat(32), schema: SCHEMA_VERSION, role: 'facilitator' }));
    const forging = await fakeHost((frame) => ({ t: 'challenge', login: other.startLogin(frame.login!)!.loginResponse }));
    const skipper = join('Awa', 'tarte aux pommes', { where: { address: skipping.address, roomId: '1a2b3c4d' } });
    const forger = join('Bastien', 'tarte aux pommes', { where: { address: forging.address, roomId: '1a2b3c4d' } });
    await expect(skipper.room.synced()).rejects.toThrow(/host-unverified/);
    await expect(forger.room.synced()).rejects.toThrow(/wrong-password/);
    await until('both sockets closed', () => sealedFrames.length === 2);
    // Neither fake got a single frame of the board: nothing is sent before the HOST proved the password.
    expect(sealedFrames).toEqual([0, 0]);
    skipping.close();
    forging.close();
  });

  it('serves a hub socket only to a room this HOST opened', async () => {
    const room = await rooms.start({ password: null });
    const other = join('Ailleurs', null, { where: { address: room.address, roomId: '00000000' } });
    await expect(other.room.synced()).rejects.toThrow(/no-room/);
    expect(HUB_PATH).toBe('/room/hub');
  });
});
