import { useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCAL_ORIGIN, readItems } from '@shared/board/doc';
import type { FrameRecord } from '@shared/board/records';
import { describeExport } from '@shared/export/describe';
import type { ExportLang } from '@shared/export/messages';
import { projectLang } from '@shared/export/project-lang';
import { PROJECT_LANGS, writeProjectLang } from '@shared/records/meta';
import { itemsInRegion, type PictureRegion } from '@shared/export-pictures/layout';
import type { Orientation, PageSize } from '@shared/export-pictures/pdf';
import { MIN_TEXT_PT } from '@shared/export-pictures/pdf-pages';
import { ExportCancelled } from '@shared/export-pictures/progress';
import type { ExportApi } from '@shared/host-api/contract';
import { useEscapeLayer } from '../../actions/escape-layers';
import { useReturnFocus } from '../keyboard/focus';
import type { Editor } from '../../canvas/editor';
import { errorText, formatBytes } from '../../app/format';
import { mayBeAbsolutePath } from '../project/typed-path';
import { buildExport, modelFor, NothingToExport, type ExportChoice } from './build-export';
import { availableDataFormats } from './data-formats';
import { fileNameFor } from './download';
import { FORMAT_FILE, isPictureFormat, PICTURE_FORMATS, type ExportFormat } from './formats';
import { ImportCanvas } from './ImportCanvas';
import { ImportQdpx } from './ImportQdpx';
import { exportErrorCode, saveBlob, type Destination, type SaveOutcome } from './save-export';

/** How this window saves: the desktop app's native dialog, a path on the host machine typed in the page, or a download only. */
export type SaveMode = 'native' | 'host' | 'download';

interface Props {
  editor: Editor;
  api: ExportApi | null;
  mode: SaveMode;
  onClose(): void;
}

type Message = { kind: 'ok' | 'error' | 'info'; text: string };

const DEFAULT_LICENCE = 'CC BY-SA 4.0';

/**
 * The export dialog: what, which format, its options, "anonymised" (on each time it opens), a
 * live line of what will be included, then where it goes. Long work shows progress and can be
 * cancelled; the board stays usable behind (work is cut in chunks that yield to the page).
 */
