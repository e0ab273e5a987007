import type { Editor } from '../../canvas/editor';
import { Announcements } from './Announcements';
import { CardLayer } from './CardLayer';
import { KeyboardDialogs } from './KeyboardDialogs';
import { LiveRegion } from './LiveRegion';

/**
 * The benchmark's switch (tests/bench/card-layer.bench.ts, `?no-card-layer`): the layer's cost is
 * measured against the same page without it. Read once; nobody else sets it.
 */
const LAYER_OFF = new URLSearchParams(window.location.search).has('no-card-layer');

/**
 * Everything the board offers the keyboard and screen readers, mounted right after the canvas (so
 * Tab reaches the cards first): the cards' accessible layer, the live region and what it says,
 * and the non-drag dialogs.
 */
export function KeyboardLayer({ editor }: { editor: Editor }) {
  return (
    <>
      {!LAYER_OFF && <CardLayer editor={editor} />}
      <LiveRegion />
      <Announcements editor={editor} />
      <KeyboardDialogs editor={editor} />
    </>
  );
}
