import type { Menu as ElectronMenu } from 'electron';
import type { HostCore } from '../host/host-core-types';
import { buildMenuTemplate, type MenuTemplateDeps } from './menu';

type MenuStatics = Pick<typeof ElectronMenu, 'buildFromTemplate' | 'setApplicationMenu'>;

export interface AppMenuDeps extends Omit<MenuTemplateDeps, 'recent' | 'host'> {
  Menu: MenuStatics;
  host: Pick<HostCore, 'emit' | 'api' | 'onEvent'>;
}

/**
 * Installs the application menu and rebuilds it when the session changes (Open Recent must
 * list the project just opened). Returns the refresh function.
 */
export function installAppMenu(deps: AppMenuDeps): () => Promise<void> {
  let latest = 0;
  const refresh = async (): Promise<void> => {
    const token = ++latest;
    const recent = await deps.host.api.listRecent().catch(() => []);
    // A slower, older refresh must not replace a newer menu.
    if (token !== latest) return;
    deps.Menu.setApplicationMenu(deps.Menu.buildFromTemplate(buildMenuTemplate({ ...deps, recent })));
  };
  deps.host.onEvent((event) => {
    if (event.type === 'session-changed') void refresh();
  });
  return refresh;
}
