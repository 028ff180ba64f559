/**
 * Known crawlers, matched in the user agent. They get no notice: a search engine indexes the page,
 * not the banner. The list is short on purpose: search engines, social link previews, SEO crawlers
 * and AI crawlers that announce themselves. Automated browsers (`navigator.webdriver`,
 * HeadlessChrome, Playwright, Puppeteer) are NOT bots: a site's own QA and tests drive the notice.
 */
const BOT_USER_AGENT_PATTERN =
  /googlebot|google-inspectiontool|storebot-google|adsbot-google|mediapartners-google|bingbot|bingpreview|msnbot|slurp|duckduckbot|baiduspider|yandex(bot|images)|sogou|exabot|seznambot|naver|yeti\/|applebot|petalbot|qwantbot|ecosia|facebookexternalhit|facebot|meta-externalagent|twitterbot|linkedinbot|pinterestbot|slackbot|discordbot|telegrambot|whatsapp|embedly|ahrefsbot|semrushbot|mj12bot|dotbot|rogerbot|screaming frog|gptbot|chatgpt-user|oai-searchbot|claudebot|perplexitybot|ccbot|bytespider|amazonbot|archive\.org_bot|ia_archiver/i;

/** Is this user agent a known crawler. */
export function isBot(userAgent: string): boolean {
  return BOT_USER_AGENT_PATTERN.test(userAgent);
}
