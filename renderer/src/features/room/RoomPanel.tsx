import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomApi, RoomStatus } from '@shared/host-api/contract';
import { normalizeRoomPassword } from '@shared/room/password-normalize';
import { parseRoomInput, type RoomAddress } from '@shared/room/room-code';
import { errorText } from '../../app/format';
import { useRoomConnection } from './room-context';
import { suggestPassword } from './room-identity';
import { useRoomView } from './use-room';
import { MyNameField } from './MyNameField';
import { PeopleList } from './PeopleList';
import { RoomRoles } from './RoomRoles';

interface Props {
  /** null: this window only joins rooms (it cannot open one). */
  api: RoomApi | null;
  status: RoomStatus | null;
  onJoin(address: RoomAddress): void;
  onClose(): void;
}

/** The facilitator's room: open it (password, network), then the card participants join from, who is here as what, and what the HOST refused. */
export function RoomPanel({ api, status, onJoin, onClose }: Props) {
  const connection = useRoomConnection();
  const { t } = useTranslation();
  const [password, setPassword] = useState(suggestPassword);
  const [bind, setBind] = useState('');
  const [openToNetwork, setOpenToNetwork] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { people } = useRoomView(connection);

  const run = (task: () => Promise<unknown>): void => {
    setBusy(true);
    setError(null);
    task().then(
      () => setBusy(false),
      (e: unknown) => {
        setBusy(false);
        setError(t('room.failed', { reason: errorText(e) }));
      },
    );
  };

  return (
    <div className="project-panel room-panel" data-testid="room-panel" role="dialog" aria-label={t('room.title')}>
      <div className="panel-head">
        <h2>{t('room.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('room.close')}
        </button>
      </div>
      <MyNameField fallback={t('room.facilitator')} />
      {!api ? null : !status?.open ? (
        <form
          className="panel-section"
          onSubmit={(e) => {
            e.preventDefault();
            const chosen = openToNetwork ? null : password.trim();
            if (chosen !== null && normalizeRoomPassword(chosen) === '') return setError(t('room.passwordRequired'));
            run(() => api.openRoom({ password: chosen, bind: bind || null, openToNetwork }));
          }}
        >
          <p className="muted">{t('room.intro')}</p>
          <label>
            {t('room.password')}
            <input data-testid="room-password-input" value={password} disabled={openToNetwork} onChange={(e) => setPassword(e.target.value)} maxLength={128} />
          </label>
          <p className="muted">{t('room.passwordHint')}</p>
          <p className="muted" data-testid="room-password-loose">
            {t('room.passwordLoose')}
          </p>
          <label>
            <input type="checkbox" data-testid="room-open-to-network" checked={openToNetwork} onChange={(e) => setOpenToNetwork(e.target.checked)} />
            {t('room.openToNetwork')}
          </label>
          <p className={openToNetwork ? 'form-error' : 'muted'}>{t('room.openToNetworkHint')}</p>
          {status && status.interfaces.length > 0 && (
            <label>
              {t('room.network')}
              <select value={bind} onChange={(e) => setBind(e.target.value)}>
                <option value="">{t('room.networkAny')}</option>
                {status.interfaces.map((i) => (
                  <option key={`${i.name}-${i.address}`} value={i.address}>
                    {i.name} — {i.address}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="submit" data-testid="room-open" disabled={busy}>
            {busy ? t('room.opening') : t('room.open')}
          </button>
          {error && <p className="form-error">{error}</p>}
        </form>
      ) : (
        <>
          <section className="panel-section room-card" data-testid="room-card">
            <h3>{t('room.url')}</h3>
            <code className="room-url" data-testid="room-url">
              {status.url}
            </code>
            <h3>{t('room.code')}</h3>
            {status.code ? (
              <code className="room-code" data-testid="room-code">
                {status.code}
              </code>
            ) : (
              <p className="muted">{t('room.noCode')}</p>
            )}
            {status.password === null && <p className="form-error">{t('room.openWarning')}</p>}
            {status.password && (
              <>
                <h3>{t('room.password')}</h3>
                <code className="room-code" data-testid="room-password">
                  {status.password}
                </code>
                <p className="muted">{t('room.passwordLoose')}</p>
              </>
            )}
            {status.qrSvg && <img className="room-qr" alt={t('room.qr')} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(status.qrSvg)}`} />}
            {/^(127\.|::1$)/.test(status.bind ?? '') && <p className="form-error">{t('room.localOnly')}</p>}
            <p className="muted">{t('room.wifiTip')}</p>
          </section>
          <section className="panel-section">
            <h3>{t('room.people')}</h3>
            <p className="muted">{t('room.participants', { count: status.participants })}</p>
            <PeopleList people={people} />
          </section>
          <RoomRoles api={api} status={status} run={run} busy={busy} />
          <section className="panel-section">
            <button type="button" data-testid="room-close" disabled={busy} onClick={() => run(() => api.closeRoom())}>
              {t('room.closeRoom')}
            </button>
            <p className="muted">{t('room.closeHint')}</p>
            {error && <p className="form-error">{error}</p>}
          </section>
        </>
      )}
      <JoinOtherRoom onJoin={onJoin} />
    </div>
  );
}

/** Type a room's code or paste its address: this window becomes a participant of that room. */
function JoinOtherRoom({ onJoin }: { onJoin(address: RoomAddress): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      className="panel-section"
      onSubmit={(e) => {
        e.preventDefault();
        const address = parseRoomInput(text);
        setInvalid(!address);
        if (address) onJoin(address);
      }}
    >
      <h3>{t('room.joinOther')}</h3>
      <label>
        {t('room.joinOtherHint')}
        <input data-testid="join-other-input" value={text} placeholder={t('room.joinOtherPlaceholder')} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" data-testid="join-other-submit">
        {t('room.joinOtherSubmit')}
      </button>
      {invalid && <p className="form-error">{t('room.joinOtherInvalid')}</p>}
    </form>
  );
}
