import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authorsOf } from '@shared/board/authorship';
import { DECISION_STATUSES, MAX_REASON_LENGTH, type DecisionStatus, type ProposalRecord } from '@shared/board/records';
import type { Editor } from '../../canvas/editor';
import { pushToast } from '../../app/toast-store';
import { formatDateTime } from '../../app/format';
import { useAuthorshipTick } from '../room/AuthorshipLine';
import { myPersonId } from '../room/my-person';
import { useRoomConnection } from '../room/room-context';
import { createExperimentFrom, decide } from './proposal-commands';

/**
 * A proposal's decision in its panel. Facilitators choose the status and write why (each change
 * one undo step) and, once it is retained, make its experiment in one click; a participant reads
 * the decision and changes nothing of it (the HOST refuses it from them anyway).
 */
export function DecisionSection({ editor, proposal, onOpenCard }: { editor: Editor; proposal: ProposalRecord; onOpenCard(id: string): void }) {
  const { t, i18n } = useTranslation();
  useAuthorshipTick(editor.doc);
  const connection = useRoomConnection();
  const decision = proposal.decision;
  // The reason typed before a status is chosen waits here; once decided, the field edits the decision.
  const [draft, setDraft] = useState('');
  const byName = (id: string | null): string => {
    const person = id ? (authorsOf(editor.doc).get(id) as { name?: unknown } | undefined) : undefined;
    return typeof person?.name === 'string' && person.name ? person.name : t('decisions.someone');
  };
  const when = decision ? formatDateTime(decision.at, i18n.language) : '';
  const line = decision ? (decision.by ? t('decisions.decidedBy', { date: when, name: byName(decision.by) }) : t('decisions.decidedOn', { date: when })) : '';

  if (!editor.facilitator) {
    return (
      <div className="decision" data-testid="decision">
        <h3>{t('decisions.heading')}</h3>
        <p data-testid="decision-status">{decision ? t(`decisions.status.${decision.status}`) : t('decisions.undecided')}</p>
        {decision?.reason && <p className="decision-reason">{decision.reason}</p>}
        {decision && <p className="muted">{t('decisions.facilitatorsOnly')}</p>}
      </div>
    );
  }

  const setStatus = (value: string): void => {
    const by = myPersonId(connection?.awareness);
    if (value === '') return decide(editor, proposal.id, null, by);
    decide(editor, proposal.id, { status: value as DecisionStatus, reason: decision?.reason ?? draft }, by);
  };
  const setReason = (reason: string): void => {
    if (!decision) return setDraft(reason);
    if (reason !== decision.reason) decide(editor, proposal.id, { status: decision.status, reason }, myPersonId(connection?.awareness));
  };
  const makeExperiment = (): void => {
    const id = createExperimentFrom(editor, proposal.id);
    if (!id) return;
    pushToast('info', t('decisions.experimentCreated'));
    onOpenCard(id);
  };

  return (
    <div className="decision" data-testid="decision">
      <h3>{t('decisions.heading')}</h3>
      <select data-testid="decision-status" aria-label={t('decisions.heading')} value={decision?.status ?? ''} onChange={(e) => setStatus(e.target.value)}>
        <option value="">{t('decisions.undecided')}</option>
        {DECISION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`decisions.status.${s}`)}
          </option>
        ))}
      </select>
      <label>
        {t('decisions.reason')}
        <textarea
          key={proposal.id + (decision?.reason ?? '')}
          data-testid="decision-reason"
          rows={3}
          maxLength={MAX_REASON_LENGTH}
          placeholder={t('decisions.reasonPlaceholder')}
          defaultValue={decision?.reason ?? draft}
          onBlur={(e) => setReason(e.target.value)}
        />
      </label>
      {decision && (
        <p className="muted" data-testid="decision-line">
          {line}
        </p>
      )}
      {decision?.status === 'retained' && (
        <div className="side-row">
          <button type="button" data-testid="experiment-from-proposal" onClick={makeExperiment}>
            {t('decisions.createExperiment')}
          </button>
        </div>
      )}
    </div>
  );
}
