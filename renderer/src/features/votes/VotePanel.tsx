import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readDayTimer } from '@shared/day/day-timer';
import { frozenScope, MAX_DOTS_PER_PERSON, MAX_QUESTION, MAX_SCOPE_CARDS, newVoteId, writeDayVote, type DayVote, type VoteScope } from '@shared/day/day-vote';
import { isEditableTarget } from '../../actions/editable-target';
import { useEscapeLayer } from '../../actions/escape-layers';
import type { Editor } from '../../canvas/editor';

/** Not an undoable board edit, like the timer: Ctrl+Z never reopens a vote. */
const VOTE_ORIGIN = 'tablee:vote';
type ScopeChoice = VoteScope['kind'];

const clampInt = (v: number, min: number, max: number): number => Math.min(max, Math.max(min, Math.round(Number.isFinite(v) ? v : min)));

/** The frame the facilitator is looking at: the one under the middle of the screen, else the most visible. */
function frameOnScreen(editor: Editor): string | null {
  const view = editor.viewport();
  const cx = view.x + view.w / 2;
  const cy = view.y + view.h / 2;
  let best: { id: string; area: number } | null = null;
  for (const item of editor.index.query(view)) {
    if (item.kind !== 'frame') continue;
    if (cx >= item.x && cx <= item.x + item.w && cy >= item.y && cy <= item.y + item.h) return item.id;
    const w = Math.min(view.x + view.w, item.x + item.w) - Math.max(view.x, item.x);
    const h = Math.min(view.y + view.h, item.y + item.h) - Math.max(view.y, item.y);
    const area = Math.max(0, w) * Math.max(0, h);
    if (!best || area > best.area) best = { id: item.id, area };
  }
  return best?.id ?? null;
}

/**
 * The facilitators' vote panel: start a vote (question, which cards, dots per person and per
 * card, a minimum, a length or the shared timer's end), close it, reveal it, put it away; while it
 * runs, how many people voted (never where). Writes the `day` map's `vote` only: the HOST keeps
 * the ballots and counts them at the reveal. A facilitator votes only when they tick "I vote
 * too": otherwise their clicks keep selecting and opening cards during the vote.
 */
