import type { ExportApi } from '@shared/host-api/contract';
import type { Editor } from '../canvas/editor';
import { ExportDialog, type SaveMode } from './ExportDialog';
import { closeExportDialog, useExportDialogOpen, useExportShortcut } from './export-open';

/**
 * Mounts the export dialog over a board when asked (toolbar, menu, Ctrl/Cmd+Shift+E). Without an
 * ExportApi (a participant's browser) exports are downloads.
 */
export function ExportDialogHost({ editor, api }: { editor: Editor; api: ExportApi | null }) {
  useExportShortcut();
  const open = useExportDialogOpen();
  if (!open) return null;
  // The desktop preload has a native save dialog; a browser on the host machine types a path.
  const mode: SaveMode = api === null ? 'download' : window.tableeHost ? 'native' : 'host';
  return <ExportDialog editor={editor} api={api} mode={mode} onClose={closeExportDialog} />;
}

/** The export methods of a bridge, when it carries them. */
export function exportApiOf(bridge: Partial<ExportApi>): ExportApi | null {
  const { writeExport, exportArchive, pickExportPath } = bridge;
  return writeExport && exportArchive && pickExportPath ? { writeExport, exportArchive, pickExportPath } : null;
}
