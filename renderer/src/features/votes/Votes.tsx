import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inVoteScope, spent, voteTakesCasts, type DayVote, type Dots } from '@shared/day/day-vote';
import { useProvideShell } from '../../actions/use-actions';
import { pushToast } from '../../app/toast-store';
import { provideWorkshopPart } from '../../automation/workshop-probe';
import type { Editor } from '../../canvas/editor';
import { useRoomConnection } from '../room/room-context';
import { useDayVote, useVoteNews, useVoteResult } from './use-vote';
import { VotePanel } from './VotePanel';
import { VoteRanking } from './VoteRanking';

const NO_DOTS: Dots = {};
const TICK_MS = 500;

const format = (ms: number): string => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * A dot vote on this page (docs/workshop-day.md, "Dot votes"): while it is open, a click on a
 * card it is about casts a dot (Shift+click takes one back; Alt+D and Alt+Shift+D on the selected
 * card), sent to the HOST, which answers with my own dots; the bar says how many I have left. My
 * dots are drawn on the cards, nobody else's: this page never receives them. After the reveal,
 * every card shows its total and a ranking lists them. Facilitators start, close and reveal it;
 * they vote only when they tick "I vote too" in the panel, so that their clicks otherwise keep
 * selecting, dragging and opening cards while the room votes.
 */
export function Votes({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const connection = useRoomConnection();
  const vote = useDayVote(editor.doc);
  const news = useVoteNews(connection);
  const result = useVoteResult(editor.doc, vote?.id ?? null);
  const mine = vote && news?.vote === vote.id ? news.dots : NO_DOTS;
  const [panelOpen, setPanelOpen] = useState(false);
  const [votesToo, setVotesToo] = useState(false);
  /** The vote whose ranking this person put away (the cards keep their totals). */
  const [rankingHidden, setRankingHidden] = useState<string | null>(null);
  const [, tick] = useState(0);
  const hostNow = (): number => Date.now() + (connection ? (connection.hostClockOffset() ?? 0) : 0);
  const open = vote !== null && voteTakesCasts(vote, hostNow());
  /** Whether this page casts dots: a participant's always, a facilitator's only by choice. */
  const voting = open && (!editor.facilitator || votesToo);

  // Read by the click hook, the keys and the probe, which outlive a render.
  const live = useRef({ vote, mine, open: voting, result });
  live.current = { vote, mine, open: voting, result };

  useEffect(() => {
    editor.voteMarks.set(vote ? mine : null, vote && result ? result.counts : null);
  }, [editor, vote, mine, result]);
  useEffect(() => () => editor.voteMarks.set(null, null), [editor]);

  // A vote with an end: the bar counts down, and clicks stop at the end.
  useEffect(() => {
    if (!vote || vote.state !== 'open' || vote.endsAt === null) return;
    const timer = setInterval(() => tick((n) => n + 1), TICK_MS);
    return () => clearInterval(timer);
  }, [vote]);

  const cast = useMemo(
    () =>
      (id: string, delta: 1 | -1): boolean => {
        const { vote: v, mine: m, open: o } = live.current;
        const card = editor.index.get(id);
        if (!v || !o || !connection || !card || !inVoteScope(v.scope, id, card)) return false;
        const next = (m[id] ?? 0) + delta;
        if (next >= 0) connection.castVote(v.id, id, next);
        return true;
      },
    [editor, connection],
  );

  useEffect(() => {
    if (!voting) return;
    editor.cardClick = (id, remove) => cast(id, remove ? -1 : 1);
    return () => {
      editor.cardClick = null;
    };
  }, [editor, voting, cast]);

  const commands = useMemo(
    () =>
      voting
        ? {
            vote: (delta: 1 | -1) => {
              const [id] = [...editor.selection];
              if (id) cast(id, delta);
            },
          }
        : {},
    [voting, editor, cast],
  );
  useProvideShell(commands);

  // The HOST refused a cast: say why (each refusal is a new object).
  const refused = news?.refused ?? null;
  useEffect(() => {
    if (refused) pushToast('info', t(`day.vote.refused.${refused.reason}` as 'day.vote.refused.closed'));
  }, [refused, t]);

  useEffect(
    () =>
      provideWorkshopPart('vote', () => {
        const { vote: v, mine: m, result: r } = live.current;
        if (!v) return null;
        return { id: v.id, open: voteTakesCasts(v, hostNow()), myVotes: { ...m }, totals: r ? { ...r.counts } : null };
      }),
    // hostNow reads the connection, which is a dependency.
    [connection],
  );

  const facilitator = editor.facilitator;
  return (
    <>
      {vote && vote.state !== 'revealed' && <VoteBar vote={vote} mine={mine} open={open} voting={voting} left={vote.endsAt === null ? null : vote.endsAt - hostNow()} />}
      {vote && result && rankingHidden !== vote.id && <VoteRanking editor={editor} result={result} onClose={() => setRankingHidden(vote.id)} />}
      {facilitator && (
        <button type="button" className="text-button vote-open-button" data-testid="vote-open" aria-pressed={panelOpen} onClick={() => setPanelOpen((o) => !o)}>
          {t('day.vote.open')}
        </button>
      )}
      {facilitator && panelOpen && (
        <VotePanel editor={editor} vote={vote} voters={vote && news?.vote === vote.id ? news.voters : null} hostNow={hostNow}
          roomOpen={connection !== null}
          votesToo={votesToo}
          onVotesToo={setVotesToo}
          onClose={() => setPanelOpen(false)}
        />
      )}
    </>
  );
}

function VoteBar({ vote, mine, open, voting, left }: { vote: DayVote; mine: Dots; open: boolean; voting: boolean; left: number | null }) {
  const { t } = useTranslation();
  const remaining = Math.max(0, vote.perPerson - spent(mine));
  const toSpend = Math.max(0, (vote.minimum ?? 0) - spent(mine));
  return (
    <div className="vote-bar" data-testid="vote-bar" role="status">
      <strong>{vote.question || t('day.vote.title')}</strong>
      {open ? (
        <>
          <span data-testid="vote-left">{t('day.vote.left', { count: remaining })}</span>
          {toSpend > 0 && <span>{t('day.vote.minimumLeft', { count: toSpend })}</span>}
          {left !== null && <span>{t('day.vote.endsIn', { time: format(Math.max(0, left)) })}</span>}
          <span className="muted" data-testid={voting ? undefined : 'vote-not-voting'}>
            {voting ? t('day.vote.howTo') : t('day.vote.notVoting')}
          </span>
        </>
      ) : (
        <span>
          {t('day.vote.stateClosed')} — {t('day.vote.waitReveal')}
        </span>
      )}
    </div>
  );
}
