import { contextBridge, ipcRenderer } from 'electron';
import { createHostBridge } from './bridge';

/**
 * Sandboxed preload (built as CommonJS, imports bundled): the page sees `window.tableeHost`,
 * a HostApi, and nothing of Electron.
 */
export const HOST_GLOBAL = 'tableeHost';

contextBridge.exposeInMainWorld(HOST_GLOBAL, createHostBridge(ipcRenderer));
