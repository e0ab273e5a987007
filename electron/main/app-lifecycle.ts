import type { App } from 'electron';
import type { HostCore } from '../host/host-core-types';

/** Long enough for any real flush (a 4 MB project writes in ~45 ms); short enough that quit never hangs. */
export const QUIT_FLUSH_TIMEOUT_MS = 15_000;

export interface FlushBeforeQuitOptions {
  timeoutMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Holds the first quit until the HOST has flushed the pending save and closed, then quits
 * for real. Later quit requests while closing are swallowed, not run twice.
 */
export function flushBeforeQuit(
  app: Pick<App, 'on' | 'quit'>,
  host: Pick<HostCore, 'close'>,
  options: FlushBeforeQuitOptions = {},
): void {
  const { timeoutMs = QUIT_FLUSH_TIMEOUT_MS, onError = (error) => console.error('[tablee] closing the host failed', error) } = options;
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`host.close() took more than ${timeoutMs} ms`)), timeoutMs);
    });
    Promise.race([host.close(), timeout])
      .catch(onError)
      .finally(() => {
        clearTimeout(timer);
        state = 'closed';
        app.quit();
      });
  });
}

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Brings the window forward, e.g. when a second instance was started. */
export function focusWindow(win: FocusableWindow | null): void {
  if (win === null || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
