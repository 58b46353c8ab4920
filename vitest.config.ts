import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Pin the clock's zone so nothing a test sees depends on the machine.
    env: { TZ: "Asia/Seoul" },
    reporters: ["default", "./test/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          env: { TZ: "Asia/Seoul" },
          // Worker threads that keep their imported modules between files: importing Plot,
          // d3, arquero and exceljs again for every file was half of the unit run (110 s →
          // 70 s on 2 cores). Unit tests share no mutable module state; they pass either way.
          pool: "threads",
          isolate: false,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.test.ts"],
          globalSetup: ["test/e2e/support/globalSetup.ts"],
          env: { TZ: "Asia/Seoul" },
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // One Chromium for the run (globalSetup), files one at a time: the machine has 2 cores.
          // Within a file, concurrent tests share it, at most this many at once.
          fileParallelism: false,
          maxConcurrency: 4,
        },
      },
    ],
  },
});
