import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { ImageCardRecord } from '@shared/board/records';
import { loadProjectText } from '@shared/project-file/load';
import { assetsOf, MAX_ASSET_BYTES, MAX_IMAGE_SIDE, readAsset, sniffImageMime } from '@shared/residency/assets';
import { useE2e } from './fixtures';
import { boardToScreen, snapshot, waitReady, waitSaved } from './harness';
import { docOnDisk, saveRoundTrip } from './on-disk';

const e2e = useE2e();

const images = async (page: Page): Promise<ImageCardRecord[]> => (await snapshot(page)).items.filter((i): i is ImageCardRecord => i.kind === 'image');

/**
 * In the page: makes files (a generated "photo" as JPEG or PNG, or raw bytes) and drops them on
 * the board at a screen point with a real `drop` event carrying a DataTransfer, as a file
 * manager would. Returns how long the page took from the drop to the cards (ms).
 */
type FileSpec = { name: string; photo?: { width: number; height: number; type: 'image/jpeg' | 'image/png' }; text?: string; raw?: number[]; zeros?: number };

async function dropFiles(page: Page, specs: FileSpec[], at: { x: number; y: number }, expectCards: number): Promise<number> {
  return page.evaluate(
    async ({ specs, at, expectCards }) => {
      const files: File[] = [];
      for (const s of specs) {
        if (s.photo) {
          const { width, height, type } = s.photo;
          const canvas = new OffscreenCanvas(width, height);
          const ctx = canvas.getContext('2d')!;
          // A red photo with grain: JPEG cannot squeeze it to nothing, so the downscale has work to do.
          const img = ctx.createImageData(width, height);
          let seed = 7;
          for (let i = 0; i < width * height; i++) {
            seed = (seed * 1103515245 + 12345) & 0x7fffffff;
            const n = (seed >> 16) % 60;
            img.data[i * 4] = 170 + (n % 50);
            img.data[i * 4 + 1] = 30 + n;
            img.data[i * 4 + 2] = 40 + ((i % width) * 60) / width;
            img.data[i * 4 + 3] = 255;
          }
          ctx.putImageData(img, 0, 0);
          const blob = await canvas.convertToBlob({ type, quality: 0.95 });
          files.push(new File([blob], s.name, { type }));
        } else if (s.text !== undefined) files.push(new File([s.text], s.name, { type: 'image/png' }));
        else if (s.raw) files.push(new File([new Uint8Array(s.raw)], s.name, { type: 'image/jpeg' }));
        else files.push(new File([new Uint8Array(s.zeros ?? 0)], s.name, { type: 'image/jpeg' }));
      }
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(f);
      const target = document.elementFromPoint(at.x, at.y)!;
      const count = (): number => window.tablee!.snapshot().items.filter((i) => i.kind === 'image').length;
      const before = count();
      const started = performance.now();
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt, clientX: at.x, clientY: at.y }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt, clientX: at.x, clientY: at.y }));
      if (expectCards === 0) return 0;
      while (count() < before + expectCards) {
        if (performance.now() - started > 60_000) throw new Error('the pictures never reached the board');
        await new Promise((r) => setTimeout(r, 10));
      }
      return performance.now() - started;
    },
    { specs, at, expectCards },
  );
}

/** The newest toast's words (polled by the callers: the one before may still be the newest). */
const lastToast = async (page: Page): Promise<string> => {
  const toast = page.getByTestId('toast').last();
  await toast.waitFor();
  return (await toast.textContent()) ?? '';
};

