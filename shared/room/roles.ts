/**
 * Who someone is in the room (docs/architecture.md, "Roles"). The HOST decides it from the door a
 * peer proved a password at, never from what the peer says about itself:
 *   'facilitator'    — the window on the HOST's own machine (desktop app or its browser);
 *   'co-facilitator' — another laptop that proved the facilitator password: gets the research too;
 *   'participant'    — proved the room password (or none, in an open room): the workshop only.
 */
export const ROOM_ROLES = ['facilitator', 'co-facilitator', 'participant'] as const;
export type RoomRole = (typeof ROOM_ROLES)[number];

/** The two doors of a room: the participants' password and the facilitators' own. */
export const ROOM_DOORS = ['participant', 'facilitator'] as const;
export type RoomDoor = (typeof ROOM_DOORS)[number];

/** Facilitators get the research material, drive the day and may change what is locked. */
export const isFacilitatorRole = (role: RoomRole | null | undefined): boolean => role === 'facilitator' || role === 'co-facilitator';
