/**
 * The story's `view.bounds` and MapView's padding: the initial view of the app
 * and of both reference pages (bench/first-answer.ts checks them against
 * story.json, and projects the clicks into this view).
 */
export const STORY_BOUNDS: [[number, number], [number, number]] = [
  [29.5, 32.3],
  [42.5, 41.6],
];
export const FIT_PADDING = 12;
