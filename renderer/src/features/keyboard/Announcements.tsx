import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { readGather } from '@shared/day/day-gather';
import { DAY_MAP, readDayTimer } from '@shared/day/day-timer';
import type { Editor } from '../../canvas/editor';
import { useRoomConnection } from '../room/room-context';
import { useDayVote, useVoteResult } from '../votes/use-vote';
import { announce } from './announcer';
import { describeCard } from './card-words';

const LAST_MINUTE_MS = 60_000;

/**
 * What the live region says of the board: my selection (the card I reached, with its kind,
 * theme and text), the timer's last minute, a vote revealed, a facilitator bringing everyone.
 * Others' edits are never said: only what changes for me.
 */
export function Announcements({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const connection = useRoomConnection();

  // The selection, as it changes (not the board's edits: a card edited by someone else stays quiet).
  useEffect(() => {
    let previous = editor.getState().selection;
    return editor.subscribe(() => {
      const { selection } = editor.getState();
      if (selection === previous) return;
      const had = previous.size;
      previous = selection;
      if (selection.size === 1) {
        const item = editor.index.get([...selection][0]!);
        if (item) announce(describeCard(editor, item, t));
      } else if (selection.size > 1) announce(t('reader.selected', { count: selection.size }));
      else if (had > 0) announce(t('reader.nothingSelected'));
    });
  }, [editor, t]);

  // The timer's last minute, once per run.
  useEffect(() => {
    const map = editor.doc.getMap<unknown>(DAY_MAP);
    let pending: ReturnType<typeof setTimeout> | null = null;
    let saidFor: number | null = null;
    const plan = (): void => {
      if (pending !== null) clearTimeout(pending);
      pending = null;
      const timer = readDayTimer(editor.doc);
      if (!timer || timer.state !== 'running' || saidFor === timer.endsAt) return;
      const endsAt = timer.endsAt;
      const offset = connection?.hostClockOffset() ?? 0;
      const left = endsAt - (Date.now() + offset);
      if (left <= 0) return;
      pending = setTimeout(
        () => {
          saidFor = endsAt;
          announce(t('reader.timerLastMinute'));
        },
        Math.max(0, left - LAST_MINUTE_MS),
      );
    };
    plan();
    map.observe(plan);
    return () => {
      map.unobserve(plan);
      if (pending !== null) clearTimeout(pending);
    };
  }, [editor, connection, t]);

  // Someone bringing everyone to their view (a new gathering after this page opened).
  useEffect(() => {
    const map = editor.doc.getMap<unknown>(DAY_MAP);
    let seen = readGather(editor.doc)?.seq ?? 0;
    const check = (): void => {
      const g = readGather(editor.doc);
      if (!g || g.seq <= seen) return;
      seen = g.seq;
      announce(t('reader.gathered'));
    };
    map.observe(check);
    return () => map.unobserve(check);
  }, [editor, t]);

  // A vote revealed.
  const vote = useDayVote(editor.doc);
  const result = useVoteResult(editor.doc, vote?.id ?? null);
  // undefined until the first render: a result already there when the page opened is old news.
  const revealed = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    const shown = vote && result ? vote.id : null;
    if (revealed.current === undefined || shown === null || shown === revealed.current) {
      if (revealed.current === undefined || shown !== null) revealed.current = shown;
      return;
    }
    revealed.current = shown;
    announce(t('reader.voteRevealed'));
  }, [vote, result, t]);

  return null;
}
