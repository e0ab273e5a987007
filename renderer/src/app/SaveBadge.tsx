import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '@shared/host-api/contract';
import type { ConnectionState } from '../bridge/connection';
import type { PusherState } from '../session/update-pusher';
import { formatTime } from './format';

export type BadgeState = 'saved' | 'saving' | 'error' | 'offline';

/** One word for where my work is: on disk, on its way, not saved (and why), or stuck here. */
export function badgeState(status: SaveStatus | null, pusher: PusherState, connection: ConnectionState): BadgeState {
  if (connection === 'down') return 'offline';
  if (status?.state === 'error') return 'error';
  if (pusher.lastError && pusher.unsent > 0) return connection === 'up' ? 'saving' : 'offline';
  if (pusher.unsent > 0 || status?.state === 'saving') return 'saving';
  if (status && status.savedSeq < pusher.lastAckSeq) return 'saving';
  return 'saved';
}

interface Props {
  status: SaveStatus | null;
  pusher: PusherState;
  connection: ConnectionState;
}

export function SaveBadge({ status, pusher, connection }: Props) {
  const { t, i18n } = useTranslation();
  const state = badgeState(status, pusher, connection);
  let text: string;
  let detail = '';
  switch (state) {
    case 'saved':
      text = status?.savedAt ? t('save.savedAt', { time: formatTime(status.savedAt, i18n.language) }) : t('save.saved');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'offline':
      text = t('save.offline');
      break;
    case 'error': {
      const code = status?.error?.code ?? 'write-failed';
      text = t('save.error', { reason: t(`save.errors.${code}`) });
      detail = status?.error?.detail ?? '';
      break;
    }
  }
  return (
    <div
      className={`save-badge save-${state}`}
      data-testid="save-badge"
      data-state={state}
      data-error-code={state === 'error' ? (status?.error?.code ?? '') : undefined}
      role="status"
      aria-live="polite"
      title={detail || text}
    >
      <span className="save-dot" aria-hidden />
      <span className="save-text">{text}</span>
      {detail && <span className="save-detail">{detail}</span>}
    </div>
  );
}
