import Konva from 'konva';

/** One block of card text as Konva lays it out on the canvas (not as the record holds it). */
export interface DrawnText {
  /** The card's item id. */
  id: string;
  /** Which text of the card: 'words' (a quote's), 'who' (its attribution), 'title', 'body', 'text'. */
  role: string;
  /** The lines Konva draws, in order. */
  lines: string[];
  /** Font size in board units (pixels at 100 %). */
  fontSize: number;
  /** Where the text sits, in the board container's pixels. */
  rect: { x: number; y: number; width: number; height: number };
}

/**
 * What `window.tablee.drawnTexts()` answers: every fitted card text mounted on the board's stage
 * (cards off screen or zoomed out to shapes are not mounted, so not listed). Reads Konva's own
 * line layout, so a line Konva cut or dropped would show here.
 */
export function readDrawnTexts(): DrawnText[] {
  const out: DrawnText[] = [];
  for (const stage of Konva.stages) {
    for (const node of stage.find<Konva.Text>('.fitted-text')) {
      const card = node.findAncestor((n: Konva.Node) => n.id() !== '');
      if (!card || !node.isVisible()) continue;
      out.push({ id: card.id(), role: node.name().replace('fitted-text', '').trim(), lines: node.textArr.map((l) => l.text), fontSize: node.fontSize(), rect: node.getClientRect() });
    }
  }
  return out;
}
