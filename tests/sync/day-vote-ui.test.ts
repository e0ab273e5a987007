import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '@shared/board/commands';
import { writeDayVote, type DayVote, type Dots } from '@shared/day/day-vote';
import { readExportModel } from '@shared/export/export-model';
import { reportMarkdown } from '@shared/export/report-markdown';
import { loadProjectText } from '@shared/project-file/load';
import type { Browser } from 'playwright-core';
import { boardToScreen, dragMouse, launchBrowser, openBoard, REPO, waitReady } from '../e2e/harness';
import { nodePeer, type NodePeer } from './helpers/node-peer';
import { joinAsParticipant, type ParticipantPage } from './helpers/participant-page';
import { SAMPLE_PROJECT, startRoomHost, until, type RoomHost } from './helpers/room-host';

/**
 * A dot vote in the real app: three participants, each in a Chromium process of their own, vote
 * by clicking cards. Until the reveal, each page holds its own dots and nothing else: not in its
 * doc, its storage, what window.tablee shows, nor any frame it received (the room has no password,
 * so every frame is in clear and can be searched). After it, every page shows the same totals, and
 * the frozen result is in the project file and its Markdown report.
 */
let room: RoomHost;
let facilitator: NodePeer;
let pages: ParticipantPage[] = [];
let cards: string[] = [];
let vote: DayVote;
let facilitatorBrowser: Browser | undefined;

beforeAll(async () => {
  room = await startRoomHost({ password: null, project: SAMPLE_PROJECT, rendererDir: join(REPO, 'out', 'renderer') });
  facilitator = nodePeer(room, 'Fatou', room.status.facilitatorPassword, { door: 'facilitator' });
  await facilitator.room.synced();
  // Far from the sample's frames: four cards of their own to vote on.
  cards = ['Jardin partagé', 'Bus du soir', 'Café des parents', 'Atelier vélo'].map((text, i) => createItem(facilitator.doc, { kind: 'note', x: 50_000 + i * 260, y: 50_000, text }));
  vote = { id: 'vote:ui000001', question: 'Par quoi commencer ?', scope: { kind: 'cards', ids: cards }, perPerson: 3, perCard: 2, endsAt: null, state: 'open' };
  writeDayVote(facilitator.doc, vote);
  pages = await Promise.all(['Awa', 'Basile', 'Chloé'].map((name) => joinAsParticipant(room.status.url!, name)));
}, 180_000);

afterAll(async () => {
  await facilitatorBrowser?.close();
  facilitator?.room.leave();
  for (const p of pages) await p.close();
  await room?.stop();
});

type Probe = { id: string; open: boolean; myVotes: Dots; totals: Dots | null } | null;
const probe = (p: ParticipantPage): Promise<Probe> => p.page.evaluate(() => window.tablee!.workshop().vote);

/** Clicks the middle of a card (Shift: takes a dot back), with the cards in view. */
async function click(p: ParticipantPage, card: number, shift = false): Promise<void> {
  // The camera is where board (0, 0) lands on screen: the cards' row starts near the top left.
  await p.page.evaluate(() => window.tablee!.setCamera({ x: -49_900, y: -49_800, zoom: 1 }));
  const at = await boardToScreen(p.page, 50_000 + card * 260 + 100, 50_000 + 80);
  if (shift) await p.page.keyboard.down('Shift');
  await p.page.mouse.click(at.x, at.y);
  if (shift) await p.page.keyboard.up('Shift');
}

