import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import type { RoomAddress } from '@shared/room/room-code';
import type { HubState } from '../features/room/hub-link';
import { joinRoom, type RoomConnection } from '../features/room/join-room';
import { loadIdentity, PERSON_COLOURS, saveIdentity } from '../features/room/room-identity';
import { LanguageSwitch } from './LanguageSwitch';
import { RoomBoardView } from './RoomBoardView';
import { Toasts } from './Toasts';

/** A participant who opened the room's address: pick a name and colour, type the password, then the board. */
export function ParticipantApp({ address }: { address: RoomAddress }) {
  const { t } = useTranslation();
  const [me, setMe] = useState(loadIdentity);
  const [password, setPassword] = useState(address.password ?? '');
  const [joined, setJoined] = useState<{ doc: Y.Doc; connection: RoomConnection } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (joined) {
    return (
      <>
        <RoomBoardView doc={joined.doc} connection={joined.connection} />
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
    const doc = new Y.Doc();
    const connection = joinRoom({ doc, host: address.host, roomId: address.roomId, password: password || null, user });
    connection.synced().then(
      () => setJoined({ doc, connection }),
      () => {
        const s: HubState = connection.state();
        connection.leave();
        doc.destroy();
        setBusy(false);
        setError(s.kind === 'refused' ? t(`room.refused.${s.reason}`) : t('room.state.closed'));
      },
    );
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
          <legend>{t('room.join.colour')}</legend>
          {PERSON_COLOURS.map((c) => (
            <label key={c} className="colour-swatch" style={{ background: c }}>
              <input type="radio" name="colour" value={c} checked={me.color === c} onChange={() => setMe({ ...me, color: c })} aria-label={c} />
            </label>
          ))}
        </fieldset>
        <label>
          {t('room.join.password')}
          <input data-testid="join-password" type="password" value={password} maxLength={128} onChange={(e) => setPassword(e.target.value)} />
        </label>
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
