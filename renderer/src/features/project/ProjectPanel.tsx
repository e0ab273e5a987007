import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@shared/host-api/contract';
import { isEditableTarget } from '../../actions/editable-target';
import { useEscapeLayer } from '../../actions/escape-layers';
import type { ProjectActions } from './project-actions';
import { BackupList, CreateForm, OpenForm, RecentList, SaveAsForm } from './project-forms';

interface Props {
  actions: ProjectActions;
  currentPath: string;
  currentTitle: string;
  /** Opened from the "show backups" menu command: list them at once. */
  focusBackups: boolean;
  onClose(): void;
}

/** Open, create, save as, recent projects and backups, by typed path (the browser has no native dialogs). */
export function ProjectPanel({ actions, currentPath, currentTitle, focusBackups, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const done = (_: Session): void => onClose();

  // Escape in a text field elsewhere (the card being edited) belongs to that field.
  useEscapeLayer((target) => !isEditableTarget(target) || (target instanceof Node && !!ref.current?.contains(target)), onClose);

  useEffect(() => {
    if (focusBackups) ref.current?.querySelector('[data-testid="backups"]')?.scrollIntoView();
  }, [focusBackups]);

  return (
    <div className="project-panel" data-testid="project-panel" role="dialog" aria-label={t('project.title')} ref={ref}>
      <div className="panel-head">
        <h2>{t('project.title')}</h2>
        <button type="button" data-testid="project-panel-close" onClick={onClose}>
          {t('project.close')}
        </button>
      </div>
      <section className="panel-section">
        <h3>{t('project.current')}</h3>
        <p className="current-project">
          <strong>{currentTitle || t('app.untitledProject')}</strong>
          <br />
          <span className="recent-path" data-testid="current-path">
            {currentPath}
          </span>
        </p>
      </section>
      <BackupList actions={actions} onDone={done} autoLoad={focusBackups} />
      <RecentList actions={actions} onDone={done} current={{ path: currentPath, title: currentTitle }} />
      <OpenForm actions={actions} onDone={done} />
      <CreateForm actions={actions} onDone={done} />
      <SaveAsForm actions={actions} onDone={done} />
    </div>
  );
}
