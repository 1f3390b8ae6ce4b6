import { NotFoundCard } from "@/components/not-found-card";

// Outside every layout (an address that matches no route): this page is its own main landmark.
export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <NotFoundCard />
    </main>
  );
}
