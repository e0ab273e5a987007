import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readItems } from '@shared/board/doc';
import { readExportModel } from '@shared/export/export-model';
import { reportMarkdown } from '@shared/export/report-markdown';
import { loadProjectText } from '@shared/project-file/load';
import { applyTemplate, type TemplateLabels } from '@shared/residency/templates';
import { areaOfTitle, frameSort, themeFrames } from '@shared/residency/theme-frames';
import { projectEn } from '@shared/i18n/project.en';
import { projectFr } from '@shared/i18n/project.fr';
import { dayFr } from '@shared/i18n/day.fr';
import { SAMPLE_PATH } from '../../../scripts/make-sample';

describe('frames that are themes, and those that are not', () => {
  it('knows the residency’s areas by their titles, in French and English, numbered or not', () => {
    expect(areaOfTitle('Immersion · 3 au 14 mars 2025')).toBe('immersion');
    expect(areaOfTitle('1 · Immersion: quotes and observations')).toBe('immersion');
    expect(areaOfTitle('2 · Thèmes')).toBe('themes');
    expect(areaOfTitle('Propositions')).toBe('proposals');
    expect(areaOfTitle('4 · Expérimentations')).toBe('experiments');
    expect(areaOfTitle('Experiments')).toBe('experiments');
    // A theme's own title, even one starting with an area's word.
    expect(areaOfTitle('Thème 1 · Le poids des étiquettes')).toBeNull();
    expect(areaOfTitle('Propositions de la table 3')).toBeNull();
    expect(areaOfTitle('Le poids des étiquettes')).toBeNull();
    expect(frameSort({ title: 'Opportunités' })).toBe('section');
    // Where proposals are laid out, whatever its name; a theme holding a proposal beside its quotes stays a theme.
    expect(frameSort({ title: 'Table 3' }, { plans: true, quotes: false })).toBe('area');
    expect(frameSort({ title: 'Table 3' }, { plans: true, quotes: true })).toBe('theme');
  });

  it('the Residency template’s four areas are no themes; the sample’s themes are its three “Thème” frames', () => {
    for (const words of [projectFr, projectEn]) {
      const doc = new Y.Doc();
      const areas = words.residency.template.areas;
      const labels: TemplateLabels = { residency: areas, restitution: areas, workshopDay: dayFr.day.agenda.workshop };
      applyTemplate(doc, 'residency', labels);
      expect(readItems(doc).filter((i) => i.kind === 'frame')).toHaveLength(4);
      expect(themeFrames(readItems(doc))).toEqual([]);
    }

    const sample = loadProjectText(readFileSync(SAMPLE_PATH, 'utf8'));
    if (!sample.ok) throw new Error('sample does not load');
    expect(themeFrames(readItems(sample.value.doc)).map((f) => f.title.split(' · ')[0])).toEqual(['Thème 1', 'Thème 2', 'Thème 3']);
  });

  it('the sample’s report lists its three themes under Themes, and Immersion under its own title', () => {
    const sample = loadProjectText(readFileSync(SAMPLE_PATH, 'utf8'));
    if (!sample.ok) throw new Error('sample does not load');
    const md = reportMarkdown(readExportModel(sample.value.doc, { anonymised: true, lang: 'fr', meta: { date: '', credits: '', licence: '' } }));
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    const themes = headings.indexOf('## Thèmes');
    const next = headings.findIndex((h, i) => i > themes && h.startsWith('## '));
    const listed = headings.slice(themes + 1, next);
    expect(listed.map((h) => h.replace(/^### /, '').split(' · ')[0])).toEqual(['Thème 1', 'Thème 2', 'Thème 3']);
    expect(headings.some((h) => /^## Immersion/.test(h))).toBe(true);
    expect(listed.some((h) => /Immersion|Propositions|Expérimentations/.test(h))).toBe(false);
  });
});
