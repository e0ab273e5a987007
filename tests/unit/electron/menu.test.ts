import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { declarationOf, menuShortcut } from '@shared/actions/declarations';
import { toAccelerator } from '@shared/actions/shortcut';
import { actionsEn } from '@shared/i18n/actions.en';
import { actionsFr } from '@shared/i18n/actions.fr';
import { installAppMenu } from '../../../electron/main/app-menu';
import { buildMenuTemplate, MAX_RECENT_ITEMS, type MenuTemplateDeps } from '../../../electron/main/menu';
import { menuLabels } from '../../../electron/main/menu-labels';
import type { ProjectActions } from '../../../electron/main/project-dialogs';
import { fakeHost } from './fakes';

vi.mock('electron', () => {
  throw new Error('the menu template must not need electron at run time');
});

function fakeActions(): ProjectActions & { [K in keyof ProjectActions]: ReturnType<typeof vi.fn> } {
  return { newProject: vi.fn(async () => {}), openProject: vi.fn(async () => {}), saveAs: vi.fn(async () => {}), openPath: vi.fn(async () => {}) };
}

function template(overrides: Partial<MenuTemplateDeps> = {}) {
  const host = fakeHost();
  const actions = fakeActions();
  const deps: MenuTemplateDeps = { host, actions, labels: menuLabels('en-US'), recent: [], isPackaged: false, platform: 'linux', ...overrides };
  return { host: deps.host as typeof host, actions: deps.actions as typeof actions, items: buildMenuTemplate(deps) };
}

