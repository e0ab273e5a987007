import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPERIMENT_STATUSES, type ExperimentRecord, type ItemRecord, type ProposalRecord } from '@shared/board/records';
import { placementRefusal } from '@shared/residency/commands';
import { themeFrames } from '@shared/residency/theme-frames';
import type { Editor } from '../../canvas/editor';
import { useEditorSelector } from '../../canvas/use-editor-selector';
import { pushToast } from '../../app/toast-store';
import { refusalText } from '../../text/record-format';
import { AuthorshipLine } from '../room/AuthorshipLine';
import { DecisionSection } from './DecisionSection';
import { Amendments } from './Amendments';
import { ProposalBody } from './ProposalBody';
import { QuotePicker } from './QuotePicker';
import { linkQuotes, linkThemeTo, unlinkFrom } from './proposal-commands';
import { useResidency } from '../../session/residency-store';

/** The live record of a card, re-read when the board changes. */
export function useItem(editor: Editor, id: string): ItemRecord | undefined {
  const [, setTick] = useState(0);
  useEffect(() => editor.index.subscribe(() => setTick((n) => n + 1)), [editor]);
  return editor.index.get(id);
}

/** `onTrace`: the facilitators' trace to the interviews; a participant's panel has none. `onOpenCard`: opens another card (the experiment made from it). */
export function ProposalPanel({
  editor,
  proposal,
  onTrace,
  onOpenCard,
}: {
  editor: Editor;
  proposal: ProposalRecord;
  onTrace: ((id: string) => void) | undefined;
  onOpenCard(id: string): void;
}) {
  const { t } = useTranslation();
  const data = useResidency();
  const selection = useEditorSelector(editor, (s) => s.selection);
  const doc = editor.doc;
  // Only frames that are themes: not the residency's areas nor a restitution's boxes.
  // One walk of the board when the frames or their cards change, not at every edit.
  const framesVersion = editor.index.framesVersion;
  const frames = useMemo(() => themeFrames(editor.index.all()), [editor, framesVersion]);
  const linkedQuotes = Object.keys(proposal.quoteLinks).map((id) => data.quotes.get(id)).filter((q) => q !== undefined);
  const linkedThemes = Object.keys(proposal.themeLinks).map((id) => editor.index.get(id)).filter((f) => f?.kind === 'frame');
  const selectedQuotes = [...selection].map((id) => editor.index.get(id)).filter((i) => i?.kind === 'quote');
  const bodyInput = useRef<HTMLTextAreaElement>(null);

  const link = (quoteIds: string[]): void => {
    const { added, refused } = linkQuotes(editor, proposal.id, quoteIds);
    for (const r of refused) pushToast('error', r === 'not-a-proposal' || r === 'target-missing' ? '' : refusalText(r, t));
    if (added > 0) pushToast('info', t('residency.proposal.linked', { count: added }));
  };

  return (
    <section className="side-section" data-testid="proposal-panel" aria-label={t('residency.proposal.heading')}>
      <AuthorshipLine doc={doc} id={proposal.id} />
      <label>
        {t('residency.proposal.title')}
        <input
          key={proposal.id + proposal.title}
          data-testid="proposal-title"
          defaultValue={proposal.title}
          maxLength={300}
          onBlur={(e) => e.target.value !== proposal.title && editor.update(proposal.id, { title: e.target.value })}
        />
      </label>
      <label>
        {t('residency.proposal.body')}
        <ProposalBody editor={editor} id={proposal.id} input={bodyInput} />
      </label>
      <DecisionSection key={proposal.id} editor={editor} proposal={proposal} onOpenCard={onOpenCard} />
      <Amendments editor={editor} proposalId={proposal.id} body={bodyInput} />
      <h3>{t('residency.proposal.quotes')}</h3>
      {linkedQuotes.length === 0 && <p className="muted">{t('residency.proposal.noLinks')}</p>}
      <ul className="side-list" data-testid="proposal-quotes">
        {linkedQuotes.map((q) => (
          <li key={q.id} className="quote-row">
            <blockquote>{placementRefusal(doc, q.id) ? t('residency.withheld') : q.text}</blockquote>
            <button type="button" onClick={() => unlinkFrom(editor, proposal.id, q.id)}>
              {t('residency.proposal.unlink')}
            </button>
          </li>
        ))}
      </ul>
      {selectedQuotes.length > 0 && (
        <button type="button" data-testid="link-selected" onClick={() => link(selectedQuotes.map((c) => (c?.kind === 'quote' ? c.quoteId : '')))}>
          {t('residency.proposal.linkSelected')}
        </button>
      )}
      <QuotePicker editor={editor} linked={proposal.quoteLinks} themes={frames} onLink={(id) => link([id])} />
      <h3>{t('residency.proposal.themes')}</h3>
      <ul className="side-list" data-testid="proposal-themes">
        {linkedThemes.map((f) => (
          <li key={f!.id} className="side-row">
            <span>{f!.kind === 'frame' ? f!.title || t('frame.untitled') : ''}</span>
            <button type="button" onClick={() => unlinkFrom(editor, proposal.id, f!.id)}>
              {t('residency.proposal.unlink')}
            </button>
          </li>
        ))}
      </ul>
      {frames.length === 0 && <p className="muted">{t('residency.proposal.noThemes')}</p>}
      <select
        data-testid="link-theme"
        aria-label={t('residency.proposal.linkTheme')}
        value=""
        onChange={(e) => e.target.value && linkThemeTo(editor, proposal.id, e.target.value)}
      >
        <option value="">{t('residency.proposal.linkTheme')}</option>
        {frames
          .filter((f) => !proposal.themeLinks[f.id])
          .map((f) => (
            <option key={f.id} value={f.id}>
              {f.title || t('frame.untitled')}
            </option>
          ))}
      </select>
      {onTrace && (
        <div className="side-row">
          <button type="button" data-testid="trace-button" onClick={() => onTrace(proposal.id)}>
            {t('residency.proposal.trace')}
          </button>
        </div>
      )}
    </section>
  );
}

