// Svelte's own settings, read by the Vite plugin, svelte-check and eslint-plugin-svelte alike.
export default {
  compilerOptions: { runes: true },
};
