import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { pathStyleOf } from '@shared/host-api/absolute-path';
import { METHODS } from '@shared/host-api/methods';
import { validateHostCall } from '@shared/host-api/validate';
import { API_PATH, detachFrames, MAX_FRAME_BYTES, type WireResponse } from '@shared/host-api/wire';
import { isAllowedHost } from './allowed-hosts';
import { wireErrorOf } from './errors';
import type { HostCore } from './host-core-types';
import { isLoopback } from './room/lan-interfaces';
import { serveStatic } from './static-files';

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}


/**
 * Serves the built renderer and the HostApi over a WebSocket at /api. Every request must name
 * this server in its Host header (allowed-hosts.ts: no DNS rebinding). A WebSocket accepts
 * cross-site connections, so the Origin must be this very host: another web page open in
 * the same browser cannot drive the HOST.
 */
export async function startServer(host: HostCore, opts: { rendererDir: string; bind: string; port: number }): Promise<RunningServer> {
  // Known once the server listens (port 0 picks one); no request comes before.
  let listening = { bind: opts.bind, port: opts.port };
  const server = createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, listening)) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('this server is not known by that name');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(opts.rendererDir, req.url ?? '/', res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME_BYTES,
  });

  server.on('upgrade', (req, socket, head) => {
    // Node hands an upgraded socket over with no error listener: a client that resets it while
    // it is refused (or before ws takes it) would otherwise crash the HOST with ECONNRESET.
    socket.on('error', () => socket.destroy());
    if (!isAllowedHost(req.headers.host, listening)) {
      socket.end('HTTP/1.1 421 Misdirected Request\r\n\r\n');
      return;
    }
    // Room sockets carry their own admission (password proof, tickets).
    if (host.rooms.handleUpgrade(req, socket, head)) return;
    const path = (req.url ?? '').split('?')[0];
    if (path !== API_PATH || !sameOrigin(req)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveApi(host, ws, isLoopback(req.socket.remoteAddress ?? '')));
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.bind, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address() as AddressInfo;
  listening = { bind: address.address, port: address.port };
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  host.rooms.servedAt({ bind: address.address, port: address.port });
  return {
    server,
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise<void>((done) => {
        host.rooms.servedAt(null);
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  // Non-browser clients (tests, scripts on this machine) send no Origin.
  if (origin === undefined) return isLoopback(req.socket.remoteAddress ?? '');
  return origin === `http://${req.headers.host}` || origin === `https://${req.headers.host}`;
}

function serveApi(host: HostCore, ws: WebSocket, local: boolean): void {
  const send = (message: WireResponse): void => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const unsubscribe = host.onEvent((event) => send({ event }));
  ws.on('close', unsubscribe);
  ws.on('error', () => ws.terminate());
  ws.on('message', (data, isBinary) => {
    if (isBinary) return send({ id: -1, error: { code: 'bad-frame', detail: 'binary frames are not accepted' } });
    let request: { id?: unknown; method?: unknown; args?: unknown };
    try {
      request = JSON.parse(data.toString()) as typeof request;
    } catch {
      return send({ id: -1, error: { code: 'bad-frame', detail: 'frame is not JSON' } });
    }
    const id = typeof request?.id === 'number' && Number.isSafeInteger(request.id) ? request.id : -1;
    if (id < 0) return send({ id: -1, error: { code: 'bad-frame', detail: 'frame has no numeric id' } });
    const checked = validateHostCall(request.method, request.args, pathStyleOf(process.platform));
    if (!checked.ok) return send({ id, error: checked.error });
    const { method, args } = checked.value;
    if (!local && METHODS[method].reach === 'host-machine') return send({ id, error: { code: 'host-machine-only', detail: `${method} is only available on the host machine` } });
    if (!local && host.rooms.locksRemoteApi()) return send({ id, error: { code: 'room-locked', detail: 'other machines reach this project only through its room; join the room' } });
    host.call(method, args).then(
      (result) => {
        // The board's state goes as binary frames just before the JSON that points to them.
        const frames: Uint8Array[] = [];
        const json = detachFrames(result, frames);
        if (ws.readyState !== ws.OPEN) return;
        for (const frame of frames) ws.send(frame, { binary: true });
        send(frames.length ? { id, result: json, frames: frames.length } : { id, result: json });
      },
      (e: unknown) => send({ id, error: wireErrorOf(e) }),
    );
  });
}
