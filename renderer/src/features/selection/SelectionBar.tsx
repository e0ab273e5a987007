import { useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { unionOf, type Box } from '@shared/board/geometry';
import { THEME_MARKS, type ThemeMark } from '@shared/board/records';
import { themeCountsLine } from '@shared/export/messages';
import { TAG_GROUPS, type TagGroup } from '@shared/residency/records';
import type { Editor } from '../../canvas/editor';
import { useEditorSelector } from '../../canvas/use-editor-selector';
import { AuthorshipLine } from '../room/AuthorshipLine';
import { useItem } from '../proposals/CardPanels';
import { useResidency } from '../../session/residency-store';
import { addTagToCards, markTheme, tagCards, tidyTheme } from './selection-commands';

/** Pixels between the bar and the bars it docks against. */
const GAP = 6;

/**
 * Which edge the bar docks at: the bottom, unless there it would cover the selection (on screen)
 * more than at the top. `w`, `h`: the bar's size; the bar is centred.
 */
function dockFor(selection: Box, bar: { w: number; h: number }, view: { width: number; height: number }, chrome: { top: number; bottom: number }): 'top' | 'bottom' {
  const x = (view.width - bar.w) / 2;
  const bottom = { x, y: view.height - chrome.bottom - GAP - bar.h, w: bar.w, h: bar.h };
  const top = { x, y: chrome.top + GAP, w: bar.w, h: bar.h };
  const covered = (b: Box): number =>
    Math.max(0, Math.min(selection.x + selection.w, b.x + b.w) - Math.max(selection.x, b.x)) *
    Math.max(0, Math.min(selection.y + selection.h, b.y + b.h) - Math.max(selection.y, b.y));
  const atBottom = covered(bottom);
  return atBottom > 0 && covered(top) < atBottom ? 'top' : 'bottom';
}

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
  const camera = useEditorSelector(editor, (s) => s.camera);
  const view = useEditorSelector(editor, (s) => s.size);
  const version = useSyncExternalStore(editor.index.subscribe, editor.index.getVersion);
  // The selection's box on the board, once per change of the selection or the board (not per pan frame).
  const selected = useMemo(() => unionOf([...selection].map((id) => editor.index.get(id)).filter((i) => i !== undefined)), [editor, selection, version]);
  const bar = useRef<HTMLDivElement>(null);
  const [dock, setDock] = useState<'top' | 'bottom'>('bottom');
  // Its distance from the edge it docks at: just clear of the bars there.
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el || !selected) return;
    const a = editor.toScreen(selected.x, selected.y);
    const onScreen = { x: a.x, y: a.y, w: selected.w * camera.zoom, h: selected.h * camera.zoom };
    const chrome = editor.chromeInsets(el);
    const next = dockFor(onScreen, { w: el.offsetWidth, h: el.offsetHeight }, view, chrome);
    setDock(next);
    setOffset((next === 'top' ? chrome.top : chrome.bottom) + GAP);
  });
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
