/** The build's version (APP_VERSION or package.json's), shown on screen and compared across updates. */
declare const __APP_VERSION__: string;

/** The URL of a module worker's script, built with the page's chunks (tools/vite-worker-chunk.ts). */
declare module 'worker-url:*' {
  const url: string;
  export default url;
}
