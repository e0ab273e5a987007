/** What a click on the canvas does. */
export type Tool = 'select' | 'hand' | 'note' | 'text' | 'frame';
