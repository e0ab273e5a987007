/**
 * A HOST in a process of its own (run inside a network namespace by the netns test): serves
 * TABLEE_RENDERER on TABLEE_BIND, opens the room, prints `READY <host:port> <roomId>`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHostCore } from '../../../electron/host/host-core';
import { startServer } from '../../../electron/host/server';

const dir = mkdtempSync(join(tmpdir(), 'tablee-nshost-'));
const host = await createHostCore({ dataDir: join(dir, 'data'), host: 'browser', projectPath: join(dir, 'atelier.tablee') });
const bind = process.env.TABLEE_BIND ?? '127.0.0.1';
const server = await startServer(host, { rendererDir: process.env.TABLEE_RENDERER!, bind, port: 0 });
const status = await host.api.openRoom({ password: process.env.TABLEE_PASSWORD ?? null, bind: null });
process.stdout.write(`READY ${new URL(server.url).host} ${status.roomId}\n`);
process.on('SIGTERM', () => void host.close().then(() => server.close()).then(() => process.exit(0)));
