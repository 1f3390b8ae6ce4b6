import type { Metadata } from "next";
import { loadApiDocsView, type OperationView } from "@/lib/views/api-docs";
import { FieldList } from "./field-list";

// The API reference, rendered on the server from the OpenAPI document (no
// client script, no CDN). Public: it describes the API and reveals no data.

export const metadata: Metadata = { title: "API reference" };

const METHOD_COLOURS: Record<string, string> = {
  GET: "bg-sky-100 text-sky-900",
  POST: "bg-emerald-100 text-emerald-900",
  PUT: "bg-amber-100 text-amber-900",
  PATCH: "bg-amber-100 text-amber-900",
  DELETE: "bg-red-100 text-red-900",
};

function Operation({ op }: { op: OperationView }) {
  return (
    <details id={op.anchor} className="card scroll-mt-4">
      <summary className="cursor-pointer list-none">
        <span className={`mr-2 inline-block rounded px-1.5 py-0.5 text-xs font-bold ${METHOD_COLOURS[op.method] ?? ""}`}>{op.method}</span>
        <code className="text-sm break-all">{op.path}</code>
        <p className="mt-1 text-sm text-stone-700">{op.summary}</p>
      </summary>
      <div className="mt-3 space-y-3">
        {op.description ? <p className="text-sm">{op.description}</p> : null}
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="font-semibold">Who</dt>
          <dd>{op.who}</dd>
          <dt className="font-semibold">Sign-in</dt>
          <dd>{op.authentication}</dd>
        </dl>
        {op.parameters.length > 0 ? (
          <section>
            <h3 className="text-sm font-semibold">Parameters</h3>
            <FieldList fields={op.parameters.map((p) => ({ ...p, notes: [`in ${p.in}`, ...p.notes] }))} />
          </section>
        ) : null}
        {op.requestBody ? (
          <section>
            <h3 className="text-sm font-semibold">
              Request body <span className="font-normal text-stone-600">({op.requestBody.mediaType})</span>
            </h3>
            {op.requestBody.description ? <p className="text-xs text-stone-600">{op.requestBody.description}</p> : null}
            {op.requestBody.fields.length > 0 ? <FieldList fields={op.requestBody.fields} /> : <p className="text-sm">{op.requestBody.type}</p>}
          </section>
        ) : null}
        {op.responses.map((response) => (
          <section key={response.status}>
            <h3 className="text-sm font-semibold">
              {response.status} <span className="font-normal">{response.description}</span>
            </h3>
            {response.bodies.map((body) => (
              <div key={body.mediaType} className="mt-1">
                <p className="text-xs text-stone-600">
                  {body.mediaType}: {body.type}
                </p>
                <FieldList fields={body.fields} />
              </div>
            ))}
          </section>
        ))}
        {op.refusals.length > 0 ? (
          <section>
            <h3 className="text-sm font-semibold">Refusals (the error shape)</h3>
            <ul className="text-sm">
              {op.refusals.map((r) => (
                <li key={r.status}>
                  <strong>{r.status}</strong> {r.description}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </details>
  );
}

export default function ApiDocsPage() {
  const view = loadApiDocsView();
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-2xl font-black tracking-tight">{view.title}</h1>
      <p className="mt-2 text-sm text-stone-700">{view.description}</p>
      <p className="mt-2 text-sm">
        Machine-readable: <a className="text-brand-text underline" href={view.documentUrl}>{view.documentUrl}</a> (OpenAPI 3.1, version {view.version}).
      </p>
      <nav aria-label="Areas" className="mt-4 flex flex-wrap gap-2">
        {view.areas.map((area) => (
          <a key={area.anchor} href={`#${area.anchor}`} className="chip">
            {area.name}
          </a>
        ))}
      </nav>
      <section className="mt-6">
        <h2 className="text-lg font-semibold">Errors</h2>
        <p className="text-sm text-stone-700">Every refusal answers with this shape:</p>
        <FieldList fields={view.errorFields} />
      </section>
      {view.areas.map((area) => (
        <section key={area.anchor} id={area.anchor} className="mt-8 scroll-mt-4">
          <h2 className="mb-3 text-lg font-semibold">{area.name}</h2>
          <div className="space-y-3">
            {area.operations.map((op) => (
              <Operation key={`${op.method} ${op.path}`} op={op} />
            ))}
          </div>
        </section>
      ))}
    </main>
  );
}
