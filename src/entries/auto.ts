/**
 * The script-tag entry (`consent-banner.iife.js`): the core; the notice (with Lit and English) and
 * the other add-ons come from their files beside it when the page needs them. See `script-tag.ts`.
 */
import { startScriptTag } from './script-tag.js';

startScriptTag();
