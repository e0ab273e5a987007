import { existsSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { itemsOf } from '@shared/board/doc';
import type { Session } from '@shared/host-api/contract';
import { attachFrames } from '@shared/host-api/wire';
import type { HostCore } from '../../../electron/host/host-core-types';
import { rendererDoc, useHostCore } from './helpers';

const hosts = useHostCore();
const tempDir = hosts.tempDir;
let host: HostCore | undefined;

/** This test's HOST and its server; a file beside the page the server must never hand out. */
async function start(): Promise<string> {
  const started = await hosts.start();
  host = started.host;
  writeFileSync(join(started.dir, 'secret.txt'), 'secret');
  return (await hosts.serve(started.dir)).url;
}

function get(url: string, rawPath: string): Promise<{ status: number; body: string; csp: string | undefined }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path: rawPath }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, csp: res.headers['content-security-policy'] as string | undefined }));
    })
      .on('error', reject)
      .end();
  });
}

function connect(url: string, origin?: string): Promise<WebSocket> {
  const ws = new WebSocket(url.replace('http', 'ws') + 'api', origin ? { origin } : {});
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

/** The next answer; binary frames that came before it are in `binary`. */
function reply(ws: WebSocket, frame: string | Buffer): Promise<Record<string, unknown> & { binary: Buffer[] }> {
  return new Promise((resolve) => {
    const binary: Buffer[] = [];
    const onMessage = (data: Buffer, isBinary: boolean): void => {
      if (isBinary) return void binary.push(data);
      const msg = JSON.parse(data.toString()) as Record<string, unknown>;
      if ('event' in msg) return;
      ws.off('message', onMessage);
      resolve({ ...msg, binary });
    };
    ws.on('message', onMessage);
    ws.send(frame);
  });
}

describe('HOST server', () => {
  it('serves the renderer with a strict content security policy', async () => {
    const url = await start();
    const page = await get(url, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Tablée</title>');
    expect(page.csp).toContain("script-src 'self'");
    expect(page.csp).toContain("object-src 'none'");
  });

  it.each(['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/%00', '/%E0%A4%A'])('refuses %s', async (path) => {
    const url = await start();
    const res = await get(url, path);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain('secret');
  });

  it('answers HostApi calls over the WebSocket', async () => {
    const url = await start();
    const ws = await connect(url, url.slice(0, -1));
    const res = await reply(ws, JSON.stringify({ id: 1, method: 'getSession', args: [] }));
    expect(res).toMatchObject({ id: 1, result: { host: 'browser', failure: null } });
    ws.close();
  });

  it("sends the board's state as one binary frame, not as text", async () => {
    const url = await start();
    const renderer = rendererDoc((await host!.api.getSession()).project!.state);
    renderer.addNote('« Le marché du jeudi »');
    for (const u of renderer.updates) await host!.api.pushUpdate(u);
    const ws = await connect(url);
    const res = await reply(ws, JSON.stringify({ id: 1, method: 'getSession', args: [] }));
    expect(res).toMatchObject({ id: 1, frames: 1, result: { project: { state: { $frame: 0 } } } });
    expect(res.binary).toHaveLength(1);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, res.binary[0]!);
    expect(JSON.stringify(itemsOf(doc).toJSON())).toContain('Le marché du jeudi');
    // The page puts the bytes back where the placeholder was.
    const session = attachFrames(res.result, [new Uint8Array(res.binary[0]!)]) as Session;
    expect(session.project!.state).toBeInstanceOf(Uint8Array);
    ws.close();
  });

  it('refuses a WebSocket from another web page (foreign Origin)', async () => {
    const url = await start();
    await expect(connect(url, 'http://evil.example')).rejects.toThrow('HTTP 403');
  });

  it('answers malformed frames with an error and keeps serving', async () => {
    const url = await start();
    const ws = await connect(url);
    expect(await reply(ws, 'not json')).toMatchObject({ error: 'frame is not JSON' });
    expect(await reply(ws, Buffer.from([1, 2, 3]))).toMatchObject({ error: expect.stringMatching(/binary/) });
    expect(await reply(ws, JSON.stringify({ method: 'getSession', args: [] }))).toMatchObject({ error: expect.stringMatching(/id/) });
    expect(await reply(ws, JSON.stringify({ id: 2, method: 'rmrf', args: [] }))).toMatchObject({ id: 2, error: expect.stringMatching(/unknown method/) });
    expect(await reply(ws, JSON.stringify({ id: 3, method: 'openProject', args: [7] }))).toMatchObject({ id: 3, error: expect.stringMatching(/bad argument/) });
    expect(await reply(ws, JSON.stringify({ id: 4, method: 'pushUpdate', args: [btoa('nonsense!')] }))).toMatchObject({ id: 4, error: expect.stringMatching(/board update/) });
    expect(await reply(ws, JSON.stringify({ id: 5, method: 'getSession', args: [] }))).toMatchObject({ id: 5, result: { host: 'browser' } });
    ws.close();
  });

  it('refuses a relative path before the HOST sees it: nothing lands in its current folder', async () => {
    const url = await start();
    const ws = await connect(url);
    const name = `relatif-${process.pid}.tablee`;
    expect(await reply(ws, JSON.stringify({ id: 1, method: 'createProject', args: [name, 'Relatif'] }))).toMatchObject({ id: 1, error: expect.stringMatching(/^createProject: bad argument 0: path is not absolute/) });
    expect(await reply(ws, JSON.stringify({ id: 2, method: 'saveProjectAs', args: [`./${name}`] }))).toMatchObject({ id: 2, error: expect.stringMatching(/path is not absolute/) });
    expect(existsSync(join(process.cwd(), name))).toBe(false);
    const absolute = join(tempDir(), 'absolu.tablee');
    expect(await reply(ws, JSON.stringify({ id: 3, method: 'createProject', args: [absolute, 'Absolu'] }))).toMatchObject({ id: 3, result: { project: { path: absolute } } });
    ws.close();
  });

  it('sends save-status events to connected renderers', async () => {
    const url = await start();
    const ws = await connect(url);
    const event = new Promise((resolve) => ws.on('message', (d: Buffer) => {
      const msg = JSON.parse(d.toString()) as { event?: unknown };
      if (msg.event) resolve(msg.event);
    }));
    host!.emit({ type: 'menu-command', command: 'undo' });
    expect(await event).toEqual({ type: 'menu-command', command: 'undo' });
    ws.close();
  });
});
