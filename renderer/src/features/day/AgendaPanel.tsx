import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameRecord } from '@shared/board/records';
import { formatClockTime, moveStep, newStepId, parseClockTime, stepPlace, writeAgenda, writeCurrentStep, type AgendaStep } from '@shared/day/day-agenda';
import type { Editor } from '../../canvas/editor';
import { useAgenda } from './use-agenda';

/** Not an undoable board edit, like the timer: Ctrl+Z undoes the board, never the day's plan. */
const AGENDA_ORIGIN = 'tablee:agenda';

/**
 * The facilitators' agenda editor: add, edit, reorder and delete steps, pick their frames by title,
 * choose the current one. Fields are written when they lose focus (one small write per edit, and a
 * half-typed time is never saved); a time that is not one is left as it was. A step whose frame was
 * deleted stays, marked "frame deleted".
 */
export function AgendaPanel({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const { steps, current } = useAgenda(editor);
  // The board's frames, read once when the panel opens (not at every board change: boards are big).
  const frames = useMemo(
    () => [...editor.index.all()].filter((r): r is FrameRecord => r.kind === 'frame').sort((a, b) => a.title.localeCompare(b.title)),
    [editor],
  );
  const save = (next: AgendaStep[]): void => writeAgenda(editor.doc, next, undefined, AGENDA_ORIGIN);
  const patch = (i: number, change: Partial<AgendaStep>): void => save(steps.map((s, j) => (j === i ? { ...s, ...change } : s)));

  return (
    <div className="agenda-panel" data-testid="agenda-panel" role="dialog" aria-label={t('day.agenda.panel.title')}>
      <div className="panel-head">
        <h2>{t('day.agenda.panel.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('day.agenda.dismiss')} onClick={onClose}>
          ×
        </button>
      </div>
      {steps.length === 0 && <p className="agenda-empty">{t('day.agenda.panel.empty')}</p>}
      <ol className="agenda-steps">
        {steps.map((s, i) => (
          <li key={s.id} className={s.id === current?.id ? 'agenda-row current' : 'agenda-row'} data-testid="agenda-row">
            <div className="agenda-row-line">
              <input
                className="agenda-start"
                aria-label={t('day.agenda.panel.start')}
                placeholder="09:30"
                defaultValue={s.start ?? ''}
                onBlur={(e) => {
                  const text = e.currentTarget.value.trim();
                  const at = parseClockTime(text);
                  if (text === '') patch(i, { start: undefined });
                  else if (at !== null) patch(i, { start: formatClockTime(at) });
                  else e.currentTarget.value = s.start ?? '';
                }}
              />
              <input
                className="agenda-title"
                aria-label={t('day.agenda.panel.stepTitle')}
                defaultValue={s.title}
                data-testid="agenda-title"
                onBlur={(e) => e.currentTarget.value !== s.title && patch(i, { title: e.currentTarget.value.slice(0, 200) })}
              />
              <input
                className="agenda-minutes"
                type="number"
                min={1}
                max={1440}
                aria-label={t('day.agenda.panel.minutes')}
                placeholder={t('day.agenda.panel.minutes')}
                defaultValue={s.minutes ?? ''}
                onBlur={(e) => {
                  const n = Math.round(Number(e.currentTarget.value));
                  patch(i, { minutes: e.currentTarget.value === '' || !(n >= 1 && n <= 1440) ? undefined : n });
                }}
              />
            </div>
            <input
              className="agenda-instructions"
              aria-label={t('day.agenda.panel.instructions')}
              placeholder={t('day.agenda.panel.instructions')}
              defaultValue={s.instructions}
              onBlur={(e) => e.currentTarget.value !== s.instructions && patch(i, { instructions: e.currentTarget.value.slice(0, 1000) })}
            />
            <select
              multiple
              className="agenda-frames"
              aria-label={t('day.agenda.panel.frames')}
              value={s.frames}
              onChange={(e) => patch(i, { frames: [...e.currentTarget.selectedOptions].map((o) => o.value) })}
            >
              {frames.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.title || f.id}
                </option>
              ))}
            </select>
            {stepPlace(s, (f) => editor.index.get(f) !== undefined).missing.length > 0 && (
              <span className="agenda-frame-deleted" data-testid="agenda-frame-deleted">
                {t('day.agenda.frameDeleted')}
              </span>
            )}
            <div className="agenda-row-buttons">
              <button type="button" onClick={() => writeCurrentStep(editor.doc, s.id, AGENDA_ORIGIN)} disabled={s.id === current?.id}>
                {t('day.agenda.panel.makeCurrent')}
              </button>
              <button type="button" className="icon-button" aria-label={t('day.agenda.panel.up')} disabled={i === 0} onClick={() => save(moveStep(steps, i, i - 1))}>
                ↑
              </button>
              <button type="button" className="icon-button" aria-label={t('day.agenda.panel.down')} disabled={i === steps.length - 1} onClick={() => save(moveStep(steps, i, i + 1))}>
                ↓
              </button>
              <button type="button" className="icon-button" aria-label={t('day.agenda.panel.delete')} onClick={() => save(steps.filter((x) => x.id !== s.id))}>
                🗑
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        data-testid="agenda-add"
        disabled={steps.length >= 100}
        onClick={() => save([...steps, { id: newStepId(steps), title: t('day.agenda.panel.newStep'), instructions: '', frames: [] }])}
      >
        {t('day.agenda.panel.add')}
      </button>
    </div>
  );
}
