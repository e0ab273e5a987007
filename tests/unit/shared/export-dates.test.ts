import { describe, expect, it } from 'vitest';
import { readExportModel } from '@shared/export/export-model';
import { formatDay } from '@shared/export/messages';
import { reportMarkdown } from '@shared/export/report-markdown';
import { buildFixtureDoc } from '../../fixtures/export/fixture-doc';

describe('dates in exports', () => {
  it.each([
    ['fr', '2026-03-05', '5 mars 2026'],
    ['fr', '2025-04-01', '1 avr. 2025'],
    ['fr', '2025-12-31', '31 déc. 2025'],
    ['en', '2026-03-05', 'Mar 5, 2026'],
    ['en', '2025-04-01', 'Apr 1, 2025'],
    ['en', '2025-12-31', 'Dec 31, 2025'],
  ] as const)('%s writes %s as %s', (lang, day, text) => {
    expect(formatDay(day, lang)).toBe(text);
  });

  it('leave text that is not a stored day as it is', () => {
    expect(formatDay('', 'en')).toBe('');
    expect(formatDay('printemps 2025', 'fr')).toBe('printemps 2025');
  });

  it('read month first in an English report, day first in a French one', () => {
    const { doc } = buildFixtureDoc();
    const en = reportMarkdown(readExportModel(doc, { anonymised: true, lang: 'en' }));
    expect(en).toContain('· Le Grenier · Mar 4, 2025');
    expect(en).toContain('**Dates:** Apr 1, 2025 → Jun 30, 2025');
    const fr = reportMarkdown(readExportModel(doc, { anonymised: true, lang: 'fr' }));
    expect(fr).toContain('· Le Grenier · 4 mars 2025');
    expect(fr).toContain('**Dates\u202f:** 1 avr. 2025 → 30 juin 2025');
  });
});
