import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2e } from './fixtures';
import { newPage, startHost, waitReady, waitSaved, writeNoteAt } from './harness';

const e2e = useE2e();

const notes = (page: Page): Promise<string[]> => page.evaluate(() => window.tablee!.snapshot().items.flatMap((i) => (i.kind === 'note' ? [i.text] : [])));

describe('the browser version on a damaged project', () => {
  it('starts, serves the failure screen with the newest good backup, and restoring it opens the board; the damaged file is never written', async () => {
    // A good project, opened twice (each opening backs it up), then damaged on disk.
    const damaged = e2e.path('résidence-abîmée.tablee');
    const data = e2e.path('data');
    const first = await startHost({ project: damaged, dataDir: data });
    const page1 = await e2e.open(first.url);
    await writeNoteAt(page1, { x: 300, y: 300 }, 'avant la panne');
    await waitSaved(page1);
    await page1.context().close();
    expect(await first.stop()).toBe(0);
    const again = await startHost({ project: damaged, dataDir: data });
    expect(await again.stop()).toBe(0);
    const bytes = readFileSync(damaged, 'utf8').slice(0, 200);
    writeFileSync(damaged, bytes);
    const mtime = statSync(damaged).mtimeMs;

    // `npm run host -- --project <damaged>` no longer exits: it says why and serves the page.
    const host = await startHost({ project: damaged, dataDir: data });
    try {
      expect(host.stderr()).toContain(damaged);
      expect(host.stderr()).toMatch(/left untouched; the page offers the newest good backup/);
      const page = await newPage(e2e.browser, { locale: 'en-GB' });
      await page.goto(host.url);
      await page.getByTestId('error-screen').waitFor();
      expect(await page.getByTestId('error-path').textContent()).toContain(damaged);
      expect(await page.getByTestId('error-reason').textContent()).toMatch(/\w{4,}/);
      expect(await page.getByTestId('restore-backup').textContent()).toMatch(/newest good backup/);

      await page.getByTestId('restore-backup').click();
      await waitReady(page);
      expect(await notes(page)).toContain('avant la panne');
      await page.context().close();
      expect(readFileSync(damaged, 'utf8')).toBe(bytes);
      expect(statSync(damaged).mtimeMs).toBe(mtime);
    } finally {
      expect(await host.stop()).toBe(0);
    }
    expect(readFileSync(damaged, 'utf8')).toBe(bytes);
  });
});
