import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_COLORS } from '@shared/board/records';
import type { Editor } from '../canvas/editor';
import { useEditorSelector } from '../canvas/use-editor-selector';
import { NOTE_FILL } from '../canvas/colors';
import type { ActionId } from '@shared/actions/declarations';
import { ActionButton } from '../actions/use-actions';
import type { Tool } from '../canvas/tools';
import { PicturePicker } from '../features/images/PicturePicker';
import { DuplicateIcon, FitIcon, FrameIcon, HandIcon, LockIcon, NoteIcon, RedoIcon, SelectIcon, TextIcon, TrashIcon, UndoIcon } from './icons';
import { MoreMenu } from './MoreMenu';
import { useUndoState } from './use-undo-state';

const TOOL_BUTTONS: Array<{ tool: Tool; icon: () => ReactNode; action: ActionId }> = [
  { tool: 'select', icon: SelectIcon, action: 'tool-select' },
  { tool: 'hand', icon: HandIcon, action: 'tool-hand' },
  { tool: 'note', icon: NoteIcon, action: 'tool-note' },
  { tool: 'text', icon: TextIcon, action: 'tool-text' },
  { tool: 'frame', icon: FrameIcon, action: 'tool-frame' },
];

/** "count|colour,colour|locked" of the selected records that still exist (locked: all of them are). */
function selectionSummary(editor: Editor, selection: ReadonlySet<string>): string {
  let count = 0;
  let locked = 0;
  const colours = new Set<string>();
  for (const id of selection) {
    const item = editor.index.get(id);
    if (!item) continue;
    count++;
    if (item.locked === true) locked++;
    if (item.kind === 'note' || item.kind === 'frame') colours.add(item.color);
  }
  return `${count}|${[...colours].sort().join(',')}|${count > 0 && locked === count ? 'locked' : ''}`;
}

/** Tools, pictures from files, undo/redo, colours of the selection, duplicate, delete, (facilitators) lock, and the "More" menu. */
export function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const tool = useEditorSelector(editor, (s) => s.tool);
  const selection = useEditorSelector(editor, (s) => s.selection);
  const { canUndo, canRedo } = useUndoState(editor.undo);
  // What the toolbar shows of the selection, as one string: the index changes at every frame of a
  // live drag, and the toolbar re-renders only when the selection's colours or presence change.
  const summary = useSyncExternalStore(editor.index.subscribe, () => selectionSummary(editor, selection));
  const [count, colourList, lockedFlag] = summary.split('|') as [string, string, string];
  const colours = new Set(colourList ? colourList.split(',') : []);
  const anySelected = count !== '0';
  const colourable = colours.size > 0;
  const currentColour = colours.size === 1 ? [...colours][0] : null;

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} data-testid="toolbar">
      <div className="toolbar-group">
        {TOOL_BUTTONS.map(({ tool: t0, icon: Icon, action }) => (
          <ActionButton key={t0} action={action} className="icon-button" data-testid={`tool-${t0}`} aria-pressed={tool === t0}>
            <Icon />
          </ActionButton>
        ))}
      </div>
      <div className="toolbar-group">
        <PicturePicker editor={editor} />
      </div>
      <div className="toolbar-group">
        <ActionButton action="undo" className="icon-button" data-testid="undo" disabled={!canUndo}>
          <UndoIcon />
        </ActionButton>
        <ActionButton action="redo" className="icon-button" data-testid="redo" disabled={!canRedo}>
          <RedoIcon />
        </ActionButton>
      </div>
      <div className="toolbar-group palette" role="group" aria-label={t('toolbar.colours')} data-testid="palette">
        {NOTE_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            className="swatch"
            data-testid={`color-${c}`}
            style={{ background: NOTE_FILL[c] }}
            disabled={!colourable}
            aria-pressed={currentColour === c}
            title={t('toolbar.colour', { name: t(`colours.${c}`) })}
            aria-label={t('toolbar.colour', { name: t(`colours.${c}`) })}
            onClick={() => editor.recolour(c)}
          />
        ))}
      </div>
      <div className="toolbar-group">
        <ActionButton action="duplicate" className="icon-button" data-testid="duplicate" disabled={!anySelected}>
          <DuplicateIcon />
        </ActionButton>
        <ActionButton action="delete" className="icon-button" data-testid="delete" disabled={!anySelected}>
          <TrashIcon />
        </ActionButton>
        {/* The facilitators' alone (a participant's page has no such action, so no button). */}
        <ActionButton action="lock" className="icon-button" data-testid="lock" disabled={!anySelected} aria-pressed={lockedFlag === 'locked'}>
          <LockIcon />
        </ActionButton>
      </div>
      <div className="toolbar-group">
        <MoreMenu />
      </div>
    </div>
  );
}

/** Zoom out, the zoom level (click: back to 100 %), zoom in, show everything; the shortcuts list. */
export function ZoomBar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const zoom = useEditorSelector(editor, (s) => s.camera.zoom);
  const percent = Math.round(zoom * 100);
  return (
    <div className="zoom-bar" role="toolbar" aria-label={t('toolbar.zoomBar')} data-testid="zoom-bar">
      <ActionButton action="zoom-out" className="icon-button text-button" data-testid="zoom-out">
        −
      </ActionButton>
      <ActionButton action="zoom-reset" className="zoom-level" data-testid="zoom-level" data-zoom={zoom} aria-label={t('toolbar.zoomLevel', { percent })}>
        {percent}&nbsp;%
      </ActionButton>
      <ActionButton action="zoom-in" className="icon-button text-button" data-testid="zoom-in">
        +
      </ActionButton>
      <ActionButton action="zoom-fit" className="icon-button" data-testid="zoom-fit">
        <FitIcon />
      </ActionButton>
      <ActionButton action="shortcuts" className="icon-button text-button" data-testid="shortcuts-button">
        ?
      </ActionButton>
    </div>
  );
}
