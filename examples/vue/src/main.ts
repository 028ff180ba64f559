import { init } from 'consent-banner';
import { createApp } from 'vue';
import { config } from '../../consent-config.js';
import App from './App.vue';

// Started before the app renders (the README's pattern): the <consent-banner> the app renders a
// moment later is the one used.
init(config);
createApp(App).mount('#app');
