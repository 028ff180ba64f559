import { transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
const files = process.argv.slice(2);
let total = 0;
const rows = [];
for (const f of files) {
  const { code } = await transform(readFileSync(f, 'utf8'), { minify: true, format: 'esm', loader: 'js' });
  const b = brotliCompressSync(Buffer.from(code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total += b;
  rows.push([b, code.length, f]);
}
for (const r of rows.sort((a, b) => b[0] - a[0])) console.log(r.join('\t'));
console.log('sum', total);
