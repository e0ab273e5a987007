import { freeSpotNear } from './free-spot';
import { center, contains, containsPoint, type Box } from './geometry';

/**
 * Where a new card lands when nobody put it somewhere by hand (a key, a panel's button): the
 * nearest spot around the pointer or the view's centre where it covers nothing, frames included,
 * so it joins no theme by itself. A card goes into a frame only by a gesture: a double-click or a
 * tool's click inside it, a drop into it, or a key pressed with the pointer on the frame (a
 * participant adding to their table's frame); then it stays in that frame, beside its cards.
 */

/** What placement asks of the board: both answered by its spatial index, never a walk over it. */
export interface BoardSpace {
  /** Whether anything on the board (card or frame) touches `box`. */
  overlaps(box: Box): boolean;
  /** The box around everything on the board; null when it is empty. */
  bounds(): Box | null;
}

/** Room kept around a placed card, so it never touches what is beside it. */
export const PLACEMENT_MARGIN = 24;
/** Room between a card and the next spot tried: more than twice the margin, so two placed cards can sit side by side. */
const SPOT_GAP = 56;
/**
 * The spots tried are half a card (with its gap) apart, so a card finds the room beside a frame
 * rather than a whole card's step past it; 32 rings reach 16 cards away, well off any screen.
 */
const RINGS = 32;

export const grow = (box: Box, by: number): Box => ({ x: box.x - by, y: box.y - by, w: box.w + 2 * by, h: box.h + 2 * by });

/** Whether a card at `box` would cover nothing and sit in no frame (with room around it). */
export const isFreeSpot = (space: BoardSpace, box: Box): boolean => !space.overlaps(grow(box, PLACEMENT_MARGIN));

/**
 * The nearest free spot for a box of `size` around `near` (the rule above); with `view` (the board
 * area in sight), the nearest free spot in sight when there is one, so the card appears where the
 * user looks and the board need not move. When the board is full as far as the spots go, past
 * the right edge of everything, at `near`'s height.
 */
export function freePlacement(near: { x: number; y: number }, size: { w: number; h: number }, space: BoardSpace, view?: Box): Box {
  let nearest: Box | null = null;
  const spot = freeSpotNear(
    near,
    size,
    (box) => {
      const seen = !view || contains(view, box);
      // Once a free spot is known, only spots in sight are worth asking the board about.
      if (nearest && !seen) return false;
      if (!isFreeSpot(space, box)) return false;
      nearest ??= box;
      return seen;
    },
    SPOT_GAP,
    RINGS,
    { x: (size.w + SPOT_GAP) / 2, y: (size.h + SPOT_GAP) / 2 },
  );
  const found = spot ?? nearest;
  if (found) return found;
  const all = space.bounds();
  const x = all ? all.x + all.w + SPOT_GAP : near.x - size.w / 2;
  return { x: Math.round(x), y: Math.round(near.y - size.h / 2), w: size.w, h: size.h };
}

/**
 * A card made with the pointer on a frame (the user points at it): the nearest spot around the
 * pointer inside that frame where it covers no card (`coversCard` asks the index); at the
 * pointer itself when the frame has no room left.
 */
export function placementInFrame(point: { x: number; y: number }, size: { w: number; h: number }, frame: Box, coversCard: (box: Box) => boolean): Box {
  const fits = (box: Box): boolean => contains(frame, box) && containsPoint(frame, center(box).x, center(box).y) && !coversCard(grow(box, PLACEMENT_MARGIN));
  const spot = freeSpotNear(point, size, fits, SPOT_GAP, RINGS, { x: (size.w + SPOT_GAP) / 2, y: (size.h + SPOT_GAP) / 2 });
  return spot ?? { x: Math.round(point.x - size.w / 2), y: Math.round(point.y - size.h / 2), w: size.w, h: size.h };
}