/** The `my-votes` frames a page received, as the HOST sent them (in clear: no password). */
function myVoteFrames(p: ParticipantPage): Dots[] {
  const out: Dots[] = [];
  for (const f of p.frames()) for (const m of f.toString('latin1').matchAll(/\{"t":"my-votes","vote":"[^"]*","dots":(\{[^}]*\})\}/g)) out.push(JSON.parse(m[1]!) as Dots);
  return out;
}

describe('a dot vote between three participants’ browsers', () => {
  it('keeps each ballot between its voter and the HOST until the reveal, then shows everyone the same totals', async () => {
    await Promise.all(pages.map((p) => until('the vote reached the page', async () => (await probe(p))?.open === true)));
    const [awa, basile, chloe] = pages as [ParticipantPage, ParticipantPage, ParticipantPage];
    // Awa: two dots on the garden (a third is refused: at most two per card). Basile: bus and café.
    // Chloé: garden, then the bike twice and one taken back.
    await click(awa, 0);
    await until('Awa’s first dot', async () => (await probe(awa))?.myVotes[cards[0]!] === 1);
    await click(awa, 0);
    await until('Awa’s second dot', async () => (await probe(awa))?.myVotes[cards[0]!] === 2);
    await click(awa, 0);
    await click(basile, 1);
    // Basile's second dot from the keyboard: a rubber band selects the café (a click would vote), then Alt+D.
    const from = await boardToScreen(basile.page, 50_000 + 2 * 260 - 20, 50_000 - 20);
    const to = await boardToScreen(basile.page, 50_000 + 2 * 260 + 220, 50_000 + 180);
    await dragMouse(basile.page, from, to);
    await expect.poll(() => basile.page.evaluate(() => window.tablee!.selection())).toEqual([cards[2]]);
    await basile.page.keyboard.press('Alt+D');
    await click(chloe, 0);
    await until('Chloé’s first dot', async () => (await probe(chloe))?.myVotes[cards[0]!] === 1);
    await click(chloe, 3);
    await until('Chloé’s bike', async () => (await probe(chloe))?.myVotes[cards[3]!] === 1);
    await click(chloe, 3);
    await until('Chloé’s second bike dot', async () => (await probe(chloe))?.myVotes[cards[3]!] === 2);
    await click(chloe, 3, true);
    const mine: Dots[] = [{ [cards[0]!]: 2 }, { [cards[1]!]: 1, [cards[2]!]: 1 }, { [cards[0]!]: 1, [cards[3]!]: 1 }];
    for (const [i, p] of pages.entries()) await until(`page ${i} has its dots`, async () => JSON.stringify((await probe(p))?.myVotes) === JSON.stringify(mine[i]));
    await expect.poll(() => awa.page.getByTestId('vote-left').textContent()).toMatch(/1/);

    // A reload keeps my dots: the page resumes its ticket, and the HOST sends my own dots back.
    await awa.page.reload();
    await awa.page.getByTestId('join-name').fill('Awa');
    await awa.page.getByTestId('join-submit').click();
    await waitReady(awa.page);
    await until('Awa’s dots after a reload', async () => JSON.stringify((await probe(awa))?.myVotes) === JSON.stringify(mine[0]));

    // Before the reveal: my dots, never another's, never a total, wherever the page keeps things.
    expect(facilitator.room.voteNews()?.voters).toBe(3);
    for (const [i, p] of pages.entries()) {
      expect((await probe(p))?.totals).toBeNull();
      const frames = myVoteFrames(p);
      expect(frames.length).toBeGreaterThan(0);
      // Only the cards this person put dots on, ever: never a card only others voted for.
      for (const dots of frames) for (const card of Object.keys(dots)) expect(Object.keys(mine[i]!)).toContain(card);
      const received = Buffer.concat(p.frames()).toString('latin1');
      expect(received).not.toContain('"t":"voters"');
      expect(received).not.toContain('voteResults');
      expect((await p.docState()).toString('latin1')).not.toContain('voteResults');
      const storage = await p.storage();
      expect(storage).not.toContain('"dots"');
      expect(storage).not.toContain('voteResults');
      expect(await p.page.getByTestId('vote-ranking').count()).toBe(0);
    }

    // The reveal: the HOST counts and publishes the totals, the same on every page.
    writeDayVote(facilitator.doc, { ...vote, state: 'revealed' });
    const totals: Dots = { [cards[0]!]: 3, [cards[1]!]: 1, [cards[2]!]: 1, [cards[3]!]: 1 };
    for (const p of pages) await until('the totals reached the page', async () => (await probe(p))?.totals !== null);
    for (const p of pages) {
      expect((await probe(p))?.totals).toEqual(totals);
      await expect.poll(() => p.page.getByTestId('vote-ranking-line').first().getAttribute('data-card')).toBe(cards[0]);
    }

    // Frozen in the project file on disk, and in its restitution report.
    const file = await room.savedFile();
    const results = (file.snapshot as unknown as { voteResults: { id: string; counts: Dots; voters: number }[] }).voteResults;
    expect(results.find((r) => r.id === vote.id)).toMatchObject({ counts: totals, voters: 3 });
    const loaded = loadProjectText(JSON.stringify(file));
    if (!loaded.ok) throw new Error('the saved project does not open');
    const md = reportMarkdown(readExportModel(loaded.value.doc, { anonymised: true, lang: 'fr' }));
    const section = md.slice(md.indexOf('## Votes'));
    expect(section).toContain('### Par quoi commencer ?');
    expect(section).toContain('- **3** — Jardin partagé');
    expect(section).toContain('3 votants');
  }, 180_000);

  it('the facilitator starts a vote on every proposal from the vote panel, sees how many voted, and reveals it', async () => {
    facilitatorBrowser = await launchBrowser();
    const board = await openBoard(facilitatorBrowser, `http://${room.address}/`, 'fr-FR');
    await board.getByTestId('vote-open').click();
    await board.getByTestId('vote-question').fill('Quelle proposition ?');
    await board.getByTestId('vote-scope').selectOption('proposals');
    await board.getByTestId('vote-per-person').fill('2');
    await board.getByTestId('vote-start').click();

    const awa = pages[0]!;
    await until('the new vote reached Awa', async () => {
      const v = await probe(awa);
      return v !== null && v.id !== vote.id && v.open;
    });
    await expect.poll(() => awa.page.getByTestId('vote-bar').textContent()).toMatch(/Quelle proposition \?/);
    const proposal = (await awa.page.evaluate(() => window.tablee!.snapshot().items)).find((i) => i.kind === 'proposal')!;
    await awa.page.evaluate((p) => window.tablee!.setCamera({ x: 400 - p.x, y: 300 - p.y, zoom: 1 }), proposal);
    const at = await boardToScreen(awa.page, proposal.x + proposal.w / 2, proposal.y + proposal.h / 2);
    await awa.page.mouse.click(at.x, at.y);
    await until('Awa’s dot on the proposal', async () => (await probe(awa))?.myVotes[proposal.id] === 1);
    // The facilitator's panel counts people, never dots or cards.
    await expect.poll(() => board.getByTestId('vote-voters').textContent()).toMatch(/1 personne a voté/);
    expect((await probe(awa))?.totals).toBeNull();

    // The facilitator's click selects the card as usual: they do not vote unless they opt in.
    await board.evaluate((p) => window.tablee!.setCamera({ x: 300 - p.x, y: 300 - p.y, zoom: 1 }), proposal);
    const mine = await boardToScreen(board, proposal.x + proposal.w / 2, proposal.y + proposal.h / 2);
    await board.mouse.click(mine.x, mine.y);
    await expect.poll(() => board.evaluate(() => window.tablee!.selection())).toEqual([proposal.id]);
    expect(await board.getByTestId('vote-not-voting').count()).toBe(1);
    await board.getByTestId('vote-too').check();
    await board.mouse.click(mine.x, mine.y);
    await expect.poll(() => board.getByTestId('vote-voters').textContent()).toMatch(/2 personnes ont voté/);

    await board.getByTestId('vote-reveal').click();
    await until('the totals reached Awa', async () => (await probe(awa))?.totals !== null);
    expect((await probe(awa))?.totals).toEqual({ [proposal.id]: 2 });
    await expect.poll(() => board.getByTestId('vote-ranking-line').first().getAttribute('data-card')).toBe(proposal.id);

    // Escape from inside the panel, then from inside the ranking, puts each away.
    await board.getByTestId('vote-start').focus();
    await board.keyboard.press('Escape');
    await expect.poll(() => board.getByTestId('vote-panel').count()).toBe(0);
    await board.getByTestId('vote-ranking-close').focus();
    await board.keyboard.press('Escape');
    await expect.poll(() => board.getByTestId('vote-ranking').count()).toBe(0);
  }, 120_000);
});
