import { describe, expect, it } from 'vitest';
import { LINK_REFUSED, screenSignal, type CapConn, type CapRoom, type SignalMessage } from '../../../renderer/src/features/room/link-cap';

const conn = (connected: boolean): CapConn & { destroyed: boolean } => {
  const c = { connected, destroyed: false, destroy: () => (c.destroyed = true) };
  return c;
};
const room = (links: string[]): CapRoom => ({ name: 'tablee:r', peerId: 'me', webrtcConns: new Map(links.map((id) => [id, conn(true)])) });
const signal = (from: string, type: string, extra: Record<string, unknown> = {}): SignalMessage => ({
  type: 'publish',
  topic: 'tablee:r',
  data: { type: 'signal', from, to: 'me', signal: { type, ...extra } },
});

describe('a cap on direct links, both ways', () => {
  it('below the cap, an offer goes to y-webrtc', () => {
    expect(screenSignal(signal('x', 'offer'), room(['a']), 2, new Set())).toEqual({ pass: true });
  });

  it('at the cap, an offer from a new peer is refused, addressed to it alone, and its candidates are ignored', () => {
    const refused = new Set<string>();
    const r = room(['a', 'b']);
    expect(screenSignal(signal('x', 'offer'), r, 2, refused)).toEqual({
      pass: false,
      reply: { type: 'publish', topic: 'tablee:r', data: { type: 'signal', from: 'me', to: 'x', signal: { type: LINK_REFUSED } } },
    });
    expect(screenSignal(signal('x', 'candidate', { candidate: {} }), r, 2, refused)).toEqual({ pass: false });
    expect(r.webrtcConns.size).toBe(2);
    // Another peer's candidates are y-webrtc's business.
    expect(screenSignal(signal('y', 'candidate', { candidate: {} }), r, 2, refused)).toEqual({ pass: true });
  });

  it('an answer to an offer this peer no longer holds is kept from y-webrtc (which would throw on it); an awaited answer goes through', () => {
    const r = room(['a']);
    expect(screenSignal(signal('x', 'answer'), r, 2, new Set())).toEqual({ pass: false });
    expect(screenSignal(signal('a', 'answer'), r, 2, new Set())).toEqual({ pass: true });
  });

  it('at the cap, an offer from a peer already linked (both offered at once) goes through', () => {
    expect(screenSignal(signal('a', 'offer'), room(['a', 'b']), 2, new Set())).toEqual({ pass: true });
  });

  it('a peer once refused is accepted when there is room again', () => {
    const refused = new Set<string>();
    const r = room(['a', 'b']);
    screenSignal(signal('x', 'offer'), r, 2, refused);
    r.webrtcConns.delete('b');
    expect(screenSignal(signal('x', 'offer'), r, 2, refused)).toEqual({ pass: true });
    expect(screenSignal(signal('x', 'candidate', { candidate: {} }), r, 2, refused)).toEqual({ pass: true });
  });

  it('a refusal drops my pending offer to that peer, never an open link, and y-webrtc never sees it', () => {
    const r = room([]);
    const pending = conn(false);
    const open = conn(true);
    r.webrtcConns.set('full', pending);
    r.webrtcConns.set('linked', open);
    expect(screenSignal(signal('full', LINK_REFUSED), r, 30, new Set())).toEqual({ pass: false });
    expect(pending.destroyed).toBe(true);
    expect(screenSignal(signal('linked', LINK_REFUSED), r, 30, new Set())).toEqual({ pass: false });
    expect(open.destroyed).toBe(false);
  });

  it('leaves alone what is not a signal to me in this room', () => {
    const r = room(['a', 'b']);
    const refused = new Set(['x']);
    for (const m of [
      { type: 'publish', topic: 'tablee:r', data: { type: 'announce', from: 'x' } },
      { ...signal('x', 'offer'), topic: 'tablee:other' },
      { type: 'publish', topic: 'tablee:r', data: { type: 'signal', from: 'x', to: 'someone else', signal: { type: 'offer' } } },
      { type: 'pong' },
      null,
    ] as SignalMessage[]) {
      expect(screenSignal(m, r, 2, refused)).toEqual({ pass: true });
    }
    expect(screenSignal(signal('x', 'offer'), null, 2, refused)).toEqual({ pass: true });
  });
});
