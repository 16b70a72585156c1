import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { staticMapPlugin } from './build/static-map-plugin';
import { geodataPlugin } from './build/geodata-plugin';
import { DEFAULT_STORY } from './src/config';
import { sealPlugin } from './build/seal-plugin';
import { studioPlugin } from './build/studio-plugin';

// Other geodata for the scale benchmark (bench/scale.ts); the committed geodata/ otherwise.
const geodataDir = process.env['ISNAD_GEODATA_DIR'] || 'geodata';
// Stories sealed besides public/stories: the browser tests add their fixture stories (ISNAD_STORY_ROOTS=a:b).
const extraStoryRoots = (process.env['ISNAD_STORY_ROOTS'] ?? '').split(':').filter(Boolean);

export default defineConfig({
  plugins: [
    svelte(),
    // The geodata travels in the bundle in a compact form (shared borders once, integer deltas).
    geodataPlugin({ dir: geodataDir, storyRoots: ['public/stories', ...extraStoryRoots] }),
    // Readers see only what the validator accepted: each story's files are sealed by their SHA-256.
    sealPlugin({ storyRoots: ['public/stories', ...extraStoryRoots], geodataDir }),
    // The static map is drawn into the HTML at build time: the regions are on screen before any script runs.
    staticMapPlugin({ storyDir: `public/stories/${DEFAULT_STORY}`, geodataDir, fit: 'bounds', as: 'inline', preloadStory: DEFAULT_STORY, firstPaint: true }),
    // The story studio (studio.html) and its API: dev server only, never in the public build.
    studioPlugin({ storyRoots: ['public/stories', ...extraStoryRoots], geodataDir }),
  ],
  // Relative asset URLs, so the built app works from any folder a newsroom serves it from.
  base: './',
  build: {
    target: 'es2022',
    // MapLibre is one ~1 MB chunk by design: lazy, fetched after the first answer (src/map/MapView.svelte).
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // The full view and the embed view share one bundle; embed.html only marks itself. stories.html lists
      // the published stories. studio.html is not an input: the studio is served by the dev server only.
      input: { main: 'index.html', embed: 'embed.html', stories: 'stories.html' },
      // The first paint's server render (build/first-answer.ts) is most of the build's time, by design;
      // Rolldown's note that plugins took it is noise for a newcomer.
      checks: { bundlerTimings: false },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        // Svelte's `mount` needs the browser build of svelte under jsdom.
        resolve: { conditions: ['browser'] },
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['tests/dom/setup.ts'],
          include: ['tests/dom/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
