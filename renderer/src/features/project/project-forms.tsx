import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RecentProject, Session } from '@shared/host-api/contract';
import { TEMPLATES, type TemplateId } from '@shared/residency/templates';
import { forgetPlannedTemplate, planTemplate } from './planned-template';
import { errorText, formatBytes, formatDateTime } from '../../app/format';
import type { ProjectActions } from './project-actions';
import { mayBeAbsolutePath } from './typed-path';

/** Runs a host call with a busy flag and an error message shown next to the button. */
function useBusy(): {
  busy: boolean;
  error: string | null;
  run<T>(fn: () => Promise<T>): Promise<T | undefined>;
  setError(e: string | null): void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return {
    busy,
    error,
    setError,
    async run<T>(fn: () => Promise<T>): Promise<T | undefined> {
      setBusy(true);
      setError(null);
      try {
        return await fn();
      } catch (e) {
        setError(errorText(e));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
  };
}

function FormError({ message }: { message: string | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p className="form-error" role="alert" data-testid="form-error">
      {t('project.failed', { reason: message })}
    </p>
  );
}

export function RecentList({ actions, onDone, current }: { actions: ProjectActions; onDone(s: Session): void; current?: { path: string; title: string } }) {
  const { t, i18n } = useTranslation();
  const [recent, setRecent] = useState<RecentProject[] | null>(null);
  const b = useBusy();
  useEffect(() => {
    let live = true;
    actions
      .listRecent()
      .then((r) => live && setRecent(r))
      .catch((e) => live && b.setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [actions]);
  // The open project is listed too, first and marked so: a list that empties as soon as a project is open reads as "nothing was kept".
  const others = (recent ?? []).filter((r) => r.path !== current?.path);
  const open = current && recent !== null ? [recent.find((r) => r.path === current.path) ?? { ...current, openedAt: '' }] : [];
  const list = [...open, ...others];
  return (
    <section className="panel-section" data-testid="recent-projects">
      <h3>{t('project.recent')}</h3>
      {recent !== null && list.length === 0 && <p className="muted">{t('project.noRecent')}</p>}
      <ul className="recent-list">
        {list.map((r) => (
          <li key={r.path}>
            <button
              type="button"
              className="recent-item"
              disabled={b.busy || r.path === current?.path}
              aria-current={r.path === current?.path ? 'true' : undefined}
              data-testid="recent-item"
              data-path={r.path}
              onClick={() => void b.run(() => actions.open(r.path)).then((s) => s && onDone(s))}
            >
              <span className="recent-title">{r.title || t('app.untitledProject')}</span>
              <span className="recent-path">{r.path}</span>
              <span className="recent-date">{r.path === current?.path ? t('project.openNow') : formatDateTime(r.openedAt, i18n.language)}</span>
            </button>
          </li>
        ))}
      </ul>
      <FormError message={b.error} />
    </section>
  );
}

/**
 * A form that asks for a project path (and maybe more fields), then runs one host action.
 * `testId` prefixes the test ids: `<testId>-form`, `<testId>-path`, `<testId>-path-error`, `<testId>-submit`.
 */
function PathForm({
  testId,
  heading,
  hint,
  submitLabel,
  act,
  onDone,
  children,
}: {
  testId: string;
  heading: string;
  hint?: string;
  submitLabel: string;
  act(path: string): Promise<Session>;
  onDone(s: Session): void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  // A relative path would name a file in the HOST's current folder: said here, beside the field, before anything is sent.
  const [notAbsolute, setNotAbsolute] = useState(false);
  const b = useBusy();
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const typed = path.trim();
    if (!typed) return b.setError(t('project.pathRequired'));
    if (!mayBeAbsolutePath(typed)) {
      b.setError(null);
      return setNotAbsolute(true);
    }
    void b.run(() => act(typed)).then((s) => s && onDone(s));
  };
  return (
    <form className="panel-section" onSubmit={submit} data-testid={`${testId}-form`}>
      <h3>{heading}</h3>
      {hint && <p className="muted">{hint}</p>}
      <label>
        <span>{t('project.path')}</span>
        <input
          data-testid={`${testId}-path`}
          value={path}
          placeholder={t('project.pathPlaceholder')}
          spellCheck={false}
          aria-invalid={notAbsolute || undefined}
          aria-describedby={notAbsolute ? `${testId}-path-error` : undefined}
          onChange={(e) => {
            setPath(e.target.value);
            setNotAbsolute(false);
          }}
        />
      </label>
      {notAbsolute && (
        <p className="form-error" role="alert" id={`${testId}-path-error`} data-testid={`${testId}-path-error`}>
          {t('project.pathNotAbsolute')}
        </p>
      )}
      {children}
      <button type="submit" data-testid={`${testId}-submit`} disabled={b.busy}>
        {b.busy ? t('project.working') : submitLabel}
      </button>
      <FormError message={b.error} />
    </form>
  );
}

export function OpenForm({ actions, onDone }: { actions: ProjectActions; onDone(s: Session): void }) {
  const { t } = useTranslation();
  return <PathForm testId="open" heading={t('project.openTitle')} submitLabel={t('project.open')} act={(path) => actions.open(path)} onDone={onDone} />;
}

export function CreateForm({ actions, onDone }: { actions: ProjectActions; onDone(s: Session): void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>('empty');
  // The HOST makes an empty project; the new board lays the template out when it opens.
  const create = async (path: string): Promise<Session> => {
    planTemplate(template);
    try {
      const session = await actions.create(path, title.trim());
      if (!session.project) forgetPlannedTemplate();
      return session;
    } catch (e) {
      forgetPlannedTemplate();
      throw e;
    }
  };
  return (
    <PathForm testId="create" heading={t('project.createTitle')} submitLabel={t('project.create')} act={create} onDone={onDone}>
      <label>
        <span>{t('project.projectTitle')}</span>
        <input data-testid="create-title" value={title} maxLength={300} placeholder={t('project.projectTitlePlaceholder')} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <fieldset className="template-choice" data-testid="create-template">
        <legend>{t('residency.template.label')}</legend>
        {TEMPLATES.map((id) => (
          <label key={id} className="template-option" title={t(`residency.template.hint.${id}`)}>
            <input type="radio" name="create-template" value={id} data-testid={`create-template-${id}`} checked={template === id} onChange={() => setTemplate(id)} />
            <span className="template-option-words">
              <strong>{t(`residency.template.name.${id}`)}</strong>
              <span className="muted">{t(`residency.template.hint.${id}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </PathForm>
  );
}

export function SaveAsForm({ actions, onDone }: { actions: ProjectActions; onDone(s: Session): void }) {
  const { t } = useTranslation();
  return (
    <PathForm
      testId="save-as"
      heading={t('project.saveAsTitle')}
      hint={t('project.saveAsHint')}
      submitLabel={t('project.saveAs')}
      act={(path) => actions.saveAs(path)}
      onDone={onDone}
    />
  );
}

export function BackupList({ actions, onDone, autoLoad }: { actions: ProjectActions; onDone(s: Session): void; autoLoad: boolean }) {
  const { t, i18n } = useTranslation();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const b = useBusy();
  const load = (): void => {
    void b.run(() => actions.listBackups()).then((list) => list && setBackups(list));
  };
  useEffect(() => {
    if (autoLoad) load();
  }, [autoLoad]);
  return (
    <section className="panel-section" data-testid="backups">
      <h3>{t('project.backups')}</h3>
      <p className="muted">{t('project.backupsHint')}</p>
      {backups === null && (
        <button type="button" data-testid="load-backups" disabled={b.busy} onClick={load}>
          {t('project.loadBackups')}
        </button>
      )}
      {backups !== null && backups.length === 0 && <p className="muted">{t('project.noBackups')}</p>}
      {backups !== null && backups.length > 0 && (
        <ul className="backup-list">
          {backups.map((bk) => (
            <li key={bk.path} data-testid="backup-item" data-path={bk.path}>
              <span>{t('project.backupLine', { date: formatDateTime(bk.takenAt, i18n.language), size: formatBytes(bk.bytes, i18n.language) })}</span>
              <button type="button" data-testid="backup-restore" disabled={b.busy} onClick={() => void b.run(() => actions.restore(bk.path)).then((s) => s && onDone(s))}>
                {t('project.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormError message={b.error} />
    </section>
  );
}
