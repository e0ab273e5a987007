import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { center } from '@shared/board/geometry';
import type { FrameRecord } from '@shared/board/records';
import { DEFAULT_SIZE } from '@shared/records/items';
import { assign, dealTables, MAX_TABLES, newTableId, writeTables, type Table } from '@shared/day/day-tables';
import { isEditableTarget } from '../../actions/editable-target';
import { useEscapeLayer } from '../../actions/escape-layers';
import type { Editor } from '../../canvas/editor';
import { pushToast } from '../../app/toast-store';
import type { CardArrivals } from './card-arrivals';

/** Not an undoable board edit, like the agenda: Ctrl+Z undoes the board, never the day's plan. */
const TABLES_ORIGIN = 'tablee:tables';
/** "Lately", in the overview. */
export const RECENT_MS = 10 * 60_000;
const REFRESH_MS = 15_000;
const NEW_FRAME = '__new__';

/** A participant in the room now. */
export interface Seat {
  id: string;
  name: string;
}

interface Props {
  editor: Editor;
  tables: Table[];
  /** The participants in the room now (the HOST's roster says who is one). */
  present: Seat[];
  /** A person's name, also when they are not here now (as last seen). */
  nameOf: (id: string) => string;
  arrivals: CardArrivals;
  onClose: () => void;
}

const framesOf = (editor: Editor): FrameRecord[] =>
  [...editor.index.all()].filter((r): r is FrameRecord => r.kind === 'frame').sort((a, b) => a.title.localeCompare(b.title));

/** Where a new frame goes: near the middle of the view, on free space (each probe asks the spatial index). */
const placeFrame = (editor: Editor): { x: number; y: number; w: number; h: number } => editor.freeSpot(DEFAULT_SIZE.frame, center(editor.viewport()));

/**
 * The facilitators' tables: deal the participants here now into N tables at random, or seat each
 * one by hand; give each table a name, a frame (one of the board's, or a new one on free space)
 * and a challenge. The overview says, per table, who of its people is here and how many cards
 * were added in its frame lately (as this page saw them arrive: card-arrivals.ts).
 */
