import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoardSnapshot } from '@shared/board/doc';
import type { ItemRecord } from '@shared/board/records';
import { NOTE_FILL } from '@shared/board/palette';
import { useE2e } from './fixtures';
import { snapshot } from './harness';

const e2e = useE2e();
// No --project: the HOST opens the sample residency, copied into its data folder.
const sample = e2e.useHost();
const projectPath = e2e.path('data', 'projects', 'residence-exemple.tablee');
const PDF_TOOLS = existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdftotext');


async function openDialog(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+E');
  await page.getByTestId('export-dialog').waitFor();
}

/** Saves through the HOST at `path` and waits for the dialog's verdict. */
async function saveAt(page: Page, path: string, overwrite = false): Promise<{ kind: string; text: string }> {
  await page.getByTestId('export-path').fill(path);
  await page.getByTestId('export-overwrite').setChecked(overwrite);
  await page.getByTestId('export-save').click();
  const message = page.getByTestId('export-message');
  await message.waitFor();
  return { kind: (await message.getAttribute('data-kind')) ?? '', text: (await message.textContent()) ?? '' };
}

/** Items an anonymised picture draws: everything but the quote cards of people who did not agree to be quoted. */
function drawnItems(s: BoardSnapshot): ItemRecord[] {
  const consent = new Map(s.interviews.map((i) => [i.id, i.consent]));
  const quoteConsent = new Map(s.quotes.map((q) => [q.id, q.interviewId === null ? 'quote' : consent.get(q.interviewId)]));
  return s.items.filter((i) => i.kind !== 'quote' || (quoteConsent.get(i.quoteId) !== undefined && quoteConsent.get(i.quoteId) !== 'none'));
}

function boundsOf(items: readonly ItemRecord[]) {
  const x = Math.min(...items.map((i) => i.x));
  const y = Math.min(...items.map((i) => i.y));
  return { x, y, w: Math.max(...items.map((i) => i.x + i.w)) - x, h: Math.max(...items.map((i) => i.y + i.h)) - y };
}

/**
 * The smallest text of a PDF, in points, as poppler lays its words out. A word's box is its
 * font's height, a fixed share of its size: measured on `calibration`, a word of the footer's
 * credits, printed at 9 pt.
 */
function smallestTextPt(pdf: string, calibration: string): number {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-']).toString('utf8');
  const words = [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    h: Number(m[2]) - Number(m[1]),
    text: m[3] as string,
  }));
  const ruler = words.find((w) => w.text === calibration);
  if (!ruler) throw new Error(`no word "${calibration}" in ${pdf}`);
  return (Math.min(...words.map((w) => w.h)) / ruler.h) * 9;
}

const hex = (c: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];

