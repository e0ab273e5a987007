import type { ActionId } from '@shared/actions/declarations';
import type { TimerOp } from '@shared/day/day-timer';
import type { Editor } from '../canvas/editor';
import type { Tool } from '../canvas/tools';
import { openExportDialog } from '../features/export/export-open';
import { createExperimentFrom } from '../features/proposals/proposal-commands';
import type { ClipboardKeys } from './clipboard-events';
import { isButtonTarget, isEditableTarget } from './editable-target';
import { escapeLayerFor } from './escape-layers';
import { FRAME_BY_KEY, KEYBOARD_BINDINGS } from '../features/keyboard/keyboard-bindings';

/** The app's panels register what their actions do while they are on screen. */
export interface ShellCommands {
  toggleInterviews(): void;
  /** Opens a proposal or experiment card in the side panel. */
  openCard(id: string): void;
  /** The proposal open in the side panel, if one is (E makes the experiment that comes from it). */
  openProposal(): string | null;
  openSearch(): void;
  toggleLinks(): void;
  pickPictures(): void;
  showBackups(): void;
  /** Opens or closes the versions panel (features/versions/VersionsPanel.tsx). */
  showVersions(): void;
  toggleShortcuts(): void;
  /** The shared timer (features/day/DayBar.tsx), which knows the HOST's clock. */
  timer(op: TimerOp): void;
  /** The agenda's next (1) or previous (-1) step (features/day/DayBar.tsx). */
  agenda(direction: 1 | -1): void;
  /** Opens or closes the tables' panel (features/day/Tables.tsx). */
  toggleTables(): void;
  /** Takes the view to my table's frame, when I sit at one that has a frame. */
  myTable(): void;
  /** Brings everyone's view to mine (features/follow/Gather.tsx). */
  gather(): void;
  /** Opens or closes the choice of frames to present (features/day/PresentControls.tsx). */
  present(): void;
  /** A dot more (1) or less (-1) on the selected card in the open vote (features/votes/VotePanel.tsx). */
  vote(delta: 1 | -1): void;
  /** Opens or closes the private round's form (features/day/PrivateRound.tsx). */
  privateRound(): void;
  /** The searchable lists that move the selection into a theme or link it to a proposal (features/keyboard/KeyboardDialogs.tsx). */
  moveToTheme(): void;
  linkToProposal(): void;
}

/** How an action was asked for: some act differently from a key than from a button. */
export type Via = 'key' | 'button' | 'menu';

export interface ActionEnv {
  editor: Editor;
  shell: Partial<ShellCommands>;
  clipboard: ClipboardKeys | null;
  via: Via;
  target: EventTarget | null;
  /** A key held down repeats its keydown. */
  repeat: boolean;
}

export interface ActionBinding {
  /** Not enabled: a key press is left alone, a button is disabled. */
  enabled?(env: ActionEnv): boolean;
  perform(env: ActionEnv): void;
  /** The key's default must happen (copy and paste: the browser's clipboard event follows). */
  keepDefault?: boolean;
  /** A held key went up (Space to pan). */
  release?(env: ActionEnv): void;
}

const tool = (t: Tool): ActionBinding => ({ perform: ({ editor }) => editor.setTool(t) });
const shell = (name: Exclude<keyof ShellCommands, 'openCard' | 'openProposal' | 'timer' | 'agenda' | 'vote'>): ActionBinding => ({
  enabled: (env) => env.shell[name] !== undefined,
  perform: (env) => env.shell[name]?.(),
});
const timer = (op: TimerOp): ActionBinding => ({
  enabled: (env) => env.shell.timer !== undefined,
  perform: (env) => env.shell.timer?.(op),
});
const vote = (delta: 1 | -1): ActionBinding => ({
  enabled: (env) => env.shell.vote !== undefined && env.editor.selection.size === 1,
  perform: (env) => env.shell.vote?.(delta),
});
const agenda = (direction: 1 | -1): ActionBinding => ({
  enabled: (env) => env.shell.agenda !== undefined,
  perform: (env) => env.shell.agenda?.(direction),
});
const anySelected = ({ editor }: ActionEnv): boolean => editor.selection.size > 0;

/** A proposal or experiment on free space near the pointer (or the middle of the view), opened in the side panel. */
function newCard(kind: 'proposal' | 'experiment'): ActionBinding {
  return {
    perform: ({ editor, shell: s }) => {
      const id = editor.createFree({ kind }, false);
      if (id) s.openCard?.(id);
    },
  };
}

