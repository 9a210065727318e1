import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built CLI; two cores here, so keep it modest.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
