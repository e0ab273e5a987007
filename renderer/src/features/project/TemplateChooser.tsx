import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { WorkshopDayWords } from '@shared/day/workshop-day';
import { applyTemplate, TEMPLATES, type TemplateId, type TemplateLabels } from '@shared/residency/templates';
import { SYSTEM_ORIGIN } from '@shared/board/doc';
import { readProjectLang, writeProjectLang } from '@shared/records/meta';
import type { Editor } from '../../canvas/editor';
import { takePlannedTemplate } from './planned-template';

type TemplateAreaKey = `residency.template.areas.${'immersion' | 'themes' | 'proposals' | 'experiments' | 'opportunities' | 'vigilance' | 'stakes' | 'investigate'}`;

/** Lays a template's areas out on the board in the user's language, as one undo step, and shows them. */
function lay(editor: Editor, id: Exclude<TemplateId, 'empty'>, t: (key: TemplateAreaKey) => string, workshopDay: WorkshopDayWords): void {
  const labels: TemplateLabels = {
    residency: {
      immersion: t('residency.template.areas.immersion'),
      themes: t('residency.template.areas.themes'),
      proposals: t('residency.template.areas.proposals'),
      experiments: t('residency.template.areas.experiments'),
    },
    restitution: {
      opportunities: t('residency.template.areas.opportunities'),
      vigilance: t('residency.template.areas.vigilance'),
      stakes: t('residency.template.areas.stakes'),
      investigate: t('residency.template.areas.investigate'),
    },
    workshopDay,
  };
  editor.command(() => applyTemplate(editor.doc, id, labels));
  editor.zoomToFit();
  editor.clearSelection();
}

/** The workshop day's words in the user's language. */
const workshopWords = (t: TFunction): WorkshopDayWords => t('day.agenda.workshop', { returnObjects: true });

/**
 * On an empty board: start from the Residency or Restitution template, or stay empty. One undo
 * step. A template picked in the "new project" form is laid out as soon as the new board opens.
 */
export function TemplateChooser({ editor }: { editor: Editor }) {
  const { t, i18n } = useTranslation();
  // A new project speaks the language it was created in: its exports will, whoever opens it later.
  // Not an undoable edit: it is part of creating the project (SYSTEM_ORIGIN, still saved).
  const settleLang = (): void => {
    if (readProjectLang(editor.doc) === null) editor.doc.transact(() => writeProjectLang(editor.doc, i18n.language === 'fr' ? 'fr' : 'en'), SYSTEM_ORIGIN);
  };
  const [empty, setEmpty] = useState(editor.index.size === 0);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => editor.index.subscribe(() => setEmpty(editor.index.size === 0)), [editor]);

  useEffect(() => {
    const planned = takePlannedTemplate();
    if (planned === null || editor.index.size > 0) return;
    settleLang();
    if (planned === 'empty') setDismissed(true);
    else lay(editor, planned, t, workshopWords(t));
    // Only when this board first shows (t changes with the language: not a reason to lay it again).
  }, [editor]);

  if (!empty || dismissed) return null;

  const choose = (id: TemplateId): void => {
    settleLang();
    if (id === 'empty') return setDismissed(true);
    lay(editor, id, t, workshopWords(t));
  };

  return (
    <div className="template-chooser" role="group" aria-label={t('residency.template.label')} data-testid="template-chooser">
      <span>{t('residency.template.label')}</span>
      {TEMPLATES.map((id) => (
        <button key={id} type="button" data-testid={`template-${id}`} title={t(`residency.template.hint.${id}`)} onClick={() => choose(id)}>
          {t(`residency.template.name.${id}`)}
        </button>
      ))}
    </div>
  );
}
