import { Forbidden } from "@/components/forbidden";

// Rendered with status 403 when the page calls forbidden().
export default function ForbiddenPage() {
  return <Forbidden message="Only coordinators read the history of entries." />;
}
