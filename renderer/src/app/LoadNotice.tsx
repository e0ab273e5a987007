import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadReport } from '@shared/project-file/load';

/** What the load pipeline did to the file (migrations, repairs, warnings), until dismissed. */
export function LoadNotice({ report }: { report: LoadReport }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const [details, setDetails] = useState(false);
  const dropped = report.repairs.filter((r) => r.action === 'dropped').length;
  const fixed = report.repairs.filter((r) => r.action === 'fixed').length;
  const lines: string[] = [];
  if (report.migrations.length > 0) lines.push(t('notice.migrated', { steps: report.migrations.join(', ') }));
  if (dropped > 0) lines.push(t('notice.dropped', { count: dropped }));
  if (fixed > 0) lines.push(t('notice.fixed', { count: fixed }));
  for (const w of report.warnings) lines.push(t(`notice.${w}`));
  if (!open || lines.length === 0) return null;
  return (
    <div className="load-notice" data-testid="load-notice" role="status">
      <div className="load-notice-head">
        <strong>{t('notice.title')}</strong>
        <button type="button" data-testid="load-notice-dismiss" onClick={() => setOpen(false)}>
          {t('notice.dismiss')}
        </button>
      </div>
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {report.repairs.length > 0 && (
        <>
          <button type="button" className="link-button" aria-expanded={details} onClick={() => setDetails(!details)}>
            {t('notice.details')}
          </button>
          {details && (
            <ul className="load-notice-details">
              {report.repairs.slice(0, 200).map((r, i) => (
                <li key={`${r.id}:${i}`}>{t('notice.issue', { id: r.id, reason: r.reason })}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
