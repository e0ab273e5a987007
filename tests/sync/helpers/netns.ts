import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Two network namespaces joined by a veth pair, as two laptops on a venue network that gives
 * them no route anywhere else and filters multicast DNS (UDP 5353). Made and removed here; only
 * their own addresses are ever used.
 */
export interface NetPair {
  ns: [string, string];
  /** How multicast DNS was stopped: a tc filter dropping UDP 5353, or multicast switched off on the link where tc cannot drop. */
  mdnsBlockedBy: 'tc drop udp/5353' | 'multicast off';
  ip: [string, string];
  /** An executable that runs Chromium inside namespace i (for playwright's executablePath). */
  chromiumIn(i: 0 | 1, chromium: string): string;
  remove(): void;
}

const run = (...args: string[]): string => execFileSync(args[0]!, args.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Why namespaces cannot be made here, or null when they can. */
export function netnsUnavailable(): string | null {
  if (process.platform !== 'linux') return `network namespaces are Linux only (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'network namespaces need root (ip netns add)';
  const probe = `tblprobe${process.pid}`;
  try {
    run('ip', 'netns', 'add', probe);
    run('ip', 'netns', 'del', probe);
  } catch (e) {
    return `ip netns add failed: ${String((e as { stderr?: string }).stderr ?? e).trim()}`;
  }
  return null;
}

export function makeNetPair(): NetPair {
  const id = process.pid % 100_000;
  const ns: [string, string] = [`tbl${id}a`, `tbl${id}b`];
  const dev = [`tv${id}a`, `tv${id}b`];
  const ip: [string, string] = ['10.231.7.1', '10.231.7.2'];
  const dir = mkdtempSync(join(tmpdir(), 'tablee-netns-'));
  const remove = (): void => {
    for (const n of ns) {
      try {
        run('ip', 'netns', 'del', n);
      } catch {
        // Already gone.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  let mdnsBlockedBy: NetPair['mdnsBlockedBy'] = 'tc drop udp/5353';
  try {
    for (const n of ns) run('ip', 'netns', 'add', n);
    run('ip', 'link', 'add', dev[0]!, 'type', 'veth', 'peer', 'name', dev[1]!);
    for (const i of [0, 1] as const) {
      run('ip', 'link', 'set', dev[i]!, 'netns', ns[i]);
      run('ip', '-n', ns[i], 'addr', 'add', `${ip[i]}/24`, 'dev', dev[i]!);
      run('ip', '-n', ns[i], 'link', 'set', dev[i]!, 'up');
      run('ip', '-n', ns[i], 'link', 'set', 'lo', 'up');
      // No default route is ever added. Multicast DNS leaving either side is dropped; kernels
      // without tc's drop action (some VMs) get multicast switched off on the link instead.
      try {
        run('ip', 'netns', 'exec', ns[i], 'tc', 'qdisc', 'add', 'dev', dev[i]!, 'clsact');
        run('ip', 'netns', 'exec', ns[i], 'tc', 'filter', 'add', 'dev', dev[i]!, 'egress', 'protocol', 'ip', 'prio', '1', 'u32', 'match', 'ip', 'protocol', '17', '0xff', 'match', 'ip', 'dport', '5353', '0xffff', 'action', 'drop');
      } catch {
        mdnsBlockedBy = 'multicast off';
        run('ip', '-n', ns[i], 'link', 'set', dev[i]!, 'multicast', 'off');
      }
    }
  } catch (e) {
    remove();
    throw e;
  }
  return {
    ns,
    ip,
    mdnsBlockedBy,
    chromiumIn(i, chromium) {
      const path = join(dir, `chromium-${i}.sh`);
      writeFileSync(path, `#!/bin/sh\nexec ip netns exec ${ns[i]} ${chromium} "$@"\n`);
      chmodSync(path, 0o755);
      return path;
    },
    remove,
  };
}
