import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyTimerOp, DAY_MAP, readDayTimer, timeLeft, writeDayTimer, type DayTimer, type TimerOp } from '@shared/day/day-timer';
import { useProvideShell } from '../../actions/use-actions';
import type { Editor } from '../../canvas/editor';
import { useRoomConnection } from '../room/room-context';

/** Not an undoable edit: Ctrl+Z undoes the board, never the clock. */
const TIMER_ORIGIN = 'tablee:timer';
const TICK_MS = 250;
const LAST_MINUTE_MS = 60_000;

/** The HOST-clock offset of this page: 0 in the facilitator's own window (no room joined: its clock is the HOST's), else as measured. */
function useHostOffset(): number | null {
  const connection = useRoomConnection();
  const [offset, setOffset] = useState<number | null>(() => (connection ? connection.hostClockOffset() : 0));
  useEffect(() => {
    if (!connection) return setOffset(0);
    setOffset(connection.hostClockOffset());
    return connection.subscribe(() => setOffset(connection.hostClockOffset()));
  }, [connection]);
  return offset;
}

function useDayTimer(editor: Editor): DayTimer | null {
  const [timer, setTimer] = useState(() => readDayTimer(editor.doc));
  useEffect(() => {
    const map = editor.doc.getMap<unknown>(DAY_MAP);
    const update = (): void => setTimer(readDayTimer(editor.doc));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [editor]);
  return timer;
}

const format = (ms: number): string => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * The workshop's shared timer: a slim bar everyone sees while a timer exists, reading the time left
 * against the HOST's clock (shared/day/day-timer.ts). It takes no pointer: it never blocks anyone's
 * input. A facilitator's page also lends the timer actions their effect.
 */
export function TimerBar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const timer = useDayTimer(editor);
  const offset = useHostOffset();
  const [, tick] = useState(0);

  const commands = useMemo(
    () =>
      editor.facilitator
        ? {
            timer: (op: TimerOp) => {
              if (offset === null) return;
              writeDayTimer(editor.doc, applyTimerOp(readDayTimer(editor.doc), op, Date.now() + offset), TIMER_ORIGIN);
            },
          }
        : {},
    [editor, offset],
  );
  useProvideShell(commands);

  const running = timer?.state === 'running';
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => tick((n) => n + 1), TICK_MS);
    return () => clearInterval(id);
  }, [running]);

  if (!timer || offset === null) return null;
  const left = timeLeft(timer, Date.now() + offset);
  const done = left === 0;
  const className = ['timer-bar', done ? 'done' : left <= LAST_MINUTE_MS ? 'last-minute' : '', timer.state === 'paused' ? 'paused' : ''].filter(Boolean).join(' ');
  const share = timer.totalMs > 0 ? left / timer.totalMs : 0;
  return (
    <div className={className} role="timer" aria-live="off" data-testid="timer-bar">
      <div className="timer-bar-fill" style={{ width: `${Math.min(100, share * 100)}%` }} />
      <span className="timer-bar-text">
        {done ? t('day.timer.done') : `${t('day.timer.left')} ${format(left)}`}
        {timer.state === 'paused' && !done ? ` (${t('day.timer.paused')})` : ''}
      </span>
    </div>
  );
}
