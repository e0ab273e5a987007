import { app, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import { defaultDataDir, xdgConfigHomeIsInvalid } from '../host/data-dir';
import { createHostCore } from '../host/host-core';
import type { HostCore } from '../host/host-core-types';
import { flushBeforeQuit, focusWindow } from './app-lifecycle';
import { installAppMenu } from './app-menu';
import { installAppProtocol, registerAppScheme } from './app-protocol';
import { APP_ENTRY_URL } from './app-url';
import { projectPathFromArgv } from './argv';
import { builtPaths } from './build-paths';
import { createExportPathPicker } from './export-dialogs';
import { registerHostIpc } from './ipc';
import { menuLabels } from './menu-labels';
import { createProjectActions, type ProjectActions } from './project-dialogs';
import { applySessionPolicy, enableLanWebRtc, hardenAllWebContents } from './security';
import { createMainWindow } from './window';

/** Electron entry: wires the HOST to one window, the menu and IPC. Logic lives in the modules. */

// Before `ready`: privileged scheme, command-line switches, sandbox for every renderer.
registerAppScheme(protocol);
enableLanWebRtc(app.commandLine);
// Chromium takes a relative XDG_CONFIG_HOME as it is (data in whatever folder the app started
// from); the XDG rules say to ignore it, as the host command does: one data folder for both.
if (process.platform !== 'darwin' && process.platform !== 'win32' && xdgConfigHomeIsInvalid()) {
  app.setPath('userData', defaultDataDir({ ...process.env, TABLEE_DATA_DIR: undefined }));
}
app.enableSandbox();

let win: BrowserWindow | null = null;
let actions: ProjectActions | null = null;
/** A project asked for before the host exists (command line, macOS open-file at launch). */
let pendingPath = projectPathFromArgv(process.argv);

function openFromOutside(path: string): void {
  if (actions) void actions.openPath(path);
  else pendingPath = path;
}

async function start(): Promise<void> {
  await app.whenReady();
  const paths = builtPaths(app.getAppPath());
  const labels = menuLabels(app.getLocale());
  applySessionPolicy(session.defaultSession);
  installAppProtocol(protocol, paths.renderer);
  app.setAboutPanelOptions({ applicationName: 'Tablée', applicationVersion: app.getVersion() });

  // Taken now: an open-file arriving while the host starts sets pendingPath again.
  const projectPath = pendingPath;
  pendingPath = undefined;
  let host: HostCore;
  try {
    host = await createHostCore({
      dataDir: app.getPath('userData'),
      host: 'desktop',
      projectPath,
      resourcesDir: paths.resources,
      // The room serves the participant web client from the same build.
      rendererDir: paths.renderer,
    });
  } catch (error) {
    dialog.showErrorBox(labels.actionFailed, error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  flushBeforeQuit(app, host);
  const pickExportPath = createExportPathPicker({ dialog, labels, getWindow: () => win, defaultDir: app.getPath('documents') });
  registerHostIpc({ host, ipcMain, getWindow: () => win, local: { pickExportPath } });

  actions = createProjectActions({ host, dialog, labels, getWindow: () => win, defaultDir: app.getPath('documents') });
  const refreshMenu = installAppMenu({ Menu, host, actions, labels, isPackaged: app.isPackaged, platform: process.platform });
  await refreshMenu();

  win = createMainWindow({ preloadPath: paths.preload, devTools: !app.isPackaged });
  win.on('closed', () => {
    win = null;
  });
  try {
    await win.loadURL(APP_ENTRY_URL);
  } catch (error) {
    // Typically out/renderer is missing (not built). Quit normally so the host still flushes.
    dialog.showErrorBox(labels.actionFailed, `${APP_ENTRY_URL}: ${error instanceof Error ? error.message : String(error)}`);
    app.quit();
    return;
  }
  // A file opened by the OS while the host was starting.
  const opened = pendingPath;
  pendingPath = undefined;
  if (opened !== undefined) openFromOutside(opened);
}

if (!app.requestSingleInstanceLock()) {
  // Another Tablée is running: it receives our argv in 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow(win);
    const path = projectPathFromArgv(argv, { cwd: workingDirectory });
    if (path !== undefined) openFromOutside(path);
  });
  // macOS sends this (also before ready) for double-clicked files and dock drops.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOutside(path);
  });
  hardenAllWebContents(app, (url) => shell.openExternal(url));
  app.on('window-all-closed', () => app.quit());
  start().catch((error: unknown) => {
    console.error('[tablee] start failed', error);
    app.exit(1);
  });
}
