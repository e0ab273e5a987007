import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { declarationOf, type ActionId } from '@shared/actions/declarations';
import { formatShortcut } from '@shared/actions/shortcut';
import type { Editor } from '../canvas/editor';
import type { ShellCommands } from './action-table';
import { ActionRunner } from './action-runner';

const ActionsContext = createContext<ActionRunner | null>(null);

export const ActionsProvider = ActionsContext.Provider;

/** The board's actions, with its keys listening while the board is on screen. */
export function useBoardActions(editor: Editor): ActionRunner {
  const [runner] = useState(() => new ActionRunner(editor));
  useEffect(() => runner.install(), [runner]);
  return runner;
}

export function useActions(): ActionRunner {
  const runner = useContext(ActionsContext);
  if (!runner) throw new Error('useActions outside an ActionsProvider');
  return runner;
}

/** Lends panel commands to the actions while the calling component is mounted. */
export function useProvideShell(commands: Partial<ShellCommands>): void {
  const runner = useActions();
  useEffect(() => runner.provide(commands), [runner, commands]);
}

/** An action's name, and its name with its shortcut as every tooltip writes it. */
export function useActionText(): { label(id: ActionId): string; title(id: ActionId): string; shortcut(id: ActionId): string | undefined } {
  const { t } = useTranslation();
  const { platform } = useActions();
  // The same functions while the language and platform stay: callers may memoise on them.
  return useMemo(() => {
    const label = (id: ActionId): string => t(`actions.labels.${declarationOf(id).label}`);
    const shortcut = (id: ActionId): string | undefined => {
      const first = declarationOf(id).shortcuts[0];
      return first && formatShortcut(first, platform);
    };
    const title = (id: ActionId): string => {
      const keys = shortcut(id);
      return keys ? t('actions.withShortcut', { label: label(id), shortcut: keys }) : label(id);
    };
    return { label, title, shortcut };
  }, [t, platform]);
}

type ActionButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'title' | 'type'> & {
  action: ActionId;
  children: ReactNode;
  /** When the button shows words of its own, the action's name is only its tooltip. */
  labelled?: boolean;
};

/** A button that runs an action: its tooltip, name and enabled state come from the action table. */
export function ActionButton({ action, children, labelled = false, disabled, ...rest }: ActionButtonProps) {
  const runner = useActions();
  const text = useActionText();
  // Worded once per language, not at every render (the zoom bar renders at every zoom frame).
  const { title, label } = useMemo(() => ({ title: text.title(action), label: text.label(action) }), [text.title, text.label, action]);
  // Re-checked when the editor's state or the panels' commands change; a stable subscription, so a
  // render does not unsubscribe and subscribe again. The toolbar re-renders on undo.
  const subscribe = useCallback(
    (l: () => void) => {
      const a = runner.subscribe(l);
      const b = runner.editor.subscribe(l);
      return () => {
        a();
        b();
      };
    },
    [runner],
  );
  const enabled = useSyncExternalStore(subscribe, () => runner.isEnabled(action));
  // A participant's page has no facilitators' tools: no button, not a disabled one.
  if (!runner.has(action)) return null;
  return (
    <button
      type="button"
      title={title}
      aria-label={labelled ? undefined : label}
      {...rest}
      disabled={disabled ?? !enabled}
      onClick={() => runner.run(action)}
    >
      {children}
    </button>
  );
}
