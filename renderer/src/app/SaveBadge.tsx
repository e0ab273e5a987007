import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '@shared/host-api/contract';
import type { SaveState } from '../session/save-state';
import { formatTime } from './format';

interface Props {
  /** The session's word for where my work is (see session/save-state.ts). */
  state: SaveState;
  status: SaveStatus | null;
  /** Why the newest backup does not hold the saved project, as the HOST checked it at open (OpenProject.backupMisses). */
  backupMisses?: string | null;
}

export function SaveBadge({ state, status, backupMisses = null }: Props) {
  const { t, i18n } = useTranslation();
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
  // A backup that failed never stops saving: the badge keeps saying where the work is, and warns.
  const backupFailed = !!status?.backupError && state !== 'error';
  if (backupFailed) detail = t('save.backupFailed');
  else if (backupMisses && state !== 'error') detail = t('save.backupMisses');
  return (
    <div
      className={`save-badge save-${state}${backupFailed ? ' save-backup-failed' : ''}`}
      data-testid="save-badge"
      data-state={state}
      data-error-code={state === 'error' ? (status?.error?.code ?? '') : undefined}
      data-backup-failed={backupFailed ? 'true' : undefined}
      data-backup-misses={backupMisses ? 'true' : undefined}
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
