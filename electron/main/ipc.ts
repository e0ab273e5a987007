import type { HostEvent } from '@shared/host-api/contract';
import { pathStyleOf } from '@shared/host-api/absolute-path';
import type { CallOutcome } from '@shared/host-api/errors';
import { dispatch, type DesktopMainMethod, type Methods } from '@shared/host-api/methods';
import { validateHostCall } from '@shared/host-api/validate';
import { err, ok, type Result } from '@shared/result';
import { wireErrorOf } from '../host/errors';
import type { HostCore } from '../host/host-core-types';
import { isAppUrl } from './app-url';
import { CALL_CHANNEL, EVENT_CHANNEL } from '@shared/host-api/ipc-channels';

/**
 * The IPC bridge between the renderer and the HOST: one invoke channel for every HostApi
 * method, one push channel for host events. Electron objects are typed structurally so
 * tests pass fakes; the real ipcMain, IpcMainInvokeEvent and BrowserWindow fit these shapes.
 */

export interface IpcCallEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcCallEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface WindowLike {
  isDestroyed(): boolean;
  webContents: { id: number; isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void };
}

/**
 * Only our main window's top frame, showing our own origin, may call the host. Any other
 * webContents (a devtools page, a window that slipped through) or frame is refused.
 */
export function checkSender(event: IpcCallEvent, win: WindowLike | null): Result<void, string> {
  if (win === null || win.isDestroyed() || win.webContents.isDestroyed()) return err('no main window');
  if (event.sender.id !== win.webContents.id) return err('sender is not the main window');
  const frame = event.senderFrame;
  if (frame === null) return err('sender frame is gone');
  if (frame.parent !== null) return err('sender is a subframe');
  if (!isAppUrl(frame.url)) return err('sender frame is not the app origin');
  return ok(undefined);
}

export interface HostIpcDeps {
  host: Pick<HostCore, 'call' | 'onEvent'>;
  getWindow: () => WindowLike | null;
  ipcMain: IpcMainLike;
  /** The methods the table says the main process answers itself (a native save dialog), before the HOST. */
  local: Pick<Methods, DesktopMainMethod>;
}

/**
 * Registers the call handler and forwards host events; returns a function undoing both. A call
 * from anywhere but our window is refused outright; a call of ours always resolves with a
 * CallOutcome: IPC keeps only an error's message, so a failure travels as a value the page's
 * bridge turns back into a HostCallError.
 */
export function registerHostIpc({ host, getWindow, ipcMain, local }: HostIpcDeps): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event, method, args): Promise<CallOutcome> => {
    const sender = checkSender(event, getWindow());
    if (!sender.ok) throw new Error(`${CALL_CHANNEL} refused: ${sender.error}`);
    const call = validateHostCall(method, args, pathStyleOf(process.platform));
    if (!call.ok) return call;
    const { method: name, args: checked } = call.value;
    try {
      // `local` holds exactly the table's desktopMain methods (its type says so).
      const value = await (Object.hasOwn(local, name) ? dispatch(local as Methods, name, checked) : host.call(name, checked));
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: wireErrorOf(e) };
    }
  });
  const unsubscribe = host.onEvent((event: HostEvent) => {
    const win = getWindow();
    if (win === null || win.isDestroyed() || win.webContents.isDestroyed()) return;
    win.webContents.send(EVENT_CHANNEL, event);
  });
  return () => {
    ipcMain.removeHandler(CALL_CHANNEL);
    unsubscribe();
  };
}
