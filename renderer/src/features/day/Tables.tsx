import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tableOf, type Table } from '@shared/day/day-tables';
import type { ShellCommands } from '../../actions/action-table';
import { ActionButton, useProvideShell } from '../../actions/use-actions';
import { provideWorkshopPart } from '../../automation/workshop-probe';
import type { Editor } from '../../canvas/editor';
import { myPersonId } from '../room/my-person';
import { useRoomConnection } from '../room/room-context';
import { useRoomView } from '../room/use-room';
import { CardArrivals } from './card-arrivals';
import { RECENT_MS, TablesPanel, type Seat } from './TablesPanel';
import { useTables } from './use-tables';

/**
 * The workshop's tables on every page: "My table" (a button and a key) takes my view to my
 * table's frame, and a notice tells me when I am seated at a new table, with its challenge. A
 * facilitator's page also has the tables' panel, and counts the cards arriving in frames from
 * the moment it opens the board (for the panel's overview).
 */
export function Tables({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const connection = useRoomConnection();
  // Who is here matters to the facilitators' panel only: a participant's page does not watch it.
  const { people } = useRoomView(editor.facilitator ? connection : null);
  const tables = useTables(editor);
  const me = myPersonId(connection?.awareness);
  const mine = tableOf(tables, me);
  const [panelOpen, setPanelOpen] = useState(false);

  // Counting starts when the board opens, not when the panel does: the overview then covers the last minutes.
  const [arrivals, setArrivals] = useState<CardArrivals | null>(null);
  useEffect(() => {
    if (!editor.facilitator) return;
    const counting = new CardArrivals(editor.doc, RECENT_MS);
    setArrivals(counting);
    return () => counting.dispose();
  }, [editor]);

  const mineId = mine?.id ?? null;
  useEffect(() => provideWorkshopPart('table', () => mineId), [mineId]);

  const seated = useSeatedNotice(mine);
  const frame = mine?.frame ?? null;
  const goToMine = useMemo(() => (frame ? () => editor.zoomToItems([frame]) : null), [editor, frame]);

  const commands = useMemo(() => {
    const out: Partial<ShellCommands> = {};
    if (editor.facilitator) out.toggleTables = () => setPanelOpen((o) => !o);
    if (goToMine) out.myTable = () => void goToMine();
    return out;
  }, [editor, goToMine]);
  useProvideShell(commands);

  // Names of the people seated, also once they have left the room (as last seen on this page).
  const names = useRef(new Map<string, string>());
  for (const p of people) names.current.set(p.user.id, p.user.name);
  const present = useMemo(() => {
    const seen = new Map<string, Seat>();
    for (const p of people) if (p.role === 'participant' && !seen.has(p.user.id)) seen.set(p.user.id, { id: p.user.id, name: p.user.name });
    return [...seen.values()];
  }, [people]);
  const nameOf = (id: string): string => names.current.get(id) || t('day.tables.someone', { id: id.slice(0, 6) });

  return (
    <>
      {/* The facilitators' "Tables" button sits with the timer's (TimerControls.tsx). */}
      {mine && (
        <div className={editor.facilitator ? 'tables-controls above-timer' : 'tables-controls'} data-testid="tables-controls">
          <ActionButton action="my-table" className="text-button" labelled data-testid="my-table">
            {t('day.tables.mine')}
          </ActionButton>
        </div>
      )}
      {seated && (
        <div className="tables-notice" role="status" data-testid="tables-notice">
          <span>
            {t('day.tables.seated', { name: seated.name })}
            {seated.challenge && <> · {t('day.tables.challenge', { challenge: seated.challenge })}</>}
          </span>
          {goToMine && (
            <button type="button" className="link-button" data-testid="tables-notice-go" onClick={goToMine}>
              {t('day.tables.goThere')}
            </button>
          )}
          <button type="button" className="icon-button" aria-label={t('day.tables.dismiss')} onClick={seated.dismiss}>
            ×
          </button>
        </div>
      )}
      {panelOpen && arrivals && (
        <TablesPanel editor={editor} tables={tables} present={present} nameOf={nameOf} arrivals={arrivals} onClose={() => setPanelOpen(false)} />
      )}
    </>
  );
}

/**
 * The table I was just seated at (or moved to), until dismissed. A board opened with me already
 * seated says nothing; a participant's page, empty until the room's state arrives, sees that
 * arrival as a seating and says where I sit.
 */
function useSeatedNotice(mine: Table | null): (Table & { dismiss: () => void }) | null {
  const [shown, setShown] = useState<string | null>(null);
  const [seen, setSeen] = useState<string | null | undefined>(undefined);
  const id = mine?.id ?? null;
  useEffect(() => {
    if (seen === id) return;
    setSeen(id);
    setShown(seen === undefined ? null : id);
  }, [id, seen]);
  return mine && shown === mine.id ? { ...mine, dismiss: () => setShown(null) } : null;
}
