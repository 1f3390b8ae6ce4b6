import type { Metadata } from "next";
import { EntryChangePage } from "@/components/entry-change-page";
import { getProductionScope } from "@/lib/auth/scope";
import { loadEntryChangeView } from "@/lib/views/correct-session";
import { pageData, pageIds } from "@/lib/views/page-data";

export const metadata: Metadata = { title: "Correct an entry" };

export default async function Page({ params }: { params: Promise<{ productionId: string; sessionId: string }> }) {
  const { productionId, sessionId } = await pageIds(params);
  const scope = await pageData(() => getProductionScope(productionId));
  const view = await pageData(() => loadEntryChangeView(scope, sessionId, "correct"));
  return <EntryChangePage productionId={productionId} change="correct" today={scope.today} {...view} />;
}
