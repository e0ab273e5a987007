import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addInterview,
  deleteInterview,
  deleteQuote,
  isUsed,
  quoteFromTranscript,
  quotesOfInterview,
  quoteUsage,
  setTranscript,
  updateInterview,
} from '@shared/residency/commands';
import {
  AGE_BANDS,
  CONSENTS,
  INTERVIEW_KINDS,
  MAX_QUOTE_LENGTH,
  PROFILE_ROLES,
  type InterviewRecord,
} from '@shared/residency/records';
import { placeUnsortedQuote } from '@shared/residency/unsorted';
import type { Editor } from '../../canvas/editor';
import { pushToast } from '../../app/toast-store';
import { formatDay, refusalText } from '../../text/record-format';
import { ImportPanel } from './ImportPanel';
import { QuoteWording } from './QuoteWording';
import { useResidency } from '../../session/residency-store';

type SortKey = 'date' | 'place' | 'pseudonym';

interface Props {
  editor: Editor;
  /** The interview open in the form, or null for the list. */
  openId: string | null;
  onOpen(id: string | null): void;
  onTrace(interviewId: string): void;
  /** The quote whose card was opened: shown and scrolled to, its wording ready to fix. */
  focusQuote?: string | null;
}

/** The interviews: a list to sort and filter, and one interview's form with its transcript and quotes. */
export function InterviewsPanel({ editor, openId, onOpen, onTrace, focusQuote = null }: Props) {
  const { t, i18n } = useTranslation();
  const data = useResidency();
  const [sort, setSort] = useState<SortKey>('date');
  const [filter, setFilter] = useState('');
  const [importing, setImporting] = useState(false);
  const open = openId ? data.interviews.get(openId) : undefined;

  const list = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const rows = [...data.interviews.values()].filter((i) => {
      if (!needle) return true;
      const hay = [i.pseudonym, i.place, i.date, i.notes, t(`residency.role.${i.role}`), t(`residency.kind.${i.kind}`)].join(' ').toLowerCase();
      return hay.includes(needle);
    });
    return rows.sort((a, b) => a[sort].localeCompare(b[sort], i18n.language) || a.id.localeCompare(b.id));
  }, [data.interviews, filter, sort, t, i18n.language]);

  const add = (): void => {
    const id = editor.command(() => addInterview(editor.doc, { date: new Date().toISOString().slice(0, 10) }));
    onOpen(id);
  };

  if (open) return <InterviewForm key={open.id} editor={editor} interview={open} onBack={() => onOpen(null)} onTrace={onTrace} focusQuote={focusQuote} />;
  // A quote typed in without an interview: its wording is fixed here.
  const loose = focusQuote ? data.quotes.get(focusQuote) : undefined;

  return (
    <section className="side-section" data-testid="interviews-panel" aria-label={t('residency.panel.interviews')}>
      <div className="side-row">
        <button type="button" data-testid="add-interview" onClick={add}>
          {t('residency.panel.addInterview')}
        </button>
        <button type="button" data-testid="open-import" aria-expanded={importing} onClick={() => setImporting(!importing)}>
          {t('residency.csv.open')}
        </button>
      </div>
      {importing && <ImportPanel editor={editor} onDone={() => setImporting(false)} />}
      {loose && loose.interviewId === null && (
        <div className="quote-row focused" data-testid="quote-row" data-id={loose.id}>
          <QuoteWording key={loose.id} editor={editor} quote={loose} />
        </div>
      )}
      <div className="side-row">
        <input
          type="search"
          data-testid="interview-filter"
          aria-label={t('residency.panel.filter')}
          placeholder={t('residency.panel.filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <label className="inline">
          {t('residency.panel.sortBy')}{' '}
          <select data-testid="interview-sort" value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {(['date', 'place', 'pseudonym'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`residency.panel.sort.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {data.interviews.size === 0 && <p className="muted">{t('residency.panel.noInterviews')}</p>}
      <ul className="side-list" data-testid="interview-list">
        {list.map((i) => (
          <li key={i.id}>
            <button type="button" className="side-item" data-testid="interview-item" data-id={i.id} onClick={() => onOpen(i.id)}>
              <strong>{i.pseudonym || t('residency.panel.untitled')}</strong>
              <span>
                {t(`residency.role.${i.role}`)} · {i.place} · {formatDay(i.date, i18n.language)}
              </span>
              <span className={`consent consent-${i.consent}`}>{t(`residency.consent.${i.consent}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function InterviewForm({
  editor,
  interview,
  onBack,
  onTrace,
  focusQuote,
}: {
  editor: Editor;
  interview: InterviewRecord;
  onBack(): void;
  onTrace(id: string): void;
  focusQuote: string | null;
}) {
  const { t } = useTranslation();
  const data = useResidency();
  const transcriptRef = useRef<HTMLTextAreaElement>(null);
  const [transcript, setLocalTranscript] = useState(interview.transcript);
  const [confirm, setConfirm] = useState<null | { kind: 'quote'; id: string; cards: number; proposals: number } | { kind: 'interview'; count: number }>(null);
  const doc = editor.doc;
  // Opened from a quote card: bring its row into view, once.
  useEffect(() => {
    if (focusQuote) document.querySelector(`[data-testid="quote-row"][data-id="${CSS.escape(focusQuote)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [focusQuote]);
  const set = (patch: Partial<InterviewRecord>): void => editor.command(() => updateInterview(doc, interview.id, patch));
  const quotes = quotesOfInterview(doc, interview.id)
    .map((id) => data.quotes.get(id))
    .filter((q) => q !== undefined);

  const commitTranscript = (): void => {
    if (transcript !== interview.transcript) editor.command(() => setTranscript(doc, interview.id, transcript));
  };

  const makeQuote = (): void => {
    const el = transcriptRef.current;
    if (!el) return;
    const [start, end] = [el.selectionStart, el.selectionEnd];
    commitTranscript();
    const result = editor.command(() => quoteFromTranscript(doc, interview.id, start, end));
    if (result.ok) pushToast('info', t('residency.panel.quoteMade'));
    else pushToast('error', t(`residency.quoteError.${result.error}`, { max: MAX_QUOTE_LENGTH }));
  };

  // To the "to sort" area (made near the view when the board has none): a theme is joined by a drag, never by this button.
  const place = (quoteId: string): void => {
    const where = { near: editor.placementPoint(), space: editor.space, view: editor.sight(), title: t('residency.unsorted.heading') };
    const result = editor.command(() => placeUnsortedQuote(doc, quoteId, where));
    if (!result.ok) return void pushToast('error', refusalText(result.error, t));
    editor.select([result.value]);
    const card = editor.index.get(result.value);
    if (card) editor.reveal(card);
    pushToast('info', t('residency.unsorted.placed'));
  };

  const askDeleteQuote = (id: string): void => {
    const usage = quoteUsage(doc, id);
    if (!isUsed(usage)) {
      editor.command(() => deleteQuote(doc, id));
      return void pushToast('info', t('residency.panel.quoteDeleted'));
    }
    setConfirm({ kind: 'quote', id, cards: usage.cards.length, proposals: usage.proposals.length });
  };

  const doConfirm = (): void => {
    if (!confirm) return;
    if (confirm.kind === 'quote') {
      editor.command(() => deleteQuote(doc, confirm.id));
      pushToast('info', t('residency.panel.quoteDeleted'));
    } else {
      editor.command(() => deleteInterview(doc, interview.id));
      pushToast('info', t('residency.panel.interviewDeleted'));
      onBack();
    }
    setConfirm(null);
  };

  const field = (name: 'date' | 'place' | 'pseudonym', type = 'text') => (
    <label>
      {t(`residency.panel.${name}`)}
      <input
        type={type}
        data-testid={`interview-${name}`}
        defaultValue={interview[name]}
        maxLength={300}
        onBlur={(e) => e.target.value !== interview[name] && set({ [name]: e.target.value })}
      />
    </label>
  );

  return (
    <section className="side-section" data-testid="interview-form" aria-label={interview.pseudonym || t('residency.panel.untitled')}>
      <div className="side-row">
        <button type="button" data-testid="interview-back" onClick={onBack}>
          ← {t('residency.panel.back')}
        </button>
        <button type="button" data-testid="interview-trace" onClick={() => onTrace(interview.id)}>
          {t('residency.panel.trace')}
        </button>
      </div>
      <div className="form-grid">
        {field('pseudonym')}
        {field('date', 'date')}
        {field('place')}
        <label>
          {t('residency.panel.kind')}
          <select data-testid="interview-kind" value={interview.kind} onChange={(e) => set({ kind: e.target.value as InterviewRecord['kind'] })}>
            {INTERVIEW_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`residency.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('residency.panel.role')}
          <select data-testid="interview-role" value={interview.role} onChange={(e) => set({ role: e.target.value as InterviewRecord['role'] })}>
            {PROFILE_ROLES.map((k) => (
              <option key={k} value={k}>
                {t(`residency.role.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('residency.panel.ageBand')}
          <select data-testid="interview-age" value={interview.ageBand} onChange={(e) => set({ ageBand: e.target.value as InterviewRecord['ageBand'] })}>
            {AGE_BANDS.map((k) => (
              <option key={k} value={k}>
                {k === '' ? t('residency.noAgeBand') : t(`residency.ageBand.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('residency.panel.consent')}
          <select data-testid="interview-consent" value={interview.consent} onChange={(e) => set({ consent: e.target.value as InterviewRecord['consent'] })}>
            {CONSENTS.map((k) => (
              <option key={k} value={k}>
                {t(`residency.consent.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {t('residency.panel.notes')}
        <textarea data-testid="interview-notes" rows={2} defaultValue={interview.notes} onBlur={(e) => e.target.value !== interview.notes && set({ notes: e.target.value })} />
      </label>
      <label>
        {t('residency.panel.transcript')}
        <textarea
          ref={transcriptRef}
          data-testid="transcript"
          rows={8}
          value={transcript}
          onChange={(e) => setLocalTranscript(e.target.value)}
          onBlur={commitTranscript}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              makeQuote();
            }
          }}
        />
      </label>
      <p className="muted">{t('residency.panel.transcriptHint')}</p>
      <button type="button" data-testid="make-quote" onMouseDown={(e) => e.preventDefault()} onClick={makeQuote}>
        {t('residency.panel.makeQuote')}
      </button>
      <h3>{t('residency.panel.quotes')}</h3>
      {quotes.length === 0 && <p className="muted">{t('residency.panel.noQuotes')}</p>}
      <ul className="side-list" data-testid="quote-list">
        {quotes.map((q) => (
          <li
            key={q.id}
            className={q.id === focusQuote ? 'quote-row focused' : 'quote-row'}
            data-testid="quote-row"
            data-id={q.id}
          >
            <QuoteWording key={q.id} editor={editor} quote={q} />
            <div className="side-row">
              <button type="button" data-testid="place-quote" onClick={() => place(q.id)}>
                {t('residency.panel.place_on_board')}
              </button>
              <button type="button" data-testid="delete-quote" onClick={() => askDeleteQuote(q.id)}>
                {t('residency.panel.deleteQuote')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {confirm && (
        <div className="confirm" role="alertdialog" data-testid="confirm">
          <p>
            {confirm.kind === 'quote'
              ? t('residency.panel.confirmDeleteUsed', { cards: confirm.cards, proposals: confirm.proposals })
              : t('residency.panel.confirmDeleteInterview', { count: confirm.count })}
          </p>
          <button type="button" data-testid="confirm-yes" onClick={doConfirm}>
            {t('residency.panel.yesDelete')}
          </button>
          <button type="button" data-testid="confirm-no" autoFocus onClick={() => setConfirm(null)}>
            {t('residency.panel.cancel')}
          </button>
        </div>
      )}
      <div className="side-row danger">
        <button
          type="button"
          data-testid="delete-interview"
          onClick={() => {
            const count = quotes.length;
            if (count === 0) {
              editor.command(() => deleteInterview(doc, interview.id));
              pushToast('info', t('residency.panel.interviewDeleted'));
              onBack();
            } else setConfirm({ kind: 'interview', count });
          }}
        >
          {t('residency.panel.deleteInterview')}
        </button>
      </div>
    </section>
  );
}
