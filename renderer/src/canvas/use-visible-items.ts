import { useMemo, useRef } from 'react';
import { contains, type Box } from '@shared/board/geometry';
import type { ItemRecord } from '@shared/board/records';
import { inflate, viewportBox, type Camera, type Size } from './camera';
import type { ItemIndex } from './item-index';

const NONE: ItemRecord[] = [];

interface Cached {
  index: ItemIndex;
  version: number;
  zoom: number;
  box: Box;
  items: ItemRecord[];
}

/**
 * Items intersecting the viewport, in drawing order, from the R-tree. The query covers a
 * margin around the screen and is reused while the view stays inside it, so most pan frames
 * cost nothing; it is redone when the board changes or the zoom moves a lot.
 */
export function useVisibleItems(index: ItemIndex, camera: Camera, size: Size, version: number, enabled = true): ItemRecord[] {
  const cache = useRef<Cached | null>(null);
  return useMemo(() => {
    if (!enabled) return NONE;
    const view = viewportBox(camera, size);
    const c = cache.current;
    if (
      c &&
      c.index === index &&
      c.version === version &&
      contains(c.box, view) &&
      camera.zoom / c.zoom < 1.6 &&
      c.zoom / camera.zoom < 1.6
    ) {
      return c.items;
    }
    const box = inflate(view, 0.35);
    const items = index.query(box);
    cache.current = { index, version, zoom: camera.zoom, box, items };
    return items;
  }, [index, camera, size, version, enabled]);
}
