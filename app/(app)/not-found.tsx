import { NotFoundCard } from "@/components/not-found-card";

// Inside the signed-in layout, which already has the page's <main>: a second one
// nested in it is an axe violation (landmark-main-is-top-level, landmark-no-duplicate-main).
export default function AppNotFound() {
  return (
    <div className="mx-auto max-w-xl py-10">
      <NotFoundCard />
    </div>
  );
}