describe('pictures on the board, in Chromium against the real HOST', () => {
  const project = e2e.path('photos.tablee');
  const board = e2e.useHost({ project });

  it('a 4000×3000 photo dropped on the board lands at the drop point, downscaled, and survives a reload through the HOST', async () => {
    const page = await board.open('fr-FR');
    const box = (await page.getByTestId('board-canvas').boundingBox())!;
    const at = { x: Math.round(box.x + 500), y: Math.round(box.y + 400) };
    const ms = await dropFiles(page, [{ name: 'marché-du-samedi.jpg', photo: { width: 4000, height: 3000, type: 'image/jpeg' } }], at, 1);
    console.log(JSON.stringify({ figure: 'drop 4000x3000 JPEG → card (decode, downscale, encode, insert)', ms: Math.round(ms) }));

    const [card] = await images(page);
    expect(card).toBeDefined();
    expect(card!.alt).toBe('marché du samedi');
    // Centred on the drop point.
    const centre = await boardToScreen(page, card!.x + card!.w / 2, card!.y + card!.h / 2);
    expect(Math.abs(centre.x - at.x)).toBeLessThan(3);
    expect(Math.abs(centre.y - at.y)).toBeLessThan(3);
    expect(card!.w / card!.h).toBeCloseTo(4 / 3, 1);
    const asset = (await snapshot(page)).assets!.find((a) => a.id === card!.assetId)!;
    expect(Math.max(asset.width, asset.height)).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    expect(asset.width / asset.height).toBeCloseTo(4 / 3, 2);
    expect(asset.bytes).toBeLessThanOrEqual(MAX_ASSET_BYTES);
    expect(asset.mime).toBe('image/jpeg');

    // It is drawn: the middle of the card on screen is the photo's red, not the empty card.
    await page.mouse.click(box.x + 5, box.y + box.height - 5);
    const pixel = async (): Promise<number[]> => [...PNG.sync.read(await page.screenshot({ clip: { x: centre.x - 2, y: centre.y - 2, width: 4, height: 4 } })).data.subarray(0, 3)];
    await expect.poll(async () => {
      const [r, g, b] = await pixel();
      return r! > 140 && g! < 120 && b! < 140;
    }).toBe(true);
    const [r, g, b] = await pixel();
    expect(r).toBeGreaterThan(140);
    expect(g).toBeLessThan(120);
    expect(b).toBeLessThan(140);

    // Saved by the HOST, and there after a reload.
    await waitSaved(page);
    const loaded = loadProjectText(readFileSync(project, 'utf8'));
    expect(loaded.ok).toBe(true);
    const onDisk = loaded.ok ? readAsset(loaded.value.doc, card!.assetId) : undefined;
    expect(onDisk).toMatchObject({ mime: 'image/jpeg', width: asset.width, height: asset.height });
    expect(onDisk?.bytes.byteLength).toBe(asset.bytes);
    expect(sniffImageMime(onDisk!.bytes)).toBe('image/jpeg');
    await page.reload();
    await waitReady(page);
    expect((await images(page)).map((i) => i.id)).toEqual([card!.id]);
    expect((await snapshot(page)).assets!.find((a) => a.id === card!.assetId)).toEqual(asset);
    // Drawn again after the reload, from the saved bytes.
    const again = await boardToScreen(page, card!.x + card!.w / 2, card!.y + card!.h / 2);
    await expect.poll(async () => {
      const px = PNG.sync.read(await page.screenshot({ clip: { x: again.x - 2, y: again.y - 2, width: 4, height: 4 } })).data;
      return px[0]! > 140 && px[1]! < 120;
    }).toBe(true);
    await page.context().close();
  });

  it('three pictures dropped at once are one undo step; redo brings them back', async () => {
    const page = await board.open('en-GB');
    const before = (await images(page)).length;
    const box = (await page.getByTestId('board-canvas').boundingBox())!;
    const specs: FileSpec[] = [1, 2, 3].map((n) => ({ name: `plan-${n}.png`, photo: { width: 300 + n * 10, height: 200, type: 'image/png' } }));
    await dropFiles(page, specs, { x: Math.round(box.x + 700), y: Math.round(box.y + 300) }, 3);
    expect((await images(page)).length).toBe(before + 3);
    // Small enough already: kept byte for byte as PNG.
    const added = (await images(page)).slice(-3);
    for (const a of (await snapshot(page)).assets!.filter((x) => added.some((c) => c.assetId === x.id))) expect(a.mime).toBe('image/png');
    await expect.poll(() => lastToast(page), { timeout: 15_000 }).toMatch(/3 pictures added/);
    await page.mouse.click(box.x + 5, box.y + box.height - 5);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await images(page)).length).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await images(page)).length).toBe(before + 3);
    await page.context().close();
  });

  it('a picture pasted from the clipboard lands under the pointer', async () => {
    const page = await board.open('en-GB');
    const before = (await images(page)).map((i) => i.id);
    const box = (await page.getByTestId('board-canvas').boundingBox())!;
    const pointer = { x: Math.round(box.x + 300), y: Math.round(box.y + 550) };
    await page.mouse.move(pointer.x, pointer.y);
    await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(640, 480);
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#2a7de1';
      ctx.fillRect(0, 0, 640, 480);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      const dt = new DataTransfer();
      dt.items.add(new File([blob], 'image.png', { type: 'image/png' }));
      document.body.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: dt }));
    });
    await expect.poll(async () => (await images(page)).length).toBe(before.length + 1);
    const card = (await images(page)).find((i) => !before.includes(i.id))!;
    // A pasted picture has no file name worth keeping as its description.
    expect(card.alt).toBe('');
    const centre = await boardToScreen(page, card.x + card.w / 2, card.y + card.h / 2);
    expect(Math.abs(centre.x - pointer.x)).toBeLessThan(3);
    expect(Math.abs(centre.y - pointer.y)).toBeLessThan(3);
    await page.context().close();
  });

  it('refuses, with a message and nothing added: a text file named .png, a 51 MB file, too many files at once', async () => {
    const page = await board.open('fr-FR');
    const box = (await page.getByTestId('board-canvas').boundingBox())!;
    const at = { x: Math.round(box.x + 600), y: Math.round(box.y + 300) };
    const before = await snapshot(page);
    const count = before.items.length;

    await dropFiles(page, [{ name: 'compte-rendu.png', text: 'Réunion du 14 mars : ordre du jour…' }], at, 0);
    await expect.poll(() => lastToast(page), { timeout: 15_000 }).toMatch(/« compte-rendu\.png » n’est pas une image/);

    // JPEG's first bytes, then nothing a decoder can read: a damaged photo.
    await dropFiles(page, [{ name: 'abimee.jpg', raw: [0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 400 }, (_, i) => i % 251)] }], at, 0);
    await expect.poll(() => lastToast(page), { timeout: 15_000 }).toMatch(/« abimee\.jpg » n’a pas pu être lue/);

    await dropFiles(page, [{ name: 'enorme.jpg', zeros: 51 * 1024 * 1024 }], at, 0);
    await expect.poll(() => lastToast(page), { timeout: 15_000 }).toMatch(/« enorme\.jpg » pèse 51 Mo/);

    // A good photo and a bad file together: the good one is not added either.
    await dropFiles(page, [{ name: 'bonne.png', photo: { width: 100, height: 80, type: 'image/png' } }, { name: 'faux.jpg', text: 'pas une photo' }], at, 0);
    await expect.poll(() => lastToast(page), { timeout: 15_000 }).toMatch(/« faux\.jpg » n’est pas une image/);

    const many: FileSpec[] = Array.from({ length: 21 }, (_, i) => ({ name: `p${i}.png`, text: '' }));
    await dropFiles(page, many, at, 0);
    await expect.poll(() => lastToast(page), { timeout: 15_000 }).toMatch(/21 fichiers : 20 images au plus à la fois\. Rien n’a été ajouté/);

    // Nothing was added, not even late: once a note written after the refusals is in the file,
    // the page and the file hold the pictures they held before, and one item more (that note).
    await saveRoundTrip(page, project, 'après les refus');
    const after = await snapshot(page);
    expect(after.items.length).toBe(count + 1);
    expect(after.assets?.length).toBe(before.assets?.length);
    expect(assetsOf(docOnDisk(project)).size).toBe(before.assets?.length);
    await page.context().close();
  });

  it('the picture’s side panel edits its description and caption, found by the search', async () => {
    const page = await board.open('en-GB');
    // The topmost picture (drawn last), so no other card covers its middle.
    const card = (await images(page)).at(-1);
    const centre = await boardToScreen(page, card!.x + card!.w / 2, card!.y + card!.h / 2);
    await page.mouse.dblclick(centre.x, centre.y);
    await page.getByTestId('image-panel').waitFor();
    await page.getByTestId('image-alt').fill('Saturday market in Les Noues, three stalls');
    await page.getByTestId('image-caption').fill('Photo: the team, 8 March');
    await page.getByTestId('image-caption').press('Enter');
    await expect.poll(async () => (await images(page)).find((i) => i.id === card!.id)).toMatchObject({
      alt: 'Saturday market in Les Noues, three stalls',
      caption: 'Photo: the team, 8 March',
    });
    await page.getByTestId('side-panel-close').click();
    await page.keyboard.press('Control+f');
    await page.getByTestId('search-input').fill('stalls');
    await expect.poll(async () => page.getByTestId('search-count').textContent()).toContain('1 match');
    await page.context().close();
  });
});

