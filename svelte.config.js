// Svelte options for vite-plugin-svelte and svelte-check (none needed beyond the defaults; this file keeps them from looking further).
export default {};
