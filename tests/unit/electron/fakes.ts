import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { HostEvent, Session } from '@shared/host-api/contract';
import type { MethodName } from '@shared/host-api/methods';
import type { HostCore } from '../../../electron/host/host-core-types';

/** Stand-ins for Electron objects and the HOST: tests never load the real electron module. */

export const emptySession: Session = { project: null, failure: null, host: 'desktop' };

export function fakeHost() {
  const listeners = new Set<(event: HostEvent) => void>();
  const host = {
    call: vi.fn(async (_method: MethodName, _args: readonly unknown[]): Promise<unknown> => emptySession),
    api: {
      getSession: vi.fn(async () => emptySession),
      pushUpdate: vi.fn(async () => ({ seq: 1 })),
      flush: vi.fn(),
      openProject: vi.fn(async (_path: string) => emptySession),
      createProject: vi.fn(async (_path: string, _title: string) => emptySession),
      saveProjectAs: vi.fn(async (_path: string) => emptySession),
      listRecent: vi.fn(async () => [] as { path: string; title: string; openedAt: string }[]),
      listBackups: vi.fn(async () => []),
      restoreBackup: vi.fn(async () => emptySession),
    },
    onEvent: vi.fn((listener: (event: HostEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    emit: vi.fn((event: HostEvent) => {
      for (const listener of listeners) listener(event);
    }),
    close: vi.fn(async () => undefined),
  };
  // Typed as the real interface where code under test wants it, spies kept for assertions.
  return host as typeof host & HostCore;
}

/** A webContents: an event emitter with the few methods our code calls. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: { channel: string; args: unknown[] }[] = [];
  destroyed = false;
  constructor(public id = 1) {
    super();
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
}

/** Emits an Electron-style navigation event; returns whether a listener prevented it. */
export function navigate(contents: EventEmitter, eventName: string, url: string): boolean {
  let prevented = false;
  contents.emit(eventName, { url, preventDefault: () => (prevented = true) }, url);
  return prevented;
}

export function fakeWindow(webContentsId = 1) {
  return {
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
    webContents: new FakeWebContents(webContentsId),
  };
}