describe('pictures carried to another project', () => {
  it('a picture card copied in one project and pasted in another brings its picture along', async () => {
    const from = e2e.path('de.tablee');
    const to = e2e.path('vers.tablee');
    await e2e.withHost({ project: from, data: 'data-copy' }, async (host) => {
      const page = await host.open('en-GB');
      const box = (await page.getByTestId('board-canvas').boundingBox())!;
      await page.getByTestId('template-empty').click();
      await dropFiles(page, [{ name: 'lavoir.png', photo: { width: 400, height: 300, type: 'image/png' } }], { x: Math.round(box.x + 600), y: Math.round(box.y + 400) }, 1);
      const [card] = await images(page);
      // The dropped picture is selected: copy it.
      expect(await page.evaluate(() => window.tablee!.selection())).toEqual([card!.id]);
      await page.mouse.move(box.x + 600, box.y + 400);
      await page.keyboard.press('Control+c');
      await waitSaved(page);

      await page.getByTestId('project-button').click();
      await page.getByTestId('create-path').fill(to);
      await page.getByTestId('create-submit').click();
      await expect.poll(async () => (await snapshot(page)).items.length, { timeout: 20_000 }).toBe(0);
      // "Empty" was picked in the form: the new board does not ask again.
      expect(await page.getByTestId('template-chooser').count()).toBe(0);
      await page.mouse.move(box.x + 400, box.y + 300);
      await page.keyboard.press('Control+v');
      await expect.poll(async () => (await images(page)).length).toBe(1);
      const pasted = (await images(page))[0]!;
      expect(pasted.alt).toBe('lavoir');
      expect((await snapshot(page)).assets!.map((a) => a.id)).toEqual([pasted.assetId]);
      await waitSaved(page);
      const saved = loadProjectText(readFileSync(to, 'utf8'));
      expect(saved.ok && saved.value.report.repairs).toEqual([]);
      expect(saved.ok && readAsset(saved.value.doc, pasted.assetId)?.width).toBe(400);
      await page.context().close();
    });
  });
});

