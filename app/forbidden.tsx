import { Forbidden } from "@/components/forbidden";

// The 403 page for anything without a more specific forbidden.tsx.
export default function ForbiddenPage() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <Forbidden message="Your role in this production does not allow this page." />
    </main>
  );
}
