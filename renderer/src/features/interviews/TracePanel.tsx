import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attributionFor, refusalFor } from '@shared/residency/consent';
import { traceBack, traceForward } from '@shared/residency/trace';
import type { Editor } from '../../canvas/editor';
import { attributionLine, formatDay } from '../../text/record-format';
import { useResidency } from '../../session/residency-store';

/** Re-renders when the board or the residency records change. */
function useBoardTick(editor: Editor): number {
  const [tick, setTick] = useState(0);
  useEffect(() => editor.index.subscribe(() => setTick((n) => n + 1)), [editor]);
  return tick;
}

interface Props {
  editor: Editor;
  /** A proposal or experiment id (walk back), or an interview id (walk forward). */
  from: string;
  onOpenInterview(id: string): void;
  onOpenCard(id: string): void;
}

/** Traceability: from a proposal or an experiment back to themes, quotes and interviews; from an interview forward. */
export function TracePanel({ editor, from, onOpenInterview, onOpenCard }: Props) {
  const { t, i18n } = useTranslation();
  useResidency();
  useBoardTick(editor);
  const show = (id: string): void => {
    editor.select([id]);
    editor.zoomToSelection();
  };

  if (from.startsWith('interview:')) {
    const uses = traceForward(editor.doc, from);
    return (
      <section className="side-section" data-testid="trace-panel" aria-label={t('residency.trace.heading')}>
        {uses.length === 0 && <p className="muted">{t('residency.panel.noQuotes')}</p>}
        <ul className="side-list">
          {uses.map((u) => (
            <li key={u.quote.id} className="quote-row" data-testid="trace-use">
              <blockquote>{u.quote.text}</blockquote>
              {u.cards.length === 0 && u.proposals.length === 0 ? (
                <p className="muted">{t('residency.trace.notUsed')}</p>
              ) : (
                <p>
                  {t('residency.trace.usedIn', {
                    themes: u.themes.map((f) => f.title || t('frame.untitled')).join(', ') || '—',
                    proposals: u.proposals.map((p) => p.title || t('residency.untitledProposal')).join(', ') || '—',
                  })}
                </p>
              )}
              <div className="side-row">
                {u.cards.map((c) => (
                  <button key={c} type="button" onClick={() => show(c)}>
                    {t('residency.trace.show')}
                  </button>
                ))}
                {u.proposals.map((p) => (
                  <button key={p.id} type="button" onClick={() => onOpenCard(p.id)}>
                    {p.title || t('residency.untitledProposal')}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  const trace = traceBack(editor.doc, from);
  return (
    <section className="side-section" data-testid="trace-panel" aria-label={t('residency.trace.heading')}>
      {trace.experiment && (
        <>
          <h3>{t('residency.trace.experiment')}</h3>
          <p>{trace.experiment.title || t('residency.untitledExperiment')}</p>
        </>
      )}
      <h3>{t('residency.trace.proposal')}</h3>
      {trace.proposal ? (
        <button type="button" className="link-button" data-testid="trace-proposal" onClick={() => onOpenCard(trace.proposal!.id)}>
          {trace.proposal.title || t('residency.untitledProposal')}
        </button>
      ) : (
        <p className="muted">{t('residency.trace.none')}</p>
      )}
      <h3>{t('residency.trace.themes')}</h3>
      {trace.themes.length === 0 && <p className="muted">{t('residency.trace.none')}</p>}
      <ul className="side-list" data-testid="trace-themes">
        {trace.themes.map((f) => (
          <li key={f.id}>
            <button type="button" className="link-button" onClick={() => show(f.id)}>
              {f.title || t('frame.untitled')}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('residency.trace.quotes')}</h3>
      {trace.quotes.length === 0 && <p className="muted">{t('residency.trace.none')}</p>}
      <ul className="side-list" data-testid="trace-quotes">
        {trace.quotes.map(({ quote, interview, via }) => {
          const a = attributionFor(quote, interview);
          const theme = via === 'direct' ? undefined : trace.themes.find((f) => f.id === via);
          return (
            <li key={quote.id} className="quote-row" data-testid="trace-quote">
              {/* Consent withdrawn after the link was made: the link stays, the words do not show. */}
              <blockquote>{refusalFor(quote, interview) ? t('residency.withheld') : quote.text}</blockquote>
              <p className="muted">
                {a ? attributionLine(a, t, i18n.language) : t('residency.unattributed')} —{' '}
                {theme ? t('residency.trace.viaTheme', { title: theme.title }) : t('residency.trace.direct')}
              </p>
            </li>
          );
        })}
      </ul>
      <h3>{t('residency.trace.interviews')}</h3>
      {trace.interviews.length === 0 && <p className="muted">{t('residency.trace.none')}</p>}
      <ul className="side-list" data-testid="trace-interviews">
        {trace.interviews.map((i) => (
          <li key={i.id}>
            <button type="button" className="link-button" data-testid="trace-interview" onClick={() => onOpenInterview(i.id)}>
              {(i.consent === 'quote' && i.pseudonym) || t(`residency.role.${i.role}`)} · {i.place} · {formatDay(i.date, i18n.language)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