export function VotePanel(props: {
  editor: Editor;
  vote: DayVote | null;
  voters: number | null;
  hostNow: () => number;
  roomOpen: boolean;
  votesToo: boolean;
  onVotesToo: (on: boolean) => void;
  onClose: () => void;
}) {
  const { editor, vote, voters, hostNow, roomOpen, votesToo, onVotesToo, onClose } = props;
  const { t } = useTranslation();
  const [question, setQuestion] = useState('');
  const [scope, setScope] = useState<ScopeChoice>('frame');
  const [perPerson, setPerPerson] = useState(3);
  const [perCard, setPerCard] = useState(1);
  const [minimum, setMinimum] = useState(0);
  const [minutes, setMinutes] = useState(0);
  const [withTimer, setWithTimer] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Escape from inside the panel (not from one of its fields) closes it.
  const root = useRef<HTMLDivElement>(null);
  useEscapeLayer((target) => target instanceof Node && !!root.current?.contains(target) && !isEditableTarget(target), onClose);

  const start = (): void => {
    let chosen: VoteScope;
    if (scope === 'frame') {
      const frame = frameOnScreen(editor);
      if (!frame) return setProblem(t('day.vote.noFrame'));
      chosen = { kind: 'frame', frame };
    } else if (scope === 'cards') {
      const ids = [...editor.selection].filter((id) => editor.index.get(id)?.kind !== 'frame');
      if (ids.length === 0) return setProblem(t('day.vote.noSelection'));
      if (ids.length > MAX_SCOPE_CARDS) return setProblem(t('day.vote.tooMany', { count: MAX_SCOPE_CARDS }));
      chosen = { kind: 'cards', ids };
    } else chosen = { kind: 'proposals' };
    // What counts is fixed now: cards moved in or out during the vote change nothing (one walk, at the start only).
    const frozen = frozenScope(chosen, editor.index.all());
    if (!frozen) return setProblem(t('day.vote.tooManyFrozen', { count: MAX_SCOPE_CARDS }));
    if (frozen.ids?.length === 0) return setProblem(t('day.vote.emptyScope'));
    chosen = frozen;
    const person = clampInt(perPerson, 1, MAX_DOTS_PER_PERSON);
    const timer = readDayTimer(editor.doc);
    const endsAt = withTimer && timer?.state === 'running' ? timer.endsAt : minutes > 0 ? Math.round(hostNow() + minutes * 60_000) : null;
    const next: DayVote = {
      id: newVoteId(),
      question: question.trim().slice(0, MAX_QUESTION),
      scope: chosen,
      perPerson: person,
      perCard: clampInt(perCard, 1, person),
      ...(minimum > 0 ? { minimum: clampInt(minimum, 0, person) } : {}),
      endsAt,
      state: 'open',
    };
    setProblem(null);
    writeDayVote(editor.doc, next, VOTE_ORIGIN);
  };
  const setState = (state: DayVote['state']): void => {
    if (vote) writeDayVote(editor.doc, { ...vote, state }, VOTE_ORIGIN);
  };

  const running = vote !== null && vote.state !== 'revealed';
  return (
    <div ref={root} className="vote-panel" data-testid="vote-panel" role="dialog" aria-label={t('day.vote.title')}>
      <div className="panel-head">
        <h2>{t('day.vote.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('day.agenda.dismiss')} onClick={onClose}>
          ×
        </button>
      </div>
      {!roomOpen && <p className="muted">{t('day.vote.noRoom')}</p>}
      <label className="checkbox" title={t('day.vote.voteTooHint')}>
        <input type="checkbox" data-testid="vote-too" checked={votesToo} onChange={(e) => onVotesToo(e.target.checked)} /> {t('day.vote.voteToo')}
      </label>
      {running ? (
        <>
          <p>
            <strong>{vote.question || t('day.vote.title')}</strong> — {vote.state === 'open' ? t('day.vote.stateOpen') : t('day.vote.stateClosed')}
          </p>
          <p data-testid="vote-voters">{t('day.vote.voters', { count: voters ?? 0 })}</p>
          <div className="vote-panel-buttons">
            {vote.state === 'open' && (
              <button type="button" data-testid="vote-close" onClick={() => setState('closed')}>
                {t('day.vote.close')}
              </button>
            )}
            <button type="button" data-testid="vote-reveal" onClick={() => setState('revealed')}>
              {t('day.vote.reveal')}
            </button>
          </div>
        </>
      ) : (
        <form
          className="vote-form"
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          <label>
            {t('day.vote.question')}
            <input data-testid="vote-question" value={question} maxLength={MAX_QUESTION} placeholder={t('day.vote.questionPlaceholder')} onChange={(e) => setQuestion(e.target.value)} />
          </label>
          <label>
            {t('day.vote.scope')}
            <select data-testid="vote-scope" value={scope} onChange={(e) => setScope(e.target.value as ScopeChoice)}>
              <option value="frame">{t('day.vote.scopeFrame')}</option>
              <option value="cards">{t('day.vote.scopeSelection')}</option>
              <option value="proposals">{t('day.vote.scopeProposals')}</option>
            </select>
          </label>
          <label>
            {t('day.vote.perPerson')}
            <input data-testid="vote-per-person" type="number" min={1} max={MAX_DOTS_PER_PERSON} value={perPerson} onChange={(e) => setPerPerson(e.target.valueAsNumber)} />
          </label>
          <label>
            {t('day.vote.perCard')}
            <input data-testid="vote-per-card" type="number" min={1} max={MAX_DOTS_PER_PERSON} value={perCard} onChange={(e) => setPerCard(e.target.valueAsNumber)} />
          </label>
          <label>
            {t('day.vote.minimum')}
            <input data-testid="vote-minimum" type="number" min={0} max={MAX_DOTS_PER_PERSON} value={minimum} onChange={(e) => setMinimum(e.target.valueAsNumber)} />
          </label>
          <label>
            {t('day.vote.duration')}
            <input data-testid="vote-minutes" type="number" min={0} max={600} value={minutes} disabled={withTimer} onChange={(e) => setMinutes(e.target.valueAsNumber)} />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={withTimer} onChange={(e) => setWithTimer(e.target.checked)} /> {t('day.vote.withTimer')}
          </label>
          {problem && <p className="form-error">{problem}</p>}
          <div className="vote-panel-buttons">
            <button type="submit" data-testid="vote-start">
              {t('day.vote.start')}
            </button>
            {vote && (
              <button type="button" data-testid="vote-clear" onClick={() => writeDayVote(editor.doc, null, VOTE_ORIGIN)}>
                {t('day.vote.clear')}
              </button>
            )}
          </div>
        </form>
      )}
    </div>
  );
}
