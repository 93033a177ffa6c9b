/**
 * Debian's Chromium (or CHROME_PATH) as the Playwright tests and the bench launch it: no sandbox
 * in a container, no GPU, nothing in the background that would add work to a measurement.
 */
export const CHROMIUM = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
