import { AppLink } from "@/components/ui/app-link";

export default function NotFound() {
  return (
    <div className="narrow">
      <h1>Page not found</h1>
      <p className="lede">
        There is no deck or page at this address. It may have been deleted, or the link is mistyped.
      </p>
      <p>
        <AppLink className="button" href="/">
          See all decks
        </AppLink>
      </p>
    </div>
  );
}
