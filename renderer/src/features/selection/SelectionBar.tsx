import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME_MARKS, type ThemeMark } from '@shared/board/records';
import { themeCountsLine } from '@shared/export/messages';
import { TAG_GROUPS, type TagGroup } from '@shared/residency/records';
import type { Editor } from '../../canvas/editor';
import { useEditorSelector } from '../../canvas/use-editor-selector';
import { AuthorshipLine } from '../room/AuthorshipLine';
import { useItem } from '../proposals/CardPanels';
import { useResidency } from '../../session/residency-store';
import { addTagToCards, markTheme, tagCards, tidyTheme } from './selection-commands';

/**
 * Under the board when cards are selected: a theme's mark (confirmation, nugget) and its counts,
 * and the project's tags to put on or take off the selected cards; a new tag joins the list.
 */
export function SelectionBar({ editor }: { editor: Editor }) {
  const { t, i18n } = useTranslation();
  const data = useResidency();
  const selection = useEditorSelector(editor, (s) => s.selection);
  const editing = useEditorSelector(editor, (s) => s.editing !== null);
  const first = [...selection][0] ?? '';
  const only = useItem(editor, first);
  const [label, setLabel] = useState('');
  const [group, setGroup] = useState<TagGroup>('pattern');
  if (selection.size === 0 || editing) return null;
  const ids = [...selection];
  const items = ids.map((id) => editor.index.get(id)).filter((i) => i !== undefined);
  const counts = only?.kind === 'frame' && selection.size === 1 ? data.counts.get(only.id) : undefined;
  // The project's tags are research material: a participant's page neither shows nor adds them.
  const research = editor.facilitator;
  // A theme the facilitators locked: its mark and its layout are not a participant's to change.
  const frozen = only !== undefined && editor.locks.lockedForMe(only.id);

  const add = (): void => {
    if (addTagToCards(editor, ids, label, group)) setLabel('');
  };

  return (
    <div className="selection-bar" role="toolbar" aria-label={t('residency.tags.label')} data-testid="selection-bar">
      {selection.size === 1 && only && <AuthorshipLine doc={editor.doc} id={only.id} />}
      {only?.kind === 'frame' && selection.size === 1 && (
        <>
          <label>
            {t('residency.markLabel')}{' '}
            <select data-testid="theme-mark" disabled={frozen} value={only.mark ?? 'none'} onChange={(e) => markTheme(editor, only.id, e.target.value as ThemeMark)}>
              {THEME_MARKS.map((m) => (
                <option key={m} value={m}>
                  {t(`residency.mark.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-testid="tidy-theme" disabled={frozen} onClick={() => tidyTheme(editor, only.id)}>
            {t('residency.tidy')}
          </button>
          {counts && (
            <span data-testid="theme-counts">
              {/* The sentence of the exports' report, so a theme reads the same on the board and in print. */}
              {themeCountsLine(counts, i18n.language.startsWith('fr') ? 'fr' : 'en')}
              {counts.interviews === 1 ? ` — ${t('residency.oneVoice')}` : ''}
            </span>
          )}
        </>
      )}
      {research && [...data.tags.values()].map((tag) => {
        const on = items.every((i) => i.tags?.includes(tag.id));
        return (
          <button
            key={tag.id}
            type="button"
            aria-pressed={on}
            data-testid="tag-toggle"
            title={t(`residency.tags.group.${tag.group}`)}
            onClick={() => tagCards(editor, ids, tag.id, !on)}
          >
            {tag.label}
          </button>
        );
      })}
      {research && (
        <>
          <input
            data-testid="new-tag"
            aria-label={t('residency.tags.new')}
            placeholder={t('residency.tags.new')}
            value={label}
            maxLength={80}
            size={14}
            onChange={(e) => setLabel(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <select aria-label={t('residency.tags.groupLabel')} value={group} onChange={(e) => setGroup(e.target.value as TagGroup)}>
            {TAG_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`residency.tags.group.${g}`)}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
