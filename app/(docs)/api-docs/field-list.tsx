import type { FieldView } from "@/lib/views/api-schema-fields";

/** Fields as a nested list: name, type, required, notes; nested objects indent. Readable on a phone (wraps, no table). */
export function FieldList({ fields }: { fields: FieldView[] }) {
  if (fields.length === 0) return null;
  return (
    <ul className="space-y-1.5 border-l-2 border-stone-200 pl-3">
      {fields.map((field) => (
        <li key={field.name} className="text-sm">
          <code className="font-semibold break-all">{field.name}</code>{" "}
          <span className="text-stone-600 break-words">{field.type}</span>
          {field.required ? <span className="ml-1 text-xs font-semibold text-brand-text">required</span> : null}
          {field.notes.length > 0 ? <span className="ml-1 text-xs text-stone-500">· {field.notes.join(" · ")}</span> : null}
          {field.description ? <p className="text-xs text-stone-600">{field.description}</p> : null}
          {field.children.length > 0 ? (
            <div className="mt-1">
              <FieldList fields={field.children} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
