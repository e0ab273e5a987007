import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ENTRY = join(import.meta.dirname, 'peer-process.ts');
const REPO = join(import.meta.dirname, '..', '..', '..');

export interface PeerProcess {
  name: string;
  proc: ChildProcess;
  call<T = unknown>(cmd: string, arg?: unknown): Promise<T>;
  alive(): boolean;
  stderr(): string;
  kill(): void;
}

/** Starts a participant in a process of its own (see peer-process.ts) and waits until it runs. */
export async function spawnPeer(
  where: { address: string; roomId: string },
  name: string,
  password: string | null,
  wrap: string[] = [],
  opts: { maxConns?: number } = {},
): Promise<PeerProcess> {
  const args = ['--import', 'tsx', ENTRY];
  const [cmd, argv] = wrap.length ? [wrap[0]!, [...wrap.slice(1), process.execPath, ...args]] : [process.execPath, args];
  const proc = spawn(cmd, argv, {
    cwd: REPO,
    env: { ...process.env, TABLEE_PEER: JSON.stringify({ address: where.address, roomId: where.roomId, password, name, maxConns: opts.maxConns }) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let err = '';
  proc.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let nextId = 1;
  await new Promise<void>((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`peer ${name} exited with ${code}\n${err}`)));
    proc.on('message', (m: { ready?: boolean; id?: number; result?: unknown; error?: string }) => {
      if (m.ready) return resolve();
      const p = pending.get(m.id!);
      pending.delete(m.id!);
      if (m.error !== undefined) p?.reject(new Error(`${name}: ${m.error}`));
      else p?.resolve(m.result);
    });
  });
  const dead = (): Error => new Error(`peer ${name} is gone (exit ${proc.exitCode ?? proc.signalCode}):\n${err.slice(-2000)}`);
  proc.on('exit', () => {
    for (const p of pending.values()) p.reject(dead());
    pending.clear();
  });
  return {
    name,
    proc,
    call: <T>(cmd: string, arg?: unknown) =>
      new Promise<T>((resolve, reject) => {
        if (!proc.connected) return reject(dead());
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        proc.send({ id, cmd, arg });
      }),
    alive: () => proc.exitCode === null && proc.signalCode === null,
    stderr: () => err,
    kill: () => {
      if (proc.exitCode === null) proc.kill('SIGKILL');
    },
  };
}
