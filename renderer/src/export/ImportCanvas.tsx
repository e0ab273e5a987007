import type { Editor } from '../canvas/editor';

/** "Import a JSON Canvas file…": waits for the JSON Canvas reader of shared/export. */
export function ImportCanvas(_props: { editor: Editor; disabled: boolean }) {
  return null;
}
