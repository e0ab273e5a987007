import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readExportModel } from '@shared/export/export-model';
import { reportMarkdown } from '@shared/export/report-markdown';
import { loadProjectText } from '@shared/project-file/load';
import { chooseInMoreMenu, launchBrowser, newPage, openBoard } from '../e2e/harness';
import { startAppRoomHost, joinRoomInPage, useAppRooms } from './helpers/app-room-host';
import { until } from './helpers/room-host';

/**
 * Amendments in the real pages, two Chromium processes through a real HOST: a participant suggests
 * changes to the facilitator's proposal; the facilitator sees them live, accepts one and rejects
 * the other, for both pages; one Ctrl+Z takes the accept back on both; the saved file's report
 * lists what was decided; a suggestion withdrawn by its author goes for both; one being written
 * while someone else writes before it still applies to the words it was about.
 */
const { dir, browsers, hosts } = useAppRooms();

const bodyOf = (page: Page): Promise<string> => page.getByTestId('proposal-body').inputValue();

/** Opens a proposal's panel in this page. */
async function openProposal(page: Page, id: string): Promise<void> {
  await page.evaluate((i) => window.tablee!.select([i]), id);
  await page.mouse.move(5, 400);
  await page.keyboard.press('Enter');
  await page.getByTestId('proposal-body').waitFor();
}

/** Selects body[from, to) in the page's proposal body and suggests `words` there. */
async function suggest(page: Page, from: number, to: number, words: string): Promise<void> {
  const body = page.getByTestId('proposal-body');
  await body.click();
  await body.evaluate((el: HTMLTextAreaElement, [a, b]) => el.setSelectionRange(a!, b!), [from, to]);
  // Words selected: a change; a caret: an insertion.
  await expect.poll(() => page.getByTestId('amend-suggest').textContent()).toBe(to > from ? 'Proposer une modification' : 'Proposer un ajout');
  await page.getByTestId('amend-suggest').click();
  await page.getByTestId('amend-text').fill(words);
  await page.getByTestId('amend-submit').click();
}

/** The Markdown report of the project file as the HOST saved it. */
function savedReport(file: string): string {
  const loaded = loadProjectText(readFileSync(file, 'utf8'));
  if (!loaded.ok) return '';
  return reportMarkdown(readExportModel(loaded.value.doc, { anonymised: false, lang: 'fr' }));
}

