/** English words of where new things land (the "to sort" area of quotes placed from the interviews). */
export const placementEn = {
  residency: {
    unsorted: {
      heading: 'Quotes to sort',
      placed: 'Quote placed under “Quotes to sort”: drag it into a theme when it belongs to one.',
    },
  },
};
