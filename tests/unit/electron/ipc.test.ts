import { describe, expect, it, vi } from 'vitest';
import { checkSender, registerHostIpc, type IpcCallEvent, type IpcMainLike } from '../../../electron/main/ipc';
import { CALL_CHANNEL, EVENT_CHANNEL } from '@shared/host-api/ipc-channels';
import { emptySession, fakeHost, fakeWindow } from './fakes';

type Handler = (event: IpcCallEvent, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike = {
    handle: vi.fn((channel: string, listener: Handler) => void handlers.set(channel, listener)),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
  const host = fakeHost();
  let win: ReturnType<typeof fakeWindow> | null = fakeWindow(7);
  const dispose = registerHostIpc({ host, ipcMain, getWindow: () => win, local: { pickExportPath: async () => null } });
  const invoke = (event: IpcCallEvent, method: unknown, args: unknown) => {
    const handler = handlers.get(CALL_CHANNEL);
    if (!handler) throw new Error('no handler');
    return handler(event, method, args);
  };
  return { host, handlers, ipcMain, dispose, invoke, setWindow: (w: typeof win) => (win = w), window: () => win };
}

const fromApp = (senderId = 7, url = 'app://tablee/index.html', parent: unknown = null): IpcCallEvent => ({
  sender: { id: senderId },
  senderFrame: { url, parent },
});

describe('tablee:call sender check', () => {
  it('a good call from our window reaches host.call with validated arguments', async () => {
    const { host, invoke } = setup();
    await expect(invoke(fromApp(), 'openProject', ['/home/a/residence.tablee'])).resolves.toEqual({ ok: true, value: emptySession });
    expect(host.call).toHaveBeenCalledWith('openProject', ['/home/a/residence.tablee']);
    await invoke(fromApp(), 'getSession', []);
    expect(host.call).toHaveBeenLastCalledWith('getSession', []);
  });

  it('rejects another webContents', async () => {
    const { host, invoke } = setup();
    await expect(invoke(fromApp(8), 'getSession', [])).rejects.toThrow(/not the main window/);
    expect(host.call).not.toHaveBeenCalled();
  });

  it('rejects a frame showing another origin', async () => {
    const { host, invoke } = setup();
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://other/index.html', 'about:blank']) {
      await expect(invoke(fromApp(7, url), 'getSession', []), url).rejects.toThrow(/not the app origin/);
    }
    expect(host.call).not.toHaveBeenCalled();
  });

  it('rejects a subframe, a vanished frame, and calls when the window is gone', async () => {
    const { host, invoke, setWindow, window } = setup();
    await expect(invoke(fromApp(7, 'app://tablee/index.html', {}), 'getSession', [])).rejects.toThrow(/subframe/);
    await expect(invoke({ sender: { id: 7 }, senderFrame: null }, 'getSession', [])).rejects.toThrow(/frame is gone/);
    const win = window();
    if (win) win.destroyed = true;
    await expect(invoke(fromApp(), 'getSession', [])).rejects.toThrow(/no main window/);
    setWindow(null);
    await expect(invoke(fromApp(), 'getSession', [])).rejects.toThrow(/no main window/);
    expect(host.call).not.toHaveBeenCalled();
  });

  it('checkSender accepts exactly our main window top frame', () => {
    expect(checkSender(fromApp(1), fakeWindow(1)).ok).toBe(true);
    expect(checkSender(fromApp(2), fakeWindow(1)).ok).toBe(false);
  });
});

describe('tablee:call argument validation', () => {
  it('refuses bad arguments and unknown methods before the host sees them, each with its code and the place of the argument', async () => {
    const { host, invoke } = setup();
    const refused = (code: string, detail: RegExp) => ({ ok: false, error: { code, detail: expect.stringMatching(detail) } });
    await expect(invoke(fromApp(), 'openProject', [42])).resolves.toEqual(refused('bad-argument', /^openProject argument 0: /));
    await expect(invoke(fromApp(), 'openProject', [])).resolves.toEqual(refused('bad-argument', /^openProject/));
    await expect(invoke(fromApp(), 'openProject', '/a.tablee')).resolves.toEqual(refused('bad-argument', /^openProject/));
    await expect(invoke(fromApp(), 'openProject', ['/a\0.tablee'])).resolves.toEqual(refused('bad-argument', /NUL/));
    await expect(invoke(fromApp(), 'openProject', ['a.tablee'])).resolves.toEqual(refused('not-absolute', /^openProject argument 0: path is not absolute/));
    await expect(invoke(fromApp(), 'saveProjectAs', ['../copie.tablee'])).resolves.toEqual(refused('not-absolute', /path is not absolute/));
    await expect(invoke(fromApp(), 'writeExport', [{ path: 'restitution.md', data: 'AAEC', overwrite: false }])).resolves.toEqual(
      refused('not-absolute', /^writeExport argument 0\.path: path is not absolute/),
    );
    await expect(invoke(fromApp(), 'pushUpdate', ['not base64!'])).resolves.toEqual(refused('bad-argument', /^pushUpdate/));
    await expect(invoke(fromApp(), 'createProject', ['/a.tablee'])).resolves.toEqual(refused('bad-argument', /^createProject/));
    await expect(invoke(fromApp(), 'deleteEverything', [])).resolves.toEqual(refused('unknown-method', /unknown method/));
    await expect(invoke(fromApp(), 'constructor', [])).resolves.toEqual(refused('unknown-method', /unknown method/));
    await expect(invoke(fromApp(), 'onEvent', [])).resolves.toEqual(refused('unknown-method', /unknown method/));
    await expect(invoke(fromApp(), { toString: () => 'getSession' }, [])).resolves.toEqual(refused('unknown-method', /unknown method/));
    expect(host.call).not.toHaveBeenCalled();
  });

  it('passes host errors back to the renderer as values: a HostError keeps its code, anything else is internal', async () => {
    const { HostError } = await import('../../../electron/host/errors');
    const { host, invoke } = setup();
    host.call.mockRejectedValueOnce(new Error('disk full'));
    await expect(invoke(fromApp(), 'flush', [])).resolves.toEqual({ ok: false, error: { code: 'internal', detail: 'disk full' } });
    host.call.mockRejectedValueOnce(new HostError('no-project', 'no project is open'));
    await expect(invoke(fromApp(), 'flush', [])).resolves.toEqual({ ok: false, error: { code: 'no-project', detail: 'no project is open' } });
  });
});

describe('host events', () => {
  it('are forwarded to the main window on tablee:event', () => {
    const { host, window } = setup();
    host.emit({ type: 'menu-command', command: 'undo' });
    expect(window()?.webContents.sent).toEqual([{ channel: EVENT_CHANNEL, args: [{ type: 'menu-command', command: 'undo' }] }]);
  });

  it('are dropped when the window is gone', () => {
    const { host, window, setWindow } = setup();
    const win = window();
    if (win) win.webContents.destroyed = true;
    expect(() => host.emit({ type: 'session-changed' })).not.toThrow();
    expect(win?.webContents.sent).toEqual([]);
    setWindow(null);
    expect(() => host.emit({ type: 'session-changed' })).not.toThrow();
  });

  it('dispose removes the handler and the event subscription', () => {
    const { host, handlers, dispose, window } = setup();
    dispose();
    expect(handlers.has(CALL_CHANNEL)).toBe(false);
    host.emit({ type: 'session-changed' });
    expect(window()?.webContents.sent).toEqual([]);
  });
});
