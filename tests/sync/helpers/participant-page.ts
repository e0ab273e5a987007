import type { Browser, Page } from 'playwright-core';
import { launchBrowser, waitReady } from '../../e2e/harness';
import { DESKTOP_WEBRTC_FLAGS } from './room-browser';

/**
 * A participant in the real app, in a Chromium process of its own, that keeps every byte it is
 * sent: WebSocket frames (as Chromium received them, reported through its DevTools protocol, before
 * the page reads them) and data-channel messages (from a hook on RTCPeerConnection set before the
 * page loads).
 */
export interface ParticipantPage {
  browser: Browser;
  page: Page;
  /** Every WebSocket frame received so far, each as its bytes (text frames as UTF-8). */
  frames(): Buffer[];
  /** Every data-channel message received so far. */
  channelMessages(): Promise<Buffer[]>;
  /** What the page keeps: localStorage, sessionStorage and every IndexedDB record, as text. */
  storage(): Promise<string>;
  /** The board's Y.Doc: its whole state, and its JSON. */
  docState(): Promise<Buffer>;
  docJson(): Promise<string>;
  close(): Promise<void>;
}

declare global {
  interface Window {
    /** Data-channel messages, base64 (set by the hook below). */
    tableeChannelLog?: string[];
  }
}

/** Runs in the page before its scripts: every data channel's incoming messages are logged. */
function hookDataChannels(): void {
  const log: string[] = [];
  window.tableeChannelLog = log;
  const toBase64 = (bytes: Uint8Array): string => {
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  };
  const watch = (channel: RTCDataChannel): void =>
    channel.addEventListener('message', (e: MessageEvent) => {
      const d: unknown = e.data;
      if (typeof d === 'string') log.push(toBase64(new TextEncoder().encode(d)));
      else if (d instanceof ArrayBuffer) log.push(toBase64(new Uint8Array(d)));
      else if (ArrayBuffer.isView(d)) log.push(toBase64(new Uint8Array(d.buffer, d.byteOffset, d.byteLength)));
      else log.push(toBase64(new TextEncoder().encode(`unreadable message: ${String(d)}`)));
    });
  const Native = window.RTCPeerConnection;
  class Watched extends Native {
    constructor(config?: RTCConfiguration) {
      super(config);
      this.addEventListener('datachannel', (e) => watch(e.channel));
    }
    override createDataChannel(label: string, init?: RTCDataChannelInit): RTCDataChannel {
      const channel = super.createDataChannel(label, init);
      watch(channel);
      return channel;
    }
  }
  window.RTCPeerConnection = Watched;
}

/** Reads every kind of storage the page has, as text (bytes decoded as UTF-8). */
async function readStorage(): Promise<string> {
  const out: string[] = [];
  const text = (v: unknown): string => {
    if (v instanceof ArrayBuffer) return new TextDecoder().decode(v);
    if (ArrayBuffer.isView(v)) return new TextDecoder().decode(v);
    if (v instanceof Blob) return `(blob of ${v.size} bytes)`;
    return JSON.stringify(v, (_k, x: unknown) => (x instanceof ArrayBuffer || ArrayBuffer.isView(x) ? text(x) : x));
  };
  for (const store of [localStorage, sessionStorage]) for (let i = 0; i < store.length; i++) out.push(`${store.key(i)}=${store.getItem(store.key(i)!)}`);
  const request = <T>(r: IDBRequest<T>): Promise<T> => new Promise((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await request(indexedDB.open(name));
    for (const storeName of Array.from(db.objectStoreNames)) {
      const store = db.transaction(storeName).objectStore(storeName);
      for (const key of await request(store.getAllKeys())) out.push(`${name}/${storeName}/${text(key)}`);
      for (const value of await request(store.getAll())) out.push(text(value));
    }
    db.close();
  }
  return out.join('\n');
}

/**
 * Opens the room's address (`roomUrl`, as RoomStatus.url gives it) in a new Chromium set up as the
 * desktop app's (so WebRTC links form on this machine), joins as `name`, and waits for the board.
 */
export async function joinAsParticipant(roomUrl: string, name: string, password = ''): Promise<ParticipantPage> {
  const browser = await launchBrowser({ extraFlags: DESKTOP_WEBRTC_FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', permissions: ['camera', 'microphone'] });
    const page = await context.newPage();
    const frames: Buffer[] = [];
    page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => frames.push(typeof payload === 'string' ? Buffer.from(payload, 'utf8') : Buffer.from(payload))));
    await page.addInitScript(hookDataChannels);
    await page.goto(roomUrl);
    await page.getByTestId('join-name').fill(name);
    if (password) await page.getByTestId('join-password').fill(password);
    await page.getByTestId('join-submit').click();
    await waitReady(page);
    return {
      browser,
      page,
      frames: () => [...frames],
      channelMessages: async () => (await page.evaluate(() => [...(window.tableeChannelLog ?? [])])).map((m) => Buffer.from(m, 'base64')),
      storage: () => page.evaluate(readStorage),
      docState: async () => Buffer.from(await page.evaluate(() => window.tablee!.docState()), 'base64'),
      docJson: () => page.evaluate(() => JSON.stringify((window.tablee!.doc as { toJSON(): unknown }).toJSON())),
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
