import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    environment: "node",
    // Property tests share two cores with the rest of the suite: a time-out is not a failure of logic.
    testTimeout: 30_000,
  },
});
