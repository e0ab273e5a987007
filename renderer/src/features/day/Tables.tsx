import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personIdSchema, tableOf, type Table } from '@shared/day/day-tables';
import type { ShellCommands } from '../../actions/action-table';
import { ActionButton, useProvideShell } from '../../actions/use-actions';
import { provideWorkshopPart } from '../../automation/workshop-probe';
import type { Editor } from '../../canvas/editor';
import { myPersonId } from '../room/my-person';
import { useRoomConnection } from '../room/room-context';
import type { RoomConnection } from '../room/join-room';
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
  const { present, nameOf } = useSeats(editor.facilitator ? connection : null);
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

  const seated = useSeatedNotice(mine, !editor.facilitator);
  const frame = mine?.frame ?? null;
  const goToMine = useMemo(() => (frame ? () => editor.zoomToItems([frame]) : null), [editor, frame]);

  const commands = useMemo(() => {
    const out: Partial<ShellCommands> = {};
    if (editor.facilitator) out.toggleTables = () => setPanelOpen((o) => !o);
    if (goToMine) out.myTable = () => void goToMine();
    return out;
  }, [editor, goToMine]);
  useProvideShell(commands);

  const closePanel = useCallback(() => setPanelOpen(false), []);

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
        <TablesPanel editor={editor} tables={tables} present={present} nameOf={nameOf} arrivals={arrivals} onClose={closePanel} />
      )}
    </>
  );
}

/**
 * The participants here now (as the HOST's roster says; only ids a table can hold), and a person's
 * name, also once they have left (as last seen on this page). Presence changes at every pointer move
 * of 35 people: the page renders only when who is here, or a name, changes.
 */
function useSeats(connection: RoomConnection | null): { present: Seat[]; nameOf: (id: string) => string } {
  const { t } = useTranslation();
  const [present, setPresent] = useState<Seat[]>([]);
  const names = useRef(new Map<string, string>());
  useEffect(() => {
    if (!connection) return setPresent([]);
    let key = '';
    const update = (): void => {
      const seen = new Map<string, Seat>();
      for (const p of connection.people()) {
        names.current.set(p.user.id, p.user.name);
        if (p.role === 'participant' && !seen.has(p.user.id) && personIdSchema.safeParse(p.user.id).success) seen.set(p.user.id, { id: p.user.id, name: p.user.name });
      }
      const seats = [...seen.values()];
      const next = seats.map((s) => `${s.id}:${s.name}`).join('\n');
      if (next === key) return;
      key = next;
      setPresent(seats);
    };
    update();
    return connection.subscribe(update);
  }, [connection]);
  const nameOf = useCallback((id: string): string => names.current.get(id) || t('day.tables.someone', { id: id.slice(0, 6) }), [t]);
  return { present, nameOf };
}

/**
 * The table I was just seated at (or moved to), until dismissed. A facilitator's board opened with
 * them seated says nothing. A participant's page opens only once the room's state is here
 * (ParticipantApp waits for it): `sayFirst`, it says once where I already sit (a rejoin, a reload).
 */
function useSeatedNotice(mine: Table | null, sayFirst: boolean): (Table & { dismiss: () => void }) | null {
  const [shown, setShown] = useState<string | null>(null);
  const [seen, setSeen] = useState<string | null | undefined>(undefined);
  const id = mine?.id ?? null;
  useEffect(() => {
    if (seen === id) return;
    setSeen(id);
    setShown(seen === undefined && !sayFirst ? null : id);
  }, [id, seen, sayFirst]);
  return mine && shown === mine.id ? { ...mine, dismiss: () => setShown(null) } : null;
}
