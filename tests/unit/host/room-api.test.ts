import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HostEvent } from '@shared/host-api/contract';
import { decodeRoomCode, parseRoomInput } from '@shared/room/room-code';
import { useHostCore } from './helpers';

const hosts = useHostCore();

describe('room methods of the HOST', () => {
  it('opens the room where the server listens, with URL, code, QR and password, and says so in events', async () => {
    const { host, dir } = await hosts.start();
    const events: HostEvent[] = [];
    host.onEvent((e) => events.push(e));
    const running = await hosts.serve(dir);
    const status = await host.api.openRoom({ password: 'tarte', bind: null });
    const port = new URL(running.url).port;
    expect(status).toMatchObject({ open: true, password: 'tarte', bind: '127.0.0.1', participants: 0 });
    expect(status.url).toBe(`http://127.0.0.1:${port}/?room=${status.roomId}`);
    expect(status.qrUrl).toBe(`${status.url}#key=tarte`);
    expect(status.qrSvg).toMatch(/^<svg/);
    expect(decodeRoomCode(status.code!)).toEqual(parseRoomInput(status.url!));
    expect(events.some((e) => e.type === 'room' && e.status.open)).toBe(true);
    await expect(host.api.openRoom({ password: null, bind: '10.1.2.3' })).rejects.toThrow(/--bind 10\.1\.2\.3/);
    const closed = await host.api.closeRoom();
    expect(closed).toMatchObject({ open: false, url: null, password: null });
    expect((await host.api.roomStatus()).open).toBe(false);
  });

  it('starts a server for the room on the chosen interface when none runs (the desktop app)', async () => {
    const { host } = await hosts.start({ kind: 'desktop', rendererDir: true });
    const status = await host.api.openRoom({ password: null, bind: '127.0.0.1' });
    expect(status.open).toBe(true);
    const page = await fetch(status.url!);
    expect(page.status).toBe(200);
    await hosts.close();
    await expect(fetch(status.url!)).rejects.toThrow();
  });

  it('needs a server to open a room', async () => {
    const { host } = await hosts.start({ kind: 'desktop' });
    await expect(host.api.openRoom({ password: null, bind: null })).rejects.toThrow(/no server/);
  });

  it('closes the room when another project opens, and locks the remote API while a password-protected room is open', async () => {
    const { host, dir } = await hosts.start();
    await hosts.serve(dir);
    await host.api.openRoom({ password: null, bind: null });
    expect(host.rooms.locksRemoteApi()).toBe(false);
    await host.api.openRoom({ password: 'p', bind: null });
    expect(host.rooms.locksRemoteApi()).toBe(true);
    await host.api.createProject(join(dir, 'other.tablee'), 'Autre');
    expect((await host.api.roomStatus()).open).toBe(false);
    expect(host.rooms.locksRemoteApi()).toBe(false);
  });
});
