import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeHost } from './fakes';

/**
 * The entry file's wiring, with electron and the HOST replaced: what starts in which order,
 * what the host is created with, where the window goes, how quit and other instances behave.
 */

const dir = mkdtempSync(join(tmpdir(), 'tablee-main-'));
const projectFile = join(dir, 'atelier.tablee');
const otherFile = join(dir, 'autre.tablee');
writeFileSync(projectFile, '{}');
writeFileSync(otherFile, '{}');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const state = vi.hoisted(() => ({ current: null as null | ReturnType<typeof makeElectron> }));

function makeElectron() {
  let ready: () => void = () => {};
  const whenReady = new Promise<void>((r) => (ready = r));
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    commandLine: { appendSwitch: vi.fn() },
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => whenReady),
    getAppPath: () => '/opt/tablee',
    getLocale: () => 'fr-FR',
    getPath: (name: string) => `/home/u/${name}`,
    getVersion: () => '0.1.0',
    setAboutPanelOptions: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    webContents = Object.assign(new EventEmitter(), { id: 3, isDestroyed: () => false, send: vi.fn() });
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isDestroyed = () => false;
    isMinimized = () => false;
    constructor(public options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
  }
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined) },
  };
  return { electron, ready, windows, host: null as null | ReturnType<typeof import('./fakes').fakeHost>, createHostCore: vi.fn() };
}

// Mock factories are cached across vi.resetModules(): delegate to the current test's fakes.
vi.mock('electron', () => {
  const names = ['app', 'BrowserWindow', 'protocol', 'session', 'ipcMain', 'Menu', 'dialog', 'shell'] as const;
  return Object.fromEntries(names.map((name) => [name, new Proxy(function stub() {}, {
    get: (_t, key) => Reflect.get(state.current?.electron[name] ?? {}, key),
    construct: (_t, args) => Reflect.construct(state.current?.electron.BrowserWindow as never, args),
  })]));
});
vi.mock('../../../electron/host/host-core', () => ({
  createHostCore: (...args: unknown[]) => state.current?.createHostCore(...args),
}));

const savedArgv = process.argv;
let env: ReturnType<typeof makeElectron>;

beforeEach(() => {
  vi.resetModules();
  env = makeElectron();
  const host = fakeHost();
  env.host = host;
  env.createHostCore.mockResolvedValue(host);
  state.current = env;
});
afterEach(() => {
  process.argv = savedArgv;
});

async function start(argv: string[] = ['/usr/bin/tablee']) {
  process.argv = argv;
  await import('../../../electron/main/index');
  const { app } = env.electron;
  return app;
}
const started = () => vi.waitFor(() => expect(env.windows[0]?.loadURL).toHaveBeenCalled());

describe('electron main entry', () => {
  it('sets up before ready, creates the host from argv, and loads app://tablee/index.html', async () => {
    const app = await start(['/usr/bin/tablee', projectFile]);
    expect(env.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('disable-features', 'WebRtcHideLocalIpsWithMdns');
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(env.createHostCore).not.toHaveBeenCalled();
    env.ready();
    await started();
    expect(env.createHostCore).toHaveBeenCalledWith({
      dataDir: '/home/u/userData',
      host: 'desktop',
      projectPath: projectFile,
      resourcesDir: join('/opt/tablee', 'resources'),
      rendererDir: join('/opt/tablee', 'out', 'renderer'),
    });
    expect(env.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(env.electron.ipcMain.handle).toHaveBeenCalledWith('tablee:call', expect.any(Function));
    expect(env.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(env.electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const win = env.windows[0];
    expect(win?.loadURL).toHaveBeenCalledWith('app://tablee/index.html');
    expect(win?.options).toMatchObject({ title: 'Tablée', webPreferences: { sandbox: true, contextIsolation: true, preload: join('/opt/tablee', 'out', 'preload', 'index.cjs') } });
  });

  it('without a project argument the host picks its own (the sample)', async () => {
    await start(['/usr/bin/tablee', '--some-switch']);
    env.ready();
    await started();
    expect(env.createHostCore).toHaveBeenCalledWith(expect.objectContaining({ projectPath: undefined }));
  });

  it('a second instance quits at once and leaves the host alone', async () => {
    env.electron.app.requestSingleInstanceLock.mockReturnValue(false);
    const app = await start();
    env.ready();
    await Promise.resolve();
    expect(app.quit).toHaveBeenCalled();
    expect(env.createHostCore).not.toHaveBeenCalled();
  });

  it('second-instance focuses the window and opens the .tablee it was given', async () => {
    const app = await start();
    env.ready();
    await started();
    app.emit('second-instance', {}, ['/usr/bin/tablee', 'autre.tablee'], dir);
    expect(env.windows[0]?.focus).toHaveBeenCalled();
    await vi.waitFor(() => expect(env.host?.api.openProject).toHaveBeenCalledWith(otherFile));
    expect(env.host?.emit).toHaveBeenCalledWith({ type: 'session-changed' });
  });

  it('macOS open-file before ready becomes the project the host starts with', async () => {
    const app = await start();
    const event = { preventDefault: vi.fn() };
    app.emit('open-file', event, otherFile);
    expect(event.preventDefault).toHaveBeenCalled();
    env.ready();
    await started();
    expect(env.createHostCore).toHaveBeenCalledWith(expect.objectContaining({ projectPath: otherFile }));
    expect(env.host?.api.openProject).not.toHaveBeenCalled();
  });

  it('before-quit waits for host.close(); closing every window quits', async () => {
    const app = await start();
    env.ready();
    await started();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledOnce();
    const event = { preventDefault: vi.fn() };
    app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(env.host?.close).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(2));
  });

  it('every new webContents is hardened', async () => {
    const app = await start();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('a host that cannot start is reported and the app exits', async () => {
    env.createHostCore.mockRejectedValue(new Error('data folder is read-only'));
    const app = await start();
    env.ready();
    await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1));
    expect(env.electron.dialog.showErrorBox).toHaveBeenCalledWith(expect.any(String), 'data folder is read-only');
    expect(env.windows).toHaveLength(0);
  });

  it('a page that cannot load is reported and the app quits through the flush', async () => {
    const app = await start();
    const realWindow = env.electron.BrowserWindow;
    env.electron.BrowserWindow = class extends realWindow {
      override loadURL = vi.fn(async () => Promise.reject(new Error('ERR_FILE_NOT_FOUND')));
    };
    env.ready();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(env.electron.dialog.showErrorBox).toHaveBeenCalledWith(expect.any(String), 'app://tablee/index.html: ERR_FILE_NOT_FOUND');
    expect(app.exit).not.toHaveBeenCalled();
  });
});
