import type { MenuCommand } from '@shared/host-api/contract';
import type { ActionRunner } from './action-runner';
import { isEditableTarget } from './editable-target';

/** What the browser does itself in a text field for the menu's board commands of the same name. */
const IN_FIELDS: Partial<Record<MenuCommand, string>> = { undo: 'undo', redo: 'redo', 'select-all': 'selectAll' };

/**
 * A command of the desktop menu runs its action, as its shortcut does. macOS fires the menu's
 * accelerators even while a text field has focus: there, undo, redo and select all are the
 * field's own.
 */
export function runMenuCommand(runner: ActionRunner, command: MenuCommand, doc: Document = document): void {
  const native = IN_FIELDS[command];
  // execCommand is the one way to ask the field's own undo history from script.
  if (native && isEditableTarget(doc.activeElement)) doc.execCommand(native);
  else runner.run(command, 'menu', doc.activeElement);
}
