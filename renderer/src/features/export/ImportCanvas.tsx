import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { center } from '@shared/board/geometry';
import { parseJsonCanvas, MAX_CANVAS_BYTES } from '@shared/export/json-canvas-import';
import type { Editor } from '../../canvas/editor';

/**
 * "Import a JSON Canvas file…": its cards join the board on free space near the centre of the view
 * (joining none of its frames), all in one undo step (the editor's insert is one command),
 * selected so they can be moved at once.
 */
export function ImportCanvas({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  async function onFile(file: File): Promise<void> {
    setMessage(null);
    if (file.size > MAX_CANVAS_BYTES) {
      setMessage({ kind: 'error', text: t('exportUi.importFailed', { reason: t('exportUi.importErrors.too-large') }) });
      return;
    }
    const result = parseJsonCanvas(await file.text());
    if (!result.ok) {
      setMessage({ kind: 'error', text: t('exportUi.importFailed', { reason: `${t(`exportUi.importErrors.${result.error.code}`)} (${result.error.detail})` }) });
      return;
    }
    const { items } = result;
    const x0 = Math.min(...items.map((i) => i.x));
    const y0 = Math.min(...items.map((i) => i.y));
    const x1 = Math.max(...items.map((i) => i.x + i.w));
    const y1 = Math.max(...items.map((i) => i.y + i.h));
    const spot = editor.freeSpot({ w: x1 - x0, h: y1 - y0 }, center(editor.viewport()));
    const dx = Math.round(spot.x - x0);
    const dy = Math.round(spot.y - y0);
    const created = editor.insertRecords(items, dx, dy);
    if (created.length > 0) editor.reveal(spot);
    const warnings = result.warnings.map((w) => t(`exportUi.importWarning.${w.code}`, { count: w.count })).join(' · ');
    setMessage({
      kind: 'ok',
      text: [t('exportUi.imported', { count: created.length }), warnings ? t('exportUi.importWarnings', { warnings }) : ''].filter(Boolean).join(' '),
    });
  }

  return (
    <section className="panel-section">
      <label>
        {t('exportUi.import')}
        <input
          ref={input}
          type="file"
          accept=".canvas,application/json,.json"
          data-testid="export-import-file"
          disabled={disabled}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void onFile(file).finally(() => input.current && (input.current.value = ''));
          }}
        />
      </label>
      <p className="muted">{t('exportUi.importHint')}</p>
      {message && (
        <p className={message.kind === 'error' ? 'form-error' : 'export-ok'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="export-import-message" data-kind={message.kind}>
          {message.text}
        </p>
      )}
    </section>
  );
}
