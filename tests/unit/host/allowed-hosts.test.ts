import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isAllowedHost } from '../../../electron/host/allowed-hosts';

/** Host headers the server answers: names that cannot be rebound to it, on its own port. */
describe('allowed Host headers', () => {
  const lan = { bind: '192.168.1.20', port: 4747 };

  it('takes loopback names and the address the server listens on, with its port', () => {
    for (const h of ['localhost:4747', '127.0.0.1:4747', '127.1.2.3:4747', '[::1]:4747', '192.168.1.20:4747']) expect(isAllowedHost(h, lan), h).toBe(true);
    expect(isAllowedHost('[fe80::1]:4747', { bind: 'fe80::1', port: 4747 })).toBe(true);
    expect(isAllowedHost('localhost', { bind: '127.0.0.1', port: 80 })).toBe(true);
  });

  it('refuses any other name, another port, a missing port, and anything that is not a bare host', () => {
    for (const h of [
      'rebind.example:4747',
      '192.168.1.21:4747',
      'localhost.rebind.example:4747',
      '127.0.0.1.rebind.example:4747',
      '192.168.1.20:4748',
      '192.168.1.20',
      'rebind.example@127.0.0.1:4747',
      '127.0.0.1:4747/x',
      '',
      undefined,
    ]) {
      expect(isAllowedHost(h, lan), String(h)).toBe(false);
    }
  });

  it('listening on every interface, takes each address of this machine and still no other name', () => {
    const any = { bind: '0.0.0.0', port: 4747 };
    const mine = Object.values(networkInterfaces()).flatMap((l) => l ?? []).filter((a) => a.family === 'IPv4');
    for (const a of mine) expect(isAllowedHost(`${a.address}:4747`, any), a.address).toBe(true);
    expect(isAllowedHost('203.0.113.7:4747', any)).toBe(false);
    expect(isAllowedHost('rebind.example:4747', { bind: '::', port: 4747 })).toBe(false);
  });
});
