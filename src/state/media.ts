/**
 * The reader's screen and preferences, as reactive values (Svelte's MediaQuery
 * follows changes and cleans up after itself).
 */
import { MediaQuery } from 'svelte/reactivity';

export const NARROW_QUERY = '(max-width: 719px)';

export const prefersDark = new MediaQuery('(prefers-color-scheme: dark)');
export const prefersReducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)');
export const narrowScreen = new MediaQuery(NARROW_QUERY);
