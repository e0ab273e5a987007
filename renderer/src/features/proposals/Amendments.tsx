import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { authorsOf, createdBy, recordAuthorship } from '@shared/board/authorship';
import { itemsOf } from '@shared/board/doc';
import type { AmendmentRecord } from '@shared/records/amendments';
import { decideAmendment, suggestAmendment, withdrawAmendment } from '@shared/residency/amendments';
import { pushToast } from '../../app/toast-store';
import type { Editor } from '../../canvas/editor';
import { myPerson, myPersonId } from '../room/my-person';
import { useRoomConnection } from '../room/room-context';
import type { RoomConnection } from '../room/join-room';
import { useAmendments } from './use-amendments';

interface Draft {
  /** Where the selection was, as relative positions: others may write in the text while I type mine. */
  from: Y.RelativePosition;
  to: Y.RelativePosition;
  original: string;
  before: string;
}

const bodyText = (doc: Y.Doc, proposalId: string): Y.Text | null => {
  const body = itemsOf(doc).get(proposalId)?.get('body');
  return body instanceof Y.Text ? body : null;
};

/** My person, named in the doc so others read who suggested or decided (authorship's `people`). */
function me(editor: Editor, connection: RoomConnection | null, fallbackName: string): string {
  const who = myPerson(connection?.awareness);
  recordAuthorship(editor.doc, { id: who.id, name: who.name || fallbackName, color: who.color }, [], []);
  return who.id;
}

/**
 * Suggested changes to a proposal's body (docs/workshop-day.md, "Amendments"): anyone suggests one
 * from the selection or the caret in the body; the proposal's author or a facilitator accepts
 * (the body changes for everyone, one undo step) or rejects it. Decided ones stay, listed as the
 * proposal's history.
 */
export function Amendments({ editor, proposalId, body }: { editor: Editor; proposalId: string; body: RefObject<HTMLTextAreaElement | null> }) {
  const { t } = useTranslation();
  const doc = editor.doc;
  const list = useAmendments(doc, proposalId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [words, setWords] = useState('');
  const open = list.filter((a) => a.state === 'open');
  const decided = list.filter((a) => a.state !== 'open');
  const connection = useRoomConnection();
  const myId = myPersonId(connection?.awareness);
  // A participant decides on a proposal they made, unless it is locked (the HOST would refuse the change to its text).
  const mayDecide = editor.facilitator || (createdBy(doc, proposalId)?.id === myId && !editor.locks.lockedForMe(proposalId));
  const nameOf = (person: string | null): string => {
    const v = person ? (authorsOf(doc).get(person) as { name?: unknown } | undefined) : undefined;
    return typeof v?.name === 'string' && v.name !== '' ? v.name : t('amend.someone');
  };

  // Words selected in the body: a change; a caret: an insertion. The button says which.
  const [selecting, setSelecting] = useState(false);
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const look = (): void => setSelecting(el.selectionEnd > el.selectionStart);
    const events = ['select', 'keyup', 'mouseup', 'input', 'focus'] as const;
    for (const e of events) el.addEventListener(e, look);
    return () => {
      for (const e of events) el.removeEventListener(e, look);
    };
  }, [body]);

  const start = (): void => {
    const el = body.current;
    const text = bodyText(doc, proposalId);
    if (!el || !text) return;
    const [from, to] = [el.selectionStart, el.selectionEnd];
    const original = el.value.slice(from, to);
    setDraft({
      from: Y.createRelativePositionFromTypeIndex(text, from),
      to: Y.createRelativePositionFromTypeIndex(text, to, -1),
      original,
      before: el.value.slice(Math.max(0, from - 30), from),
    });
    setWords(original);
  };

  const submit = (): void => {
    if (!draft) return;
    if (draft.original === words || (draft.original === '' && words === '')) {
      pushToast('error', t('amend.empty'));
      return;
    }
    const text = bodyText(doc, proposalId);
    const from = Y.createAbsolutePositionFromRelativePosition(draft.from, doc)?.index;
    const to = draft.original === '' ? from : Y.createAbsolutePositionFromRelativePosition(draft.to, doc)?.index;
    setDraft(null);
    // The words I selected were changed meanwhile: my suggestion would be about other words.
    if (!text || from === undefined || to === undefined || text.toString().slice(from, to) !== draft.original) {
      pushToast('error', t('amend.gone'));
      return;
    }
    const author = me(editor, connection, t('room.facilitator'));
    // Not an undo step (SUGGESTION_ORIGIN): see shared/residency/amendments.ts.
    const made = suggestAmendment(doc, { proposalId, author, from, to, text: words, now: Date.now() });
    if (!made.ok) pushToast('error', t('amend.gone'));
  };

  const decide = (a: AmendmentRecord, decision: 'accepted' | 'rejected'): void => {
    const by = me(editor, connection, t('room.facilitator'));
    const done = editor.command(() => decideAmendment(doc, a.id, decision, by, Date.now()));
    if (!done.ok && done.error === 'gone') pushToast('error', t('amend.gone'));
  };

  const change = (a: AmendmentRecord): string => t(`amend.${a.kind}`, { text: a.text.trim(), original: a.original.trim() });

  return (
    <div className="amendments" data-testid="amendments">
      {draft ? (
        <div className="amend-draft" data-testid="amend-draft">
          <label>
            {draft.original === '' ? t('amend.insertAt', { before: draft.before }) : t('amend.replaceWhat', { original: draft.original })}
            <textarea data-testid="amend-text" rows={2} value={words} placeholder={draft.original === '' ? t('amend.insertText') : t('amend.newText')} onChange={(e) => setWords(e.target.value)} />
          </label>
          <button type="button" data-testid="amend-submit" onClick={submit}>
            {t('amend.submit')}
          </button>
          <button type="button" onClick={() => setDraft(null)}>
            {t('amend.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          data-testid="amend-suggest"
          title={t('amend.suggestHint')}
          // Keep the body's selection: the button must not take the focus before it reads it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={start}
        >
          {selecting ? t('amend.suggest') : t('amend.suggestInsert')}
        </button>
      )}
      {open.length > 0 && <h4>{t('amend.open', { count: open.length })}</h4>}
      <ul className="side-list">
        {open.map((a) => (
          <li key={a.id} data-testid="amendment-open" data-amendment={a.id}>
            <span className={`amend-change amend-${a.kind}`}>{change(a)}</span> <small>{t('amend.by', { name: nameOf(a.author) })}</small>
            {a.author === myId && (
              <button type="button" data-testid="amend-withdraw" onClick={() => withdrawAmendment(doc, a.id)}>
                {t('amend.withdraw')}
              </button>
            )}
            {mayDecide && (
              <span className="amend-actions">
                <button type="button" data-testid="amend-accept" onClick={() => decide(a, 'accepted')}>
                  {t('amend.accept')}
                </button>
                <button type="button" data-testid="amend-reject" onClick={() => decide(a, 'rejected')}>
                  {t('amend.reject')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {decided.length > 0 && (
        <details data-testid="amendment-history">
          <summary>{t('amend.history', { count: decided.length })}</summary>
          <ul className="side-list">
            {decided.map((a) => (
              <li key={a.id} data-testid="amendment-decided" data-state={a.state}>
                {change(a)} <small>{t('amend.by', { name: nameOf(a.author) })}</small> — <em>{t(`amend.${a.state}`)}</em>
                {a.decidedBy && <small> {t('amend.by', { name: nameOf(a.decidedBy) })}</small>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