export function ExperimentPanel({ editor, experiment, onTrace }: { editor: Editor; experiment: ExperimentRecord; onTrace: ((id: string) => void) | undefined }) {
  const { t } = useTranslation();
  const proposals = [...editor.index.all()].filter((i) => i.kind === 'proposal');
  const text = (name: 'title' | 'place' | 'partners' | 'startDate' | 'endDate', type = 'text') => (
    <label>
      {t(`residency.experiment.${name}`)}
      <input
        key={experiment.id + experiment[name]}
        type={type}
        data-testid={`experiment-${name}`}
        defaultValue={experiment[name]}
        maxLength={300}
        onBlur={(e) => e.target.value !== experiment[name] && editor.update(experiment.id, { [name]: e.target.value })}
      />
    </label>
  );
  const area = (name: 'hypothesis' | 'tested' | 'indicator') => (
    <label>
      {t(`residency.experiment.${name}`)}
      <textarea
        key={experiment.id + experiment[name]}
        data-testid={`experiment-${name}`}
        rows={3}
        defaultValue={experiment[name]}
        onBlur={(e) => e.target.value !== experiment[name] && editor.update(experiment.id, { [name]: e.target.value })}
      />
    </label>
  );
  return (
    <section className="side-section" data-testid="experiment-panel" aria-label={t('residency.experiment.heading')}>
      <AuthorshipLine doc={editor.doc} id={experiment.id} />
      {text('title')}
      {area('hypothesis')}
      {text('place')}
      {text('partners')}
      {area('tested')}
      {area('indicator')}
      <div className="form-grid">
        {text('startDate', 'date')}
        {text('endDate', 'date')}
      </div>
      <label>
        {t('residency.experiment.status')}
        <select data-testid="experiment-status" value={experiment.status} onChange={(e) => editor.update(experiment.id, { status: e.target.value as ExperimentRecord['status'] })}>
          {EXPERIMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`residency.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('residency.experiment.proposal')}
        <select
          data-testid="experiment-proposal"
          value={experiment.proposalId ?? ''}
          onChange={(e) => editor.update(experiment.id, { proposalId: e.target.value || null })}
        >
          <option value="">{t('residency.experiment.noProposal')}</option>
          {proposals.map((p) => (
            <option key={p.id} value={p.id}>
              {p.kind === 'proposal' ? p.title || t('residency.untitledProposal') : ''}
            </option>
          ))}
        </select>
      </label>
      {onTrace && (
        <div className="side-row">
          <button type="button" data-testid="trace-button" onClick={() => onTrace(experiment.id)}>
            {t('residency.experiment.trace')}
          </button>
        </div>
      )}
    </section>
  );
}
