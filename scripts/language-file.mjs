// How a language file of the script-tag build is made: a classic script that registers one
// language's texts in window.consentBannerTranslations. Used by the build and the demo server.

/** esbuild options for the language file of `code` (add outfile or write: false). */
export function languageFileOptions(code) {
  return {
    stdin: {
      contents: `import texts from './${code}.ts';\n(window.consentBannerTranslations = window.consentBannerTranslations || {})[${JSON.stringify(code)}] = texts;\n`,
      resolveDir: 'src/i18n/languages',
      sourcefile: `consent-banner.${code}.js`,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2017',
    charset: 'utf8',
    logLevel: 'warning',
  };
}
