/**
 * The add-on file `consent-banner.notice.js`: the notice, the reopen button and the dialog's frame
 * (Lit, the `<consent-banner>` element, its styles and English), fetched by the main file the moment
 * it knows a notice must show, or at idle for a returning visitor. It hands its Lit to the dialog's
 * and the placeholders' files, which load after it.
 */
import { mountNotice } from '../ui/notice.js';
import { registerAddon } from './registry.js';
import { shareLit } from './lit-share.js';

shareLit();
registerAddon('notice', mountNotice);
