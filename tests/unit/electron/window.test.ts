import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const created: { options: unknown; window: FakeBrowserWindow }[] = [];
class FakeBrowserWindow extends EventEmitter {
  show = vi.fn();
  constructor(options: unknown) {
    super();
    created.push({ options, window: this });
  }
}
vi.mock('electron', () => ({ BrowserWindow: FakeBrowserWindow }));

const { createMainWindow, mainWindowOptions, WINDOW_TITLE } = await import('../../../electron/main/window');
const { builtPaths } = await import('../../../electron/main/build-paths');

describe('main window options', () => {
  it('turn on every Electron isolation switch and point at the CommonJS preload', () => {
    const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', devTools: false });
    expect(options.title).toBe('Tablée');
    expect(WINDOW_TITLE).toBe('Tablée');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('allow DevTools only when asked (development)', () => {
    expect(mainWindowOptions({ preloadPath: 'p', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('built paths put the preload at out/preload/index.cjs, the renderer at out/renderer, resources at resources/', () => {
    const paths = builtPaths('/opt/tablee');
    expect(paths.preload.replaceAll('\\', '/')).toBe('/opt/tablee/out/preload/index.cjs');
    expect(paths.renderer.replaceAll('\\', '/')).toBe('/opt/tablee/out/renderer');
    expect(paths.resources.replaceAll('\\', '/')).toBe('/opt/tablee/resources');
  });

  it('createMainWindow uses the factory options and shows the window once it is ready', () => {
    const win = createMainWindow({ preloadPath: '/p.cjs', devTools: false });
    const last = created.at(-1);
    expect(last?.window).toBe(win);
    expect(last?.options).toEqual(mainWindowOptions({ preloadPath: '/p.cjs', devTools: false }));
    expect(last?.window.show).not.toHaveBeenCalled();
    last?.window.emit('ready-to-show');
    expect(last?.window.show).toHaveBeenCalledOnce();
  });
});
