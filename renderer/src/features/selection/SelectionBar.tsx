import { useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { unionOf } from '@shared/board/geometry';
import { THEME_MARKS, type ThemeMark } from '@shared/board/records';
import { themeCountsLine } from '@shared/export/messages';
import { TAG_GROUPS, type TagGroup } from '@shared/residency/records';
import type { Editor } from '../../canvas/editor';
import { useEditorSelector } from '../../canvas/use-editor-selector';
import { AuthorshipLine } from '../room/AuthorshipLine';
import { useItem } from '../proposals/CardPanels';
import { useResidency } from '../../session/residency-store';
import { useDock } from './selection-dock';
import { addTagToCards, markTheme, tagCards, tidyTheme } from './selection-commands';

/**
 * Over the board when cards are selected, in one compact row: who made it, a frame's whole title,
 * a theme's mark (confirmation, nugget) and its counts, and the project's tags to put on or take
 * off the selected cards; a new tag joins the list. It docks at the bottom, or at the top when
 * the selection is under it.
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
  const version = useSyncExternalStore(editor.index.subscribe, editor.index.getVersion);
  // The selected cards, their box and which tags they all carry: once per change of the selection
  // or the board, never per pan frame (the bar does not follow the camera; its dock does).
  const items = useMemo(() => [...selection].map((id) => editor.index.get(id)).filter((i) => i !== undefined), [editor, selection, version]);
  const selected = useMemo(() => unionOf(items), [items]);
  const tagged = useMemo(() => new Set([...data.tags.keys()].filter((tag) => items.every((i) => i.tags?.includes(tag)))), [items, data.tags]);
  const bar = useRef<HTMLDivElement>(null);
  const { edge: dock, offset } = useDock(editor, selected, bar);
  if (selection.size === 0 || editing) return null;
  const ids = [...selection];
  const counts = only?.kind === 'frame' && selection.size === 1 ? data.counts.get(only.id) : undefined;
  // The project's tags are research material: a participant's page neither shows nor adds them.
  const research = editor.facilitator;
  // A theme the facilitators locked: its mark and its layout are not a participant's to change.
  const frozen = only !== undefined && editor.locks.lockedForMe(only.id);

  const add = (): void => {
    if (addTagToCards(editor, ids, label, group)) setLabel('');
  };

  return (
    <div ref={bar} className={`selection-bar docked-${dock}`} role="toolbar" aria-label={t('residency.tags.label')} data-testid="selection-bar" data-dock={dock} style={dock === 'top' ? { top: offset } : { bottom: offset }}>
      {selection.size === 1 && only && <AuthorshipLine doc={editor.doc} id={only.id} />}
      {only?.kind === 'frame' && selection.size === 1 && (
        <>
          {/* The whole title, which the canvas may shrink, wrap or cut. */}
          <strong className="selection-title" data-testid="frame-title" title={only.title}>
            {only.title || t('frame.untitled')}
          </strong>
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
        const on = tagged.has(tag.id);
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
