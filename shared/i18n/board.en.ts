/** English words of the board and its tools. */
export const boardEn = {
  toolbar: {
    label: 'Board tools',
    zoomBar: 'Zoom',
    zoomLevel: 'Zoom: {{percent}} %',
    colours: 'Colour of the selection',
    colour: 'Colour: {{name}}',
    project: 'Project',
    projectHint: 'Open, create or save the project; backups',
    more: 'More',
    moreHint: 'More: interviews, proposals, experiments, search, links',
  },
  colours: {
    yellow: 'yellow',
    orange: 'orange',
    pink: 'pink',
    violet: 'violet',
    blue: 'blue',
    green: 'green',
    grey: 'grey',
  },
  frame: {
    untitled: 'Untitled frame',
  },
  text: {
    placeholder: 'Text',
  },
  editor: {
    textLabel: 'Text of the card',
    titleLabel: 'Title of the frame',
    placeholder: 'Write here…',
  },
  board: {
    label: 'Board',
    empty: 'The board is empty. Press N or double-click to add a note.',
  },
};
