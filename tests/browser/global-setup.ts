/**
 * Builds the production app once and serves it on 127.0.0.1 for every browser test.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { serveDirectory } from './static-server';

const ROOT = join(import.meta.dirname, '../..');
/** Each run builds into its own folder, so that two runs on one machine never empty each other's build. */
export const DIST = join(ROOT, 'test-results', `dist-${process.pid}`);

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dist: string;
  }
}

export default async function setup(project: TestProject) {
  findChromium(); // Fail first, with one clear line, when there is no browser.
  // The fixture stories are validated and sealed by this build too, as a newsroom's new story would be.
  process.env['ISNAD_STORY_ROOTS'] = 'tests/fixtures/stories';
  await build({ root: ROOT, configLoader: 'runner', logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
  const server = await serveDirectory(DIST);
  project.provide('baseUrl', server.url);
  project.provide('dist', DIST);
  return async () => {
    await server.close();
    await rm(DIST, { recursive: true, force: true });
  };
}
