import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import type { RoomAddress } from '@shared/room/room-code';
import type { HubState } from '../features/room/hub-link';
import { joinRoom, type JoinRoomOptions, type RoomConnection } from '../features/room/join-room';
import { loadIdentity, PERSON_COLOUR_NAMES, PERSON_COLOURS, personColourName, saveIdentity } from '../features/room/room-identity';
import { storedTicket, storeTicket, ticketKey } from '../features/room/room-ticket';
import { LanguageSwitch } from './LanguageSwitch';
import { RoomBoardView } from './RoomBoardView';
import { pushToast } from './toast-store';
import { Toasts } from './Toasts';

interface Joined {
  doc: Y.Doc;
  connection: RoomConnection;
  /** How it joined: the same again when it must start over. */
  options: Omit<JoinRoomOptions, 'doc'>;
}

/** Joins with a fresh doc; resolves once the HOST's board is here, rejects with what to tell the person. */
function connect(options: Omit<JoinRoomOptions, 'doc'>, refusedText: (s: HubState) => string): Promise<Joined> {
  const doc = new Y.Doc();
  const key = ticketKey(options.host, options.door ?? 'participant');
  const ticket = storedTicket(key);
  const connection = joinRoom({ ...options, doc, ...(ticket ? { ticket } : {}) });
  return connection.synced().then(
    () => {
      const s = connection.state();
      if (s.kind === 'joined') storeTicket(key, s.ticket);
      return { doc, connection, options };
    },
    () => {
      const s: HubState = connection.state();
      connection.leave();
      doc.destroy();
      throw new Error(refusedText(s));
    },
  );
}

/**
 * A participant who opened the room's address: pick a name and colour, type the password, then
 * the board. A facilitator on another computer opens "I am a facilitator" and types the
 * facilitators' password instead (the facilitators' door: the research material too).
 */
export function ParticipantApp({ address }: { address: RoomAddress }) {
  const { t } = useTranslation();
  const [me, setMe] = useState(loadIdentity);
  const [password, setPassword] = useState(address.password ?? '');
  const [asFacilitator, setAsFacilitator] = useState(false);
  const [facilitatorPassword, setFacilitatorPassword] = useState('');
  const [joined, setJoined] = useState<Joined | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosenColour = personColourName(me.color);
  const refusedText = (s: HubState): string => (s.kind === 'refused' ? t(`room.refused.${s.reason}`) : t('room.state.closed'));

  // The HOST refused one of my edits (it touched something locked): my doc has it, the room does
  // not. Start over at once with a fresh doc, the same person and the same door, and say why.
  useEffect(() => {
    if (!joined) return;
    const { connection, doc, options } = joined;
    let done = false;
    const check = (): void => {
      const s = connection.state();
      if (done || s.kind !== 'refused' || s.reason !== 'update-refused') return;
      done = true;
      connection.leave();
      pushToast('error', t('roles.lock.undone'));
      connect(options, refusedText).then(
        (next) => {
          setJoined(next);
          doc.destroy();
        },
        (e: unknown) => {
          setJoined(null);
          doc.destroy();
          setError(e instanceof Error ? e.message : String(e));
        },
      );
    };
    check();
    return connection.subscribe(check);
    // `refusedText` and `t` only word the outcome; the watch follows the connection alone.
  }, [joined]);

  if (joined) {
    return (
      <>
        {/* A new connection is a new board (editor, undo, role): keyed by it. */}
        <RoomBoardView key={joined.connection.awareness.clientID} doc={joined.doc} connection={joined.connection} />
        <Toasts />
      </>
    );
  }

  const join = (): void => {
    const name = me.name.trim();
    if (!name) return setError(t('room.join.nameRequired'));
    const user = { ...me, name };
    saveIdentity(user);
    setBusy(true);
    setError(null);
    const facilitatorDoor = asFacilitator && facilitatorPassword !== '';
    const options: Omit<JoinRoomOptions, 'doc'> = {
      host: address.host,
      roomId: address.roomId,
      password: facilitatorDoor ? facilitatorPassword : password || null,
      door: facilitatorDoor ? 'facilitator' : 'participant',
      user,
    };
    connect(options, refusedText).then(setJoined, (e: unknown) => {
      setBusy(false);
      setError(e instanceof Error ? e.message : String(e));
    });
  };

  return (
    <main className="full-screen join-screen" data-testid="join-screen">
      <form
        className="join-form"
        onSubmit={(e) => {
          e.preventDefault();
          join();
        }}
      >
        <div className="panel-head">
          <h1>{t('room.join.title')}</h1>
          <LanguageSwitch />
        </div>
        <p className="muted">{t('room.join.intro')}</p>
        <label>
          {t('room.join.name')}
          <input data-testid="join-name" value={me.name} placeholder={t('room.join.namePlaceholder')} maxLength={40} autoFocus onChange={(e) => setMe({ ...me, name: e.target.value })} />
        </label>
        <fieldset className="colour-choice">
          <legend data-testid="join-colour-chosen">{chosenColour ? t('room.join.colourChosen', { name: t(`room.colours.${chosenColour}`) }) : t('room.join.colour')}</legend>
          {PERSON_COLOURS.map((c) => (
            <label key={c} className="colour-swatch" style={{ background: c }} title={t(`room.colours.${PERSON_COLOUR_NAMES[c]}`)}>
              <input type="radio" name="colour" value={c} checked={me.color === c} onChange={() => setMe({ ...me, color: c })} aria-label={t(`room.colours.${PERSON_COLOUR_NAMES[c]}`)} />
            </label>
          ))}
        </fieldset>
        <label>
          {t('room.join.password')}
          <input data-testid="join-password" type="password" value={password} maxLength={128} aria-describedby="join-password-loose" onChange={(e) => setPassword(e.target.value)} />
        </label>
        <p className="muted" id="join-password-loose" data-testid="join-password-loose">
          {t('room.join.passwordLoose')}
        </p>
        <details className="facilitator-door" open={asFacilitator} onToggle={(e) => setAsFacilitator(e.currentTarget.open)}>
          <summary data-testid="join-as-facilitator">{t('roles.join.facilitator')}</summary>
          <label>
            {t('roles.join.facilitatorPassword')}
            <input
              data-testid="join-facilitator-password"
              type="password"
              value={facilitatorPassword}
              maxLength={128}
              autoComplete="off"
              onChange={(e) => setFacilitatorPassword(e.target.value)}
            />
          </label>
          <p className="muted">{t('roles.join.facilitatorHint')}</p>
        </details>
        <button type="submit" data-testid="join-submit" disabled={busy}>
          {busy ? t('room.join.joining') : t('room.join.submit')}
        </button>
        {error && (
          <p className="form-error" data-testid="join-error">
            {error}
          </p>
        )}
      </form>
    </main>
  );
}
