"use client";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="card max-w-xl">
      <h1 className="text-xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-stone-700">
        The page could not be loaded. Nothing you saved is lost. Try again; if it keeps happening, tell your coordinator
        {error.digest ? ` and quote reference ${error.digest}` : ""}.
      </p>
      <button type="button" onClick={reset} className="btn-primary mt-4">
        Try again
      </button>
    </div>
  );
}
