import type { WebSocket } from 'ws';
import { meshTopicOf } from '@shared/room/protocol';
import { isFacilitatorRole } from '@shared/room/roles';
import { parseSignalFrame, type SignalFrame } from '@shared/room/signal-frames';
import type { Ticket } from './room-board';

interface SignalSocket {
  ws: WebSocket;
  ticket: Ticket;
  subscribed: boolean;
  alive: boolean;
}

/** Close codes: 1003 unsupported data (binary), 1008 policy violation (malformed or spoofed frame). */
const CLOSE_UNSUPPORTED = 1003;
const CLOSE_POLICY = 1008;
const HEARTBEAT_MS = 30_000;
/** Signaling sockets one ticket may hold at once: a participant reconnecting, not a flood from one admitted member. */
export const MAX_SIGNAL_SOCKETS_PER_TICKET = 4;

/**
 * y-webrtc signaling for one room. Unlike y-webrtc's bin/server.js it only admits sockets
 * holding a ticket's current signaling token (checked at upgrade), only knows this room's topic, forwards an offer or
 * answer to its addressee only, refuses a peer speaking under another peer's id, and closes a
 * socket that sends a malformed frame instead of throwing: everyone else keeps being served.
 */
export class RoomSignaling {
  private readonly sockets = new Set<SignalSocket>();
  private readonly heartbeat: NodeJS.Timeout;
  /** Frames refused so far (malformed, unknown topic, spoofed sender): for tests and logs. */
  refused = 0;

  constructor(private readonly roomId: string) {
    // A peer that vanished without a close frame (laptop lid shut) is dropped after a missed ping.
    this.heartbeat = setInterval(() => {
      for (const s of this.sockets) {
        if (!s.alive) s.ws.terminate();
        else {
          s.alive = false;
          s.ws.ping();
        }
      }
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  get size(): number {
    return this.sockets.size;
  }

  /** Whether one more socket may come in under this ticket (checked at the upgrade). */
  mayAttach(ticket: Ticket): boolean {
    let held = 0;
    for (const s of this.sockets) if (s.ticket === ticket) held++;
    return held < MAX_SIGNAL_SOCKETS_PER_TICKET;
  }

  attach(ws: WebSocket, ticket: Ticket): void {
    const socket: SignalSocket = { ws, ticket, subscribed: false, alive: true };
    this.sockets.add(socket);
    ws.on('pong', () => (socket.alive = true));
    ws.on('error', () => ws.terminate());
    ws.on('close', () => this.sockets.delete(socket));
    ws.on('message', (data, isBinary) => {
      // A socket closed here (its ticket resumed or ended) is still read until its close handshake
      // ends: what it says then must not bind the ticket's peer id nor reach anyone.
      if (!this.sockets.has(socket)) return;
      socket.alive = true;
      if (isBinary) return this.reject(socket, CLOSE_UNSUPPORTED, 'binary frame');
      const frame = parseSignalFrame(data.toString());
      if (!frame) return this.reject(socket, CLOSE_POLICY, 'malformed frame');
      this.handle(socket, frame);
    });
  }

  /** Drops every socket (the server stopped); y-webrtc reconnects by itself when it returns. */
  disconnectAll(): void {
    for (const s of this.sockets) s.ws.terminate();
    this.sockets.clear();
  }

  /** Closes the sockets of a ticket whose access ended, or that was resumed (its token is then replaced). */
  end(ticket: Ticket, reason: 'access ended' | 'resumed' = 'access ended'): void {
    for (const s of this.sockets) {
      if (s.ticket !== ticket) continue;
      s.ws.close(CLOSE_POLICY, reason);
      this.sockets.delete(s);
    }
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const s of this.sockets) s.ws.close(1001, 'room closed');
    this.sockets.clear();
  }

  private handle(socket: SignalSocket, frame: SignalFrame): void {
    // Each ticket's audience has a mesh of its own.
    const topic = this.topicOf(socket);
    switch (frame.type) {
      case 'ping':
        return send(socket.ws, { type: 'pong' });
      case 'subscribe':
        if (frame.topics.includes(topic)) socket.subscribed = true;
        // Topics of rooms this HOST did not open are not served.
        if (frame.topics.some((t) => t !== topic)) this.refused++;
        return;
      case 'unsubscribe':
        if (frame.topics.includes(topic)) socket.subscribed = false;
        return;
      case 'publish': {
        if (frame.topic !== topic || !socket.subscribed) {
          this.refused++;
          return;
        }
        const { data } = frame;
        socket.ticket.peerId ??= data.from;
        if (data.from !== socket.ticket.peerId) return this.reject(socket, CLOSE_POLICY, 'spoofed sender');
        for (const other of this.sockets) {
          if (other === socket || !other.subscribed || this.topicOf(other) !== topic) continue;
          if (data.to !== undefined && other.ticket.peerId !== data.to) continue;
          send(other.ws, frame);
        }
        return;
      }
    }
  }

  private topicOf(socket: SignalSocket): string {
    return meshTopicOf(this.roomId, isFacilitatorRole(socket.ticket.role));
  }

  private reject(socket: SignalSocket, code: number, reason: string): void {
    this.refused++;
    socket.ws.close(code, reason);
    this.sockets.delete(socket);
  }
}

function send(ws: WebSocket, message: unknown): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
}
