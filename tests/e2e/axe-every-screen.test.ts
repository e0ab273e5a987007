import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2e } from './fixtures';
import { chooseInMoreMenu } from './harness';

/**
 * Each screen of Tablée, checked in Chromium by the axe-core engine: no serious or critical
 * violation (a control without a name, text a low-vision reader cannot make out, a role that
 * lies). The engine is injected through the DevTools protocol, as the page's policy forbids
 * inline scripts.
 */
const e2e = useE2e();
const sample = e2e.useHost();

interface Finding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page (or within `scope`) and returns its serious and critical violations. */
async function seriousViolations(page: Page, scope?: string): Promise<Finding[]> {
  await page.evaluate(axe.source);
  const found = await page.evaluate(async (within) => {
    const engine = (window as unknown as { axe: typeof axe }).axe;
    const result = await engine.run(within ? { include: [within] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, scope ?? null);
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Moves the pointer onto the board so that single-key shortcuts reach it. */
async function pointAtBoard(page: Page): Promise<void> {
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

describe('axe-core on every screen, in Chromium', () => {
  it('the board', async () => {
    const page = await sample.open();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the interviews panel', async () => {
    const page = await sample.open();
    await chooseInMoreMenu(page, 'open-interviews');
    await page.getByTestId('side-panel').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the proposal editor', async () => {
    const page = await sample.open();
    await pointAtBoard(page);
    await page.keyboard.press('p');
    await page.getByTestId('proposal-panel').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the export dialog', async () => {
    const page = await sample.open();
    await page.keyboard.press('Control+Shift+E');
    await page.getByTestId('export-dialog').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the room panel', async () => {
    const page = await sample.open();
    await page.getByTestId('room-button').click();
    await page.getByTestId('room-panel').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the participant’s join page', async () => {
    const page = await e2e.browser.newPage();
    try {
      // The address a participant opens; the form shows before any room is reached.
      await page.goto(`${sample.url}?room=1a2b3c4d`);
      await page.getByTestId('join-screen').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
