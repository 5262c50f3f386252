import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Scheduling depends on local time: these run again under zones with different DST rules. */
const timeTests = [
  'tests/utils/time/local-time.test.ts',
  'tests/utils/time/quiet-hours.test.ts',
  'tests/utils/time/season.test.ts',
  'tests/utils/time/round-clock.test.ts',
  'tests/utils/time/day-from-now.test.ts',
  'tests/utils/schedule/next-nudge-time.test.ts',
  'tests/utils/schedule/next-nudge-time.property.test.ts',
  'tests/utils/schedule/next-nudge-time-weekly.test.ts',
  'tests/utils/schedule/rituals.test.ts',
  'tests/utils/schedule/rituals.property.test.ts',
  'tests/utils/schedule/at-a-glance.test.ts',
];
/** Daylight-saving edges: only in zones that change their clocks (never skipped, just not run). */
const dstTests = ['tests/utils/schedule/dst-edges.test.ts'];
const zones = ['Europe/Berlin', 'Australia/Sydney', 'UTC'];

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
          env: { TZ: 'America/New_York' },
        },
      },
      ...zones.map((zone) => ({
        extends: true as const,
        test: {
          name: `time-${zone}`,
          include: zone === 'UTC' ? timeTests : [...timeTests, ...dstTests],
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
          env: { TZ: zone },
        },
      })),
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'screenshots',
          include: ['tests/screenshots/*.shot.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
    ],
  },
});
