/** Who made what, whose caret is where, and what undo could keep: the room's people on the board. */
export const roomPeopleEn = {
  madeBy: 'Made by {{made}}',
  madeAndChanged: 'Made by {{made}} · changed by {{changed}}',
  notRecorded: 'Made before Tablée recorded who makes what',
  authorFilter: 'Author',
  everyone: 'Everyone',
  unnamed: 'Unnamed person',
  myName: 'Your name on the board',
  myNameHint: 'Shown to participants and on the cards you make or change',
  undoLost_one: '{{count}} step of your undo history could not be kept after reloading (what it would restore is no longer in the board).',
  undoLost_other: '{{count}} steps of your undo history could not be kept after reloading (what they would restore is no longer in the board).',
  caretOf: '{{name}} is writing here',
};
