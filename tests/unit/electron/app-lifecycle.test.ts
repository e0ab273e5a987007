import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushBeforeQuit, focusWindow } from '../../../electron/main/app-lifecycle';

function fakeApp() {
  const app = new EventEmitter() as EventEmitter & { quit: ReturnType<typeof vi.fn> };
  /** Emits before-quit as Electron does; returns whether quitting was held back. */
  const beforeQuit = () => {
    let prevented = false;
    app.emit('before-quit', { preventDefault: () => (prevented = true) });
    return prevented;
  };
  app.quit = vi.fn(() => {
    if (!beforeQuit()) app.emit('quit');
  });
  return { app, beforeQuit };
}

afterEach(() => vi.useRealTimers());

describe('flushBeforeQuit', () => {
  it('holds the quit until host.close() resolves, then quits once', async () => {
    const { app, beforeQuit } = fakeApp();
    let finish: () => void = () => {};
    const host = { close: vi.fn(() => new Promise<void>((r) => (finish = r))) };
    const quit = vi.fn();
    app.on('quit', quit);
    flushBeforeQuit(app as never, host);
    expect(beforeQuit()).toBe(true);
    expect(beforeQuit()).toBe(true); // a second Ctrl+Q while flushing
    expect(host.close).toHaveBeenCalledOnce();
    expect(quit).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    expect(host.close).toHaveBeenCalledOnce();
  });

  it('quits even if closing the host fails, and reports the error', async () => {
    const { app, beforeQuit } = fakeApp();
    const onError = vi.fn();
    const quit = vi.fn();
    app.on('quit', quit);
    flushBeforeQuit(app as never, { close: () => Promise.reject(new Error('disk full')) }, { onError });
    beforeQuit();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
  });

  it('does not hang forever on a stuck flush', async () => {
    vi.useFakeTimers();
    const { app, beforeQuit } = fakeApp();
    const onError = vi.fn();
    const quit = vi.fn();
    app.on('quit', quit);
    flushBeforeQuit(app as never, { close: () => new Promise<void>(() => {}) }, { onError, timeoutMs: 1000 });
    beforeQuit();
    await vi.advanceTimersByTimeAsync(1001);
    expect(quit).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('1000 ms') }));
  });
});

describe('focusWindow', () => {
  it('restores, shows and focuses a minimised window; ignores a missing one', () => {
    const win = { isDestroyed: () => false, isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    focusWindow(win);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(() => focusWindow(null)).not.toThrow();
  });
});
