/** English words of where new things land (the "to sort" area of quotes placed from the interviews). */
export const placementEn = {
  residency: {
    unsorted: {
      heading: 'To sort · quotes placed from the interviews',
      placed: 'Quote placed in the “To sort” area of the board: drag it into a theme when it belongs to one.',
    },
  },
};
