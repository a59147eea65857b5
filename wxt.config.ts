import { defineConfig } from 'wxt';

// The manifest asks for the least that the features need; README.md ("Permissions") says why
// each one is there. No host permissions at install: page access comes from `activeTab` (a user
// gesture on our menu, command or button) or an optional per-site grant asked for at that moment.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // A separate output folder per parallel build (DEALBRIEF_OUT_DIR) keeps builds from colliding.
  outDir: process.env.DEALBRIEF_OUT_DIR ?? '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'tabs',
      'contextMenus',
      'activeTab',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Asked for per site at the moment a feature needs it, never at install.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // Chrome opens the side panel from `_execute_action` because the panel behaviour is
      // "open on action click"; Firefox toggles the sidebar through `_execute_sidebar_action`.
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+D' } } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+D' } } }),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dealbrief@dealbrief.app',
              // 140 (ESR) is the first with `data_collection_permissions`.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  webExt: { disabled: true },
  vite: () => ({
    resolve: {
      alias: {
        // The ES module build of tldts keeps its public-suffix table in string constants that
        // the minifier inlines at every use (3 copies, +60 KB gzipped); its pre-minified build
        // does not. Same package, same version, same data.
        tldts: 'tldts/dist/index.esm.min.js',
      },
    },
  }),
});
