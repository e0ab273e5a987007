import type { TemplateId } from '@shared/residency/templates';

/**
 * The template picked in the "new project" form, waiting for the new board to open: the HOST
 * creates an empty file, and the board applies the template when it first shows (as the
 * template chooser of an empty board would). Forgotten after a while, so a failed creation
 * never fills a board opened later.
 */
let planned: { template: TemplateId; until: number } | null = null;
const WAIT_MS = 20_000;

export function planTemplate(template: TemplateId): void {
  planned = { template, until: Date.now() + WAIT_MS };
}

export function forgetPlannedTemplate(): void {
  planned = null;
}

/** The planned template, once: null when none is waiting (or it waited too long). */
export function takePlannedTemplate(): TemplateId | null {
  const p = planned;
  planned = null;
  return p && p.until >= Date.now() ? p.template : null;
}
