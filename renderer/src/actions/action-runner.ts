import { actionsFor, RESERVED_BY_MENU, type ActionId, type DeclaredAction } from '@shared/actions/declarations';
import type { Platform } from '@shared/actions/shortcut';
import type { Editor } from '../canvas/editor';
import { createStore } from '../store';
import { ACTION_BINDINGS, type ActionBinding, type ActionEnv, type ShellCommands, type Via } from './action-table';
import { installClipboardEvents, type ClipboardKeys } from './clipboard-events';
import { createKeyDispatcher, installKeyDispatcher, type KeyOutcome } from './keyboard-dispatcher';

/** Cmd on macOS, Ctrl elsewhere. */
export function detectPlatform(): Platform {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return /mac|iphone|ipad/i.test(nav.userAgentData?.platform ?? nav.platform ?? '') ? 'mac' : 'other';
}

/**
 * One board's actions: runs them from keys, buttons and the menu against its editor and the
 * panels on screen (which `provide` their part of the shell while mounted).
 */
export class ActionRunner {
  private readonly shell: Partial<ShellCommands> = {};
  private clipboard: ClipboardKeys | null = null;
  /** Counts changes of the panels' commands, for those who watch them. */
  private readonly version = createStore(0);
  /** What this page has: a participant's has no facilitators' tools at all. */
  readonly actions: readonly DeclaredAction[];
  private readonly available: ReadonlySet<string>;

  constructor(
    readonly editor: Editor,
    readonly platform: Platform = detectPlatform(),
    private readonly bindings: Record<ActionId, ActionBinding> = ACTION_BINDINGS,
  ) {
    this.actions = actionsFor(editor.facilitator);
    this.available = new Set(this.actions.map((a) => a.id));
  }

  /** Whether this page has the action (a participant's has no facilitators' tools). */
  has(id: ActionId): boolean {
    return this.available.has(id);
  }

  /** Registers panel commands; the returned function takes back those still registered by this call. */
  provide(commands: Partial<ShellCommands>): () => void {
    Object.assign(this.shell, commands);
    this.changed();
    return () => {
      for (const [name, fn] of Object.entries(commands) as Array<[keyof ShellCommands, unknown]>) {
        if (this.shell[name] === fn) delete this.shell[name];
      }
      this.changed();
    };
  }

  /** Told when the panels' commands change (a button's enabled state may follow). */
  readonly subscribe = (listener: () => void): (() => void) => this.version.subscribe(listener);

  private changed(): void {
    this.version.set((v) => v + 1);
  }

  private env(via: Via, target: EventTarget | null, repeat = false): ActionEnv {
    return { editor: this.editor, shell: this.shell, clipboard: this.clipboard, via, target, repeat };
  }

  isEnabled(id: ActionId, via: Via = 'button', target: EventTarget | null = null): boolean {
    if (!this.has(id)) return false;
    return this.bindings[id].enabled?.(this.env(via, target)) ?? true;
  }

  /** Runs the action if it is enabled; says what the key press that asked for it should become. */
  run(id: ActionId, via: Via = 'button', target: EventTarget | null = null, repeat = false): KeyOutcome {
    if (!this.has(id)) return 'skip';
    const binding = this.bindings[id];
    const env = this.env(via, target, repeat);
    if (binding.enabled && !binding.enabled(env)) return 'skip';
    binding.perform(env);
    return binding.keepDefault ? 'keep' : 'prevent';
  }

  /** The window's keys and the document's clipboard events; returns the function that removes them. */
  install(win: Window = window): () => void {
    const clipboard = installClipboardEvents(this.editor, win.document);
    this.clipboard = clipboard;
    const dispatcher = createKeyDispatcher({
      actions: this.actions,
      reserved: RESERVED_BY_MENU,
      platform: this.platform,
      run: (id, e) => this.run(id as ActionId, 'key', e.target, e.repeat ?? false),
      release: (id) => this.bindings[id as ActionId].release?.(this.env('key', null)),
    });
    const uninstall = installKeyDispatcher(win, dispatcher);
    return () => {
      uninstall();
      dispatcher.blur();
      clipboard.dispose();
      if (this.clipboard === clipboard) this.clipboard = null;
    };
  }
}
