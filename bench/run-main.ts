// A bench's entry point: run it, and exit 0 when it finishes or 1 with the
// error printed. Exiting explicitly matters: a bench leaves servers, pools and
// timers behind that would otherwise keep Node alive.

export function runMain(main: () => Promise<unknown>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
