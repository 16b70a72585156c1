/** The studio is served by the dev server only: the public build's inputs and plugins never include it. */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from 'vite';
import { ROOT } from '../../helpers/stories';
import { studioPlugin } from '../../../build/studio-plugin';

describe('the public build', () => {
  it('has no studio among its pages, and lists the stories', { timeout: 60_000 }, async () => {
    const config = await resolveConfig({ root: ROOT, configLoader: 'runner', logLevel: 'silent' }, 'build', 'production', 'production');
    const input = config.build.rollupOptions.input as Record<string, string>;
    expect(Object.values(input).filter((page) => /studio/i.test(page))).toEqual([]);
    expect(Object.values(input)).toContain('stories.html');
    expect(config.plugins.map((p) => p.name)).not.toContain('isnad:studio');
  });

  it('runs the studio plugin in the dev server only', () => {
    expect(studioPlugin({}).apply).toBe('serve');
  });
});
