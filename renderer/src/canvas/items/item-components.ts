import type { ComponentType } from 'react';
import type { ItemKind, ItemRecord } from '@shared/board/records';
import { FrameItem } from './FrameItem';
import { ImageItem } from './ImageItem';
import type { ItemProps } from './item-props';
import { NoteItem } from './NoteItem';
import { ExperimentItem, ProposalItem } from './ProposalItem';
import { QuoteItem } from './QuoteItem';
import { TextItem } from './TextItem';

type ComponentsByKind = { [K in ItemKind]: ComponentType<ItemProps<Extract<ItemRecord, { kind: K }>>> };

/** One component per item kind; adding a kind without its component does not compile. */
export const ITEM_COMPONENTS = {
  note: NoteItem,
  frame: FrameItem,
  text: TextItem,
  quote: QuoteItem,
  proposal: ProposalItem,
  experiment: ExperimentItem,
  image: ImageItem,
} satisfies ComponentsByKind;

export function componentFor(kind: ItemKind): ComponentType<ItemProps> {
  return ITEM_COMPONENTS[kind] as ComponentType<ItemProps>;
}
