import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { bytesToBase64 } from '@shared/base64';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, deleteItems } from '@shared/board/commands';
import { itemsOf, LOCAL_ORIGIN, readItems } from '@shared/board/doc';
import { imageCardSchema, itemSchema, MAX_ALT_LENGTH } from '@shared/board/records';
import { buildProjectFile, newBoardDoc } from '@shared/project-file/build';
import { loadProjectText } from '@shared/project-file/load';
import {
  assetIdFor,
  assetRefusal,
  assetsOf,
  MAX_ASSET_BYTES,
  readAsset,
  sniffImageMime,
  writeAsset,
  type AssetRecord,
} from '@shared/residency/assets';
import { interviewsOf, quotesOf, readInterviews, readQuotes } from '@shared/residency/doc';
import { addImages, altFromFileName, imageCardSize } from '@shared/residency/image-commands';
import { searchItems } from '@shared/residency/search';
import { validateAndRepair } from '@shared/schema/repair';

function png(width: number, height: number, seed = 1): Uint8Array {
  const image = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) {
    image.data[i * 4] = (i * seed) & 255;
    image.data[i * 4 + 1] = (i >> 3) & 255;
    image.data[i * 4 + 2] = seed * 40;
    image.data[i * 4 + 3] = 255;
  }
  return new Uint8Array(PNG.sync.write(image));
}

const asset = (w = 40, h = 30, seed = 1): AssetRecord => ({ mime: 'image/png', bytes: png(w, h, seed), width: w, height: h });
const meta = { title: 'Résidence', createdAt: '2026-11-01T00:00:00.000Z', savedAt: '2026-11-01T00:00:00.000Z', app: 'test' };

