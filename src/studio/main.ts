/** Mounts the story studio (dev server only): studio.html?story=<id> opens a story. */
import { mount } from 'svelte';
import Studio from './Studio.svelte';
import '../app.css';
import './studio.css';

const target = document.getElementById('studio');
if (!target) throw new Error('the page has no #studio element');
mount(Studio, { target, props: { initialStory: new URLSearchParams(location.search).get('story') } });
