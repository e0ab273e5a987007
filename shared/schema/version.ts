/** The version of the board's record layout. Bump it with every new migration. */
export const SCHEMA_VERSION = 5;
