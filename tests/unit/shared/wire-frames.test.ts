import { describe, expect, it } from 'vitest';
import { attachFrames, detachFrames } from '@shared/host-api/wire';

describe('binary frames of a HostApi result', () => {
  it('takes byte arrays out of a result and puts them back in the same places', () => {
    const state = new Uint8Array([1, 2, 3]);
    const other = new Uint8Array([9]);
    const result = { host: 'browser', project: { path: '/p.tablee', state, report: { notes: ['a'] } }, list: [other, 2] };
    const frames: Uint8Array[] = [];
    const json = detachFrames(result, frames);
    expect(frames).toEqual([state, other]);
    // What goes over the wire as text holds no bytes.
    expect(JSON.stringify(json)).toBe('{"host":"browser","project":{"path":"/p.tablee","state":{"$frame":0},"report":{"notes":["a"]}},"list":[{"$frame":1},2]}');
    expect(attachFrames(JSON.parse(JSON.stringify(json)), frames)).toEqual(result);
  });

  it('refuses a placeholder whose frame did not come', () => {
    expect(() => attachFrames({ state: { $frame: 1 } }, [new Uint8Array([1])])).toThrow(/frame 1/);
    expect(() => attachFrames({ state: { $frame: 'x' } }, [])).toThrow(/did not come/);
  });
});
