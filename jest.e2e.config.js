/**
 * Browser (e2e) tests: the production build (dist/, from `npm run build`) in Debian's headless
 * Chromium, driven by playwright-core. Run with `npm run test:e2e`. One file at a time: each
 * launches its own browser, and parallel browsers on a small CI machine only make timings flaky.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  globalSetup: "<rootDir>/test/e2e/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/support/global-teardown.ts",
  maxWorkers: 1,
  testTimeout: 180000,
  slowTestThreshold: 60,
  reporters: ["default", "<rootDir>/test/reporters/summary-line.js"],
};
