/** Mounts the story studio (dev server only): studio.html?story=<id> opens a story. */
import { mount } from 'svelte';
import Studio from './Studio.svelte';
import { lastWriteAt } from './api';
import '../app.css';
import './studio.css';

const target = document.getElementById('studio');
if (!target) throw new Error('the page has no #studio element');
mount(Studio, { target, props: { initialStory: new URLSearchParams(location.search).get('story') } });

// The dev server reloads every page when a story file changes (the seals are made again). Right after the
// studio wrote that file itself, the page already holds what was written: it stays, with the reviewer's
// place in the story. (Vite reloads a page for a full-reload naming another .html only if it is that page.)
const ECHO_MS = 5000;
import.meta.hot?.on('vite:beforeFullReload', (payload: { path?: string }) => {
  if (!payload.path && Date.now() - lastWriteAt < ECHO_MS) payload.path = '/studio-wrote-this-change.html';
});
