import i18n from 'i18next';
import type * as Y from 'yjs';
import { readMeta } from '@shared/board/doc';
import { loadIdentity } from '../features/room/room-identity';
import { pushToast } from '../app/toast-store';
import { keepHistory } from './undo-keep';

/**
 * Keeps this manager's history in this browser, per person and per board, so that reloading the
 * page (or rejoining a room after closing the tab) still undoes my last steps. The board is told
 * apart by its creation stamp; a history that does not fit the board simply yields no step.
 */
export function keepMyHistory(undo: Y.UndoManager): void {
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    return; // No storage (privacy settings): the history lives as long as the page.
  }
  const key = `tablee.undo.${loadIdentity().id}.${readMeta(undo.doc).createdAt}`;
  const kept = keepHistory(undo, storage, key, (save) => {
    window.addEventListener('pagehide', save);
    return () => window.removeEventListener('pagehide', save);
  });
  if (kept.lost > 0) pushToast('info', i18n.t('people.undoLost', { count: kept.lost }));
  const destroy = undo.destroy.bind(undo);
  undo.destroy = () => {
    kept.stop();
    destroy();
  };
}
