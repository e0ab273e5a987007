import { Shape } from 'react-konva';
import type Konva from 'konva';
import type { ItemRecord } from '@shared/board/records';
import type { Camera, Size } from './camera';
import { paintBlocks, type OverviewTiles } from './overview-tiles';

/** Frame titles in the overview, in screen pixels. */
const OVERVIEW_TITLE_PX = 12;

interface Props {
  items: readonly ItemRecord[];
  zoom: number;
  /** Ids not to draw (being dragged). */
  hidden: ReadonlySet<string> | null;
}

/**
 * Level of detail for a few items zoomed out (what is being dragged): one shape that paints
 * every item as a plain block in a single pass (no Konva node per card), with frame titles
 * while they are legible.
 */
export function OverviewShape({ items, zoom, hidden }: Props) {
  const sceneFunc = (context: Konva.Context): void => {
    paintBlocks(context._context, items, zoom, hidden, OVERVIEW_TITLE_PX);
  };
  return <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}

/**
 * Level of detail for the whole zoomed-out board: cached bitmap tiles of plain blocks
 * (OverviewTiles), so a frame costs the tiles on screen whatever the size of the board.
 */
export function OverviewTilesShape({ tiles, camera, size, hidden }: { tiles: OverviewTiles; camera: Camera; size: Size; hidden: ReadonlySet<string> | null }) {
  const sceneFunc = (context: Konva.Context, shape: Konva.Shape): void => {
    const coarse = tiles.draw(context._context, camera, size, hidden);
    if (coarse) requestAnimationFrame(() => shape.getLayer()?.batchDraw());
  };
  return <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}
