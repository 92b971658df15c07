// Skip Puppeteer's own Chrome download when a system browser is present (Debian's
// chromium): the download cannot work on a closed network, and the system browser is
// what the build uses. Elsewhere Puppeteer installs as usual.
const { existsSync } = require('node:fs');
const systemBrowsers = [
  process.env.PUPPETEER_EXECUTABLE_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter(Boolean);
module.exports = {
  skipDownload: systemBrowsers.some((path) => existsSync(path)),
};
