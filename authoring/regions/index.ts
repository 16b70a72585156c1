/**
 * World regions for stories: ISO codes and composite rules → a story's own
 * regions.geojson. Authoring time only (the scaffold, the studio's dev server).
 */
export { addRegionToStory, buildStoryGeodata, fittedView, readStoryGeodata, regionIdFor, splitStoryGeodata, storyGeodataJson, worldRegion, STORY_REGIONS_FILE } from './story-regions';
export type { StoryContextProperties, StoryGeodata, StoryRegionProperties } from './story-regions';
export { COMPOSITES, compositeMembers, compositeRule, sharedBorderKm, type CompositeRule } from './composites';
export { worldEntry, worldNames, type WorldNameEntry } from './world';