/** What each declared action does (shared/actions/declarations.ts holds its name and keys). */
export const ACTION_BINDINGS: Record<ActionId, ActionBinding> = {
  'tool-select': tool('select'),
  'tool-hand': tool('hand'),
  pan: {
    enabled: ({ target }) => !isButtonTarget(target),
    perform: ({ editor, repeat }) => {
      if (!repeat) editor.setSpacePan(true);
    },
    release: ({ editor }) => editor.setSpacePan(false),
  },
  'tool-note': {
    // The key makes a note at once, on free space (no frame joined by surprise); the toolbar
    // button arms the tool (a click on the board places it there, in a frame if it is one).
    perform: ({ editor, via }) => {
      if (via !== 'key') return editor.setTool('note');
      editor.setTool('select');
      editor.createFree({ kind: 'note' }, true);
    },
  },
  'tool-text': tool('text'),
  'tool-frame': tool('frame'),
  pictures: shell('pickPictures'),

  undo: { enabled: ({ editor, via }) => via === 'key' || editor.undo.canUndo(), perform: ({ editor }) => editor.doUndo() },
  redo: { enabled: ({ editor, via }) => via === 'key' || editor.undo.canRedo(), perform: ({ editor }) => editor.doRedo() },
  copy: { keepDefault: true, perform: ({ clipboard }) => clipboard?.copy(false) },
  cut: { keepDefault: true, perform: ({ clipboard }) => clipboard?.copy(true) },
  paste: { keepDefault: true, perform: ({ clipboard }) => clipboard?.paste() },
  duplicate: { enabled: anySelected, perform: ({ editor }) => editor.duplicateSelection() },
  delete: { enabled: anySelected, perform: ({ editor }) => editor.deleteSelection() },
  'select-all': { perform: ({ editor }) => editor.selectAll() },
  'timer-start-pause': timer('start-pause'),
  'timer-add-minute': timer('add-minute'),
  'timer-remove-minute': timer('remove-minute'),
  'timer-reset': timer('reset'),
  'agenda-next': agenda(1),
  'agenda-back': agenda(-1),
  tables: shell('toggleTables'),
  'private-round': shell('privateRound'),
  'my-table': shell('myTable'),
  'gather-here': shell('gather'),
  present: shell('present'),
  'vote-add-dot': vote(1),
  'vote-remove-dot': vote(-1),
  lock: { enabled: anySelected, perform: ({ editor }) => editor.toggleLock() },
  open: {
    // With the frame tool armed, Enter makes the frame without a drag (features/keyboard).
    enabled: (env) => FRAME_BY_KEY.enabled(env) || (!isButtonTarget(env.target) && env.editor.selection.size === 1),
    perform: (env) => {
      if (FRAME_BY_KEY.enabled(env)) return FRAME_BY_KEY.perform(env);
      const [only] = env.editor.selection;
      if (only) env.editor.startEditing(only);
    },
  },
  escape: {
    // A panel's own Escape first; in a text field that no panel takes, Escape belongs to the field.
    enabled: ({ target }) => escapeLayerFor(target) !== undefined || !isEditableTarget(target),
    perform: ({ editor, target }) => {
      const layer = escapeLayerFor(target);
      if (layer) return layer.close();
      editor.setTool('select');
      editor.clearSelection();
    },
  },

  'zoom-in': { perform: ({ editor }) => editor.zoomIn() },
  'zoom-out': { perform: ({ editor }) => editor.zoomOut() },
  'zoom-reset': { perform: ({ editor }) => editor.zoomReset() },
  'zoom-fit': { perform: ({ editor }) => editor.zoomToFit() },
  'zoom-selection': { perform: ({ editor }) => editor.zoomToSelection() },
  shortcuts: shell('toggleShortcuts'),

  interviews: shell('toggleInterviews'),
  'new-proposal': newCard('proposal'),
  'new-experiment': {
    // With one proposal selected, or else one open in the side panel (being written), the
    // experiment comes from it: linked, and placed beside it.
    perform: (env) => {
      const [only, ...rest] = env.editor.selection;
      const selected = only && rest.length === 0 && env.editor.index.get(only)?.kind === 'proposal' ? only : null;
      const open = env.shell.openProposal?.() ?? null;
      const from = selected ?? (open && env.editor.index.get(open)?.kind === 'proposal' ? open : null);
      if (from) {
        const id = createExperimentFrom(env.editor, from);
        if (id) env.shell.openCard?.(id);
        return;
      }
      newCard('experiment').perform(env);
    },
  },
  links: shell('toggleLinks'),
  search: shell('openSearch'),

  export: { perform: () => openExportDialog() },
  'show-backups': shell('showBackups'),
  versions: shell('showVersions'),
  ...KEYBOARD_BINDINGS,
};
