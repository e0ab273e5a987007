/** English words of the room's roles and of locks: who is who, what the facilitators keep, what is locked. */
export const rolesEn = {
  roles: {
    role: {
      facilitator: 'Facilitator',
      'co-facilitator': 'Co-facilitator',
      participant: 'Participant',
    },
    lock: {
      refused: 'Locked by the facilitators',
      undone: 'Your last change was undone: it touched something locked by the facilitators.',
      button: 'Lock',
      unlockButton: 'Unlock',
    },
    panel: {
      people: 'Access: who came in, and as what',
      facilitatorPassword: 'Facilitators’ password',
      facilitatorPasswordHint:
        'A co-facilitator joins from another computer with this password and then gets everything, the research material too: interviews, transcripts, notes and every pseudonym. Give it only to the residency team. It changes each time the room opens.',
      copy: 'Copy',
      copied: 'Copied',
      copyFailed: 'Could not copy: select the password and copy it by hand.',
      endAccess: 'End access',
      endAccessHint: 'Disconnects this co-facilitator and changes the facilitators’ password.',
      refusals: 'Changes the host refused',
      noRefusals: 'None so far.',
      refusal: '{{time}} — {{name}} ({{role}}): {{reason}}',
    },
    join: {
      facilitator: 'I am a facilitator',
      facilitatorPassword: 'Facilitators’ password',
      facilitatorHint: 'The facilitators’ own password, shown in their room panel: you get the research material too. Leave it empty to join as a participant.',
    },
  },
};