describe('amendments in the room’s pages', () => {
  it('a participant suggests, the facilitator accepts one and rejects another live, and undoes the accept for everyone', async () => {
    const project = join(dir.path, 'atelier.tablee');
    const host = await startAppRoomHost({ project, dataDir: join(dir.path, 'data'), password: 'tarte aux pommes' });
    hosts.push(host);
    const facilitatorBrowser = await launchBrowser();
    const participantBrowser = await launchBrowser();
    browsers.push(facilitatorBrowser, participantBrowser);
    const facilitator = await openBoard(facilitatorBrowser, host.hostUrl, 'fr-FR');
    const participant = await newPage(participantBrowser, { locale: 'fr-FR' });
    await joinRoomInPage(participant, host.roomUrl, 'Awa', 'tarte aux pommes');

    // The facilitator writes a proposal.
    await chooseInMoreMenu(facilitator, 'new-proposal');
    await facilitator.getByTestId('proposal-body').click();
    await facilitator.getByTestId('proposal-body').pressSequentially('Une navette le soir.');
    const proposal = (await facilitator.evaluate(() => window.tablee!.selection()))[0]!;
    expect(proposal).toMatch(/^proposal/);
    await until('Awa has the proposal', async () => (await participant.evaluate(() => window.tablee!.snapshot().items.map((i) => i.id))).includes(proposal));
    await openProposal(participant, proposal);
    await expect.poll(() => bodyOf(participant)).toBe('Une navette le soir.');

    // Awa suggests an insertion after "navette", then to change "soir" into "jeudi soir".
    await suggest(participant, 11, 11, ' gratuite');
    await suggest(participant, 15, 19, 'jeudi soir');
    // Suggesting changes nothing in the text; she may not decide on someone else's proposal.
    expect(await bodyOf(participant)).toBe('Une navette le soir.');
    await expect.poll(() => participant.getByTestId('amendment-open').count()).toBe(2);
    expect(await participant.getByTestId('amend-accept').count()).toBe(0);

    // The facilitator sees both, live, listed with their author and marked in the text.
    await expect.poll(() => facilitator.getByTestId('amendment-open').count()).toBe(2);
    expect(await facilitator.getByTestId('amendment-mark').count()).toBe(2);
    const [insertion, change] = await facilitator.getByTestId('amendment-open').all();
    expect(await insertion!.textContent()).toMatch(/insérer « gratuite ».*par Awa/);
    expect(await change!.textContent()).toMatch(/« soir » → « jeudi soir ».*par Awa/);

    // Rejected: the text stays; accepted: the text changes on both pages.
    await insertion!.getByTestId('amend-reject').click();
    await facilitator.locator('[data-amendment]', { hasText: 'jeudi soir' }).getByTestId('amend-accept').click();
    for (const page of [facilitator, participant]) {
      await expect.poll(() => bodyOf(page)).toBe('Une navette le jeudi soir.');
      await expect.poll(() => page.getByTestId('amendment-open').count()).toBe(0);
      expect(await page.locator('[data-testid="amendment-decided"][data-state="accepted"]').count()).toBe(1);
      expect(await page.locator('[data-testid="amendment-decided"][data-state="rejected"]').count()).toBe(1);
    }

    // The saved file's report lists both decisions under the proposal.
    await until('the report lists both amendments', async () => {
      const md = savedReport(project);
      return md.includes('« soir » → « jeudi soir » — _accepté_ (proposé par Awa)') && md.includes('insérer « gratuite » — _refusé_ (proposé par Awa)');
    });

    // One Ctrl+Z on the facilitator's page takes the accept back: words and state, on both pages.
    await facilitator.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await facilitator.keyboard.press('Control+z');
    for (const page of [facilitator, participant]) {
      await expect.poll(() => bodyOf(page)).toBe('Une navette le soir.');
      await expect.poll(() => page.getByTestId('amendment-open').count()).toBe(1);
      expect(await page.getByTestId('amendment-open').textContent()).toMatch(/jeudi soir/);
      expect(await page.locator('[data-testid="amendment-decided"][data-state="rejected"]').count()).toBe(1);
    }

    // Awa suggests one more by mistake and withdraws it (a suggestion is no undo step): gone for both.
    await suggest(participant, 0, 3, 'La');
    await expect.poll(() => facilitator.getByTestId('amendment-open').count()).toBe(2);
    await participant.locator('[data-amendment]', { hasText: '« Une » → « La »' }).getByTestId('amend-withdraw').click();
    for (const page of [facilitator, participant]) await expect.poll(() => page.getByTestId('amendment-open').count()).toBe(1);
    expect(await bodyOf(facilitator)).toBe('Une navette le soir.');

    // While Awa writes a suggestion, the facilitator writes before the words she selected: it still applies to them.
    const mine = participant.getByTestId('proposal-body');
    await mine.click();
    await mine.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(4, 11));
    await participant.getByTestId('amend-suggest').click();
    await participant.getByTestId('amend-text').fill('navette gratuite');
    const theirs = facilitator.getByTestId('proposal-body');
    await theirs.click();
    await theirs.press('Control+Home');
    await theirs.pressSequentially('Oui. ');
    await expect.poll(() => bodyOf(participant)).toBe('Oui. Une navette le soir.');
    await participant.getByTestId('amend-submit').click();
    await expect.poll(() => facilitator.getByTestId('amendment-open').count()).toBe(2);
    await expect.poll(() => facilitator.getByTestId('amendment-mark').allTextContents()).toContain('navette');
  });
});
