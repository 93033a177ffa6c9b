/** The build's version (APP_VERSION or package.json's), shown on screen and compared across updates. */
declare const __APP_VERSION__: string;
