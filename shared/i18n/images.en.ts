/** English words of pictures on the board. */
export const imagesEn = {
  residency: {
    image: {
      heading: 'Picture',
      missing: 'Picture missing',
      noAlt: 'Picture (not described yet)',
      alt: 'What it shows (alt text)',
      altHint: 'Read aloud, found by the search, and written where the picture cannot be drawn.',
      caption: 'Caption',
      size: '{{width}} × {{height}} px · {{kb}} KB',
      preparing_one: 'Preparing {{count}} picture…',
      preparing_other: 'Preparing {{count}} pictures…',
      added_one: 'Picture added. Ctrl+Z takes it back.',
      added_other: '{{count}} pictures added. Ctrl+Z takes them back.',
      error: {
        'not-image': '“{{name}}” is not a picture (JPEG, PNG or WebP). Nothing was added.',
        'too-big': '“{{name}}” weighs {{mb}} MB: pictures over {{max}} MB are refused. Nothing was added.',
        decode: '“{{name}}” could not be read as a picture (damaged or unsupported). Nothing was added.',
        // Dropped, pasted or chosen with the file picker: the same limit, so the words fit each way.
        'too-many': '{{count}} files: at most {{max}} pictures at a time. Nothing was added.',
        'cannot-shrink': '“{{name}}” could not be made small enough for the board. Nothing was added.',
      },
    },
  },
};
