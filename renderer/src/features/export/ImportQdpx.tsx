import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCAL_ORIGIN, readItems } from '@shared/board/doc';
import { applyRefiImport } from '@shared/export/refi-qda/refi-apply';
import { MAX_QDPX_BYTES, readQdpx } from '@shared/export/refi-qda/refi-import';
import type { Editor } from '../../canvas/editor';

/**
 * "Import a REFI-QDA project (.qdpx)…": its sources become interviews, its selections quotes
 * whose cards land in a new "Imported" frame below the board (one undo step), its codes tags.
 * A file with any unreadable part is refused whole, with the line of each problem.
 */
export function ImportQdpx({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; lines: string[] } | null>(null);

  async function onFile(file: File): Promise<void> {
    setMessage(null);
    if (file.size > MAX_QDPX_BYTES) {
      setMessage({ kind: 'error', lines: [t('exportUi.qdpx.failed'), t('exportUi.qdpx.problems.too-large', { detail: `${file.size}` })] });
      return;
    }
    const result = readQdpx(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      const lines = result.problems.slice(0, 20).map((p) => {
        const what = t(`exportUi.qdpx.problems.${p.code}`, { detail: p.detail });
        return p.line === null ? what : t('exportUi.qdpx.atLine', { line: p.line, what });
      });
      if (result.problems.length > 20) lines.push(t('exportUi.qdpx.more', { count: result.problems.length - 20 }));
      setMessage({ kind: 'error', lines: [t('exportUi.qdpx.failed'), ...lines] });
      return;
    }
    const applied = applyRefiImport(editor.doc, result.project, { origin: LOCAL_ORIGIN, title: t('exportUi.qdpx.frameTitle') });
    const frame = readItems(editor.doc).find((i) => i.id === applied.frameId);
    if (frame) editor.reveal(frame);
    const skipped = Object.values(result.project.skipped).reduce((a, b) => a + b, 0);
    setMessage({
      kind: 'ok',
      lines: [t('exportUi.qdpx.imported', { interviews: applied.interviews, quotes: applied.quotes, codes: applied.codes }), skipped > 0 ? t('exportUi.qdpx.skipped', { count: skipped }) : ''].filter(Boolean),
    });
  }

  return (
    <section className="panel-section">
      <label>
        {t('exportUi.qdpx.import')}
        <input
          ref={input}
          type="file"
          accept=".qdpx,application/zip"
          data-testid="export-import-qdpx"
          disabled={disabled}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void onFile(file).finally(() => input.current && (input.current.value = ''));
          }}
        />
      </label>
      <p className="muted">{t('exportUi.qdpx.hint')}</p>
      {message && (
        <div className={message.kind === 'error' ? 'form-error' : 'export-ok'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="export-qdpx-message" data-kind={message.kind}>
          {message.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
    </section>
  );
}
