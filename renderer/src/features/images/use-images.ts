import { useEffect } from 'react';
import { assetsOf } from '@shared/residency/assets';
import type { Editor } from '../../canvas/editor';
import { filesOf, importImages } from './import-images';

const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Pictures on this board: their bytes join the undo scope (undoing a drop takes its pictures
 * away too), and files dropped on the canvas
 * land where they were dropped.
 */
export function useImages(editor: Editor): void {
  useEffect(() => {
    editor.undo.addToScope([assetsOf(editor.doc)]);
  }, [editor]);

  useEffect(() => {
    const canvasOf = (target: EventTarget | null): HTMLElement | null =>
      target instanceof Element ? target.closest<HTMLElement>('[data-testid="board-canvas"]') : null;
    const onDragOver = (e: DragEvent): void => {
      if (!hasFiles(e) || !canvasOf(e.target)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent): void => {
      const canvas = canvasOf(e.target);
      if (!canvas) return;
      const files = filesOf(e.dataTransfer);
      if (files.length === 0) return;
      e.preventDefault();
      const rect = canvas.getBoundingClientRect();
      const at = editor.toBoard(e.clientX - rect.left, e.clientY - rect.top);
      void importImages(editor, files, { at: { x: Math.round(at.x), y: Math.round(at.y) } });
    };
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('drop', onDrop);
    };
  }, [editor]);
}
