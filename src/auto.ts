/**
 * The script-tag entry (`consent-banner.iife.js`): core, notice and English; the add-ons come from
 * their files beside it when the page needs them. See `script-tag.ts`.
 */
import { startScriptTag } from './script-tag.js';

startScriptTag();
