// `dist/consent-banner.js` was the ES module before the build kept one file per module: it stays,
// re-exporting the entry, for code that imports the file by its path.
import { writeFileSync } from 'node:fs';

writeFileSync('dist/consent-banner.js', "// Kept for imports by path: the ES module entry is dist/esm/index.js.\nexport * from './esm/index.js';\n");
