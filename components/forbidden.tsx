import Link from "next/link";

export function Forbidden({ message, backHref }: { message: string; backHref: string }) {
  return (
    <div className="card max-w-xl">
      <h1 className="text-xl font-bold">Not available to your role</h1>
      <p className="mt-2 text-stone-700">{message}</p>
      <Link href={backHref} className="btn-secondary mt-4">
        Back
      </Link>
    </div>
  );
}
