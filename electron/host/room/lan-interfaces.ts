import { networkInterfaces } from 'node:os';
import type { NetworkInterfaceInfo } from '@shared/host-api/contract';

/** IPv4 addresses of this machine a participant could reach (not loopback). */
export function lanInterfaces(): NetworkInterfaceInfo[] {
  const out: NetworkInterfaceInfo[] = [];
  for (const [name, addresses] of Object.entries(networkInterfaces())) {
    for (const a of addresses ?? []) {
      if (a.family === 'IPv4' && !a.internal) out.push({ name, address: a.address });
    }
  }
  return out;
}

/** Whether a listening address is reachable from this machine only. */
export const isLoopback = (address: string): boolean => address.startsWith('127.') || address === '::1' || address.startsWith('::ffff:127.');

/** The address to print in a room URL: a wildcard bind is shown as the first LAN address. */
export function shownAddress(bind: string): string {
  if (bind === '0.0.0.0' || bind === '::') return lanInterfaces()[0]?.address ?? '127.0.0.1';
  return bind;
}
