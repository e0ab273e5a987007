import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsOf, LOCAL_ORIGIN, readItems } from '@shared/board/doc';
import { intersects } from '@shared/board/geometry';
import type { FrameRecord } from '@shared/board/records';
import { newBoardDoc } from '@shared/project-file/build';
import { readAgenda } from '@shared/day/day-agenda';
import { dayFr } from '@shared/i18n/day.fr';
import { applyTemplate, type TemplateLabels } from '@shared/residency/templates';

const LABELS: TemplateLabels = {
  residency: { immersion: 'Immersion', themes: 'Thèmes', proposals: 'Propositions', experiments: 'Expérimentations' },
  restitution: { opportunities: 'Opportunités', vigilance: 'Points de vigilance', stakes: 'Enjeux', investigate: 'À investiguer' },
  workshopDay: dayFr.day.agenda.workshop,
};
const frames = (doc: Y.Doc): FrameRecord[] => readItems(doc).filter((i): i is FrameRecord => i.kind === 'frame');

describe('templates', () => {
  it('Residency lays out the four phases left to right, apart, in one undo step', () => {
    const doc = newBoardDoc('R', '2026-11-01T00:00:00.000Z');
    const undo = new Y.UndoManager([itemsOf(doc)], { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    applyTemplate(doc, 'residency', LABELS);
    const f = frames(doc).sort((a, b) => a.x - b.x);
    expect(f.map((x) => x.title)).toEqual(['Immersion', 'Thèmes', 'Propositions', 'Expérimentations']);
    for (const [i, a] of f.entries()) for (const b of f.slice(i + 1)) expect(intersects(a, b)).toBe(false);
    undo.undo();
    expect(readItems(doc)).toEqual([]);
  });

  it('Residency carries the workshop day’s agenda, its steps pointing at the template’s frames', () => {
    const doc = newBoardDoc('R', '2026-11-01T00:00:00.000Z');
    applyTemplate(doc, 'residency', LABELS);
    const byTitle = new Map(frames(doc).map((f) => [f.title, f.id]));
    const agenda = readAgenda(doc);
    expect(agenda.map((s) => `${s.start} ${s.title}`)).toEqual([
      '09:30 Faisons connaissance',
      '10:30 Au croisement des chemins',
      '12:30 Autour d’une belle tablée (déjeuner)',
      '14:00 En action : on creuse un défi, on s’outille, on produit',
      '16:00 À nous de jouer : on partage nos livrables',
      '16:30 Goûter de clôture',
    ]);
    expect(agenda.every((s) => s.instructions.length > 0)).toBe(true);
    expect(agenda[1]!.frames).toEqual([byTitle.get('Immersion'), byTitle.get('Thèmes')]);
    expect(agenda[3]!.frames).toEqual([byTitle.get('Propositions'), byTitle.get('Expérimentations')]);
    expect(agenda[0]!.frames).toEqual([]);
  });

  it('Restitution gives the four boxes of an axis; Empty gives nothing', () => {
    const doc = newBoardDoc('R', '2026-11-01T00:00:00.000Z');
    applyTemplate(doc, 'restitution', LABELS);
    expect(frames(doc).map((f) => f.title).sort()).toEqual(['Enjeux', 'Opportunités', 'Points de vigilance', 'À investiguer'].sort());
    const empty = newBoardDoc('R', '2026-11-01T00:00:00.000Z');
    expect(applyTemplate(empty, 'empty', LABELS)).toEqual([]);
    expect(readItems(empty)).toEqual([]);
  });
});
