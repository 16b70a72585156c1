/**
 * The WebGL map is a chunk of its own, evaluated only after the drawn map answers
 * clicks (src/map/MapView.svelte). This plugin has the page fetch it early anyway,
 * at low priority, so it is there when it is wanted: `<link rel=modulepreload
 * fetchpriority=low>` for the chunk (fetched and compiled, never run by the link)
 * and a low-priority preload of its stylesheet. Build only: the dev server serves
 * modules one by one.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

export interface LazyPreloadOptions {
  /** The dynamically imported module whose chunk to preload, e.g. /src/map/WebglMap.svelte. */
  module: RegExp;
}

export function lazyMapPreload(options: LazyPreloadOptions): Plugin {
  return {
    name: 'isnad:lazy-map-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.facadeModuleId !== null && options.module.test(output.facadeModuleId));
        if (!chunk || chunk.type !== 'chunk') return html;
        const href = (file: string) => `./${file}`;
        const tags: HtmlTagDescriptor[] = [
          { tag: 'link', attrs: { rel: 'modulepreload', href: href(chunk.fileName), fetchpriority: 'low', crossorigin: true }, injectTo: 'head' },
          ...[...(chunk.viteMetadata?.importedCss ?? [])].map((css): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', href: href(css), fetchpriority: 'low', crossorigin: true },
            injectTo: 'head',
          })),
        ];
        return { html, tags };
      },
    },
  };
}
