import { Forbidden } from "@/components/forbidden";

// The 403 page inside the signed-in layout (which has the <main>) for anything
// without a more specific forbidden.tsx; app/forbidden.tsx is the one outside it.
export default function AppForbidden() {
  return (
    <div className="mx-auto max-w-xl py-10">
      <Forbidden message="Your role in this production does not allow this page." />
    </div>
  );
}
