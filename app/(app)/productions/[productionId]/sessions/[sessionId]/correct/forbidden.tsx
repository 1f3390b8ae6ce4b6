import { Forbidden } from "@/components/forbidden";

// Rendered with status 403 when the page calls forbidden().
export default function ForbiddenPage() {
  return <Forbidden message="You may only correct entries you could have logged: your own, or any as a coordinator." />;
}
