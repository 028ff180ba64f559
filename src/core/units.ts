/** A day in milliseconds (consent lifetimes are set in days). */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Ids of categories and services: letters, digits, `_` and `-` (they appear in attributes and in the cookie). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
