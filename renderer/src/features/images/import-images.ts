import { MAX_FILES_AT_ONCE, MAX_SOURCE_BYTES } from '@shared/residency/assets';
import { center } from '@shared/board/geometry';
import { addImages, altFromFileName, imageGridSize, type NewImage } from '@shared/residency/image-commands';
import type { Editor } from '../../canvas/editor';
import i18n from '../../i18n';
import { dismissToast, pushToast } from '../../app/toast-store';
import { prepareImage, type PrepareFailure } from './prepare-image';

const MB = 1024 * 1024;

function failureMessage(f: PrepareFailure): string {
  if (f.code === 'too-big') {
    return i18n.t('residency.image.error.too-big', { name: f.name, mb: (f.bytes / MB).toLocaleString(i18n.language, { maximumFractionDigits: 1 }), max: MAX_SOURCE_BYTES / MB });
  }
  return i18n.t(`residency.image.error.${f.code}`, { name: f.name });
}

/** Last preparation time, for the benchmark and the e2e report (ms from files to cards). */
export const imageTimings = { lastMs: 0 };

/**
 * Where pictures go: `at` a point (dropped there, in the frame there if any: the user chose it), or
 * on free space `near` a point (pasted, or picked with the button: no frame joined by surprise).
 */
export type ImagePlace = { at: { x: number; y: number } } | { near: { x: number; y: number } };

/**
 * Puts dropped or pasted pictures on the board (see `ImagePlace`): every file is checked and
 * prepared first, and only when all of them are good do they go on the board, in one undo step.
 * Any bad file refuses the whole drop with a message naming it: nothing half-added.
 */
export async function importImages(
  editor: Editor,
  files: readonly File[],
  place: ImagePlace,
  /** A pasted picture is called "image.png" by the browser: no use as a description. */
  altFromName = true,
): Promise<string[]> {
  if (files.length === 0) return [];
  if (files.length > MAX_FILES_AT_ONCE) {
    pushToast('error', i18n.t('residency.image.error.too-many', { count: files.length, max: MAX_FILES_AT_ONCE }));
    return [];
  }
  const started = performance.now();
  const images: NewImage[] = [];
  // Big photos take a second or two each: say so, unless it is over before anyone notices.
  let working: number | null = null;
  const slow = setTimeout(() => (working = pushToast('info', i18n.t('residency.image.preparing', { count: files.length }))), 400);
  try {
    // One at a time: a few full-size photos decoded at once would take hundreds of MB.
    for (const file of files) {
      const name = file.name || 'image';
      const prepared = await prepareImage(file, name);
      if (!prepared.ok) {
        pushToast('error', failureMessage(prepared.failure));
        return [];
      }
      images.push({ asset: prepared.asset, alt: altFromName && file.name ? altFromFileName(file.name) : '' });
    }
  } finally {
    clearTimeout(slow);
    if (working !== null) dismissToast(working);
  }
  // Free space is looked for once the pictures are ready: the board may have changed meanwhile.
  const spot = 'near' in place ? editor.freeSpot(imageGridSize(images.length), place.near) : null;
  const centre = spot ? center(spot) : 'at' in place ? place.at : place.near;
  const ids = editor.command(() => addImages(editor.doc, images, centre));
  if (spot) editor.reveal(spot);
  imageTimings.lastMs = performance.now() - started;
  editor.select(ids);
  pushToast('info', i18n.t('residency.image.added', { count: ids.length }));
  return ids;
}

/** The files a drop or a paste carries (empty when it carries none). */
export function filesOf(data: DataTransfer | null): File[] {
  if (!data) return [];
  return Array.from(data.files);
}
