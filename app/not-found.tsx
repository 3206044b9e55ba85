import Link from "next/link";

export default function NotFound() {
  return (
    <div className="narrow">
      <h1>Page not found</h1>
      <p className="lede">There is no deck or page at this address. It may have been deleted, or the link is mistyped.</p>
      <p>
        <Link className="button" href="/">See all decks</Link>
      </p>
    </div>
  );
}
