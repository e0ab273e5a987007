import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { HostCallError } from '@shared/host-api/errors';
import { CALL_CHANNEL } from '@shared/host-api/ipc-channels';
import { createHostCore } from '../../../electron/host/host-core';
import type { HostCore } from '../../../electron/host/host-core-types';
import { startServer, type RunningServer } from '../../../electron/host/server';
import { registerHostIpc, type IpcCallEvent } from '../../../electron/main/ipc';
import { createHostBridge } from '../../../electron/preload/bridge';
import { BridgeError } from '../../../renderer/src/bridge/connection';
import { desktopBridge } from '../../../renderer/src/bridge/desktop-bridge';
import { wsBridge } from '../../../renderer/src/bridge/ws-bridge';
import { fakeWindow } from '../electron/fakes';
import { useTempDir } from '../host/helpers';

/**
 * A refusal of the real HOST reaches the page as a HostCallError with its code, over both
 * bridges: IPC (preload → main → HOST, electron mocked by plain objects) and the WebSocket.
 */

const tempDir = useTempDir();
let host: HostCore | undefined;
let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  await host?.close();
  host = running = undefined;
  vi.unstubAllGlobals();
});

async function startHost(): Promise<{ dir: string; host: HostCore }> {
  const dir = tempDir();
  host = await createHostCore({ dataDir: join(dir, 'data'), host: 'desktop', projectPath: join(dir, 'atelier.tablee') });
  writeFileSync(join(dir, 'deja-la.png'), 'not mine');
  return { dir, host };
}

/** The desktop chain with Electron's objects replaced by the shapes our code uses. */
function desktopChain(core: HostCore) {
  let handler: ((event: IpcCallEvent, ...args: unknown[]) => Promise<unknown>) | undefined;
  const win = fakeWindow(7);
  registerHostIpc({
    host: core,
    getWindow: () => win,
    ipcMain: { handle: (_c, l) => void (handler = l), removeHandler: () => undefined },
    local: { pickExportPath: async () => null },
  });
  const fromApp: IpcCallEvent = { sender: { id: 7 }, senderFrame: { url: 'app://tablee/index.html', parent: null } };
  const ipc = { invoke: vi.fn((channel: string, ...args: unknown[]) => (channel === CALL_CHANNEL ? handler!(fromApp, ...args) : Promise.reject(new Error(channel)))), on: vi.fn(), removeListener: vi.fn() };
  // The preload's object is what the page sees as window.tableeHost.
  return { bridge: desktopBridge(createHostBridge(ipc)), ipc };
}

describe('host refusals reach the page typed', () => {
  it('over IPC: the HOST refuses to overwrite, the page catches { code: exists }; the main process refuses a relative path', async () => {
    const { dir, host: core } = await startHost();
    const { bridge, ipc } = desktopChain(core);
    const target = join(dir, 'deja-la.png');
    const refused = await bridge.writeExport({ path: target, data: 'AAAA', overwrite: false }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HostCallError);
    expect(refused).toMatchObject({ method: 'writeExport', code: 'exists', detail: expect.stringContaining(target) });
    await expect(bridge.openProject('atelier.tablee')).rejects.toMatchObject({ code: 'not-absolute', detail: expect.stringMatching(/^openProject argument 0: /) });
    await expect(bridge.getSession()).resolves.toMatchObject({ host: 'desktop', project: { title: 'atelier' } });
    // Extra arguments never leave the page; an optional one left out is not sent.
    await (bridge.getSession as (...a: unknown[]) => Promise<unknown>)('extra');
    expect(ipc.invoke).toHaveBeenLastCalledWith(CALL_CHANNEL, 'getSession', []);
  });

  it('a preload that lacks a method is said to be missing, before any call', () => {
    const { onEvent } = createHostBridge({ invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() });
    expect(() => desktopBridge({ onEvent } as never)).toThrow(BridgeError);
  });

  it('over the WebSocket: the same refusal, the same typed error', async () => {
    const { dir, host: core } = await startHost();
    const renderer = join(dir, 'renderer');
    mkdirSync(renderer);
    running = await startServer(core, { rendererDir: renderer, bind: '127.0.0.1', port: 0 });
    // The page's WebSocket, played by the ws package's browser-compatible client.
    vi.stubGlobal('WebSocket', NodeWebSocket);
    const bridge = wsBridge({ url: running.url.replace('http', 'ws') + 'api' });
    const target = join(dir, 'deja-la.png');
    await expect(bridge.writeExport({ path: target, data: 'AAAA', overwrite: false })).rejects.toMatchObject({ name: 'HostCallError', code: 'exists', detail: expect.stringContaining(target) });
    await expect(bridge.exportArchive({ path: 'archive.zip', anonymised: true, overwrite: false, lang: 'fr' })).rejects.toMatchObject({ code: 'not-absolute' });
    await expect(bridge.getSession()).resolves.toMatchObject({ project: { title: 'atelier' } });
  });
});
