import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { isIP } from 'node:net';
import QRCode from 'qrcode';
import { WebSocketServer, type WebSocket } from 'ws';
import type { RoomStatus } from '@shared/host-api/contract';
import type { HostFrame } from '@shared/room/hub-frames';
import { HUB_PATH, MAX_HUB_FRAME_BYTES, MAX_SIGNAL_FRAME_BYTES, SIGNAL_PATH } from '@shared/room/protocol';
import { encodeRoomCode, roomQrUrl, roomUrl } from '@shared/room/room-code';
import { HostError } from '../errors';
import { lanInterfaces, shownAddress } from './lan-interfaces';
import { Room } from './room';
import type { RoomHubOptions } from './room-hub';
import type { RoomBoard } from './room-board';

export interface ServedAt {
  bind: string;
  port: number;
}

/**
 * Opens and closes the room and routes its WebSocket upgrades (`/room/hub`, `/room/signal`).
 * Anything else under those paths, or for a room that is not open, is refused at the upgrade.
 */
export class RoomManager {
  private room: Room | null = null;
  private served: ServedAt | null = null;
  private qr: { url: string; svg: string } | null = null;
  private readonly hubServer = new WebSocketServer({ noServer: true, maxPayload: MAX_HUB_FRAME_BYTES });
  private readonly signalServer = new WebSocketServer({ noServer: true, maxPayload: MAX_SIGNAL_FRAME_BYTES });

  constructor(
    private readonly onStatus: (status: RoomStatus) => void,
    private readonly hubOptions: RoomHubOptions = {},
  ) {}

  /** Where the HTTP server listens (null once it stopped); rooms are served there. */
  servedAt(at: ServedAt | null): void {
    this.served = at;
    if (!at) {
      this.room?.hub.disconnectAll();
      this.room?.signaling.disconnectAll();
    }
    if (this.room) void this.notify();
  }

  get servedOn(): ServedAt | null {
    return this.served;
  }

  /** `openToNetwork`: the facilitator chose a room without password that anyone on the network may join. */
  async open(password: string | null, board: RoomBoard, openToNetwork = false): Promise<RoomStatus> {
    this.replace(null);
    // Another open() may finish meanwhile: the last one wins, the other is closed.
    this.replace(await Room.open(password, board, () => void this.notify(), openToNetwork, this.hubOptions));
    return this.notify();
  }

  async close(): Promise<RoomStatus> {
    this.replace(null);
    return this.notify();
  }

  /** Ends one person's access (see the host method `endRoomAccess`); the facilitator's own window cannot be ended. */
  async endAccess(id: string): Promise<RoomStatus> {
    const room = this.room;
    const person = room?.hub.people().find((p) => p.id === id);
    if (!room || !person) throw new HostError('not-found', `nobody with id ${id} is in the room`);
    if (person.role === 'facilitator') throw new HostError('bad-argument', 'the facilitator’s own window stays in its room: only other people’s access can end');
    await room.endAccess(id);
    return this.notify();
  }

  private replace(room: Room | null): void {
    this.room?.close();
    this.room = room;
  }

  async status(): Promise<RoomStatus> {
    const room = this.room;
    const served = this.served;
    const base = { interfaces: lanInterfaces(), participants: room?.hub.participants ?? 0 };
    if (!room || !served) {
      return { open: false, roomId: null, url: null, qrUrl: null, qrSvg: null, code: null, password: null, bind: served?.bind ?? null, facilitatorPassword: null, people: [], refusals: [], ...base };
    }
    const address = shownAddress(served.bind);
    const host = isIP(address) === 6 ? `[${address}]:${served.port}` : `${address}:${served.port}`;
    const qrUrl = roomQrUrl(host, room.id, room.password);
    if (this.qr?.url !== qrUrl) this.qr = { url: qrUrl, svg: await QRCode.toString(qrUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) };
    return {
      open: true,
      roomId: room.id,
      url: roomUrl(host, room.id),
      qrUrl,
      qrSvg: this.qr.svg,
      code: encodeRoomCode(address, served.port, room.id),
      password: room.password,
      bind: served.bind,
      facilitatorPassword: room.facilitatorPassword,
      people: room.hub.people(),
      refusals: [...room.refusals],
      ...base,
    };
  }

  /**
   * Other machines never reach the project through /api, not even in an open room: /api hands out
   * the whole project, research included, while the room gives a participant the workshop only
   * (and a co-facilitator the research, through the facilitators' door).
   */
  locksRemoteApi(): boolean {
    return true;
  }

  /** The open room, for tests and the command line. */
  get current(): Room | null {
    return this.room;
  }

  /** Takes the upgrade if it is a room path; returns false to let the caller handle (or refuse) it. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://host');
    const room = this.room;
    if (url.pathname === HUB_PATH) {
      const address = req.socket.remoteAddress ?? '';
      // Too many sockets still proving the password, from this machine or in all: refused before any frame.
      if (room && !room.hub.mayAttach(address)) return refuse(socket, '503 Service Unavailable');
      // Without a room the socket is still taken, to say why: a participant then sees "no room", not a silent retry.
      this.hubServer.handleUpgrade(req, socket, head, (ws) => (room ? room.hub.attach(ws, address, req.socket.localAddress ?? '') : refuseNoRoom(ws)));
      return true;
    }
    if (url.pathname === SIGNAL_PATH) {
      const ticket = room?.signalingTicket(url.searchParams.get('token'));
      if (!room || !ticket) return refuse(socket);
      if (!room.signaling.mayAttach(ticket)) return refuse(socket, '503 Service Unavailable');
      this.signalServer.handleUpgrade(req, socket, head, (ws) => room.signaling.attach(ws, ticket));
      return true;
    }
    return false;
  }

  private async notify(): Promise<RoomStatus> {
    const status = await this.status();
    this.onStatus(status);
    return status;
  }
}

function refuseNoRoom(ws: WebSocket): void {
  ws.send(JSON.stringify({ t: 'refused', reason: 'no-room' } satisfies HostFrame));
  ws.close(1008, 'no-room');
}

function refuse(socket: Duplex, status = '403 Forbidden'): true {
  socket.end(`HTTP/1.1 ${status}\r\n\r\n`);
  return true;
}
