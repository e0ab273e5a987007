import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { askReveal, discardRound, heldText, isInRoundFrame, MAX_HELD_TEXT, newRoundId, revealWithoutRoom, writeDayRound, type DayRound, type HeldCard } from '@shared/day/day-round';
import { itemsOf, readItem } from '@shared/board/doc';
import { newItemId } from '@shared/records/items';
import { useEscapeLayer } from '../../actions/escape-layers';
import { ActionButton, useProvideShell } from '../../actions/use-actions';
import { boardToScreen } from '../../canvas/camera';
import { NOTE_FILL } from '../../canvas/colors';
import type { Editor } from '../../canvas/editor';
import type { RoomConnection } from '../room/join-room';
import { useRoomConnection } from '../room/room-context';
import { onMyHeld, useDayRound, useHeldCount } from './use-day-round';

/** The frame's title as the board shows it ('' once the frame is gone). */
const frameTitle = (editor: Editor, frameId: string, untitled: string): string => {
  const item = readItem(itemsOf(editor.doc).get(frameId));
  return item?.kind === 'frame' ? item.title || untitled : '';
};

/**
 * "Write alone, then reveal" (shared/day/day-round.ts). A facilitator's page: open a round on the
 * selected frame, named or anonymous, see how many cards are held, reveal or discard. A
 * participant's page: a banner, and my own held cards drawn where I wrote them.
 */
export function PrivateRound({ editor }: { editor: Editor }) {
  const connection = useRoomConnection();
  const round = useDayRound(editor.doc);
  // A round is a room's: without one open (and no round left to end), the facilitator's board stays as it was.
  if (editor.facilitator) return connection || round ? <RoundControls editor={editor} round={round} inRoom={!!connection} /> : null;
  if (!connection || round?.state !== 'writing') return null;
  return <HeldCards editor={editor} connection={connection} round={round} />;
}

