import { Forbidden } from "@/components/forbidden";

// Rendered with status 403 when the page calls forbidden().
export default function ForbiddenPage() {
  return (
    <div className="p-8 text-stone-900">
      <Forbidden message="The wall screen shows the whole team; performers see their own page." />
    </div>
  );
}