describe('image records', () => {
  const card = { id: 'image:a', kind: 'image', x: 0, y: 0, w: 320, h: 240, z: 1, parentId: null, tags: [], assetId: 'asset:x', alt: 'Le marché du samedi' };

  it('an image card is a record like the others, caption optional', () => {
    expect(itemSchema.safeParse(card).success).toBe(true);
    expect(imageCardSchema.safeParse({ ...card, caption: 'Place de la mairie, 8 h' }).success).toBe(true);
  });

  it('refuses an image card without its picture id, or with a description longer than a label', () => {
    const { assetId: _gone, ...noAsset } = card;
    expect(itemSchema.safeParse(noAsset).success).toBe(false);
    expect(itemSchema.safeParse({ ...card, alt: 'x'.repeat(MAX_ALT_LENGTH + 1) }).success).toBe(false);
  });

  it('tells pictures by their first bytes, not their name', () => {
    expect(sniffImageMime(png(2, 2))).toBe('image/png');
    expect(sniffImageMime(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50]);
    expect(sniffImageMime(webp)).toBe('image/webp');
    // A text file renamed .png, a GIF, a PDF, nothing at all.
    expect(sniffImageMime(new TextEncoder().encode('Compte rendu du 14 septembre'))).toBeNull();
    expect(sniffImageMime(new TextEncoder().encode('GIF89a...'))).toBeNull();
    expect(sniffImageMime(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(sniffImageMime(new Uint8Array())).toBeNull();
  });

  it('caps a picture well under the room’s 256 KiB message limit, and checks it is what it claims', () => {
    expect(MAX_ASSET_BYTES).toBeLessThanOrEqual(192 * 1024);
    expect(assetRefusal(asset())).toBeNull();
    const big = new Uint8Array(MAX_ASSET_BYTES + 1);
    big.set(png(2, 2));
    expect(assetRefusal({ mime: 'image/png', bytes: big, width: 2, height: 2 })).toMatch(/over/);
    expect(assetRefusal({ ...asset(), mime: 'image/jpeg' })).toMatch(/not image\/jpeg/);
    expect(assetRefusal({ ...asset(), width: 4000 })).not.toBeNull();
    expect(assetRefusal({ ...asset(), bytes: new Uint8Array() })).not.toBeNull();
  });

  it('sizes a card by the picture’s proportions, and names it from its file', () => {
    expect(imageCardSize(4000, 3000)).toEqual({ w: 360, h: 270 });
    expect(imageCardSize(900, 1600)).toEqual({ w: 203, h: 360 });
    expect(altFromFileName('marché_du-samedi 2.JPG')).toBe('marché du samedi 2');
  });
});

describe('adding pictures', () => {
  it('several pictures are one transaction: one undo takes them and their bytes away, redo brings them back', () => {
    const doc = newBoardDoc('t', meta.createdAt);
    const undo = new Y.UndoManager([itemsOf(doc), assetsOf(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    let updates = 0;
    doc.on('update', () => updates++);
    const ids = addImages(doc, [{ asset: asset(40, 30, 1), alt: 'a' }, { asset: asset(30, 40, 2), alt: 'b' }, { asset: asset(10, 10, 3), alt: 'c' }], { x: 500, y: 500 });
    expect(ids).toHaveLength(3);
    expect(updates).toBe(1);
    expect(assetsOf(doc).size).toBe(3);
    const cards = readItems(doc).filter((i) => i.kind === 'image');
    expect(cards.map((c) => (c.kind === 'image' ? readAsset(doc, c.assetId)?.width : 0))).toEqual(expect.arrayContaining([40, 30, 10]));
    undo.undo();
    expect(readItems(doc).filter((i) => i.kind === 'image')).toHaveLength(0);
    expect(assetsOf(doc).size).toBe(0);
    undo.redo();
    expect(readItems(doc).filter((i) => i.kind === 'image')).toHaveLength(3);
    expect(assetsOf(doc).size).toBe(3);
  });

  it('one picture at the cap is one update under the 256 KiB a data channel carries', () => {
    const doc = newBoardDoc('t', meta.createdAt);
    const bytes = new Uint8Array(MAX_ASSET_BYTES);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    addImages(doc, [{ asset: { mime: 'image/jpeg', bytes, width: 1600, height: 1200 }, alt: 'photo au plafond de taille' }], { x: 0, y: 0 });
    expect(updates).toHaveLength(1);
    expect(updates[0]!.byteLength).toBeLessThan(256 * 1024);
  });

  it('the same photo dropped twice is stored once', () => {
    const doc = newBoardDoc('t', meta.createdAt);
    const a = asset();
    addImages(doc, [{ asset: a, alt: 'un' }], { x: 0, y: 0 });
    addImages(doc, [{ asset: { ...a, bytes: a.bytes.slice() }, alt: 'deux' }], { x: 900, y: 0 });
    expect(readItems(doc).filter((i) => i.kind === 'image')).toHaveLength(2);
    expect(assetsOf(doc).size).toBe(1);
    expect(assetsOf(doc).has(assetIdFor(a.bytes))).toBe(true);
  });

  it('a bad picture in a drop adds nothing at all', () => {
    const doc = newBoardDoc('t', meta.createdAt);
    const notPng = { mime: 'image/png' as const, bytes: new TextEncoder().encode('pas une image'), width: 10, height: 10 };
    expect(() => addImages(doc, [{ asset: asset(), alt: 'ok' }, { asset: notPng, alt: 'faux' }], { x: 0, y: 0 })).toThrow(/not a board picture/);
    expect(readItems(doc)).toHaveLength(0);
    expect(assetsOf(doc).size).toBe(0);
  });

  it('a picture dropped in a theme belongs to it, and is found by its description and caption', () => {
    const doc = newBoardDoc('t', meta.createdAt);
    const theme = createItem(doc, { kind: 'frame', x: 0, y: 0, w: 1200, h: 900, title: 'Le poids des étiquettes' });
    const [id] = addImages(doc, [{ asset: asset(), alt: 'Guichet de la ressourcerie', caption: 'Photo prise le mardi' }], { x: 400, y: 400 });
    const card = readItems(doc).find((i) => i.id === id)!;
    expect(card.parentId).toBe(theme);
    const data = { interviews: new Map(), quotes: new Map(), tags: new Map() };
    expect(searchItems(readItems(doc), 'guichet', data).map((i) => i.id)).toEqual([id]);
    expect(searchItems(readItems(doc), 'mardi', data).map((i) => i.id)).toEqual([id]);
  });
});

describe('pictures in the project file', () => {
  it('survive a save and a load; the readable copy lists them without their bytes', () => {
    const doc = newBoardDoc('Résidence', meta.createdAt);
    const a = asset(64, 48);
    addImages(doc, [{ asset: a, alt: 'Marché' }], { x: 0, y: 0 });
    const file = buildProjectFile(doc, meta, []);
    expect(file.snapshot.assets).toEqual([{ id: assetIdFor(a.bytes), mime: 'image/png', width: 64, height: 48, bytes: a.bytes.byteLength }]);
    // The bytes are in the file once (in the Yjs state), not twice.
    expect(JSON.stringify(file.snapshot)).not.toContain(bytesToBase64(a.bytes).slice(0, 40));

    const loaded = loadProjectText(JSON.stringify(file));
    expect(loaded.ok && loaded.value.report.repairs).toEqual([]);
    if (!loaded.ok) return;
    const card = readItems(loaded.value.doc).find((i) => i.kind === 'image');
    expect(card?.kind === 'image' && readAsset(loaded.value.doc, card.assetId)?.bytes).toEqual(a.bytes);
  });

  it('a board rebuilt from its readable copy (its Yjs state lost) keeps its image cards, as placeholders', () => {
    const doc = newBoardDoc('Résidence', meta.createdAt);
    const [id] = addImages(doc, [{ asset: asset(64, 48), alt: 'Marché du samedi' }], { x: 0, y: 0 });
    const file = buildProjectFile(doc, meta, []);
    const rebuilt = loadProjectText(JSON.stringify({ ...file, yjsState: undefined }));
    expect(rebuilt.ok).toBe(true);
    if (!rebuilt.ok) return;
    expect(rebuilt.value.report.warnings).toContain('rebuilt-from-snapshot');
    expect(readItems(rebuilt.value.doc).find((i) => i.id === id)).toMatchObject({ kind: 'image', alt: 'Marché du samedi' });
    expect(rebuilt.value.report.repairs).toEqual([expect.objectContaining({ id, action: 'fixed', reason: expect.stringMatching(/placeholder/) })]);
  });

  it('repair: a card whose picture is missing stays (drawn as a placeholder), bad and unused pictures go', () => {
    const doc = newBoardDoc('t', meta.createdAt);
    const [kept, orphaned] = addImages(doc, [{ asset: asset(20, 20, 1), alt: 'gardée' }, { asset: asset(20, 20, 2), alt: 'perdue' }], { x: 0, y: 0 });
    const lostAsset = (itemsOf(doc).get(orphaned!)!.get('assetId') as string);
    doc.transact(() => {
      assetsOf(doc).delete(lostAsset);
      // An unused picture, and one whose bytes are not what it claims.
      writeAsset(doc, 'asset:unused', asset(8, 8, 3));
      const bad = new Y.Map<unknown>();
      bad.set('mime', 'image/jpeg');
      bad.set('bytes', png(4, 4));
      bad.set('width', 4);
      bad.set('height', 4);
      assetsOf(doc).set('asset:bad', bad);
    });
    // The bad one is "used" by a card, so only its content makes it go.
    createItem(doc, { kind: 'image', x: 900, y: 0, assetId: 'asset:bad', alt: 'mal formée' });

    const issues = validateAndRepair(doc);
    expect(issues).toEqual(
      expect.arrayContaining([
        { id: 'asset:unused', action: 'dropped', reason: 'picture no card shows' },
        expect.objectContaining({ id: 'asset:bad', action: 'dropped' }),
        expect.objectContaining({ id: orphaned, action: 'fixed', reason: expect.stringMatching(/placeholder/) }),
      ]),
    );
    expect([...assetsOf(doc).keys()]).toEqual([itemsOf(doc).get(kept!)!.get('assetId')]);
    // Every card is still there: nothing the facilitator placed disappears.
    expect(readItems(doc).filter((i) => i.kind === 'image')).toHaveLength(3);
    // A second pass has nothing left to do.
    expect(validateAndRepair(doc).filter((i) => i.action === 'dropped')).toEqual([]);
  });

  it('deleting a picture card keeps its bytes for undo during the session', () => {
    const doc = newBoardDoc('t', meta.createdAt);
    const [id] = addImages(doc, [{ asset: asset(), alt: 'x' }], { x: 0, y: 0 });
    deleteItems(doc, [id!]);
    expect(assetsOf(doc).size).toBe(1);
  });

  it('the schema-3 fixture opens at the current schema with its interviews, quotes and links', () => {
    const text = readFileSync(new URL('../../fixtures/schema/schema-3.tablee', import.meta.url), 'utf8');
    const loaded = loadProjectText(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const doc = loaded.value.doc;
    expect(loaded.value.report.migrations).toEqual(['0004-images', '0005-amendments']);
    expect(readInterviews(doc).map((i) => i.pseudonym)).toEqual(['Nadia']);
    expect(readQuotes(doc).map((q) => q.text)).toEqual(['On se sent catalogué']);
    expect(interviewsOf(doc).size + quotesOf(doc).size).toBe(2);
    const proposal = readItems(doc).find((i) => i.kind === 'proposal');
    expect(proposal?.kind === 'proposal' && Object.keys(proposal.quoteLinks)).toEqual(['quote:a']);
    expect(assetsOf(doc).size).toBe(0);
  });
});
