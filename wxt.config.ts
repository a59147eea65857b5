import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

const INLINE_THEME_MARK = '<!-- dealbrief:inline-theme';

/**
 * The side panel's stylesheet goes inline into its HTML: the first paint
 * (entrypoints/panel-boot.ts) must not wait for a second file to arrive. Vite then processes
 * the `<style>` like any CSS (minified in a build). Extension pages allow inline styles.
 */
function inlinePanelTheme() {
  const theme = resolve(import.meta.dirname, 'components/ui/theme.css');
  return {
    name: 'dealbrief:inline-panel-theme',
    transformIndexHtml: {
      order: 'pre' as const,
      handler(html: string) {
        if (!html.includes(INLINE_THEME_MARK)) return html;
        return html.replace(
          /<!-- dealbrief:inline-theme[^>]*-->/,
          `<style>\n${readFileSync(theme, 'utf8')}\n</style>`,
        );
      },
    },
  };
}

/** The inert forms of the panel's module tags, woken by the first paint (firstPaint.ts). */
const APP_SCRIPT_TYPE = 'dealbrief/app';
const APP_PRELOAD_REL = 'dealbrief-preload';

/**
 * In the built side panel the app's modules wait for the first paint: their tags are made inert
 * here and woken by `loadApp` in components/app/firstPaint.ts once the company's name is on
 * screen. Loaded at once, the app's twenty-odd modules queue ahead of the first paint's reads.
 */
function deferPanelApp() {
  return {
    name: 'dealbrief:defer-panel-app',
    apply: 'build' as const,
    transformIndexHtml: {
      order: 'post' as const,
      handler(html: string) {
        if (!html.includes('/panel-boot.js')) return html;
        return html
          .replace(
            /<script type="module" crossorigin src="([^"]+)"><\/script>/g,
            `<script type="${APP_SCRIPT_TYPE}" data-src="$1"></script>`,
          )
          .replace(
            /<link rel="modulepreload" crossorigin href="([^"]+)">/g,
            `<link rel="${APP_PRELOAD_REL}" href="$1">`,
          );
      },
    },
  };
}

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
    plugins: [inlinePanelTheme(), deferPanelApp()],
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