describe('exports in Chromium against the real HOST (sample residency)', () => {
  let page: Page;
  let board: BoardSnapshot;
  beforeAll(async () => {
    page = await sample.open();
    board = await snapshot(page);
  });

  it('the dialog opens with Ctrl+Shift+E, anonymised is on each time it opens, Esc closes it', async () => {
    await openDialog(page);
    const anonymised = page.getByTestId('export-anonymised');
    expect(await anonymised.isChecked()).toBe(true);
    await anonymised.uncheck();
    await page.getByTestId('export-not-anonymised').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('export-button').click();
    expect(await page.getByTestId('export-anonymised').isChecked()).toBe(true);
    expect(await page.getByTestId('export-summary').textContent()).toMatch(/Anonymisé/);
    await page.keyboard.press('Escape');
  });

  it('PNG of the whole board at 2×: the right size, not blank, the notes where the board has them', async () => {
    await openDialog(page);
    await page.getByTestId('export-format').selectOption('png');
    await page.getByTestId('export-region').selectOption('board');
    await page.getByTestId('export-scale').selectOption('2');
    const out = e2e.path('tableau.png');
    const verdict = await saveAt(page, out);
    expect(verdict, verdict.text).toMatchObject({ kind: 'ok' });
    // Esc still closes once the work is done (the button pressed was disabled meanwhile).
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });

    const png = PNG.sync.read(readFileSync(out));
    const items = drawnItems(board);
    const b = boundsOf(items);
    const margin = 40;
    const view = { x: b.x - margin, y: b.y - margin, w: b.w + 2 * margin + 3, h: b.h + 2 * margin + 3 };
    expect(png.width).toBe(Math.ceil(view.w * 2));
    expect(png.height).toBe(Math.ceil(view.h * 2));

    const at = (bx: number, by: number): [number, number, number] => {
      const px = Math.floor((bx - view.x) * 2);
      const py = Math.floor((by - view.y) * 2);
      const o = (py * png.width + px) * 4;
      return [png.data[o]!, png.data[o + 1]!, png.data[o + 2]!];
    };
    // Not blank: many pixels are not the white background.
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4 * 97) if (png.data[i]! < 240 || png.data[i + 1]! < 240 || png.data[i + 2]! < 240) coloured++;
    expect(coloured / (png.data.length / (4 * 97))).toBeGreaterThan(0.05);

    // Each note that no other card covers shows its paper colour just inside its bottom-right corner (text stays near the top).
    const cards = items.filter((i) => i.kind !== 'frame');
    const covered = (n: ItemRecord, cx: number, cy: number): boolean =>
      cards.some((o) => o.id !== n.id && o.z >= n.z && cx >= o.x - 3 && cx <= o.x + o.w + 5 && cy >= o.y - 3 && cy <= o.y + o.h + 6);
    let checked = 0;
    for (const n of items) {
      if (n.kind !== 'note') continue;
      const cx = n.x + n.w - 6;
      const cy = n.y + n.h - 5;
      if (covered(n, cx, cy)) continue;
      const want = hex(NOTE_FILL[n.color]);
      const got = at(cx, cy);
      for (let c = 0; c < 3; c++) expect(Math.abs(got[c]! - want[c]!), `${n.id} ${got} vs ${want}`).toBeLessThanOrEqual(6);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
    // And outside every card and frame, the white background.
    expect(at(view.x + 5, view.y + 5)).toEqual([255, 255, 255]);
  });

  it('SVG: parses, holds the card texts, and no pseudonym nor withheld quote (anonymised)', async () => {
    await openDialog(page);
    await page.getByTestId('export-format').selectOption('svg');
    await page.getByTestId('export-region').selectOption('board');
    const out = e2e.path('tableau.svg');
    expect((await saveAt(page, out)).kind).toBe('ok');
    await page.keyboard.press('Escape');
    const svg = readFileSync(out, 'utf8');
    const errors: string[] = [];
    const parsed = new DOMParser({ onError: (level, m) => void (level !== 'warning' && errors.push(m)) }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    const text = Array.from(parsed.getElementsByTagName('tspan'))
      .map((t) => t.textContent)
      .join(' ');
    for (const f of board.items) if (f.kind === 'frame' && f.title) expect(text).toContain(f.title.split(' ')[0]);
    for (const n of board.items) if (n.kind === 'note' && n.text.trim()) expect(text).toContain(n.text.trim().split(/\s+/)[0]);
    const pseudonyms = board.interviews.map((i) => i.pseudonym.trim()).filter(Boolean);
    expect(pseudonyms.length).toBeGreaterThan(0);
    for (const p of pseudonyms) expect(svg).not.toContain(p);
    const withheld = board.quotes.filter((q) => board.interviews.find((i) => i.id === q.interviewId)?.consent === 'none');
    for (const q of withheld) expect(svg).not.toContain(q.text.slice(0, 25));
  });

  it.skipIf(!PDF_TOOLS)('PDF through the HOST: poppler renders it at the page size asked; its text holds a card and the licence, no pseudonym', async () => {
    await openDialog(page);
    await page.getByTestId('export-format').selectOption('pdf');
    await page.getByTestId('export-page-size').selectOption('A3');
    await page.getByTestId('export-orientation').selectOption('portrait');
    await page.getByTestId('export-credits').fill('Équipe « Tablée » — œuvre commune');
    expect(await page.getByTestId('export-licence').inputValue()).toBe('CC BY-SA 4.0');
    const out = e2e.path('tableau.pdf');
    expect((await saveAt(page, out)).kind).toBe('ok');

    // Chosen frames, one page each, A4 landscape.
    const frames = board.items.filter((i) => i.kind === 'frame').slice(0, 2);
    await page.getByTestId('export-pdf-what').selectOption('frames');
    for (const f of frames) await page.getByTestId(`export-pdf-frame-${f.id}`).check();
    await page.getByTestId('export-page-size').selectOption('A4');
    await page.getByTestId('export-orientation').selectOption('landscape');
    const framesOut = e2e.path('cadres.pdf');
    expect((await saveAt(page, framesOut)).kind).toBe('ok');
    await page.keyboard.press('Escape');

    const render = (pdf: string, prefix: string): PNG[] => {
      // 72 dpi: one pixel per PDF point.
      execFileSync('pdftoppm', ['-r', '72', '-png', pdf, e2e.path(prefix)]);
      return readdirSync(e2e.dir)
        .filter((n) => n.startsWith(prefix) && n.endsWith('.png'))
        .sort()
        .map((n) => PNG.sync.read(readFileSync(e2e.path(n))));
    };
    const whole = render(out, 'page-a3');
    // The sample's whole board on one A3 page would print its smallest text near 3 pt: it is spread over pages.
    expect(whole.length).toBeGreaterThan(1);
    // A3 portrait: 841.89 × 1190.55 pt.
    for (const p of whole) expect([p.width, p.height]).toEqual([Math.ceil(841.89), Math.ceil(1190.55)]);
    const byFrame = render(framesOut, 'page-a4');
    // Each frame's title on its own page(s), in the order chosen: no frame's page dropped, none mixed with another.
    const titles = frames.map((f) => (f as Extract<ItemRecord, { kind: 'frame' }>).title.replace(/\s+/g, ' '));
    const pageText = (n: number): string => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-enc', 'UTF-8', framesOut, '-']).toString('utf8').replace(/\s+/g, ' ');
    const titled = byFrame.map((_, n) => titles.filter((t) => pageText(n + 1).includes(t)));
    for (const on of titled) expect(on.length).toBeLessThanOrEqual(1);
    const order = titled.flat();
    expect(order).toEqual(titles);
    // A page without a title is another part of the frame before it, and says so.
    for (const [n, on] of titled.entries()) if (on.length === 0) expect(n > 0 && pageText(n + 1)).toMatch(/Partie ligne \d+, colonne \d+/);
    for (const p of byFrame) expect([p.width, p.height]).toEqual([Math.ceil(841.89), Math.ceil(595.28)]);
    for (const pdf of [out, framesOut]) expect(smallestTextPt(pdf, 'Équipe')).toBeGreaterThanOrEqual(6.95);

    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-']).toString('utf8');
    expect(text).toContain('CC BY-SA 4.0');
    expect(text).toContain('Équipe « Tablée » — œuvre commune');
    const frameTitle = (frames[0] as Extract<ItemRecord, { kind: 'frame' }>).title;
    expect(text.replace(/\s+/g, ' ')).toContain(frameTitle.split(' ')[0]);
    for (const p of board.interviews.map((i) => i.pseudonym.trim()).filter(Boolean)) expect(text).not.toContain(p);
    const framesText = execFileSync('pdftotext', ['-enc', 'UTF-8', framesOut, '-']).toString('utf8');
    expect(framesText.replace(/\s+/g, ' ')).toContain(frameTitle.split(' ')[0]);
  });

  it.skipIf(!PDF_TOOLS)('with the interface in English, the French sample exports in French (report and PDF); the dialog’s language changes it for one export', async () => {
    const english = await sample.open('en-GB');
    await openDialog(english);
    expect(await english.getByTestId('export-lang').inputValue()).toBe('fr');
    expect(await english.getByTestId('export-lang-hint').textContent()).toMatch(/project’s language/);
    const exportAs = async (format: string, name: string): Promise<string> => {
      await english.getByTestId('export-format').selectOption(format);
      expect((await saveAt(english, e2e.path(name))).kind).toBe('ok');
      return e2e.path(name);
    };
    const report = readFileSync(await exportAs('md', 'rapport.md'), 'utf8');
    expect(report).toMatch(/^#+ .+ — Pépite$/m);
    expect(report).toMatch(/^> — (usager·ère|professionnel·le|bénévole|élu·e)\b.* · \d{1,2} mars 2025$/m);
    expect(report).not.toMatch(/Nugget|elected official|Mar \d+, 2025/);
    // The sample ends with its restitution: the axis and the summary diagram.
    for (const heading of ['## Restitution', '### Opportunités', '### Points de vigilance', '### Enjeux', '### Éléments à enquêter', '### Schéma de synthèse']) expect(report).toContain(`${heading}\n`);

    const pdfText = (path: string): string => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8').replace(/\s+/g, ' ');
    await english.getByTestId('export-format').selectOption('pdf');
    await english.getByTestId('export-page-size').selectOption('A4');
    const pdf = pdfText(await exportAs('pdf', 'tableau-fr.pdf'));
    expect(pdf).toMatch(/« Ici je viens chiner/);
    expect(pdf).toMatch(/— (usager·ère|professionnel·le|bénévole|élu·e)/);
    expect(pdf).toContain('Schéma de synthèse');
    expect(pdf).not.toMatch(/“Ici je viens|— (user|professional|volunteer|elected official)\b/);
    // The dialog said it spread the board over pages, and each page says which part it holds.
    expect(await english.getByTestId('export-message').textContent()).toMatch(/Spread over \d+ pages so that no text is smaller than 7 pt/);
    expect(pdf).toMatch(/Partie ligne 1, colonne 1 sur \d+ × \d+/);

    // A one-off choice: English for this export, the project still French.
    await english.getByTestId('export-lang').selectOption('en');
    expect(await english.getByTestId('export-lang-hint').textContent()).toMatch(/For this export only: the project is in French/);
    const inEnglish = readFileSync(await exportAs('md', 'report.md'), 'utf8');
    expect(inEnglish).toMatch(/^#+ .+ — Nugget$/m);
    expect(inEnglish).toMatch(/^> — (user|professional|volunteer|elected official)\b.* · Mar \d+, 2025$/m);
    expect(inEnglish).not.toMatch(/^#+ .+ — Pépite$/m);
    await english.keyboard.press('Escape');
    await openDialog(english);
    expect(await english.getByTestId('export-lang').inputValue()).toBe('fr');
    await english.keyboard.press('Escape');
    await english.context().close();
  });

  it('a clear error for the open project file and for an existing file; the files are left as they were', async () => {
    await openDialog(page);
    await page.getByTestId('export-format').selectOption('svg');
    const before = readFileSync(projectPath);
    const onProject = await saveAt(page, projectPath, true);
    expect(onProject.kind).toBe('error');
    expect(onProject.text).toMatch(/projet ouvert/);
    expect(readFileSync(projectPath).equals(before)).toBe(true);

    const existing = e2e.path('deja.svg');
    writeFileSync(existing, 'à garder');
    const refused = await saveAt(page, existing, false);
    expect(refused).toMatchObject({ kind: 'error' });
    expect(refused.text).toMatch(/existe déjà/);
    expect(readFileSync(existing, 'utf8')).toBe('à garder');
    expect((await saveAt(page, existing, true)).kind).toBe('ok');
    expect(readFileSync(existing, 'utf8')).toMatch(/^<\?xml/);
    await page.keyboard.press('Escape');
  });

  it('the browser can also download the file', async () => {
    await openDialog(page);
    await page.getByTestId('export-format').selectOption('svg');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const saved = e2e.path('telecharge.svg');
    await download.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toContain('<svg');
    await page.keyboard.press('Escape');
  });

  it('imports a JSON Canvas written by hand at the view centre, in one undo step', async () => {
    const before = (await snapshot(page)).items.length;
    const canvasFile = e2e.path('a-la-main.canvas');
    writeFileSync(
      canvasFile,
      JSON.stringify({
        nodes: [
          { id: 'g', type: 'group', x: 0, y: 0, width: 600, height: 400, label: 'Idées de l’atelier' },
          { id: 'a', type: 'text', x: 40, y: 60, width: 220, height: 120, text: 'Un banc devant la mairie', color: '3' },
          { id: 'b', type: 'link', x: 300, y: 60, width: 220, height: 120, url: 'https://example.org/' },
        ],
        edges: [{ id: 'e', fromNode: 'a', toNode: 'b' }],
      }),
    );
    // The view on empty board (imported cards never cover what is there: they would land beside it).
    await page.evaluate(() => window.tablee!.setCamera({ x: 20_000, y: 20_000, zoom: 1 }));
    await openDialog(page);
    await page.getByTestId('export-import-file').setInputFiles(canvasFile);
    const message = page.getByTestId('export-import-message');
    await message.waitFor();
    expect(await message.getAttribute('data-kind')).toBe('ok');
    expect(await message.textContent()).toMatch(/3 cartes importées/);
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
    const after = await snapshot(page);
    expect(after.items.length).toBe(before + 3);
    const note = after.items.find((i) => i.kind === 'note' && i.text === 'Un banc devant la mairie')!;
    const frame = after.items.find((i) => i.kind === 'frame' && i.title === 'Idées de l’atelier')!;
    expect(note.parentId).toBe(frame.id);
    // At the centre of the view.
    const centre = await page.evaluate(() => {
      const c = window.tablee!.camera();
      return { x: (640 - c.x) / c.zoom, y: (400 - c.y) / c.zoom };
    });
    expect(Math.abs(frame.x + frame.w / 2 - centre.x)).toBeLessThan(400);
    expect(Math.abs(frame.y + frame.h / 2 - centre.y)).toBeLessThan(400);
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => window.tablee!.snapshot().items.length === n, before);
  });

  it('a file that is not a canvas is refused with the reason, and nothing is added', async () => {
    const before = (await snapshot(page)).items.length;
    const bad = e2e.path('pas-un-canvas.canvas');
    writeFileSync(bad, '{"hello": "world"}');
    await openDialog(page);
    await page.getByTestId('export-import-file').setInputFiles(bad);
    const message = page.getByTestId('export-import-message');
    await message.waitFor();
    expect(await message.getAttribute('data-kind')).toBe('error');
    expect(await message.textContent()).toMatch(/JSON Canvas/);
    await page.keyboard.press('Escape');
    expect((await snapshot(page)).items.length).toBe(before);
  });
});
