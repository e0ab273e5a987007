import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ButtonHTMLAttributes, type ReactNode } from 'react';
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
  // Re-checked when the selection or the panels' commands change; the toolbar re-renders on undo.
  const enabled = useSyncExternalStore(
    (l) => {
      const a = runner.subscribe(l);
      const b = runner.editor.subscribe(l);
      return () => {
        a();
        b();
      };
    },
    () => runner.isEnabled(action),
  );
  return (
    <button
      type="button"
      title={text.title(action)}
      aria-label={labelled ? undefined : text.label(action)}
      {...rest}
      disabled={disabled ?? !enabled}
      onClick={() => runner.run(action)}
    >
      {children}
    </button>
  );
}