describe('the new-project form', () => {
  it('creates a project from the Restitution template: its four areas are there', async () => {
    await e2e.withHost({ project: e2e.path('depart.tablee'), data: 'data-form' }, async (host) => {
      const page = await host.open('fr-FR');
      // Leave the empty board's own chooser alone: the form decides.
      await page.getByTestId('project-button').click();
      const path = e2e.path('restitution.tablee');
      await page.getByTestId('create-path').fill(path);
      await page.getByTestId('create-title').fill('Restitution Val d’Aubrelle');
      await page.getByTestId('create-template-restitution').check();
      await page.getByTestId('create-submit').click();
      await expect.poll(async () => page.getByTestId('project-title').textContent(), { timeout: 20_000 }).toBe('Restitution Val d’Aubrelle');
      await expect
        .poll(async () => (await snapshot(page)).items.flatMap((i) => (i.kind === 'frame' ? [i.title] : [])).sort())
        .toEqual(['Enjeux', 'Opportunités', 'Points de vigilance', 'À investiguer'].sort());
      expect(await page.getByTestId('template-chooser').count()).toBe(0);
      await waitSaved(page);
      const saved = loadProjectText(readFileSync(path, 'utf8'));
      expect(saved.ok && saved.value.doc.getMap('items').size).toBe(4);
      await page.context().close();
    });
  });
});
