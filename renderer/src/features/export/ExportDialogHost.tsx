import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportApi } from '@shared/host-api/contract';
import type { Editor } from '../../canvas/editor';
import type { SaveMode } from './ExportDialog';
import { useActions, useActionText } from '../../actions/use-actions';
import { closeExportDialog, useExportDialogOpen } from './export-open';

// The dialog brings the PDF writer and every export format: loaded the first time it opens, so
// opening a board does not parse it.
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

/**
 * The Export button in the board's corner and the dialog it opens (also from the menu and
 * Ctrl/Cmd+Shift+E). Without an ExportApi (a participant's browser) exports are downloads.
 */
export function ExportDialogHost({ editor, api }: { editor: Editor; api: ExportApi | null }) {
  const { t } = useTranslation();
  const actions = useActions();
  const shortcut = useActionText().shortcut('export') ?? '';
  const open = useExportDialogOpen();
  // The desktop preload has a native save dialog; a browser on the host machine types a path.
  const mode: SaveMode = api === null ? 'download' : window.tableeHost ? 'native' : 'host';
  return (
    <>
      <button
        type="button"
        className="export-open-button"
        data-testid="export-button"
        title={t('actions.withShortcut', { label: t('exportUi.buttonHint'), shortcut })}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => actions.run('export')}
      >
        {t('exportUi.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog editor={editor} api={api} mode={mode} onClose={closeExportDialog} />
        </Suspense>
      )}
    </>
  );
}

/** The export methods of a bridge, when it carries them. */
export function exportApiOf(bridge: Partial<ExportApi>): ExportApi | null {
  const { writeExport, exportArchive, pickExportPath } = bridge;
  return writeExport && exportArchive && pickExportPath ? { writeExport, exportArchive, pickExportPath } : null;
}
