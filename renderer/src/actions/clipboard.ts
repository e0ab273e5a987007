import { insertCopies } from '@shared/board/commands';
import { intersects, unionOf } from '@shared/board/geometry';
import { itemSchema, MAX_TEXT_LENGTH, type ItemRecord } from '@shared/board/records';
import { assetsOf, readAsset, writeAsset, type AssetRecord } from '@shared/residency/assets';
import type { Editor } from '../canvas/editor';
import i18n from '../i18n';
import { importImages } from '../features/images/import-images';
import { pushToast } from '../app/toast-store';

const PASTE_STEP = 24;

const normalise = (s: string): string => s.replace(/\r\n?/g, '\n').trim();

/**
 * Copy and paste of board items. The records travel as JSON in memory (they survive a project
 * switch, so cards can be carried from one residency to another); the system clipboard gets
 * their words as plain text, best effort. Plain text pasted from elsewhere becomes a note.
 */
class BoardClipboard {
  private json = '';
  private text = '';
  private pastes = 0;
  /** Pictures of the copied image cards, so they can be pasted into another project. */
  private assets = new Map<string, AssetRecord>();

  /** Copies the selection (a frame brings its cards). Returns how many records were copied. */
  copy(editor: Editor): number {
    const selected = editor.selectedItems();
    if (selected.length === 0) return 0;
    const ids = new Set(selected.map((i) => i.id));
    const frames = new Set(selected.filter((i) => i.kind === 'frame').map((i) => i.id));
    for (const child of editor.index.childrenOf(frames)) ids.add(child);
    const records: ItemRecord[] = [];
    for (const id of ids) {
      const r = editor.index.get(id);
      if (r) records.push(r);
    }
    records.sort((a, b) => (a.kind === 'frame' ? 0 : 1) - (b.kind === 'frame' ? 0 : 1) || a.z - b.z);
    this.json = JSON.stringify(records);
    this.assets = new Map();
    for (const r of records) {
      const asset = r.kind === 'image' ? readAsset(editor.doc, r.assetId) : undefined;
      if (r.kind === 'image' && asset) this.assets.set(r.assetId, asset);
    }
    this.text = records
      .map((r) => ('text' in r ? r.text : 'title' in r ? r.title : ''))
      .filter((s) => s.trim() !== '')
      .join('\n\n');
    this.pastes = 0;
    return records.length;
  }

  /** The plain-text face of what was copied, for the system clipboard. */
  get plainText(): string {
    return this.text;
  }

  /** Best effort when no `copy` event carried the text (e.g. a menu command). */
  writeSystemClipboard(): void {
    try {
      void navigator.clipboard?.writeText(this.text).catch(() => {});
    } catch {
      // No clipboard access here (not a secure context): the in-memory copy still works.
    }
  }

  pasteRecords(editor: Editor): void {
    if (!this.json) return;
    let records: ItemRecord[];
    try {
      const raw: unknown = JSON.parse(this.json);
      records = (Array.isArray(raw) ? raw : []).flatMap((r) => {
        const parsed = itemSchema.safeParse(r);
        return parsed.success ? [parsed.data] : [];
      });
    } catch {
      return;
    }
    if (records.length === 0) return;
    this.pastes++;
    const box = unionOf(records)!;
    let dx = PASTE_STEP * this.pastes;
    let dy = PASTE_STEP * this.pastes;
    const offScreen = !intersects(box, editor.viewport());
    if (offScreen) {
      // The originals are off screen: bring the copies where the user is looking, under the
      // pointer (a place they point at), else to free space near the middle of the view.
      const p = editor.placementPoint();
      const to = editor.pointer ? { x: p.x - box.w / 2, y: p.y - box.h / 2 } : editor.freeSpot(box);
      dx = Math.round(to.x - box.x);
      dy = Math.round(to.y - box.y);
    }
    const doc = editor.doc;
    // Pictures this board does not have yet come with their cards, in the same undo step.
    const created = editor.command(() => {
      for (const [id, asset] of this.assets) if (!assetsOf(doc).has(id)) writeAsset(doc, id, asset);
      return insertCopies(doc, records, dx, dy);
    });
    editor.select(created);
    if (offScreen && created.length > 0) editor.reveal({ x: box.x + dx, y: box.y + dy, w: box.w, h: box.h });
  }

  /**
   * A paste: `text` is the system clipboard's plain text (null when there was none). The length
   * is checked first, before any other work, so a 50 MB paste is refused at once.
   */
  paste(editor: Editor, text: string | null, files: readonly File[] = []): void {
    // A picture copied from a browser or a screenshot tool: it goes on the board as a picture.
    if (files.length > 0) {
      // Under the pointer, where the user points; with no pointer on the board, on free space near the middle.
      void importImages(editor, files, editor.pointer ? { at: editor.placementPoint() } : { near: editor.placementPoint() }, false);
      return;
    }
    if (text !== null && text.length > MAX_TEXT_LENGTH) {
      pushToast(
        'error',
        i18n.t('toast.pasteTooLong', { length: text.length.toLocaleString(i18n.language), max: MAX_TEXT_LENGTH.toLocaleString(i18n.language) }),
      );
      return;
    }
    const trimmed = text === null ? '' : normalise(text);
    if (this.json && (trimmed === '' || trimmed === normalise(this.text))) {
      this.pasteRecords(editor);
      return;
    }
    if (trimmed === '') return;
    const long = trimmed.length > 280;
    const w = long ? 360 : 200;
    const h = long ? 280 : 160;
    // Under the pointer, where the user points; with no pointer on the board, on free space near the middle.
    if (!editor.pointer) return void editor.createFree({ kind: 'note', w, h, text: trimmed }, false);
    const p = editor.placementPoint();
    editor.create({ kind: 'note', x: Math.round(p.x - w / 2), y: Math.round(p.y - h / 2), w, h, text: trimmed }, false);
  }
}

export const boardClipboard = new BoardClipboard();
