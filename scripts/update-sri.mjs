// Writes the SRI hash of the built dist/consent-banner.iife.js and the package version into the
// README's CDN snippet (run after `npm run build`; a test checks that the two agree).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const hash = `sha384-${createHash('sha384').update(readFileSync('dist/consent-banner.iife.js')).digest('base64')}`;
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const updated = readme
  .replace(/integrity="sha384-[A-Za-z0-9+/=]+"/g, `integrity="${hash}"`)
  .replace(/consent-banner@[0-9][^/]*\/dist\//g, `consent-banner@${version}/dist/`);
writeFileSync('README.md', updated);
console.log(updated === readme ? `README already carries ${hash}` : `README now carries ${hash} (version ${version})`);