/** Every item of a template, depth first. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}
const byId = (items: MenuItemConstructorOptions[], id: string) => {
  const item = flatten(items).find((i) => i.id === id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
};
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();
const subLabels = (item: MenuItemConstructorOptions) =>
  (item.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator').map((i) => i.label ?? i.role);

describe('menu template', () => {
  it('has File, Edit, View and Help with their items', () => {
    const { items } = template();
    expect(items.map((i) => i.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(subLabels(byId(items, 'file'))).toEqual(['New…', 'Open…', 'Open Recent', 'Save As…', 'Show Backups…', 'Versions…', 'Export…', 'Quit']);
    expect(subLabels(byId(items, 'edit'))).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All']);
    expect(subLabels(byId(items, 'view'))).toEqual(['Zoom In', 'Zoom Out', 'Zoom to Fit', 'Actual Size', 'Toggle Developer Tools']);
    expect(subLabels(byId(items, 'help'))).toEqual(['About Tablée']);
    expect(byId(items, 'edit.copy').role).toBe('copy');
  });

  it('clicking Undo emits the menu-command, not a native undo', () => {
    const { host, items } = template();
    const undo = byId(items, 'edit.undo');
    expect(undo.role).toBeUndefined();
    click(undo);
    expect(host.emit).toHaveBeenCalledExactlyOnceWith({ type: 'menu-command', command: 'undo' });
  });

  it('board commands each emit their own menu-command', () => {
    const { host, items } = template();
    const expected = {
      'edit.redo': 'redo',
      'edit.selectAll': 'select-all',
      'view.zoomIn': 'zoom-in',
      'view.zoomOut': 'zoom-out',
      'view.zoomFit': 'zoom-fit',
      'view.zoomReset': 'zoom-reset',
      'file.backups': 'show-backups',
      'file.versions': 'versions',
      'file.export': 'export',
    } as const;
    for (const [id, command] of Object.entries(expected)) {
      click(byId(items, id));
      expect(host.emit, id).toHaveBeenLastCalledWith({ type: 'menu-command', command });
    }
  });

  it('board shortcuts are shown but left to the renderer, and all carry a modifier', () => {
    const { items } = template();
    for (const id of ['edit.undo', 'edit.redo', 'edit.selectAll', 'view.zoomIn', 'view.zoomOut', 'view.zoomFit', 'view.zoomReset']) {
      const item = byId(items, id);
      expect(item.registerAccelerator, id).toBe(false);
      expect(item.accelerator, id).toMatch(/^CmdOrCtrl\+/);
    }
  });

  it('board commands take their names and keys from the shared action declarations', () => {
    const commands = {
      'edit.undo': 'undo',
      'edit.redo': 'redo',
      'edit.selectAll': 'select-all',
      'view.zoomIn': 'zoom-in',
      'view.zoomOut': 'zoom-out',
      'view.zoomFit': 'zoom-fit',
      'view.zoomReset': 'zoom-reset',
      'file.backups': 'show-backups',
      'file.versions': 'versions',
      'file.export': 'export',
    } as const;
    for (const [lang, labels] of [['en', actionsEn.labels], ['fr', actionsFr.labels]] as const) {
      const { items } = template({ labels: menuLabels(lang) });
      for (const [id, action] of Object.entries(commands)) {
        const item = byId(items, id);
        expect(item.label, id).toBe(labels[declarationOf(action).label]);
        const shortcut = menuShortcut(action);
        expect(item.accelerator, id).toBe(shortcut && toAccelerator(shortcut));
      }
    }
    // The keys the renderer answers to, so the menu never shows one that does nothing.
    expect(byId(template().items, 'file.export').accelerator).toBe('CmdOrCtrl+Shift+E');
    expect(byId(template().items, 'view.zoomIn').accelerator).toBe('CmdOrCtrl+Plus');
    expect(byId(template().items, 'file.backups').accelerator).toBeUndefined();
  });

  it('File actions run the project dialogs', () => {
    const { actions, items } = template();
    click(byId(items, 'file.new'));
    click(byId(items, 'file.open'));
    click(byId(items, 'file.saveAs'));
    expect(actions.newProject).toHaveBeenCalledOnce();
    expect(actions.openProject).toHaveBeenCalledOnce();
    expect(actions.saveAs).toHaveBeenCalledOnce();
  });

  it('Open Recent lists recent projects, escapes &, and opens the chosen path', () => {
    const recent = Array.from({ length: 12 }, (_, i) => ({ path: `/p/${i}.tablee`, title: i === 0 ? 'Art & quartier' : `R${i}`, openedAt: '2026-01-01' }));
    const { actions, items } = template({ recent });
    const submenu = byId(items, 'file.recent').submenu as MenuItemConstructorOptions[];
    expect(submenu).toHaveLength(MAX_RECENT_ITEMS);
    expect(submenu[0]?.label).toBe('Art && quartier');
    click(byId(items, 'file.recent.1'));
    expect(actions.openPath).toHaveBeenCalledWith('/p/1.tablee');
  });

  it('an empty recent list shows a disabled placeholder', () => {
    const { items } = template();
    expect(byId(items, 'file.recent.none').enabled).toBe(false);
  });

  it('DevTools only when not packaged', () => {
    expect(flatten(template({ isPackaged: true }).items).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flatten(template({ isPackaged: false }).items).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('macOS gets the app menu first and no Quit in File', () => {
    const { items } = template({ platform: 'darwin' });
    expect(items.map((i) => i.id)).toEqual(['app', 'file', 'edit', 'view', 'help']);
    expect(flatten(items).filter((i) => i.role === 'quit').map((i) => i.id)).toEqual(['app.quit']);
  });

  it('speaks French on a French system', () => {
    const { items } = template({ labels: menuLabels('fr-FR') });
    expect(items.map((i) => i.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(byId(items, 'edit.undo').label).toBe('Annuler');
    expect(byId(items, 'help.about').label).toBe('À propos de Tablée');
    expect(menuLabels('fr').file).toBe('Fichier');
    expect(menuLabels('de-DE').file).toBe('File');
  });

  it('French and English dictionaries have the same words', () => {
    expect(Object.keys(menuLabels('fr')).sort()).toEqual(Object.keys(menuLabels('en')).sort());
  });
});

describe('installAppMenu', () => {
  it('builds the menu from the recent list and rebuilds it when the session changes', async () => {
    const host = fakeHost();
    host.api.listRecent.mockResolvedValue([{ path: '/a.tablee', title: 'A', openedAt: 'x' }]);
    const Menu = { buildFromTemplate: vi.fn((t: MenuItemConstructorOptions[]) => ({ t })), setApplicationMenu: vi.fn() };
    const refresh = installAppMenu({ Menu: Menu as never, host, actions: fakeActions(), labels: menuLabels('en'), isPackaged: true, platform: 'linux' });
    await refresh();
    const built = Menu.buildFromTemplate.mock.calls[0]?.[0] ?? [];
    expect(byId(built, 'file.recent.0').label).toBe('A');
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    host.emit({ type: 'session-changed' });
    await vi.waitFor(() => expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2));
    host.emit({ type: 'menu-command', command: 'undo' });
    await Promise.resolve();
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
  });

  it('still installs a menu when the recent list cannot be read', async () => {
    const host = fakeHost();
    host.api.listRecent.mockRejectedValue(new Error('unreadable'));
    const Menu = { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() };
    await installAppMenu({ Menu: Menu as never, host, actions: fakeActions(), labels: menuLabels('en'), isPackaged: true, platform: 'linux' })();
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });
});
