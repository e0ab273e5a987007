import { describe, expect, it } from 'vitest';
import { HubChannel, KIND_CONTROL, KIND_YJS } from '@shared/room/hub-channel';
import { HUB_PIECE_BYTES, MAX_HUB_FRAME_BYTES } from '@shared/room/protocol';
import { sessionSealer } from '@shared/room/room-session';

const key = (seed: number): Uint8Array => Uint8Array.from({ length: 64 }, (_, i) => (i * 7 + seed) & 0xff);

describe('the sealed hub channel', () => {
  it('carries control and Yjs messages, a large one in pieces, each frame within the hub limit', () => {
    const peer = new HubChannel(sessionSealer(key(1), 'peer'));
    const host = new HubChannel(sessionSealer(key(1), 'host'));
    const big = Uint8Array.from({ length: 5 * HUB_PIECE_BYTES + 17 }, (_, i) => i & 0xff);
    const frames = peer.frames({ kind: KIND_YJS, bytes: big });
    expect(frames.length).toBe(6);
    expect(Math.max(...frames.map((f) => f.length))).toBeLessThanOrEqual(MAX_HUB_FRAME_BYTES);
    const got = frames.map((f) => host.receive(f));
    expect(got.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(got[5]).toEqual({ kind: KIND_YJS, bytes: big });
    const [reply] = host.frames({ kind: KIND_CONTROL, text: '{"t":"closed"}' });
    expect(peer.receive(reply!)).toEqual({ kind: KIND_CONTROL, text: '{"t":"closed"}' });
  });

  it('does not open a frame replayed, reordered, changed, sealed with another key or sent back to its sender', () => {
    const make = (): [HubChannel, HubChannel] => [new HubChannel(sessionSealer(key(1), 'peer')), new HubChannel(sessionSealer(key(1), 'host'))];
    const msg = (text: string) => ({ kind: KIND_CONTROL, text }) as const;

    let [peer, host] = make();
    const [first] = peer.frames(msg('{"a":1}'));
    host.receive(first!);
    expect(() => host.receive(first!)).toThrow();

    [peer, host] = make();
    peer.frames(msg('1')); // lost on the way
    const [two] = peer.frames(msg('2'));
    expect(() => host.receive(two!)).toThrow();

    [peer, host] = make();
    const [frame] = peer.frames(msg('x'));
    frame![3]! ^= 1;
    expect(() => host.receive(frame!)).toThrow();

    const other = new HubChannel(sessionSealer(key(2), 'host'));
    expect(() => other.receive(new HubChannel(sessionSealer(key(1), 'peer')).frames(msg('x'))[0]!)).toThrow();

    [peer, host] = make();
    expect(() => peer.receive(peer.frames(msg('x'))[0]!)).toThrow();
  });
});
