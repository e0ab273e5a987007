/** What a click on the canvas does. */
export const TOOLS = ['select', 'hand', 'note', 'text', 'frame'] as const;
export type Tool = (typeof TOOLS)[number];

/** Keyboard letter of each tool (shown in tooltips; handled in actions/keyboard-shortcuts.ts). */
export const TOOL_KEYS: Record<Tool, string> = { select: 'V', hand: 'H', note: 'N', text: 'T', frame: 'F' };
