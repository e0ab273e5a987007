import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = 'Tablée';

export interface MainWindowConfig {
  /** Absolute path of the built CommonJS preload (out/preload/index.cjs). */
  preloadPath: string;
  /** DevTools only in development: a packaged app gives no console to the page's visitors. */
  devTools: boolean;
}

/** The one place webPreferences are decided (Electron's security checklist: isolation, sandbox, no Node in the page). */
export function mainWindowOptions(config: MainWindowConfig): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: config.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: config.devTools,
    },
  };
}

export function createMainWindow(config: MainWindowConfig): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(config));
  win.once('ready-to-show', () => win.show());
  return win;
}
