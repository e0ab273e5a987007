import type * as Y from 'yjs';
import { createItem, transact } from '../board/commands';
import { itemsOf, readItem } from '../board/doc';
import type { Box } from '../board/geometry';
import { freePlacement, isFreeSpot, type BoardSpace } from '../board/placement';
import { DEFAULT_SIZE } from '../board/records';
import { err, type Result } from '../result';
import { placeQuote, placementRefusal } from './commands';
import type { ConsentRefusal } from './types';

/**
 * The "to sort" area: where a quote placed from the interviews panel waits until someone drags it
 * into a theme. It is a heading (a text card) with the quotes laid in rows under it, not a frame:
 * its quotes belong to no frame, so they count in no theme and the report lists them with the
 * cards outside themes. The heading has a fixed id, so the area is found again in one lookup
 * (and two facilitators making it at once make the same one). Deleted, it is made again at the
 * next placement.
 */
export const UNSORTED_HEADING_ID = 'text:unsorted-quotes';

/** Two quotes a row: the area fits beside a theme in a laptop's view at 100 %. */
const COLUMNS = 2;
/** Between two quotes of the area (more than twice the placement margin, so a row fills up). */
const CELL_GAP = 56;
const HEADING_HEIGHT = 56;
const HEADING_FONT = 32;
/** How far down the area looks for a free cell before placing the quote near it instead. */
const MAX_ROWS = 40;

const QUOTE = DEFAULT_SIZE.quote;
const AREA_WIDTH = COLUMNS * (QUOTE.w + CELL_GAP) - CELL_GAP;

/** The area's heading, when the board has one. */
export function unsortedHeading(doc: Y.Doc): Box | undefined {
  const item = readItem(itemsOf(doc).get(UNSORTED_HEADING_ID));
  return item && { x: item.x, y: item.y, w: item.w, h: item.h };
}

/** The cell of the area at (column, row): rows under the heading, left to right. */
const cellAt = (heading: Box, column: number, row: number): Box => ({
  x: heading.x + column * (QUOTE.w + CELL_GAP),
  y: heading.y + heading.h + CELL_GAP / 2 + row * (QUOTE.h + CELL_GAP),
  ...QUOTE,
});

/** The first free cell under the heading, in reading order; null when the area is full as far as it looks. */
export function unsortedCell(heading: Box, space: BoardSpace): Box | null {
  for (let row = 0; row < MAX_ROWS; row++) {
    for (let column = 0; column < COLUMNS; column++) {
      const cell = cellAt(heading, column, row);
      if (isFreeSpot(space, cell)) return cell;
    }
  }
  return null;
}

/**
 * Places a quote card in the "to sort" area, making the area (its heading `title`, on free space
 * near `near`, in `view` when there is room) when the board has none. One transaction: one undo step takes the card away, and
 * the heading too when it came with it. Refuses, with the reason, what consent forbids.
 */
export function placeUnsortedQuote(
  doc: Y.Doc,
  quoteId: string,
  where: { near: { x: number; y: number }; space: BoardSpace; title: string; view?: Box },
): Result<string, ConsentRefusal> {
  const refusal = placementRefusal(doc, quoteId);
  if (refusal) return err(refusal);
  return transact(doc, () => {
    let heading = unsortedHeading(doc);
    if (!heading) {
      // Room for the heading and a first row of quotes, outside everything.
      const block = freePlacement(where.near, { w: AREA_WIDTH, h: HEADING_HEIGHT + CELL_GAP / 2 + QUOTE.h }, where.space, where.view);
      heading = { x: block.x, y: block.y, w: AREA_WIDTH, h: HEADING_HEIGHT };
      createItem(doc, { kind: 'text', ...heading, text: where.title, fontSize: HEADING_FONT }, UNSORTED_HEADING_ID);
    }
    const below = { x: heading.x + heading.w / 2, y: heading.y + heading.h + QUOTE.h };
    const cell = unsortedCell(heading, where.space) ?? freePlacement(below, QUOTE, where.space);
    return placeQuote(doc, quoteId, cell.x + cell.w / 2, cell.y + cell.h / 2);
  });
}