function RoundControls({ editor, round, inRoom }: { editor: Editor; round: DayRound | null; inRoom: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [anonymous, setAnonymous] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const count = useHeldCount(editor.doc, round?.state === 'writing' ? round.id : null);
  const { selection } = useSyncExternalStore(editor.subscribe, editor.getState);
  const selectedFrame = useMemo(() => {
    const ids = [...selection];
    return ids.length === 1 && editor.index.get(ids[0]!)?.kind === 'frame' ? ids[0]! : null;
  }, [editor, selection]);
  useProvideShell(useMemo(() => ({ privateRound: () => setOpen((o) => !o) }), []));
  // The start form is a small panel: Escape closes it, as it does the other day panels.
  useEscapeLayer(
    () => true,
    () => setOpen(false),
    open,
  );
  useEffect(() => setConfirming(false), [round?.id, round?.state]);

  const start = (): void => {
    if (!selectedFrame) return;
    writeDayRound(editor.doc, { id: newRoundId(), frame: selectedFrame, anonymous, state: 'writing' });
    setOpen(false);
  };
  const title = round ? frameTitle(editor, round.frame, t('frame.untitled')) : '';

  if (round?.state === 'writing') {
    return (
      <div className="private-round" role="status" data-testid="private-round">
        <span>{t('day.round.writingIn', { title })}</span>
        <span data-testid="private-round-count">{`${t('day.round.cards', { count: count.cards })} ${t('day.round.byPeople', { count: count.people })}`}</span>
        <span>{round.anonymous ? t('day.round.anonymous') : t('day.round.named')}</span>
        <button type="button" className="text-button" data-testid="private-round-reveal" onClick={() => (inRoom ? askReveal(editor.doc) : revealWithoutRoom(editor.doc))}>
          {t('day.round.reveal')}
        </button>
        {confirming ? (
          <button type="button" className="text-button danger" data-testid="private-round-discard-confirm" onClick={() => discardRound(editor.doc)}>
            {t('day.round.discardConfirm', { count: count.cards })}
          </button>
        ) : (
          <button type="button" className="text-button" data-testid="private-round-discard" onClick={() => setConfirming(true)}>
            {t('day.round.discard')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="private-round" data-testid="private-round">
      {round?.state === 'revealed' && (
        <>
          <span>{t('day.round.revealed', { title })}</span>
          <button type="button" className="text-button" data-testid="private-round-end" onClick={() => writeDayRound(editor.doc, null)}>
            {t('day.round.end')}
          </button>
        </>
      )}
      <ActionButton action="private-round" className="text-button" labelled data-testid="private-round-open">
        {t('actions.labels.privateRound')}
      </ActionButton>
      {open && (
        <div className="private-round-form">
          {selectedFrame ? <span>{t('day.round.onFrame', { title: frameTitle(editor, selectedFrame, t('frame.untitled')) })}</span> : <span>{t('day.round.selectFrame')}</span>}
          <label>
            <input type="checkbox" checked={anonymous} data-testid="private-round-anonymous" onChange={(e) => setAnonymous(e.target.checked)} />
            {t('day.round.anonymousChoice')}
          </label>
          <button type="button" className="text-button" data-testid="private-round-start" disabled={!selectedFrame} onClick={start}>
            {t('day.round.start')}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * A participant's page while a round is open: new notes in the round's frame go to the HOST, not
 * the board (editor.holdNote); mine are drawn over the canvas, editable in place (double-click or
 * Enter) and deletable (Delete). The HOST's `my-held` answer is the truth; what I just wrote shows
 * at once and is replaced by it.
 */
function HeldCards({ editor, connection, round }: { editor: Editor; connection: RoomConnection; round: DayRound }) {
  const { t } = useTranslation();
  const { camera } = useSyncExternalStore(editor.subscribe, editor.getState);
  // The HOST's `my-held` answer drawn first; only a newer answer replaces what I just wrote.
  const [first] = useState(() => connection.held.mine());
  const [cards, setCards] = useState<HeldCard[]>(() => mineIn(first, round));
  const [editing, setEditing] = useState<string | null>(null);

  useEffect(() => onMyHeld(connection, round.id, first, setCards), [connection, round.id, first]);

  useEffect(() => {
    editor.holdNote = (note, edit) => {
      if (!isInRoundFrame(editor.doc, round, note)) return null;
      const card: HeldCard = { id: newItemId('note'), ...note, text: heldText(note.text) };
      setCards((old) => [...old, card]);
      connection.held.send({ t: 'held', round: round.id, card });
      if (edit) setEditing(card.id);
      return card.id;
    };
    return () => {
      editor.holdNote = null;
    };
  }, [editor, connection, round]);

  const save = (card: HeldCard, text: string): void => {
    setEditing(null);
    // A card left empty is not an idea: it goes, as an empty note on the board would be worth nothing.
    if (heldText(text).trim() === '') return drop(card);
    if (heldText(text) === card.text) return;
    const next = { ...card, text: heldText(text) };
    setCards((old) => old.map((c) => (c.id === card.id ? next : c)));
    connection.held.send({ t: 'held', round: round.id, card: next });
  };
  const drop = (card: HeldCard): void => {
    setCards((old) => old.filter((c) => c.id !== card.id));
    connection.held.send({ t: 'held-drop', round: round.id, id: card.id });
  };

  return (
    <>
      <div className="private-round-banner" role="status" data-testid="private-round-banner">
        {t('day.round.banner', { title: frameTitle(editor, round.frame, t('frame.untitled')) })}
      </div>
      <div className="held-cards" data-testid="held-cards">
        {cards.map((card) => {
          const at = boardToScreen(camera, card.x, card.y);
          const style = { left: at.x, top: at.y, width: card.w * camera.zoom, height: card.h * camera.zoom, fontSize: 16 * camera.zoom, background: NOTE_FILL[card.color] };
          return (
            <div
              key={card.id}
              className="held-card"
              style={style}
              tabIndex={0}
              data-testid="held-card"
              data-id={card.id}
              onDoubleClick={() => setEditing(card.id)}
              onKeyDown={(e) => {
                if (editing === card.id) return;
                e.stopPropagation();
                if (e.key === 'Enter') setEditing(card.id);
                else if (e.key === 'Delete' || e.key === 'Backspace') drop(card);
              }}
            >
              <span className="held-card-mark">{t('day.round.private')}</span>
              {editing === card.id ? (
                <textarea
                  autoFocus
                  defaultValue={card.text}
                  maxLength={MAX_HELD_TEXT}
                  aria-label={t('day.round.private')}
                  data-testid="held-card-text"
                  onBlur={(e) => save(card, e.target.value)}
                  onKeyDown={(e) => {
                    e.stopPropagation();
                    if (e.key === 'Escape') save(card, card.text);
                    else if (e.key === 'Enter' && !e.shiftKey) {
                      e.preventDefault();
                      save(card, e.currentTarget.value);
                    }
                  }}
                />
              ) : (
                <div className="held-card-text">{card.text}</div>
              )}
            </div>
          );
        })}
      </div>
    </>
  );
}

function mineIn(mine: ReturnType<RoomConnection['held']['mine']>, round: DayRound): HeldCard[] {
  return mine.round === round.id ? mine.cards : [];
}
