/// <reference types="svelte" />
/// <reference types="vite/client" />

// Served by the static-map Vite plugin (src/static-map/vite-plugin.ts).
declare module 'virtual:isnad-static-map.css';
