import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '@shared/host-api/contract';
import { useEscapeLayer } from '../../actions/escape-layers';
import { isEditableTarget } from '../../actions/editable-target';
import { errorText, formatBytes, formatDateTime } from '../../app/format';
import { pushToast } from '../../app/toast-store';
import { openVersion, type OpenedVersion, type VersionApi } from './version-api';

interface Props {
  api: VersionApi;
  /** Who saves a version, as the room names this window's person. */
  by: string;
  onLook(version: OpenedVersion): void;
  onClose(): void;
}

/** The versions of the open project: save one with a name, the list (newest first), look at one. */
export function VersionsPanel({ api, by, onLook, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [list, setList] = useState<VersionInfo[] | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEscapeLayer((target) => !isEditableTarget(target) || (target instanceof Node && !!ref.current?.contains(target)), onClose);

  const reload = useCallback(() => {
    void api.listVersions().then(setList, (e: unknown) => setError(errorText(e)));
  }, [api]);
  useEffect(reload, [reload]);

  const save = async (): Promise<void> => {
    const words = name.trim();
    if (!words) return;
    setBusy(true);
    setError(null);
    try {
      await api.saveVersion({ name: words, by });
      setName('');
      pushToast('info', t('versions.saved', { name: words }));
      reload();
    } catch (e) {
      setError(t('versions.saveFailed', { reason: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  const look = async (info: VersionInfo): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      onLook(await openVersion(api, info));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="project-panel versions-panel" data-testid="versions-panel" role="dialog" aria-label={t('versions.title')} ref={ref}>
      <div className="panel-head">
        <h2>{t('versions.title')}</h2>
        <button type="button" data-testid="versions-close" onClick={onClose}>
          {t('versions.close')}
        </button>
      </div>
      <form
        className="panel-section"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          {t('versions.nameLabel')}
          <input data-testid="version-name" value={name} maxLength={120} placeholder={t('versions.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" data-testid="version-save" disabled={busy || !name.trim()}>
          {t('versions.save')}
        </button>
      </form>
      {error && (
        <p className="panel-error" role="alert" data-testid="versions-error">
          {error}
        </p>
      )}
      <section className="panel-section">
        {list === null ? (
          <p>{t('versions.loading')}</p>
        ) : list.length === 0 ? (
          <p data-testid="versions-empty">{t('versions.empty')}</p>
        ) : (
          <ul className="recent-list" data-testid="versions-list">
            {list.map((v) => (
              <li key={v.id} data-testid="version-row" data-version-id={v.id} data-status={v.status}>
                <strong className="version-name">{v.name}</strong>
                <br />
                <span className="recent-path">
                  {v.at ? formatDateTime(v.at, i18n.language) : ''}
                  {v.by ? ` · ${t('versions.by', { who: v.by })}` : ''}
                  {v.auto ? ` · ${t('versions.auto')}` : ''}
                  {` · ${formatBytes(v.bytes, i18n.language)}`}
                </span>
                {v.status === 'ok' ? (
                  <button type="button" data-testid="version-look" disabled={busy} onClick={() => void look(v)}>
                    {t('versions.look')}
                  </button>
                ) : (
                  <p className="panel-error" data-testid="version-problem" title={v.problem ?? ''}>
                    {t(`versions.status.${v.status}`)}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
