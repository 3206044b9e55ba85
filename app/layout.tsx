import type { Metadata, Viewport } from "next";
import { AppLink } from "@/components/ui/app-link";
import { MainNav } from "@/components/ui/main-nav";
import { UpdatePrompt } from "@/components/offline/update-prompt";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Factdeck", template: "%s · Factdeck" },
  description: "Turn a news article into quizzes and spaced-repetition flashcards. Everything stays in your browser.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f6f3" },
    { media: "(prefers-color-scheme: dark)", color: "#121316" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <nav aria-label="Main">
            <AppLink className="brand" href="/">
              Fact<span>deck</span>
            </AppLink>
            <MainNav />
          </nav>
          <UpdatePrompt />
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
