import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyTemplate, TEMPLATES, type TemplateId } from '@shared/residency/templates';
import type { Editor } from '../canvas/editor';

/** On an empty board: start from the Residency or Restitution template, or stay empty. One undo step. */
export function TemplateChooser({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [empty, setEmpty] = useState(editor.index.size === 0);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => editor.index.subscribe(() => setEmpty(editor.index.size === 0)), [editor]);
  if (!empty || dismissed) return null;

  const choose = (id: TemplateId): void => {
    if (id === 'empty') return setDismissed(true);
    const labels = {
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
    };
    const ids = editor.command(() => applyTemplate(editor.doc, id, labels));
    editor.select(ids);
    editor.zoomToFit();
    editor.clearSelection();
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
