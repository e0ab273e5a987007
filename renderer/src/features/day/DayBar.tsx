import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClockTime, goToStep, stepEnd } from '@shared/day/day-agenda';
import { applyTimerOp, DAY_MAP, readDayTimer, shouldChime, timeLeft, writeDayTimer, zeroReached, type DayTimer, type TimerOp } from '@shared/day/day-timer';
import { useProvideShell } from '../../actions/use-actions';
import type { Editor } from '../../canvas/editor';
import { useRoomConnection } from '../room/room-context';
import { playChime, useSoundAtZero } from './chime';
import { TIMER_ORIGIN } from './timer-origin';
import { useAgenda, useAgendaFollow } from './use-agenda';
import { useDayProbe } from './use-day-probe';

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

/** Milliseconds since local midnight at HOST instant `hostNow`: the agenda's times are the room's wall clock. */
function sinceMidnight(hostNow: number): number {
  const d = new Date(hostNow);
  return ((d.getHours() * 60 + d.getMinutes()) * 60 + d.getSeconds()) * 1000 + d.getMilliseconds();
}

const format = (ms: number): string => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * The workshop's shared timer and the agenda's current step: one slim bar everyone sees while a timer
 * or a current step exists, reading the time left against the HOST's clock (shared/day/day-timer.ts;
 * without a timer, until the step's end on the wall clock). The bar takes no pointer: it never blocks
 * anyone's input. When the step changes, the page's view is brought to its frames, with a notice to go
 * back. A facilitator's page also lends the timer and agenda actions their effect.
 */
export function DayBar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const timer = useDayTimer(editor);
  const offset = useHostOffset();
  const { steps, current } = useAgenda(editor);
  const [brought, dismiss] = useAgendaFollow(editor, current);
  useDayProbe(steps, current, timer, offset);
  const [, tick] = useState(0);

  const commands = useMemo(
    () =>
      editor.facilitator
        ? {
            timer: (op: TimerOp) => {
              if (offset === null) return;
              writeDayTimer(editor.doc, applyTimerOp(readDayTimer(editor.doc), op, Date.now() + offset), TIMER_ORIGIN);
            },
            agenda: (direction: 1 | -1) => {
              goToStep(editor.doc, direction, TIMER_ORIGIN);
            },
          }
        : {},
    [editor, offset],
  );
  useProvideShell(commands);

  const index = current ? steps.findIndex((s) => s.id === current.id) : -1;
  const end = index === -1 ? null : stepEnd(steps, index);
  const ticking = timer?.state === 'running' || (!timer && end !== null);
  // The optional sound, once per zero reached; after this render, so it never holds the page up.
  const soundOn = useSoundAtZero();
  const chimed = useRef<number | null>(null);
  useEffect(() => {
    if (offset === null) return;
    const zero = zeroReached(timer, Date.now() + offset);
    if (!shouldChime(zero, chimed.current)) return;
    chimed.current = zero;
    if (soundOn) playChime();
  });
  useEffect(() => {
    if (!ticking) return;
    const id = setInterval(() => tick((n) => n + 1), TICK_MS);
    return () => clearInterval(id);
  }, [ticking]);

  const notice = brought && (
    <div className="agenda-notice" role="status" data-testid="agenda-notice">
      {'gone' in brought ? (
        <span data-testid="agenda-place-deleted">{t('day.agenda.placeDeleted', { title: brought.title })}</span>
      ) : (
        <>
          <span>{t('day.agenda.broughtTo', { title: brought.title })}</span>
          <button
            type="button"
            className="link-button"
            data-testid="agenda-back-to-mine"
            onClick={() => {
              editor.setCamera(brought.before);
              dismiss();
            }}
          >
            {t('day.agenda.backToMine')}
          </button>
        </>
      )}
      <button type="button" className="icon-button" aria-label={t('day.agenda.dismiss')} onClick={dismiss}>
        ×
      </button>
    </div>
  );
  if ((!timer && !current) || offset === null) return notice || null;
  const hostNow = Date.now() + offset;
  // The timer, when there is one, says the time left; else the step's end on the wall clock.
  const left = timer ? timeLeft(timer, hostNow) : end === null ? null : Math.max(0, end * 60_000 - sinceMidnight(hostNow));
  const done = left === 0;
  const className = [
    'timer-bar',
    current ? 'with-step' : '',
    done ? 'done' : left !== null && left <= LAST_MINUTE_MS ? 'last-minute' : '',
    timer?.state === 'paused' ? 'paused' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const share = timer ? (timer.totalMs > 0 ? timeLeft(timer, hostNow) / timer.totalMs : 0) : 0;
  const clock =
    left === null
      ? ''
      : done
        ? t('day.timer.done')
        : `${t('day.timer.left')} ${format(left)}${timer?.state === 'paused' ? ` (${t('day.timer.paused')})` : ''}`;
  return (
    <>
      <div className={className} role="timer" aria-live="off" data-testid="timer-bar">
        {timer && <div className="timer-bar-fill" style={{ width: `${Math.min(100, share * 100)}%` }} />}
        <span className="timer-bar-text">
          {current && (
            <span className="agenda-step" data-testid="agenda-step">
              <strong className="agenda-step-title">{current.title}</strong>
              {current.instructions && <span className="agenda-step-instructions"> · {current.instructions}</span>}
              {!timer && end !== null && <span className="agenda-step-until"> · {t('day.agenda.until', { time: formatClockTime(end) })}</span>}
              {clock && ' · '}
            </span>
          )}
          {clock}
        </span>
      </div>
      {notice}
    </>
  );
}
