/**
 * The saved session: one localStorage key holding one JSON envelope, written whole by a single `setItem`
 * (so a reader never sees half of a write). The world inside is the core's own versioned document
 * (`serializeWorld`), so the core alone decides how worlds are read and migrated.
 */

export const SESSION_KEY = 'driftlab.session';
export const BACKUP_PREFIX = 'driftlab.session.backup.';
export const SESSION_FORMAT = 'driftlab-session';
export const SESSION_VERSION = 2;

/** Backups kept at most; older ones are removed first. Each is a whole saved session. */
export const MAX_BACKUPS = 3;
/**
 * Saved text above this is "oversized": not written, and set aside when found. Chromium and Firefox give an
 * origin about 5 Mi UTF-16 characters; this leaves room for the session, a backup of the same size and the
 * settings. The default fleet saves as ~0.3 Mi characters.
 */
export const SESSION_MAX_CHARS = 1_500_000;
/**
 * Worlds with more servers are not even serialized: at ≥ 25 KB a server they cannot fit, and serializing a
 * 1,000-server fleet (~35 MB) after every command would freeze the page.
 */
export const SAVE_MAX_SERVERS = 60;
/** Bash history kept per host in a save, like Debian's HISTFILESIZE. */
export const HISTORY_SAVED = 2000;
/** Terminal output kept in a save (characters over all entries), newest entries first. */
export const TRANSCRIPT_SAVED_CHARS = 64 * 1024;
