import * as Y from 'yjs';
import { itemsOf, SYSTEM_ORIGIN, writeItem } from '../../shared/board/doc';
import { NOTE_COLORS, type ItemRecord } from '../../shared/board/records';
import { newBoardDoc } from '../../shared/project-file/build';

/**
 * A generated board of `n` items for benchmarks: frames (themes) on a grid, each holding up to
 * 100 cards in a 10 × 10 grid — nine notes and one free text label per row. Mixed kinds: about
 * 1 % frames, 10 % texts, 89 % notes. Deterministic, so figures compare run to run.
 */
export function generateBoard(n: number): Y.Doc {
  const doc = newBoardDoc(`Généré — ${n} cartes`, '2026-01-01T00:00:00.000Z');
  doc.transact(() => {
    const items = itemsOf(doc);
    let made = 0;
    let z = 0;
    for (let f = 0; made < n; f++) {
      const fx = (f % 10) * 2600;
      const fy = Math.floor(f / 10) * 2200;
      const frameId = `frame:gen-${f}`;
      const frame: ItemRecord = { id: frameId, kind: 'frame', x: fx, y: fy, w: 2480, h: 2060, z: ++z, parentId: null, title: `Thème ${f + 1}`, color: 'grey' };
      writeItem(items, frame);
      made++;
      for (let i = 0; i < 100 && made < n; i++, made++) {
        if (i % 10 === 9) {
          const text: ItemRecord = {
            id: `text:gen-${f}-${i}`,
            kind: 'text',
            x: fx + 24 + (i % 10) * 244,
            y: fy + 60 + Math.floor(i / 10) * 198 + 40,
            w: 220,
            h: 90,
            z: ++z,
            parentId: frameId,
            text: `Idée ${f}-${i} : ouvrir la salle le soir`,
            fontSize: 24,
          };
          writeItem(items, text);
          continue;
        }
        const note: ItemRecord = {
          id: `note:gen-${f}-${i}`,
          kind: 'note',
          x: fx + 24 + (i % 10) * 244,
          y: fy + 60 + Math.floor(i / 10) * 198,
          w: 220,
          h: 170,
          z: ++z,
          parentId: frameId,
          text: `« Citation ${f}-${i} : on ne sait pas toujours à quelle porte frapper. »`,
          color: NOTE_COLORS[(f + i) % NOTE_COLORS.length]!,
        };
        writeItem(items, note);
      }
    }
  }, SYSTEM_ORIGIN);
  return doc;
}
