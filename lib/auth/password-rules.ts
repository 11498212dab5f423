/** Password rules, safe to import from client components (forms show them as hints). */

/** Long enough to resist guessing without composition rules nobody remembers (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 10;
/** bcrypt only reads the first 72 bytes; refusing longer input avoids a false sense of strength. */
export const PASSWORD_MAX_LENGTH = 72;
