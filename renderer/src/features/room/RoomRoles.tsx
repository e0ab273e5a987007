import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomApi, RoomStatus } from '@shared/host-api/contract';
import { pushToast } from '../../app/toast-store';

/**
 * The facilitator's side of the room's roles, in the room panel: the facilitators' password
 * (what it gives, a copy button), who is here as what (ending a co-facilitator's access), and
 * the edits the HOST refused. Everything comes from the HOST's status, never from presence.
 */
export function RoomRoles({ api, status, run, busy }: { api: RoomApi; status: RoomStatus; run(task: () => Promise<unknown>): void; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const time = (iso: string): string => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  };
  return (
    <>
      {status.facilitatorPassword && <FacilitatorPassword password={status.facilitatorPassword} />}
      <section className="panel-section" data-testid="room-roles">
        <h3>{t('roles.panel.people')}</h3>
        <ul className="people-list" data-testid="room-people">
          {status.people.map((p) => (
            <li key={p.id} data-testid="room-person" data-role={p.role}>
              <span className="person-name">{p.name}</span> <span className="person-role">{t(`roles.role.${p.role}`)}</span>
              {p.role === 'co-facilitator' && (
                <button type="button" data-testid="end-access" title={t('roles.panel.endAccessHint')} disabled={busy} onClick={() => run(() => api.endRoomAccess(p.id))}>
                  {t('roles.panel.endAccess')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel-section" data-testid="room-refusals">
        <h3>{t('roles.panel.refusals')}</h3>
        {status.refusals.length === 0 ? (
          <p className="muted">{t('roles.panel.noRefusals')}</p>
        ) : (
          <ul className="side-list">
            {/* Newest first: the log is kept newest last. */}
            {[...status.refusals].reverse().map((r, i) => (
              <li key={`${r.at}-${i}`} data-testid="room-refusal">
                {t('roles.panel.refusal', { time: time(r.at), name: r.name, role: t(`roles.role.${r.role}`), reason: r.reason })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function FacilitatorPassword({ password }: { password: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = (): void => {
    // The panel is on the host machine (a secure context), where the clipboard is there to use.
    navigator.clipboard.writeText(password).then(
      () => setCopied(true),
      () => pushToast('error', t('roles.panel.copyFailed')),
    );
  };
  return (
    <section className="panel-section" data-testid="facilitator-door">
      <h3>{t('roles.panel.facilitatorPassword')}</h3>
      <div className="side-row">
        <code className="room-code" data-testid="facilitator-password">
          {password}
        </code>
        <button type="button" data-testid="copy-facilitator-password" onClick={copy}>
          {copied ? t('roles.panel.copied') : t('roles.panel.copy')}
        </button>
      </div>
      <p className="muted">{t('roles.panel.facilitatorPasswordHint')}</p>
    </section>
  );
}
