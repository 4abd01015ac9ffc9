import { defineConfig } from '@playwright/test';

// Debian's Chromium; Playwright never downloads a browser here.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];

// E2E_PORT lets several checkouts run their tests side by side (the CSP server takes the next port).
const port = Number(process.env.E2E_PORT || 4173);
const cspPort = port + 1;
process.env.E2E_CSP_ORIGIN = `http://127.0.0.1:${cspPort}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  timeout: 90000,
  expect: { timeout: 30000 },
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    viewport: { width: 1400, height: 900 },
  },
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      // dist/ under a course sub-path, with the strict Content-Security-Policy course platforms set.
      command: `node tests/e2e/course-server.mjs ${cspPort}`,
      url: `http://127.0.0.1:${cspPort}/course/ch2/playground/`,
      reuseExistingServer: false,
    },
  ],
});
