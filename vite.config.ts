import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressAssets } from './src/server/precompress-assets.ts';
import { writeTranslationType } from './web/src/i18n/translation-type.ts';

/** Brotli and gzip copies of the built assets, served as they are by the app (see src/server/web-app.ts). */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'qiao-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressAssets(path.join(outDir, 'assets'));
    },
  };
}

/**
 * Keeps the type of the modules' strings (web/src/i18n/translation.gen.ts) naming every module's locale files: as
 * Vite starts or builds, and as files appear or go while it serves, so that adding a module's locales is enough.
 */
function translationType(): Plugin {
  return {
    name: 'qiao-translation-type',
    buildStart() {
      writeTranslationType();
    },
    configureServer(server) {
      const update = () => void writeTranslationType();
      server.watcher.on('add', update).on('unlink', update);
    },
  };
}

export default defineConfig({
  root: 'web',
  plugins: [react(), translationType(), precompress()],
  // The manifest (dist/web/.vite, not served) tells which files a page needs: the sign-in page's byte budget test.
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // The shell's and every module's strings of one language in one file (web/src/i18n loads a language when
        // first shown): one answer instead of one per module, and better compressed.
        manualChunks: (id) => {
          const language = /\/locales\/(zh-CN|zh-TW|en)\.json$/.exec(id)?.[1];
          return language ? `strings-${language}` : undefined;
        },
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' } },
});
