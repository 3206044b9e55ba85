import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "lighthouse/**",
      "public/sw.js",
    ],
  },
  {
    rules: {
      // Article and pasted text must always render as text.
      "react/no-danger": "error",
      // Internal links prefetch on intent, not on sight (components/ui/app-link.tsx says why).
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Use AppLink from @/components/ui/app-link." }] },
      ],
    },
  },
  { files: ["components/ui/app-link.tsx"], rules: { "no-restricted-imports": "off" } },
];

export default config;
