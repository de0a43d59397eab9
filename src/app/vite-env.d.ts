/// <reference types="svelte" />
/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

declare module 'virtual:tier-regions' {
  /** Each region's name, from its tables (src/tables/vite-plugin.ts). */
  const names: Readonly<Record<string, { zh: string; en: string }>>;
  export default names;
}
