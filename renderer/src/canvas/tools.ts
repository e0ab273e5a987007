/** What a click on the canvas does. */
export const TOOLS = ['select', 'hand', 'note', 'text', 'frame'] as const;
export type Tool = (typeof TOOLS)[number];
