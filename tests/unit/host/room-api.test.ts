import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { HostEvent } from '@shared/host-api/contract';
import { decodeRoomCode, parseRoomInput } from '@shared/room/room-code';
import { lanInterfaces } from '../../../electron/host/room/lan-interfaces';
import { useHostCore } from './helpers';

const hosts = useHostCore();

/** A client of /api from this machine's network address, as the browser of another machine would be (same Origin as the page). */
async function apiFrom(url: string): Promise<{ call(method: string): Promise<unknown>; close(): void }> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}api`, { origin: url.replace(/\/$/, '') });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let next = 1;
  return {
    call: (method) =>
      new Promise((resolve) => {
        const id = next++;
        const onMessage = (data: Buffer, isBinary: boolean): void => {
          if (isBinary) return;
          const reply = JSON.parse(data.toString()) as { id?: number };
          if (reply.id !== id) return;
          ws.off('message', onMessage);
          resolve(reply);
        };
        ws.on('message', onMessage);
        ws.send(JSON.stringify({ id, method, args: [] }));
      }),
    close: () => ws.close(),
  };
}

describe('room methods of the HOST', () => {
  it('opens the room where the server listens, with URL, code, QR and password, and says so in events', async () => {
    const { host, dir } = await hosts.start();
    const events: HostEvent[] = [];
    host.onEvent((e) => events.push(e));
    const running = await hosts.serve(dir);
    const status = await host.api.openRoom({ password: 'tarte', bind: null });
    const port = new URL(running.url).port;
    expect(status).toMatchObject({ open: true, password: 'tarte', bind: '127.0.0.1', participants: 0, people: [], refusals: [] });
    // The facilitators' own password, made by the HOST at each opening.
    expect(status.facilitatorPassword).toMatch(/^[a-z]+-[a-z]+-[a-z]+-\d\d$/);
    expect(status.url).toBe(`http://127.0.0.1:${port}/?room=${status.roomId}`);
    expect(status.qrUrl).toBe(`${status.url}#key=tarte`);
    expect(status.qrSvg).toMatch(/^<svg/);
    expect(decodeRoomCode(status.code!)).toEqual(parseRoomInput(status.url!));
    expect(events.some((e) => e.type === 'room' && e.status.open)).toBe(true);
    await expect(host.api.openRoom({ password: null, bind: '10.1.2.3' })).rejects.toThrow(/--bind 10\.1\.2\.3/);
    const closed = await host.api.closeRoom();
    expect(closed).toMatchObject({ open: false, url: null, password: null, facilitatorPassword: null });
    await expect(host.api.endRoomAccess('a1b2')).rejects.toThrow(/nobody with id a1b2/);
    expect((await host.api.roomStatus()).open).toBe(false);
    // Each opening makes a new one: a password from an earlier day opens nothing.
    const reopened = await host.api.openRoom({ password: 'tarte', bind: null });
    expect(reopened.facilitatorPassword).not.toBe(status.facilitatorPassword);
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

  it('closes the room when another project opens, and locks the remote API, open room or not', async () => {
    const { host, dir } = await hosts.start();
    await hosts.serve(dir);
    await host.api.openRoom({ password: null, bind: null, openToNetwork: true });
    // An open room gives a participant the workshop only: /api, which gives the whole project, stays locked.
    expect(host.rooms.locksRemoteApi()).toBe(true);
    await host.api.openRoom({ password: 'p', bind: null });
    expect(host.rooms.locksRemoteApi()).toBe(true);
    await host.api.createProject(join(dir, 'other.tablee'), 'Autre');
    expect((await host.api.roomStatus()).open).toBe(false);
    // No room: other machines get nothing either.
    expect(host.rooms.locksRemoteApi()).toBe(true);
  });

  it('opens a room on a network address only with a password, or when the facilitator chooses an open room', async () => {
    const { host, dir } = await hosts.start();
    // Every address of this machine: a network address.
    await hosts.serve(dir, '0.0.0.0');
    await expect(host.api.openRoom({ password: null, bind: null })).rejects.toThrow(/needs a password/);
    expect((await host.api.roomStatus()).open).toBe(false);
    expect((await host.api.openRoom({ password: 'pomme galet nuage', bind: null })).open).toBe(true);
    const open = await host.api.openRoom({ password: null, bind: null, openToNetwork: true });
    expect(open).toMatchObject({ open: true, password: null });
  });

  it('never gives the project to another machine through /api while no room admits it', async (ctx) => {
    const lan = lanInterfaces()[0]?.address;
    // Needs a network address of this machine to come "from another machine" (a socket from it is not loopback).
    if (!lan) return ctx.skip();
    const { host, dir } = await hosts.start();
    const running = await hosts.serve(dir, lan);
    const remote = await apiFrom(running.url);
    const locked = { error: { code: 'room-locked' } };
    expect(await remote.call('getSession')).toMatchObject(locked);
    await host.api.openRoom({ password: 'pomme galet nuage', bind: null });
    expect(await remote.call('getSession')).toMatchObject(locked);
    await host.api.closeRoom();
    expect(await remote.call('getSession')).toMatchObject(locked);
    // An open room lets anyone on the network see the workshop, through the room: /api would say more (the research).
    await host.api.openRoom({ password: null, bind: null, openToNetwork: true });
    expect(await remote.call('getSession')).toMatchObject(locked);
    remote.close();
  });
});
