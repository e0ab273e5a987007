import { assertNoConflicts, keyOf, shortcutMatches, type KeyLike, type Platform, type Shortcut } from '@shared/actions/shortcut';
import { isEditableTarget } from './editable-target';

export interface KeyedAction {
  readonly id: string;
  readonly shortcuts: readonly Shortcut[];
  readonly inFields?: boolean;
}

export interface KeyEvent extends KeyLike {
  readonly target: EventTarget | null;
  readonly isComposing?: boolean;
  readonly repeat?: boolean;
  preventDefault(): void;
}

/** What running an action made of the key press: its default prevented, kept (a clipboard event follows), or untouched. */
export type KeyOutcome = 'prevent' | 'keep' | 'skip';

export interface KeyDispatcherDeps {
  actions: readonly KeyedAction[];
  platform: Platform;
  run(id: string, e: KeyEvent): KeyOutcome;
  /** The key of a held action (Space to pan) went up, or the window lost the focus. */
  release(id: string): void;
  /** Keys owned elsewhere (the desktop menu's): an action claiming one is a conflict; they never run here. */
  reserved?: readonly KeyedAction[];
  /** Typing in a field: only `inFields` actions answer. */
  isTyping?(target: EventTarget | null): boolean;
}

export interface KeyDispatcher {
  keydown(e: KeyEvent): void;
  keyup(e: Pick<KeyLike, 'key' | 'code'>): void;
  blur(): void;
}

/**
 * The one keyboard dispatcher: finds the action whose shortcut the key press is, and runs it.
 * Refuses a table where two actions claim the same key press (it throws at start-up).
 */
export function createKeyDispatcher(deps: KeyDispatcherDeps): KeyDispatcher {
  assertNoConflicts([...deps.actions, ...(deps.reserved ?? [])]);
  const isTyping = deps.isTyping ?? isEditableTarget;
  // Keys whose action ran on keydown, to release on keyup.
  const held = new Map<string, string>();
  const releaseAll = (): void => {
    for (const id of held.values()) deps.release(id);
    held.clear();
  };
  return {
    keydown(e) {
      if (e.isComposing) return;
      const action = deps.actions.find((a) => a.shortcuts.some((s) => shortcutMatches(s, e, deps.platform)));
      if (!action || (!action.inFields && isTyping(e.target))) return;
      const outcome = deps.run(action.id, e);
      if (outcome === 'prevent') e.preventDefault();
      if (outcome !== 'skip') held.set(keyOf(e), action.id);
    },
    keyup(e) {
      const key = keyOf(e);
      const id = held.get(key);
      if (id === undefined) return;
      held.delete(key);
      deps.release(id);
    },
    blur: releaseAll,
  };
}

/** Listens on the window; returns the function that stops listening. */
export function installKeyDispatcher(target: Window, dispatcher: KeyDispatcher): () => void {
  const down = (e: KeyboardEvent): void => dispatcher.keydown(e);
  const up = (e: KeyboardEvent): void => dispatcher.keyup(e);
  const blur = (): void => dispatcher.blur();
  target.addEventListener('keydown', down);
  target.addEventListener('keyup', up);
  target.addEventListener('blur', blur);
  return () => {
    target.removeEventListener('keydown', down);
    target.removeEventListener('keyup', up);
    target.removeEventListener('blur', blur);
  };
}
