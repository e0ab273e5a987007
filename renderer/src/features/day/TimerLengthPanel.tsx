import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIMER_MS, newTimer, parseTimerMinutes, readDayTimer, TIMER_PRESETS, writeDayTimer } from '@shared/day/day-timer';
import type { Editor } from '../../canvas/editor';
import { setSoundAtZero, useSoundAtZero } from './chime';
import { TIMER_ORIGIN } from './timer-origin';

/**
 * The facilitators' choice of the timer's length (a preset or typed minutes), set paused so it starts
 * with ⏱ when the group is ready (a timer under way is replaced: choosing a length is starting over),
 * and whether this browser chimes at zero. A length that is not one (negative, zero, over a day, not
 * a number) is refused with the reason, and the timer stays as it was.
 */
export function TimerLengthPanel({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const sound = useSoundAtZero();
  const [text, setText] = useState(() => String((readDayTimer(editor.doc)?.totalMs ?? DEFAULT_TIMER_MS) / 60_000));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const apply = (value: string): void => {
    const length = parseTimerMinutes(value);
    if (!length.ok) return setMessage({ error: true, text: t(`day.timer.refused.${length.reason}`) });
    writeDayTimer(editor.doc, newTimer(length.ms), TIMER_ORIGIN);
    setText(String(length.ms / 60_000));
    setMessage({ error: false, text: t('day.timer.lengthSet', { n: length.ms / 60_000 }) });
  };

  return (
    <div className="timer-length-panel" data-testid="timer-length-panel" role="dialog" aria-label={t('day.timer.lengthTitle')}>
      <div className="panel-head">
        <h2>{t('day.timer.lengthTitle')}</h2>
        <button type="button" className="icon-button" aria-label={t('day.agenda.dismiss')} onClick={onClose}>
          ×
        </button>
      </div>
      <div className="timer-presets">
        {TIMER_PRESETS.map((n) => (
          <button key={n} type="button" data-testid={`timer-preset-${n}`} onClick={() => apply(String(n))}>
            {t('day.timer.preset', { n })}
          </button>
        ))}
      </div>
      <form
        className="timer-length-form"
        onSubmit={(e) => {
          e.preventDefault();
          apply(text);
        }}
      >
        <input
          data-testid="timer-minutes"
          inputMode="decimal"
          aria-label={t('day.timer.minutes')}
          aria-invalid={message?.error ?? false}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <span>{t('day.timer.minutes')}</span>
        <button type="submit" data-testid="timer-set-length">
          {t('day.timer.setLength')}
        </button>
      </form>
      {message && (
        <p className={message.error ? 'timer-length-message error' : 'timer-length-message'} role={message.error ? 'alert' : 'status'} data-testid="timer-length-message">
          {message.text}
        </p>
      )}
      <label className="timer-sound">
        <input type="checkbox" data-testid="timer-sound" checked={sound} onChange={(e) => setSoundAtZero(e.currentTarget.checked)} />
        {t('day.timer.sound')}
      </label>
    </div>
  );
}
