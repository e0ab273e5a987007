import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { quoteLayout } from '@shared/board/card-layout';
import { createItem } from '@shared/board/commands';
import { CARD_TEXT, fitText, wrapLines } from '@shared/board/fit-text';
import { readExportModel } from '@shared/export/export-model';
import { layoutPicture, type TextShape } from '@shared/export-pictures/layout';
import { emWidth } from '@shared/export-pictures/text-metrics';
import { loadProjectText } from '@shared/project-file/load';
import { readInterviews, readQuotes } from '@shared/residency/doc';
import { SAMPLE_PATH } from '../../../scripts/make-sample';

/** Every character half an em wide: easy to reason about. */
const half = (s: string): number => [...s].length * 0.5;
const words = (s: string): string => s.trim().split(/\s+/).join(' ');
const italic = emWidth('italic');
const box = { w: 180, h: 100 };

describe('the text-fitting rule', () => {
  it('keeps the usual size when the text fits', () => {
    const fit = fitText('Short words.', box, CARD_TEXT.quote, half);
    expect(fit.size).toBe(CARD_TEXT.quote.maxSize);
    expect(fit.lines).toEqual(['Short words.']);
    expect(fit.grows).toBe(false);
  });

  it('shrinks the font before anything else, and keeps every word', () => {
    const text = 'On est devenus un guichet pour tout, alors que personne ne nous a demandé si on voulait.';
    const small = { w: 180, h: 70 };
    expect(wrapLines(text, small.w, CARD_TEXT.quote.maxSize, italic).length * CARD_TEXT.quote.maxSize * CARD_TEXT.quote.lineHeight).toBeGreaterThan(small.h);
    const fit = fitText(text, small, CARD_TEXT.quote, italic);
    expect(fit.size).toBeLessThan(CARD_TEXT.quote.maxSize);
    expect(fit.size).toBeGreaterThanOrEqual(CARD_TEXT.quote.minSize);
    expect(fit.grows).toBe(false);
    expect(fit.height).toBeLessThanOrEqual(small.h);
    expect(fit.lines.join(' ')).toBe(text);
    for (const line of fit.lines) expect(italic(line) * fit.size).toBeLessThanOrEqual(small.w);
  });

  it('a very long quote stops at the smallest size and asks for a taller card, never an ellipsis', () => {
    const text = Array.from({ length: 120 }, (_, i) => `mot${i}`).join(' ');
    const fit = fitText(text, box, CARD_TEXT.quote, italic);
    expect(fit.size).toBe(CARD_TEXT.quote.minSize);
    expect(fit.grows).toBe(true);
    expect(fit.height).toBeGreaterThan(box.h);
    expect(fit.height).toBeCloseTo(fit.lines.length * fit.size * CARD_TEXT.quote.lineHeight);
    expect(fit.lines.join(' ')).toBe(text);
    expect(fit.lines.join('')).not.toContain('…');
    // The card that holds it is drawn as tall as its words need.
    const card = quoteLayout(text, 220, 160, italic);
    expect(card.cardH).toBeGreaterThan(160);
    expect(card.words.lines.join(' ')).toBe(text);
  });

  it('splits a word longer than a line over several lines, losing no character', () => {
    const word = 'Anticonstitutionnellement'.repeat(4);
    const lines = wrapLines(`avant ${word} après`, 100, 16, italic);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(italic(line) * 16).toBeLessThanOrEqual(100);
    expect(lines.join('').replace(/ /g, '')).toBe(`avant${word}après`);
  });

  it('keeps hard line breaks and drops trailing blanks', () => {
    expect(wrapLines('un\ndeux  trois\n\n', 1000, 10, half)).toEqual(['un', 'deux trois']);
  });

  it('an empty or blank text fits in nothing, and a zero-sized box does not crash', () => {
    for (const text of ['', '   ', '\n\n']) {
      const fit = fitText(text, box, CARD_TEXT.note, half);
      expect(fit.lines).toEqual([]);
      expect(fit.height).toBe(0);
      expect(fit.grows).toBe(false);
    }
    const tiny = fitText('quelques mots', { w: 0, h: 0 }, CARD_TEXT.note, half);
    expect(tiny.lines.join('')).toBe('quelquesmots');
  });

  it('CJK, emoji and combining marks are measured and kept, not dropped', () => {
    const text = '我们的社区中心 👩‍👩‍👧 Ça « marche » 🎉🎉🎉 e\u0301té';
    for (const measure of [half, italic, emWidth('regular')]) {
      const fit = fitText(text, { w: 60, h: 40 }, CARD_TEXT.note, measure);
      expect(fit.lines.length).toBeGreaterThan(0);
      expect(fit.lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });
});

describe('exports of the sample apply the same rule', () => {
  const loaded = loadProjectText(readFileSync(SAMPLE_PATH, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.detail);
  const doc = loaded.value.doc;

  it('every quote card shows its whole words in the picture, in French and in English', () => {
    const consent = new Map(readInterviews(doc).map((i) => [i.id, i.consent]));
    const shown = readQuotes(doc).filter((q) => q.interviewId === null || (consent.get(q.interviewId) ?? 'none') !== 'none');
    expect(shown.length).toBeGreaterThan(10);
    for (const lang of ['fr', 'en'] as const) {
      const layout = layoutPicture(readExportModel(doc, { anonymised: true, lang }), { region: { kind: 'board' }, margin: 40, background: null })!;
      const blocks = layout.shapes.filter((s): s is TextShape => s.type === 'text').map((s) => words(s.lines.join(' ')));
      for (const q of shown) expect(blocks.some((b) => b.includes(words(q.text))), q.text).toBe(true);
    }
  });

  it('a frame title is whole in the picture: shrunk, then wrapped, its header band taller', () => {
    const d = new Y.Doc();
    const title = 'Thème 4 · Personne ne sait qui fait quoi, ni où, ni quand, ni pour qui, ni pourquoi on nous renvoie ailleurs, ni qui décide, ni comment on pourrait faire autrement ensemble';
    createItem(d, { kind: 'frame', x: 0, y: 0, w: 400, h: 600, title });
    const layout = layoutPicture(readExportModel(d, { anonymised: true, lang: 'fr' }), { region: { kind: 'board' }, margin: 0, background: null })!;
    const drawn = layout.shapes.filter((s): s is TextShape => s.type === 'text');
    expect(drawn).toHaveLength(1);
    expect(drawn[0]!.lines.join(' ')).toBe(title);
    expect(drawn[0]!.lines.length).toBeGreaterThan(1);
    expect(drawn[0]!.size).toBeGreaterThanOrEqual(CARD_TEXT.frameTitle.minSize);
    const band = layout.shapes.filter((s) => s.type === 'rect')[1]!;
    expect(band.type === 'rect' && band.h).toBeGreaterThan(44);
  });

  it('a note too long for its card at the smallest size makes the card taller, and the picture holds it', () => {
    const d = new Y.Doc();
    const text = Array.from({ length: 80 }, (_, i) => `idée${i}`).join(' ');
    createItem(d, { kind: 'note', x: 0, y: 0, w: 220, h: 160, text });
    const layout = layoutPicture(readExportModel(d, { anonymised: true, lang: 'fr' }), { region: { kind: 'board' }, margin: 0, background: null })!;
    const paper = layout.shapes.find((s) => s.type === 'rect' && s.x === 0 && s.y === 0)!;
    expect(paper.type === 'rect' && paper.h).toBeGreaterThan(160);
    expect(layout.view.h).toBeGreaterThan(160);
    const drawn = layout.shapes.filter((s): s is TextShape => s.type === 'text');
    expect(drawn.map((s) => s.lines.join(' ')).join(' ')).toBe(text);
  });
});

describe('French spacing', () => {
  it('a quotation mark or a question mark never starts or ends a line alone', () => {
    const lines = wrapLines('« Le « tout en ligne » exclut : pourquoi ? »', 14, 1, half);
    expect(lines.join(' ')).toBe('« Le « tout en ligne » exclut : pourquoi ? »');
    for (const line of lines) {
      expect(line).not.toMatch(/^[»?:]/);
      expect(line).not.toMatch(/«$/);
    }
  });
});
