/** App-wide settings with no side effects, safe to import from build config and tests. */

/** The story a page shows when the URL names none (vite.config.ts draws its static map). */
export const DEFAULT_STORY = 'nato-syria-de-escalation';
