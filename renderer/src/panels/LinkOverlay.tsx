import { useEffect, useState } from 'react';
import type { ItemRecord } from '@shared/board/records';
import type { Editor } from '../canvas/editor';
import { useEditorSelector } from '../canvas/use-editor-selector';
import { useResidency } from './residency-store';

interface Line {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  kind: 'quote' | 'theme' | 'proposal';
}

const COLOUR = { quote: '#c9a800', theme: '#8a8a8a', proposal: '#1e88e5' } as const;

/**
 * The links as connectors, on demand: proposal → the cards of its quotes and its themes,
 * experiment → its proposal. An SVG over the canvas that takes no input.
 */
export function LinkOverlay({ editor }: { editor: Editor }) {
  const camera = useEditorSelector(editor, (s) => s.camera);
  const size = useEditorSelector(editor, (s) => s.size);
  useResidency();
  const [, setTick] = useState(0);
  useEffect(() => editor.index.subscribe(() => setTick((n) => n + 1)), [editor]);

  const all = [...editor.index.all()];
  const cardsOfQuote = new Map<string, ItemRecord[]>();
  for (const i of all) if (i.kind === 'quote') cardsOfQuote.set(i.quoteId, [...(cardsOfQuote.get(i.quoteId) ?? []), i]);
  const centre = (i: ItemRecord) => editor.toScreen(i.x + i.w / 2, i.y + i.h / 2);
  const lines: Line[] = [];
  const add = (from: ItemRecord, to: ItemRecord | undefined, kind: Line['kind']): void => {
    if (!to) return;
    const a = centre(from);
    const b = kind === 'theme' ? editor.toScreen(to.x + to.w / 2, to.y + 20) : centre(to);
    lines.push({ key: `${from.id}>${to.id}`, x1: a.x, y1: a.y, x2: b.x, y2: b.y, kind });
  };
  for (const i of all) {
    if (i.kind === 'proposal') {
      for (const q of Object.keys(i.quoteLinks)) for (const card of cardsOfQuote.get(q) ?? []) add(i, card, 'quote');
      for (const t of Object.keys(i.themeLinks)) add(i, editor.index.get(t), 'theme');
    } else if (i.kind === 'experiment' && i.proposalId) add(i, editor.index.get(i.proposalId), 'proposal');
  }
  void camera;
  return (
    <svg className="link-overlay" data-testid="link-overlay" data-lines={lines.length} width={size.width} height={size.height} aria-hidden="true">
      {lines.map((l) => (
        <line key={l.key} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} stroke={COLOUR[l.kind]} strokeWidth={2} strokeDasharray={l.kind === 'theme' ? '6 4' : undefined} opacity={0.8} />
      ))}
    </svg>
  );
}
