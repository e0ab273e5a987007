import type { ItemRecord } from '@shared/board/records';

/** Level of detail: below a zoom, text is too small to read and is not drawn. */
export type Detail = 'full' | 'shapes';

export interface ItemProps<R extends ItemRecord = ItemRecord> {
  item: R;
  /** The text (or title) is being edited in the overlay: do not draw it underneath. */
  editing: boolean;
  detail: Detail;
  /** Shown where a frame or a text has no words yet. */
  placeholder: string;
  /**
   * Frames only (1 for other kinds, so they never re-render on zoom): how much to enlarge the
   * title so it stays legible when zoomed out; above 1 it is drawn over the frame's top edge.
   */
  titleScale: number;
}
