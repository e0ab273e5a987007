import type { TFunction } from 'i18next';
import type { ItemRecord } from '@shared/board/records';
import type { Editor } from '../../canvas/editor';

/** Longest text read out for a card: a screen reader reads the rest when the card is opened. */
const MAX_SPOKEN = 280;

/** What a card says: its text, title, quote or picture description. */
export function cardText(editor: Editor, item: ItemRecord): string {
  switch (item.kind) {
    case 'note':
    case 'text':
      return item.text;
    case 'frame':
    case 'proposal':
    case 'experiment':
      return item.title;
    case 'quote':
      // What is built (read while rendering: building here would set a store mid-render).
      return editor.residency.get().quotes.get(item.quoteId)?.text ?? '';
    case 'image':
      return item.alt;
  }
}

/** A card as a screen reader names it: kind, theme, text ("Note, in theme Housing: more benches"). */
export function describeCard(editor: Editor, item: ItemRecord, t: TFunction): string {
  const kind = t(`reader.kind.${item.kind}`);
  const frame = item.parentId === null ? undefined : editor.index.get(item.parentId);
  const where =
    item.kind === 'frame'
      ? t('reader.outsideThemes')
      : frame?.kind === 'frame'
        ? t('reader.inTheme', { theme: frame.title.trim() || t('reader.untitled') })
        : t('reader.outsideThemes');
  const raw = cardText(editor, item).replace(/\s+/g, ' ').trim();
  const text = raw.length > MAX_SPOKEN ? `${raw.slice(0, MAX_SPOKEN)}…` : raw;
  if (item.kind === 'frame') return text ? `${kind}: ${text}` : `${kind}, ${t('reader.untitled')}`;
  return text ? t('reader.card', { kind, where, text }) : t('reader.cardEmpty', { kind, where });
}
