import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionGroup } from '@shared/actions/declarations';
import { formatShortcut, type Platform, type Shortcut } from '@shared/actions/shortcut';
import { isEditableTarget } from '../actions/editable-target';
import { useEscapeLayer } from '../actions/escape-layers';
import { useActions, useActionText, useProvideShell } from '../actions/use-actions';
import { useReturnFocus } from '../features/keyboard/focus';

const GROUPS: readonly ActionGroup[] = ['tools', 'edit', 'view', 'residency', 'file'];

/** The ways to press an action on this platform, as written; the keypad's twins are left out. */
function keysOf(shortcuts: readonly Shortcut[], platform: Platform): string[] {
  const shown = shortcuts.filter((s) => (!s.only || s.only === platform) && !s.code?.startsWith('Numpad'));
  return [...new Set(shown.map((s) => formatShortcut(s, platform)))];
}

/** The `shortcuts` action (`?` or the button by the zoom) shows and hides the list. */
export function ShortcutsHost() {
  const [open, setOpen] = useState(false);
  useProvideShell(useMemo(() => ({ toggleShortcuts: () => setOpen((v) => !v) }), []));
  // Escape in a field (the card being written, the search) stays the field's.
  useEscapeLayer((target) => !isEditableTarget(target), () => setOpen(false), open);
  return open ? <ShortcutsPanel onClose={() => setOpen(false)} /> : null;
}

/** Every action of the table with its keys, by group: the same names and keys as the tooltips and the menu. */
function ShortcutsPanel({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  // The actions this page has (a participant's list has no facilitators' tools).
  const { platform, actions } = useActions();
  const text = useActionText();
  useReturnFocus();
  return (
    <div className="project-panel shortcuts-panel" role="dialog" aria-labelledby="shortcuts-title" data-testid="shortcuts-panel">
      <div className="panel-head">
        <h2 id="shortcuts-title">{t('actions.panel.title')}</h2>
        <button type="button" data-testid="shortcuts-close" onClick={onClose}>
          {t('actions.panel.close')}
        </button>
      </div>
      {GROUPS.map((group) => (
        <section key={group} className="panel-section">
          <h3>{t(`actions.groups.${group}`)}</h3>
          <table className="shortcuts-table">
            <tbody>
              {actions.filter((a) => a.group === group).map((a) => {
                const keys = keysOf(a.shortcuts, platform);
                return (
                  <tr key={a.id} data-action={a.id}>
                    <th scope="row">{text.label(a.id)}</th>
                    <td>
                      {keys.length === 0
                        ? t('actions.panel.none')
                        : keys.map((k, i) => (
                            <span key={k}>
                              {i > 0 && ` ${t('actions.panel.or')} `}
                              <kbd>{k}</kbd>
                            </span>
                          ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
