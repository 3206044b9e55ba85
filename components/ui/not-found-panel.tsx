import { AppLink } from "@/components/ui/app-link";

/** A page that has nothing to show at its address: what is missing, why, and the way home. */
export function NotFoundPanel({ title, reason }: { title: string; reason: string }) {
  return (
    <div className="narrow">
      <h1>{title}</h1>
      <p className="lede">{reason}</p>
      <p>
        <AppLink className="button" href="/">
          See all decks
        </AppLink>
      </p>
    </div>
  );
}
