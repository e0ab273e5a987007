import type { MenuItemConstructorOptions } from 'electron';
import { declarationOf, MENU_ONLY_SHORTCUTS, menuShortcut } from '@shared/actions/declarations';
import { toAccelerator } from '@shared/actions/shortcut';
import type { MenuCommand, RecentProject } from '@shared/host-api/contract';
import type { HostCore } from '../host/host-core-types';
import type { MenuLabels } from './menu-labels';
import type { ProjectActions } from './project-dialogs';

/**
 * The native menu as a plain template (no electron import at run time), rebuilt whenever the
 * recent list changes.
 *
 * Undo, redo, select all and zoom act on the renderer's board (Y.UndoManager, camera), so they
 * emit a `menu-command` host event instead of using native roles; their names and accelerators
 * come from the shared action declarations, as the renderer's shortcuts do. Accelerators are shown
 * but not registered (`registerAccelerator: false`): on Windows and Linux the renderer handles
 * the keys itself, as it must in a browser, and knows whether a text field has focus.
 * macOS ignores that flag and fires the menu item, so the renderer must treat a menu-command
 * as native text editing when a text field has focus. Every accelerator has a modifier, so a
 * shortcut never swallows a typed character on macOS.
 */

export interface MenuTemplateDeps {
  host: Pick<HostCore, 'emit'>;
  actions: ProjectActions;
  labels: MenuLabels;
  recent: readonly RecentProject[];
  /** DevTools only in development. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

/** Recent entries shown in Open Recent. */
export const MAX_RECENT_ITEMS = 10;

/** `&` marks a mnemonic in menu labels on Windows and Linux; a title's own `&` must be doubled. */
const escapeMnemonic = (text: string): string => text.replaceAll('&', '&&');

export function buildMenuTemplate(deps: MenuTemplateDeps): MenuItemConstructorOptions[] {
  const { host, actions, labels: t } = deps;
  const isMac = deps.platform === 'darwin';
  const command = (id: string, name: MenuCommand): MenuItemConstructorOptions => {
    const shortcut = menuShortcut(name);
    return {
      id,
      label: t.actions[declarationOf(name).label],
      ...(shortcut ? { accelerator: toAccelerator(shortcut), registerAccelerator: false } : {}),
      click: () => host.emit({ type: 'menu-command', command: name }),
    };
  };

  const recentItems: MenuItemConstructorOptions[] =
    deps.recent.length === 0
      ? [{ id: 'file.recent.none', label: t.noRecent, enabled: false }]
      : deps.recent.slice(0, MAX_RECENT_ITEMS).map((project, index) => ({
          id: `file.recent.${index}`,
          label: escapeMnemonic(project.title || project.path),
          toolTip: project.path,
          click: () => void actions.openPath(project.path),
        }));

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          id: 'app',
          label: 'Tablée',
          submenu: [
            { id: 'app.about', label: t.about, role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { id: 'app.quit', label: t.quit, role: 'quit' },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      id: 'file',
      label: t.file,
      submenu: [
        { id: 'file.new', label: t.newProject, accelerator: toAccelerator(MENU_ONLY_SHORTCUTS.newProject), click: () => void actions.newProject() },
        { id: 'file.open', label: t.open, accelerator: toAccelerator(MENU_ONLY_SHORTCUTS.open), click: () => void actions.openProject() },
        { id: 'file.recent', label: t.openRecent, submenu: recentItems },
        { type: 'separator' },
        { id: 'file.saveAs', label: t.saveAs, accelerator: toAccelerator(MENU_ONLY_SHORTCUTS.saveAs), click: () => void actions.saveAs() },
        command('file.backups', 'show-backups'),
        command('file.versions', 'versions'),
        command('file.export', 'export'),
        ...(isMac ? [] : [{ type: 'separator' } as const, { id: 'file.quit', label: t.quit, role: 'quit' } as const]),
      ],
    },
    {
      id: 'edit',
      label: t.edit,
      submenu: [
        command('edit.undo', 'undo'),
        command('edit.redo', 'redo'),
        { type: 'separator' },
        // Clipboard stays native: it works in text fields and fires copy/paste DOM events on the board.
        { id: 'edit.cut', label: t.actions.cut, role: 'cut' },
        { id: 'edit.copy', label: t.actions.copy, role: 'copy' },
        { id: 'edit.paste', label: t.actions.paste, role: 'paste' },
        { type: 'separator' },
        command('edit.selectAll', 'select-all'),
      ],
    },
    {
      id: 'view',
      label: t.view,
      submenu: [
        command('view.zoomIn', 'zoom-in'),
        command('view.zoomOut', 'zoom-out'),
        command('view.zoomFit', 'zoom-fit'),
        command('view.zoomReset', 'zoom-reset'),
        ...(deps.isPackaged
          ? []
          : [{ type: 'separator' } as const, { id: 'view.devTools', label: t.toggleDevTools, role: 'toggleDevTools' } as const]),
      ],
    },
    {
      id: 'help',
      label: t.help,
      role: 'help',
      submenu: [{ id: 'help.about', label: t.about, role: 'about' }],
    },
  ];
}
