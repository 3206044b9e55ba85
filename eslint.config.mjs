import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "lighthouse/**"] },
  {
    rules: {
      // Article and pasted text must always render as text.
      "react/no-danger": "error",
    },
  },
];

export default config;
