/** English words of the display settings and the board's accessible name. */
export const displayEn = {
  display: {
    largeText: 'A+ large text',
    largeTextHint: 'Larger text for a projected board (remembered on this computer)',
    boardLabel: 'Board',
  },
};
