import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { ExportApi } from '@shared/host-api/contract';
import { changedInVersion, diffVersion, isUnchanged } from '@shared/versions/diff';
import { bringBack, deletedSince, restoreVersion, type BringBackKind } from '@shared/versions/restore';
import { useBoardActions } from '../actions/use-actions';
import { openExportDialog } from '../features/export/export-open';
import { readOnlyUndo } from '../features/versions/read-only';
import type { OpenedVersion } from '../features/versions/version-api';
import { cardLabel, interviewLabel, quoteLabel } from '../features/versions/version-words';
import { BoardScreen, useBoardEditor } from './BoardScreen';
import { formatDateTime } from './format';
import { pushToast } from './toast-store';

interface Props {
  version: OpenedVersion;
  /** The live board and its undo manager: restores are my edits there. */
  live: Y.Doc;
  liveUndo: Y.UndoManager;
  exportApi: ExportApi | null;
  onBack(): void;
}

/** Lines shown per list: a summary, not an inventory (the counts say how many in all). */
const LINES_SHOWN = 30;

/**
 * A version's board instead of the live one, read-only, with what changed since (the cards gone,
 * moved or reworded highlighted), and the ways to bring it back: the whole board, the selected
 * cards and themes, or one deleted card, interview or quote. Its export button exports the version.
 */
export function VersionScreen({ version, live, liveUndo, exportApi, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const [undo] = useState(() => readOnlyUndo(version.doc));
  useEffect(() => () => undo.destroy(), [undo]);
  const editor = useBoardEditor(version.doc, undo);
  const actions = useBoardActions(editor);
  // Recomputed after each restore here (the live board changed under us).
  const [round, setRound] = useState(0);
  const { diff, deleted } = useMemo(() => {
    void round;
    return { diff: diffVersion(version.doc, live), deleted: deletedSince(version.doc, live) };
  }, [version.doc, live, round]);
  const [selected, setSelected] = useState(0);

  useEffect(() => {
    editor.highlight.set(changedInVersion(diff), null);
  }, [editor, diff]);
  useEffect(() => {
    const update = (): void => setSelected(editor.selection.size);
    return editor.subscribe(update);
  }, [editor]);

  /** One restore, one undo step of mine on the live board (never merged with the edit before or after). */
  const asOneStep = (run: () => void, done: string): void => {
    liveUndo.stopCapturing();
    run();
    liveUndo.stopCapturing();
    pushToast('info', done);
    setRound((r) => r + 1);
  };
  const restoreAll = (): void => asOneStep(() => restoreVersion(live, version.doc), t('versions.restored'));
  const restoreSelection = (): void => asOneStep(() => restoreVersion(live, version.doc, [...editor.selection]), t('versions.restored'));
  const back = (kind: BringBackKind, id: string): void => asOneStep(() => bringBack(live, version.doc, [{ kind, id }]), t('versions.broughtBack'));

  const theme = (id: string | null): string => (id === null ? t('versions.noTheme') : (diff.themeTitles[id] ?? id) || id);
  type CountKey = 'added' | 'removed' | 'moved' | 'textChanged' | 'interviewsAdded' | 'interviewsRemoved' | 'quotesAdded' | 'quotesRemoved';
  const counts: [CountKey, number][] = [
    ['added', diff.added.length],
    ['removed', diff.removed.length],
    ['moved', diff.moved.length],
    ['textChanged', diff.textChanged.length],
    ['interviewsAdded', diff.interviews.added.length],
    ['interviewsRemoved', diff.interviews.removed.length],
    ['quotesAdded', diff.quotes.added.length],
    ['quotesRemoved', diff.quotes.removed.length],
  ];
  const deletedRows: { kind: BringBackKind; id: string; text: string }[] = [
    ...deleted.items.map((id) => ({ kind: 'item' as const, id, text: t('versions.deletedCard', { text: cardLabel(version.doc, id) }) })),
    ...deleted.interviews.map((id) => ({ kind: 'interview' as const, id, text: t('versions.deletedInterview', { who: interviewLabel(version.doc, id) }) })),
    ...deleted.quotes.map((id) => ({ kind: 'quote' as const, id, text: t('versions.deletedQuote', { text: quoteLabel(version.doc, id) }) })),
  ];
  const title = t('versions.readOnly', { name: version.info.name, date: formatDateTime(version.info.at, i18n.language) });

  return (
    <BoardScreen
      editor={editor}
      actions={actions}
      title={title}
      connection={null}
      exportApi={exportApi}
      headerActions={
        <button type="button" className="project-button" data-testid="version-back" onClick={onBack}>
          {t('versions.back')}
        </button>
      }
    >
      <div className="project-panel version-summary" data-testid="version-summary" role="region" aria-label={t('versions.summaryTitle')}>
        <div className="panel-head">
          <h2>{t('versions.summaryTitle')}</h2>
        </div>
        <section className="panel-section">
          {isUnchanged(diff) ? (
            <p data-testid="version-unchanged">{t('versions.unchanged')}</p>
          ) : (
            <>
              <ul data-testid="version-counts">
                {counts
                  .filter(([, n]) => n > 0)
                  .map(([key, n]) => (
                    <li key={key} data-count={key}>
                      {t(`versions.${key}`, { count: n })}
                    </li>
                  ))}
              </ul>
              <ul data-testid="version-moves">
                {diff.moved.slice(0, LINES_SHOWN).map((m) => (
                  <li key={m.id}>{t('versions.movedLine', { card: cardLabel(version.doc, m.id), from: theme(m.from), to: theme(m.to), interpolation: { escapeValue: false } })}</li>
                ))}
              </ul>
              <p className="hint">{t('versions.highlightHint')}</p>
            </>
          )}
        </section>
        <section className="panel-section">
          <button type="button" data-testid="version-restore-all" onClick={restoreAll}>
            {t('versions.restoreAll')}
          </button>
          <button type="button" data-testid="version-restore-selection" disabled={selected === 0} title={t('versions.restoreSelectionHint')} onClick={restoreSelection}>
            {t('versions.restoreSelection')}
          </button>
          <button type="button" data-testid="version-export" onClick={openExportDialog}>
            {t('versions.exportVersion')}
          </button>
        </section>
        {deletedRows.length > 0 && (
          <section className="panel-section">
            <h3>{t('versions.deletedTitle')}</h3>
            <ul data-testid="version-deleted">
              {deletedRows.slice(0, LINES_SHOWN).map((row) => (
                <li key={`${row.kind}:${row.id}`} data-kind={row.kind} data-id={row.id}>
                  {row.text}{' '}
                  <button type="button" data-testid="version-bring-back" onClick={() => back(row.kind, row.id)}>
                    {t('versions.bringBack')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </BoardScreen>
  );
}
