import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS, openBoard, startHost, tempDir, type RunningHost } from './harness';

/**
 * DNS rebinding: a web page from `rebind.example`, a name its owner then points at 127.0.0.1,
 * is same-origin with itself while it talks to the HOST. Chromium's resolver rule plays the
 * attacker's DNS. The HOST must not serve it, nor let it reach the API.
 */

let browser: Browser;
let host: RunningHost;
const dir = tempDir();

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP rebind.example 127.0.0.1'], headless: true });
  host = await startHost({ project: join(dir.path, 'atelier.tablee'), dataDir: join(dir.path, 'data') });
});
afterAll(async () => {
  await host?.stop();
  await browser?.close();
  dir.remove();
});

describe('a page served under another name that resolves to this machine', () => {
  it('gets no board and no API; nothing is written; the HOST still answers at its own address', async () => {
    const port = new URL(host.url).port;
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`http://rebind.example:${port}/`);
    expect([403, 421]).toContain(response?.status());
    expect(await page.evaluate(() => 'tablee' in window)).toBe(false);

    // What the attacker's own script would do from that origin: open the API and write a file.
    const target = join(dir.path, 'rebound.txt');
    const outcome = await page.evaluate(
      ([url, path]) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(url!);
          ws.onopen = () => ws.send(JSON.stringify({ id: 1, method: 'writeExport', args: [{ path, data: 'AAAA', overwrite: true }] }));
          ws.onmessage = (e) => resolve(`answered ${String(e.data)}`);
          ws.onerror = () => resolve('refused');
        }),
      [`ws://rebind.example:${port}/api`, target],
    );
    expect(outcome).toBe('refused');
    expect(existsSync(target)).toBe(false);
    await context.close();

    const board = await openBoard(browser, host.url, 'en-GB');
    expect(await board.evaluate(() => window.tablee?.ready)).toBe(true);
    await board.context().close();
  });
});
