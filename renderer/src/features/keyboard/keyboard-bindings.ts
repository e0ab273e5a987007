import i18n from 'i18next';
import type { ActionId } from '@shared/actions/declarations';
import { DEFAULT_SIZE } from '@shared/board/records';
import type { Editor } from '../../canvas/editor';
import { announce } from './announcer';
import { arrangeSelection, nudge, NUDGE, NUDGE_FAR } from './keyboard-commands';
import { reachCard, stepFrom } from './card-order';
import { cardOfTarget, onBoard, requestCardFocus } from './focus';

/**
 * What these bindings read of an action's run: a part of actions/action-table.ts's ActionEnv,
 * written here so that the table can import this file without an import cycle.
 */
interface KeyEnv {
  editor: Editor;
  shell: Partial<{ moveToTheme(): void; linkToProposal(): void }>;
  via: 'key' | 'button' | 'menu';
  target: EventTarget | null;
  repeat: boolean;
}

interface KeyBinding {
  enabled(env: KeyEnv): boolean;
  perform(env: KeyEnv): void;
}

/**
 * Tab and Shift+Tab from a card go to the next or previous card in reading order, the view
 * following; past either end the key is left to the browser, which takes the focus out of the
 * cards to the toolbars.
 */
function step(direction: 1 | -1): KeyBinding {
  return {
    enabled: ({ editor, target }) => {
      const from = cardOfTarget(target);
      return from !== null && stepFrom(editor, from, direction) !== undefined;
    },
    perform: ({ editor, target }) => {
      const next = stepFrom(editor, cardOfTarget(target), direction);
      if (!next) return;
      reachCard(editor, next);
      requestCardFocus(next.id);
    },
  };
}

const movable = ({ editor, target }: KeyEnv): boolean => editor.selection.size > 0 && editor.getState().editing === null && onBoard(target);

function move(dx: number, dy: number): KeyBinding {
  return { enabled: movable, perform: ({ editor, repeat }) => nudge(editor, dx, dy, repeat) };
}

/**
 * Enter with the frame tool armed: a frame on free space near the middle of the view (or the
 * pointer), brought into view, its title being written, the tool back to select. The frame tool's
 * non-drag way. Free space, because a frame takes in the cards under it: dropped over cards, it
 * would make them a theme nobody chose.
 */
export const FRAME_BY_KEY: KeyBinding = {
  enabled: ({ editor, target, via }) => via === 'key' && editor.getState().tool === 'frame' && onBoard(target),
  perform: ({ editor }) => {
    const spot = editor.freeSpot(DEFAULT_SIZE.frame);
    editor.reveal(spot);
    const id = editor.createFrame(spot);
    editor.setTool('select');
    if (id) editor.startEditing(id);
  },
};

/** What the keyboard's own actions do (shared/actions/declarations.ts holds their names and keys). */
export const KEYBOARD_BINDINGS = {
  'next-card': step(1),
  'previous-card': step(-1),
  'move-left': move(-NUDGE, 0),
  'move-right': move(NUDGE, 0),
  'move-up': move(0, -NUDGE),
  'move-down': move(0, NUDGE),
  'move-left-far': move(-NUDGE_FAR, 0),
  'move-right-far': move(NUDGE_FAR, 0),
  'move-up-far': move(0, -NUDGE_FAR),
  'move-down-far': move(0, NUDGE_FAR),
  'move-to-theme': {
    enabled: (env) => env.shell.moveToTheme !== undefined && env.editor.selection.size > 0,
    perform: (env) => env.shell.moveToTheme?.(),
  },
  'link-to-proposal': {
    enabled: (env) => env.shell.linkToProposal !== undefined && env.editor.selection.size > 0,
    perform: (env) => env.shell.linkToProposal?.(),
  },
  arrange: {
    enabled: ({ editor }) => editor.selection.size > 0,
    perform: ({ editor }) => {
      if (arrangeSelection(editor)) announce(i18n.t('reader.arranged'));
    },
  },
} satisfies Partial<Record<ActionId, KeyBinding>>;
