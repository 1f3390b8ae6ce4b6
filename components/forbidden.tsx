import Link from "next/link";

/** What a member sees on a page their role may not open (served with status 403). */
export function Forbidden({ message }: { message: string }) {
  return (
    <div className="card max-w-xl">
      <h1 className="text-xl font-bold">Not available to your role</h1>
      <p className="mt-2 text-stone-700">{message}</p>
      <Link href="/" className="btn-secondary mt-4">
        Your productions
      </Link>
    </div>
  );
}
