/** stories.html: the list of published stories, each sealed by the build. */
import { mount } from 'svelte';
import { seals } from 'virtual:isnad-seals';
import { regionProperties } from 'virtual:isnad-region-index';
import StoriesIndex from './StoriesIndex.svelte';
import { publishedStories } from './load';
import '../app.css';
import './stories-index.css';

const target = document.getElementById('stories');
if (!target) throw new Error('the page has no #stories element');
mount(StoriesIndex, { target, props: { load: () => publishedStories(seals, new URL('stories/', document.baseURI), new URL(location.href), regionProperties) } });
