import { describe, expect, it } from 'vitest';
import { en } from '@shared/i18n/en';
import { fr } from '@shared/i18n/fr';
import { mergeDictionaries } from '@shared/i18n/merge';

/** Every word's path ("residency.panel.close"), leaves only. */
function paths(dict: object, prefix = ''): string[] {
  return Object.entries(dict).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? paths(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

describe('i18n dictionaries', () => {
  it('French and English have exactly the same words', () => {
    const enPaths = paths(en).sort();
    const frPaths = paths(fr).sort();
    expect(frPaths.filter((p) => !enPaths.includes(p)), 'in French only').toEqual([]);
    expect(enPaths.filter((p) => !frPaths.includes(p)), 'in English only').toEqual([]);
  });

  it('merges the features into the namespaces the app reads', () => {
    // The residency namespace is filled by several feature files (interviews, proposals, themes, search, images, project).
    expect(en.residency.panel.close).toBe('Close');
    expect(en.residency.proposal.heading).toBeTypeOf('string');
    expect(en.residency.search.label).toBe('Search the board');
    expect(fr.residency.template.name.empty).toBeTypeOf('string');
    expect(fr.actions.labels.undo).toBe('Annuler');
    expect(en.menu.file).toBe('File');
  });

  it('refuses two feature files giving the same word', () => {
    expect(() => mergeDictionaries({ residency: { close: 'Close' } }, { residency: { close: 'Shut' } })).toThrow(/residency\.close/);
    expect(mergeDictionaries({ a: { b: 'x' } }, { a: { c: 'y' } })).toEqual({ a: { b: 'x', c: 'y' } });
  });
});
