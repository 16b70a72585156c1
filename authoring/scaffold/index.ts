/** The scaffold (`npm run story:new`): a new story folder from an Arabic article. See scaffold.ts. */
export { markProbableDuplicates, type ProbableDuplicate } from './duplicates';
export { DEFAULT_STORY_ROOT, ScaffoldError, scaffoldStory, type ScaffoldOptions, type ScaffoldResult } from './scaffold';
