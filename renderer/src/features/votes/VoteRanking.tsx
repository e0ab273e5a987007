import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemRecord } from '@shared/board/records';
import { ranking } from '@shared/day/day-vote';
import type { VoteResult } from '@shared/records/votes';
import { isEditableTarget } from '../../actions/editable-target';
import { useEscapeLayer } from '../../actions/escape-layers';
import type { Editor } from '../../canvas/editor';

/** The revealed result, most dots first (the same order on every screen); a line focuses its card. */
export function VoteRanking({ editor, result, onClose }: { editor: Editor; result: VoteResult; onClose: () => void }) {
  const { t } = useTranslation();
  const lines = ranking(result.counts);
  // Escape from inside the ranking (after a click on one of its lines) puts it away.
  const root = useRef<HTMLDivElement>(null);
  useEscapeLayer((target) => target instanceof Node && !!root.current?.contains(target) && !isEditableTarget(target), onClose);
  return (
    <div ref={root} className="vote-ranking" data-testid="vote-ranking">
      <div className="panel-head">
        <h2>
          {t('day.vote.ranking')} — {result.question || t('day.vote.title')}
        </h2>
        <button type="button" className="icon-button" aria-label={t('day.vote.hide')} data-testid="vote-ranking-close" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="muted">{t('day.vote.voters', { count: result.voters })}</p>
      {lines.length === 0 && <p>{t('day.vote.noDots')}</p>}
      <ol>
        {lines.map(([id, n]) => {
          const card = editor.index.get(id);
          return (
            <li key={id} data-testid="vote-ranking-line" data-card={id} data-count={n}>
              <button type="button" className="link-button" disabled={!card} onClick={() => editor.zoomToItems([id])}>
                {cardLabel(card) ?? t('day.vote.gone')}
              </button>{' '}
              <span className="muted">{t('day.vote.dots', { count: n })}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** What a card says, for the ranking: its title or its first words. */
function cardLabel(card: ItemRecord | undefined): string | null {
  if (!card) return null;
  const words: string = ('title' in card && card.title ? card.title : 'text' in card ? card.text : 'caption' in card ? card.caption : '') ?? '';
  return words.trim().split('\n')[0]?.slice(0, 120) || card.kind;
}
