import type { ReactNode } from 'react';
import { ResidencyContext } from '../session/residency-store';
import { BitmapContext } from './bitmap-cache';
import type { Editor } from './editor';
import { HighlightContext } from './highlight-store';

/**
 * Gives the stores of the editor's board to what is under it: the panels, and through the Konva
 * stage (react-konva carries contexts across) the memoised cards, which get only their record.
 */
export function BoardStores({ editor, children }: { editor: Editor; children: ReactNode }) {
  return (
    <ResidencyContext.Provider value={editor.residency}>
      <HighlightContext.Provider value={editor.highlight}>
        <BitmapContext.Provider value={editor.bitmaps}>{children}</BitmapContext.Provider>
      </HighlightContext.Provider>
    </ResidencyContext.Provider>
  );
}
