import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyImport, CSV_FIELDS, guessMapping, MAX_CSV_BYTES, MAX_CSV_ROWS, planImport, readCsv, type CsvField, type CsvMapping, type CsvTable } from '@shared/residency/csv';
import { MAX_QUOTE_LENGTH } from '@shared/residency/records';
import type { Editor } from '../../canvas/editor';
import { pushToast } from '../../app/toast-store';

/**
 * CSV import: pick a file, see the first rows and how columns map to fields (change any), see
 * every rejected row and why; import only when nothing is rejected, in one undo step.
 */
export function ImportPanel({ editor, onDone }: { editor: Editor; onDone(): void }) {
  const { t } = useTranslation();
  const [table, setTable] = useState<CsvTable | null>(null);
  const [mapping, setMapping] = useState<CsvMapping>({});
  const [fileError, setFileError] = useState<string | null>(null);

  const plan = useMemo(() => (table ? planImport(table, mapping) : null), [table, mapping]);

  const onFile = async (file: File | undefined): Promise<void> => {
    setTable(null);
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) return setFileError(t('residency.csv.error.too-big', { max: Math.round(MAX_CSV_BYTES / 1024 / 1024) }));
    const read = readCsv(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return setFileError(t(`residency.csv.error.${read.error}`, { max: MAX_CSV_ROWS, mb: Math.round(MAX_CSV_BYTES / 1024 / 1024) }));
    setTable(read.value);
    setMapping(guessMapping(read.value.header));
  };

  const doImport = (): void => {
    if (!plan?.ok) return;
    const r = editor.command(() => applyImport(editor.doc, plan.value));
    if (!r.ok) return;
    pushToast('info', t('residency.csv.done', r.value));
    onDone();
  };

  return (
    <section className="side-section" data-testid="import-panel" aria-label={t('residency.csv.heading')}>
      <h3>{t('residency.csv.heading')}</h3>
      <p className="muted">{t('residency.csv.hint')}</p>
      <input type="file" accept=".csv,text/csv,text/plain" data-testid="csv-file" aria-label={t('residency.csv.pick')} onChange={(e) => void onFile(e.target.files?.[0])} />
      {fileError && (
        <p className="form-error" role="alert" data-testid="csv-error">
          {fileError}
        </p>
      )}
      {table && (
        <>
          <p className="muted" data-testid="csv-summary">
            {t('residency.csv.summary', { rows: table.rows.length, encoding: table.encoding === 'utf-8' ? 'UTF-8' : 'Latin-1', delimiter: table.delimiter === '\t' ? 'tab' : table.delimiter })}
          </p>
          <div className="form-grid">
            {CSV_FIELDS.map((f: CsvField) => (
              <label key={f}>
                {t(`residency.csv.field.${f}`)}
                <select
                  data-testid={`csv-map-${f}`}
                  value={mapping[f] ?? ''}
                  onChange={(e) => setMapping((m) => {
                    const next = { ...m };
                    if (e.target.value === '') delete next[f];
                    else next[f] = Number(e.target.value);
                    return next;
                  })}
                >
                  <option value="">{t('residency.csv.none')}</option>
                  {table.header.map((h, i) => (
                    <option key={i} value={i}>
                      {h || `#${i + 1}`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <div className="csv-preview">
            <table>
              <thead>
                <tr>
                  {table.header.map((h, i) => (
                    <th key={i}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.slice(0, 5).map((row, r) => (
                  <tr key={r}>
                    {row.map((c, i) => (
                      <td key={i}>{c.length > 60 ? c.slice(0, 60) + '…' : c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {plan && !plan.ok && (
            <p className="form-error" role="alert" data-testid="csv-mapping-error">
              {t(`residency.csv.mapping.${plan.error}`)}
            </p>
          )}
          {plan?.ok && plan.value.rejected.length > 0 && (
            <div role="alert" data-testid="csv-rejected">
              <p className="form-error">{t('residency.csv.rejected', { count: plan.value.rejected.length })}</p>
              <ul className="side-list">
                {plan.value.rejected.slice(0, 200).map((r) => (
                  <li key={r.line}>
                    {t('residency.csv.line', { line: r.line })} — {t(`residency.csv.problem.${r.problem}`, { max: MAX_QUOTE_LENGTH })}
                    {r.value ? ` (« ${r.value} »)` : ''}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {plan?.ok && plan.value.rejected.length === 0 && (
            <button type="button" data-testid="csv-import" onClick={doImport}>
              {t('residency.csv.import', { interviews: plan.value.interviews.length, quotes: plan.value.quotes.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
