import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenFailure, Session } from '@shared/host-api/contract';
import { errorText, formatDateTime } from './format';
import { LanguageSwitch } from './LanguageSwitch';
import type { ProjectActions } from '../features/project/project-actions';
import { CreateForm, OpenForm, RecentList } from '../features/project/project-forms';

interface Props {
  failure: OpenFailure | null;
  actions: ProjectActions;
  onSession(s: Session): void;
}

/**
 * Full-screen: which file could not be opened and why, the newest good backup when there is
 * one, and other ways forward (recent projects, open or create by path). Also the start screen
 * when no project is open (`failure` null).
 */
export function FailureScreen({ failure, actions, onSession }: Props) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const backup = failure?.backup ?? null;

  const restore = async (): Promise<void> => {
    if (!backup) return;
    setBusy(true);
    setRestoreError(null);
    try {
      onSession(await actions.restore(backup.path));
    } catch (e) {
      setRestoreError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="full-screen" data-testid={failure ? 'error-screen' : 'start-screen'} data-code={failure?.error.code}>
      <div className="full-screen-card">
        <div className="full-screen-top">
          <span className="brand">{t('app.name')}</span>
          <LanguageSwitch />
        </div>
        {failure ? (
          <>
            <h1>{t('failure.title')}</h1>
            <dl className="failure-facts">
              <dt>{t('failure.file')}</dt>
              <dd className="failure-path" data-testid="error-path">
                {failure.path}
              </dd>
              <dt>{t('failure.why')}</dt>
              <dd data-testid="error-reason">{t(`failure.codes.${failure.error.code}`)}</dd>
            </dl>
            {failure.error.detail && (
              <details className="failure-detail">
                <summary>{t('failure.detail')}</summary>
                <code>{failure.error.detail}</code>
              </details>
            )}
            <p className="muted">{t('failure.nothingChanged')}</p>
            {backup ? (
              <div className="restore-box">
                <button type="button" className="primary" data-testid="restore-backup" data-path={backup.path} disabled={busy} onClick={() => void restore()}>
                  {busy ? t('failure.restoring') : t('failure.restore', { date: formatDateTime(backup.takenAt, i18n.language) })}
                </button>
                <p className="muted">{t('failure.restoreHint')}</p>
                {restoreError && (
                  <p className="form-error" role="alert" data-testid="form-error">
                    {t('project.failed', { reason: restoreError })}
                  </p>
                )}
              </div>
            ) : (
              <p className="muted" data-testid="no-backup">
                {t('failure.noBackup')}
              </p>
            )}
          </>
        ) : (
          <>
            <h1>{t('start.title')}</h1>
            <p>{t('start.intro')}</p>
          </>
        )}
        <div className="full-screen-forms">
          <RecentList actions={actions} onDone={onSession} />
          <OpenForm actions={actions} onDone={onSession} />
          <CreateForm actions={actions} onDone={onSession} />
        </div>
      </div>
    </main>
  );
}

export function UnreachableScreen({ message, onRetry }: { message: string; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <main className="full-screen" data-testid="unreachable-screen">
      <div className="full-screen-card">
        <div className="full-screen-top">
          <span className="brand">{t('app.name')}</span>
          <LanguageSwitch />
        </div>
        <h1>{t('app.hostUnreachable')}</h1>
        <p>{t('app.hostUnreachableDetail')}</p>
        <details className="failure-detail">
          <summary>{t('failure.detail')}</summary>
          <code>{message}</code>
        </details>
        <button type="button" className="primary" data-testid="retry" onClick={onRetry}>
          {t('app.retry')}
        </button>
      </div>
    </main>
  );
}
