import Link from "next/link";

export function NotFoundCard() {
  return (
    <div className="card">
      <h1 className="text-xl font-bold">Not found</h1>
      <p className="mt-2 text-stone-700">This page does not exist, or you are not a member of the production it belongs to.</p>
      <Link href="/" className="btn-secondary mt-4">
        Your productions
      </Link>
    </div>
  );
}