export const TablesPanel = memo(function TablesPanel({ editor, tables, present, nameOf, arrivals, onClose }: Props) {
  const { t } = useTranslation();
  const [count, setCount] = useState(() => Math.max(2, tables.length));
  // The board's frames, read when the panel opens and when it makes one (not at every board change: boards are big).
  const [frames, setFrames] = useState(() => framesOf(editor));
  // Counts move when cards arrive, and as arrivals age out of the window.
  const [, refresh] = useState(0);
  useEffect(() => {
    const off = arrivals.subscribe(() => refresh((n) => n + 1));
    const id = setInterval(() => refresh((n) => n + 1), REFRESH_MS);
    return () => {
      off();
      clearInterval(id);
    };
  }, [arrivals]);

  // Escape from inside the panel (not from one of its fields) closes it.
  const root = useRef<HTMLDivElement>(null);
  useEscapeLayer((target) => target instanceof Node && !!root.current?.contains(target) && !isEditableTarget(target), onClose);

  const save = (next: Table[]): void => {
    try {
      writeTables(editor.doc, next, TABLES_ORIGIN);
    } catch (err) {
      // Nothing was written (writeTables checks first): say so rather than let the click fail silently.
      console.warn('Tables not saved', err);
      pushToast('error', t('day.tables.notSaved'));
    }
  };
  const patch = (id: string, change: Partial<Table>): void => save(tables.map((x) => (x.id === id ? { ...x, ...change } : x)));
  const here = new Set(present.map((p) => p.id));
  const seated = new Set(tables.flatMap((x) => x.people));
  const unseated = present.filter((p) => !seated.has(p.id));
  const young = Date.now() - arrivals.since < RECENT_MS;

  const chooseFrame = (table: Table, value: string): void => {
    if (value !== NEW_FRAME) return patch(table.id, { frame: value || null });
    const id = editor.create({ kind: 'frame', ...placeFrame(editor), title: table.name }, false);
    if (!id) return;
    setFrames(framesOf(editor));
    patch(table.id, { frame: id });
  };

  const moveSelect = (person: string, current: string | null) => (
    <select
      className="tables-move"
      aria-label={t('day.tables.moveTo', { name: nameOf(person) })}
      data-testid="tables-move"
      value={current ?? ''}
      onChange={(e) => save(assign(tables, person, e.currentTarget.value || null))}
    >
      <option value="">{t('day.tables.noTable')}</option>
      {tables.map((x) => (
        <option key={x.id} value={x.id}>
          {x.name || x.id}
        </option>
      ))}
    </select>
  );

  return (
    <div ref={root} className="tables-panel" data-testid="tables-panel" role="dialog" aria-label={t('day.tables.panel.title')}>
      <div className="panel-head">
        <h2>{t('day.tables.panel.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('day.tables.dismiss')} onClick={onClose}>
          ×
        </button>
      </div>
      <div className="tables-split">
        <label>
          {t('day.tables.panel.count')}
          <input
            type="number"
            min={1}
            max={MAX_TABLES}
            value={count}
            data-testid="tables-count"
            onChange={(e) => setCount(Math.min(MAX_TABLES, Math.max(1, Math.round(Number(e.currentTarget.value)) || 1)))}
          />
        </label>
        <button
          type="button"
          data-testid="tables-split"
          onClick={() => save(dealTables(tables, present.map((p) => p.id), count, Math.random, (n) => t('day.tables.defaultName', { number: n })))}
        >
          {t('day.tables.panel.split')}
        </button>
        <span className="tables-hint">{t('day.tables.panel.presentNow', { count: present.length })}</span>
      </div>
      {tables.length === 0 && <p className="tables-empty">{t('day.tables.panel.empty')}</p>}
      <ol className="tables-list">
        {tables.map((table) => {
          const frame = table.frame ? editor.index.get(table.frame) : undefined;
          const added = table.frame ? arrivals.count(table.frame, RECENT_MS) : 0;
          return (
            <li key={table.id} className="tables-row" data-testid="table-row" data-table={table.id}>
              <div className="tables-row-line">
                {/* Keyed by the value: another facilitator's rename replaces the field (never overwritten by a blur here). */}
                <input
                  key={`${table.id}\n${table.name}`}
                  className="tables-name"
                  aria-label={t('day.tables.panel.name')}
                  defaultValue={table.name}
                  data-testid="table-name"
                  onBlur={(e) => e.currentTarget.value !== table.name && patch(table.id, { name: e.currentTarget.value.slice(0, 200) })}
                />
                <select
                  className="tables-frame"
                  aria-label={t('day.tables.panel.frame')}
                  data-testid="table-frame"
                  value={table.frame ?? ''}
                  onChange={(e) => chooseFrame(table, e.currentTarget.value)}
                >
                  <option value="">{t('day.tables.panel.noFrame')}</option>
                  {table.frame && !frames.some((f) => f.id === table.frame) && <option value={table.frame}>{frame?.kind === 'frame' ? frame.title : t('day.tables.frameGone')}</option>}
                  {frames.map((f) => (
                    <option key={f.id} value={f.id}>
                      {f.title || f.id}
                    </option>
                  ))}
                  <option value={NEW_FRAME}>{t('day.tables.panel.createFrame')}</option>
                </select>
                <button type="button" className="icon-button" aria-label={t('day.tables.panel.delete')} onClick={() => save(tables.filter((x) => x.id !== table.id))}>
                  🗑
                </button>
              </div>
              <input
                key={`${table.id}\n${table.challenge}`}
                className="tables-challenge"
                aria-label={t('day.tables.panel.challenge')}
                placeholder={t('day.tables.panel.challenge')}
                defaultValue={table.challenge}
                data-testid="table-challenge"
                onBlur={(e) => e.currentTarget.value !== table.challenge && patch(table.id, { challenge: e.currentTarget.value.slice(0, 1000) })}
              />
              <div className="tables-overview">
                {frame ? (
                  <button type="button" className="link-button" data-testid="table-zoom" onClick={() => editor.zoomToItems([frame.id])}>
                    {t('day.tables.panel.showFrame', { title: frame.kind === 'frame' && frame.title ? frame.title : table.name })}
                  </button>
                ) : (
                  <span className="tables-muted">{table.frame ? t('day.tables.frameGone') : t('day.tables.panel.noFrame')}</span>
                )}
                {frame && (
                  <span className="tables-added" data-testid="table-added" data-count={added}>
                    {t(young ? 'day.tables.panel.addedSinceOpen' : 'day.tables.panel.addedRecently', { count: added })}
                  </span>
                )}
              </div>
              <ul className="tables-people">
                {table.people.length === 0 && <li className="tables-muted">{t('day.tables.panel.nobody')}</li>}
                {table.people.map((person) => (
                  <li key={person} data-testid="table-person" data-person={person} data-here={here.has(person)}>
                    <span className={here.has(person) ? 'tables-here' : 'tables-away'}>{here.has(person) ? '●' : '○'}</span>{' '}
                    <span className="tables-person-name">{nameOf(person)}</span>{' '}
                    <span className="tables-muted">{t(here.has(person) ? 'day.tables.panel.here' : 'day.tables.panel.away')}</span>
                    {moveSelect(person, table.id)}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      {unseated.length > 0 && (
        <div className="tables-unseated" data-testid="tables-unseated">
          <h3>{t('day.tables.panel.unseated')}</h3>
          <ul className="tables-people">
            {unseated.map((p) => (
              <li key={p.id} data-testid="table-person" data-person={p.id}>
                <span className="tables-person-name">{p.name}</span> {moveSelect(p.id, null)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        data-testid="tables-add"
        disabled={tables.length >= MAX_TABLES}
        onClick={() => save([...tables, { id: newTableId(tables), name: t('day.tables.defaultName', { number: tables.length + 1 }), frame: null, challenge: '', people: [] }])}
      >
        {t('day.tables.panel.add')}
      </button>
    </div>
  );
});
