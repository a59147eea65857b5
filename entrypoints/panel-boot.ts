import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstPaint } from '@/components/app/firstPaint';

// The side panel's first paint, loaded by sidepanel/index.html as a classic script before the
// app's modules. Its own tiny bundle: no React, no Dexie, no polyfill.
export default defineUnlistedScript(() => {
  startFirstPaint();
});