export function ExportDialog({ editor, api, mode, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const uiLang: ExportLang = i18n.language === 'fr' ? 'fr' : 'en';
  const doc = editor.doc;
  // Exports speak the project's language, not the interface's; another one is a choice for this export only.
  const [projectLanguage, setProjectLanguage] = useState<ExportLang>(() => projectLang(doc));
  const [lang, setLang] = useState<ExportLang>(projectLanguage);
  const selection = useMemo(() => [...editor.selection], [editor]);
  const frames = useMemo(() => readItems(doc).filter((i): i is FrameRecord => i.kind === 'frame'), [doc]);

  const [format, setFormat] = useState<ExportFormat>('png');
  const [regionKey, setRegionKey] = useState(selection.length > 0 ? 'selection' : 'board');
  const [pdfFrames, setPdfFrames] = useState<ReadonlySet<string>>(new Set());
  const [pdfByFrame, setPdfByFrame] = useState(false);
  const [scale, setScale] = useState<1 | 2 | 3>(2);
  const [background, setBackground] = useState(true);
  const [margin, setMargin] = useState(40);
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [title, setTitle] = useState(() => editor.title());
  const [date, setDate] = useState(() => today(lang));
  const [dateTyped, setDateTyped] = useState(false);
  const [credits, setCredits] = useState('');
  const [licence, setLicence] = useState(DEFAULT_LICENCE);
  // On every time the dialog opens (it is mounted afresh): turning it off is a choice made per export.
  const [anonymised, setAnonymised] = useState(true);
  const [path, setPath] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const abort = useRef<AbortController | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  // Closed, it gives the focus back to where it was (a card, the toolbar's button).
  useReturnFocus();

  const dataFormats = availableDataFormats(mode !== 'download' && api !== null);
  const picture = isPictureFormat(format);
  const region: PictureRegion =
    regionKey === 'selection' ? { kind: 'selection', ids: selection } : regionKey.startsWith('frame:') ? { kind: 'frame', id: regionKey.slice(6) } : { kind: 'board' };
  const meta = { title, date, credits, licence };
  const choice: ExportChoice = {
    format,
    anonymised,
    lang,
    region,
    pdfFrames: pdfByFrame ? frames.filter((f) => pdfFrames.has(f.id)).map((f) => f.id) : [],
    scale,
    background,
    margin,
    pageSize,
    orientation,
    meta,
  };

  const model = useMemo(() => modelFor(doc, { anonymised, lang, meta: {} }), [doc, anonymised, lang]);
  // The dialog's own lines are in the interface's language, whatever the export speaks.
  const summary = useMemo(() => describeExport(model, { lang: uiLang }), [model, uiLang]);
  const drawn = picture ? (format === 'pdf' && !pdfByFrame ? model.items : itemsInRegion(model, region)).length : 0;

  const chooseLang = (next: ExportLang): void => {
    setLang(next);
    // The header's date is in the export's language too, unless someone typed their own.
    if (!dateTyped) setDate(today(next));
  };
  const makeProjectLang = (): void => {
    // One undoable edit, seen by every peer: from now on the project's exports speak it.
    doc.transact(() => writeProjectLang(doc, lang), LOCAL_ORIGIN);
    setProjectLanguage(lang);
  };

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('select, input, button')?.focus();
    return () => abort.current?.abort();
  }, []);

  // Esc wherever focus is (a button disabled while working drops it): cancels the work, else closes.
  useEscapeLayer(
    () => true,
    () => {
      if (abort.current) abort.current.abort();
      else onClose();
    },
  );

  const onKeyDown = (e: ReactKeyboardEvent): void => {
    // Escape goes on to the window's key dispatcher, which gives it to this dialog's escape layer.
    if (e.key === 'Escape') return;
    // Focus stays in the dialog: Tab from the last control goes back to the first.
    if (e.key === 'Tab' && ref.current) {
      const focusable = [...ref.current.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
        (el) => !(el as HTMLButtonElement).disabled && el.offsetParent !== null,
      );
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) return;
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
    // Keys typed here never reach the board's shortcuts.
    e.stopPropagation();
  };

  async function run(destination: Destination): Promise<void> {
    const controller = new AbortController();
    abort.current = controller;
    setProgress(0);
    setMessage(null);
    const { extension, suffix } = FORMAT_FILE[format];
    const name = fileNameFor(title || editor.title(), suffix, extension);
    try {
      let outcome: SaveOutcome;
      let notice: string | null = null;
      if (format === 'archive') {
        if (destination.kind === 'download') throw new Error(t('exportUi.noArchive'));
        const target = destination.kind === 'native' ? await destination.api.pickExportPath({ suggestedName: name, extension }) : destination.path.trim();
        outcome = target
          ? { kind: 'saved', written: await destination.api.exportArchive({ path: target, anonymised, lang, overwrite: destination.kind === 'native' || destination.overwrite }) }
          : { kind: 'cancelled' };
      } else {
        const built = await buildExport(doc, choice, { signal: controller.signal, onProgress: (done, total) => setProgress(total ? done / total : 0) });
        controller.signal.throwIfAborted();
        if (built.pdf?.spread) {
          const { pages, smallestPt } = built.pdf;
          // Past the page budget the text gets smaller than 7 pt: said, with the way out.
          notice =
            smallestPt !== null && smallestPt < MIN_TEXT_PT - 1e-6
              ? t('exportUi.pdfSpreadSmall', { count: pages, size: smallestPt.toFixed(1) })
              : t('exportUi.pdfSpread', { count: pages });
        }
        if (built.png?.reduced) {
          notice = t('exportUi.scaleReduced', { asked: built.png.asked, used: built.png.scale, width: built.png.width, height: built.png.height });
        }
        outcome = await saveBlob(built.blob, name, extension, destination);
      }
      if (outcome.kind === 'saved') setMessage({ kind: 'ok', text: [notice, t('exportUi.saved', { path: outcome.written.path, size: formatBytes(outcome.written.bytes, uiLang) })].filter(Boolean).join(' ') });
      else if (outcome.kind === 'downloaded') setMessage({ kind: 'ok', text: [notice, t('exportUi.downloaded', { name: outcome.name, size: formatBytes(outcome.bytes, uiLang) })].filter(Boolean).join(' ') });
      else setMessage({ kind: 'info', text: t('exportUi.cancelled') });
    } catch (e) {
      if (e instanceof ExportCancelled || (e instanceof DOMException && e.name === 'AbortError') || controller.signal.aborted) {
        setMessage({ kind: 'info', text: t('exportUi.cancelled') });
      } else if (e instanceof NothingToExport) {
        setMessage({ kind: 'error', text: t('exportUi.nothing') });
      } else {
        const code = exportErrorCode(e);
        const reason = code ? t(`exportUi.errors.${code}`) : errorText(e);
        setMessage({ kind: 'error', text: t('exportUi.failed', { reason }) });
      }
    } finally {
      abort.current = null;
      setProgress(null);
      // The button pressed was disabled while working: focus comes back into the dialog.
      requestAnimationFrame(() => {
        if (ref.current && !ref.current.contains(document.activeElement)) ref.current.focus();
      });
    }
  }

  const busy = progress !== null;
  const field = (label: string, control: ReactNode): ReactNode => (
    <label>
      {label}
      {control}
    </label>
  );

  return (
    <div className="export-backdrop" data-testid="export-backdrop">
      <div className="export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" data-testid="export-dialog" ref={ref} tabIndex={-1} onKeyDown={onKeyDown}>
        <div className="panel-head">
          <h2 id="export-title">{t('exportUi.title')}</h2>
          <button type="button" className="close-button" data-testid="export-close" aria-label={t('exportUi.close')} title={t('exportUi.close')} onClick={onClose} disabled={busy}>
            ×
          </button>
        </div>

        <fieldset className="panel-section" disabled={busy}>
          {field(
            t('exportUi.format'),
            <select data-testid="export-format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
              {PICTURE_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`exportUi.formats.${f}`)}
                </option>
              ))}
              {dataFormats.map((f) => (
                <option key={f} value={f}>
                  {t(`exportUi.formats.${f}`)}
                </option>
              ))}
            </select>,
          )}

          <div className="export-row">
            {field(
              t('exportUi.lang'),
              <select data-testid="export-lang" value={lang} onChange={(e) => chooseLang(e.target.value as ExportLang)}>
                {PROJECT_LANGS.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {t(`exportUi.langNames.${l}`)}
                  </option>
                ))}
              </select>,
            )}
          </div>
          <p className="muted export-lang-hint" data-testid="export-lang-hint">
            {lang === projectLanguage ? t('exportUi.langIsProject') : t('exportUi.langOnce', { project: t(`exportUi.langInline.${projectLanguage}`) })}
            {lang !== projectLanguage && api !== null && (
              <>
                {' '}
                <button type="button" className="link-button" data-testid="export-lang-make-project" onClick={makeProjectLang}>
                  {t('exportUi.langMakeProject')}
                </button>
              </>
            )}
          </p>

          {picture && format !== 'pdf' &&
            field(
              t('exportUi.what'),
              <select data-testid="export-region" value={regionKey} onChange={(e) => setRegionKey(e.target.value)}>
                <option value="board">{t('exportUi.region.board')}</option>
                {selection.length > 0 && <option value="selection">{t('exportUi.region.selection', { count: selection.length })}</option>}
                {frames.map((f) => (
                  <option key={f.id} value={`frame:${f.id}`}>
                    {t('exportUi.region.frame', { title: f.title || t('exportUi.untitledFrame') })}
                  </option>
                ))}
              </select>,
            )}

          {format === 'pdf' && (
            <>
              {field(
                t('exportUi.what'),
                <select data-testid="export-pdf-what" value={pdfByFrame ? 'frames' : 'board'} onChange={(e) => setPdfByFrame(e.target.value === 'frames')}>
                  <option value="board">{t('exportUi.region.board')}</option>
                  {frames.length > 0 && <option value="frames">{t('exportUi.region.frames')}</option>}
                </select>,
              )}
              {pdfByFrame && (
                <div className="export-frames" role="group" aria-label={t('exportUi.chooseFrames')}>
                  {frames.map((f) => (
                    <label key={f.id} className="check">
                      <input
                        type="checkbox"
                        data-testid={`export-pdf-frame-${f.id}`}
                        checked={pdfFrames.has(f.id)}
                        onChange={(e) => {
                          const next = new Set(pdfFrames);
                          if (e.target.checked) next.add(f.id);
                          else next.delete(f.id);
                          setPdfFrames(next);
                        }}
                      />
                      {f.title || t('exportUi.untitledFrame')}
                    </label>
                  ))}
                </div>
              )}
              <p className="muted" data-testid="export-pdf-pages">
                {t('exportUi.pdfPages')}
              </p>
              <div className="export-row">
                {field(
                  t('exportUi.pageSize'),
                  <select data-testid="export-page-size" value={pageSize} onChange={(e) => setPageSize(e.target.value as PageSize)}>
                    <option value="A4">A4</option>
                    <option value="A3">A3</option>
                    <option value="A2">A2</option>
                  </select>,
                )}
                {field(
                  t('exportUi.orientation'),
                  <select data-testid="export-orientation" value={orientation} onChange={(e) => setOrientation(e.target.value as Orientation)}>
                    <option value="landscape">{t('exportUi.orientations.landscape')}</option>
                    <option value="portrait">{t('exportUi.orientations.portrait')}</option>
                  </select>,
                )}
              </div>
              <div className="export-row">
                {field(t('exportUi.docTitle'), <input data-testid="export-title" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />)}
                {field(
                  t('exportUi.date'),
                  <input
                    data-testid="export-date"
                    value={date}
                    maxLength={100}
                    onChange={(e) => {
                      setDate(e.target.value);
                      setDateTyped(true);
                    }}
                  />,
                )}
              </div>
              <div className="export-row">
                {field(t('exportUi.credits'), <input data-testid="export-credits" value={credits} maxLength={300} onChange={(e) => setCredits(e.target.value)} />)}
                {field(t('exportUi.licence'), <input data-testid="export-licence" value={licence} maxLength={200} onChange={(e) => setLicence(e.target.value)} />)}
              </div>
            </>
          )}

          {picture && (
            <div className="export-row">
              {format === 'png' &&
                field(
                  t('exportUi.scale'),
                  <select data-testid="export-scale" value={scale} onChange={(e) => setScale(Number(e.target.value) as 1 | 2 | 3)}>
                    {([1, 2, 3] as const).map((s) => (
                      <option key={s} value={s}>
                        {t(`exportUi.scales.${s}`)}
                      </option>
                    ))}
                  </select>,
                )}
              {field(
                t('exportUi.margin'),
                <input data-testid="export-margin" type="number" min={0} max={2000} step={10} value={margin} onChange={(e) => setMargin(Math.max(0, Math.min(2000, Number(e.target.value) || 0)))} />,
              )}
              <label className="check">
                <input type="checkbox" data-testid="export-background" checked={background} onChange={(e) => setBackground(e.target.checked)} />
                {t('exportUi.background')}
              </label>
            </div>
          )}

          <label className="check export-anonymised">
            <input type="checkbox" data-testid="export-anonymised" checked={anonymised} onChange={(e) => setAnonymised(e.target.checked)} />
            <strong>{t('exportUi.anonymised')}</strong>
          </label>
          <p className="muted">{t('exportUi.anonymisedHint')}</p>
          {!anonymised && (
            <p className="form-error" role="alert" data-testid="export-not-anonymised">
              {t('exportUi.notAnonymisedWarning')}
            </p>
          )}
        </fieldset>

        <section className="panel-section" aria-live="polite">
          <h3>{t('exportUi.includes')}</h3>
          <ul className="export-summary" data-testid="export-summary">
            {picture && <li>{drawn === 0 ? t('exportUi.nothing') : t('exportUi.picture', { count: drawn })}</li>}
            {summary.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
            {picture && summary.cardsLeftOut > 0 && <li>{t('exportUi.cardsLeftOut', { count: summary.cardsLeftOut })}</li>}
          </ul>
        </section>

        <section className="panel-section">
          {mode === 'host' && api && (
            <>
              {field(
                t('exportUi.path'),
                <input data-testid="export-path" value={path} placeholder={t('exportUi.pathPlaceholder')} spellCheck={false} onChange={(e) => setPath(e.target.value)} disabled={busy} />,
              )}
              <label className="check">
                <input type="checkbox" data-testid="export-overwrite" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} disabled={busy} />
                {t('exportUi.overwrite')}
              </label>
            </>
          )}
          <div className="export-actions">
            {mode === 'native' && api && (
              <button type="button" className="primary" data-testid="export-native" disabled={busy} onClick={() => void run({ kind: 'native', api })}>
                {t('exportUi.exportTo')}
              </button>
            )}
            {mode === 'host' && api && (
              <button
                type="button"
                className="primary"
                data-testid="export-save"
                disabled={busy || path.trim() === ''}
                onClick={() => {
                  // A relative path would name a file in the HOST's current folder: said here, before anything is built or sent.
                  if (mayBeAbsolutePath(path.trim())) void run({ kind: 'path', api, path, overwrite });
                  else setMessage({ kind: 'error', text: t('project.pathNotAbsolute') });
                }}
              >
                {t('exportUi.saveOnHost')}
              </button>
            )}
            {mode !== 'native' && format !== 'archive' && (
              <button type="button" data-testid="export-download" disabled={busy} onClick={() => void run({ kind: 'download' })}>
                {t('exportUi.download')}
              </button>
            )}
          </div>
          {busy && (
            <div className="export-progress" data-testid="export-working">
              <progress data-testid="export-progress" max={1} value={progress ?? 0} aria-label={t('exportUi.working')} />
              <span>{t('exportUi.progress', { percent: Math.round((progress ?? 0) * 100) })}</span>
              <button type="button" data-testid="export-cancel" onClick={() => abort.current?.abort()}>
                {t('exportUi.cancel')}
              </button>
            </div>
          )}
          {message && (
            <p className={message.kind === 'error' ? 'form-error' : 'export-ok'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="export-message" data-kind={message.kind}>
              {message.text}
            </p>
          )}
        </section>

        <ImportCanvas editor={editor} disabled={busy} />
        {/* Interviews are research material: brought in by a facilitator, never from a participant's browser. */}
        {api && <ImportQdpx editor={editor} disabled={busy} />}
      </div>
    </div>
  );
}

/** Today, written out in the export's language: the header's default date. */
const today = (lang: ExportLang): string => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
