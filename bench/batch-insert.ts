// Multi-row INSERTs: rows are buffered and sent `batchRows` at a time, one
// statement per batch, which is what makes seeding PostgreSQL over the wire
// fast (one round trip per 1,000 rows, not per row). SQLite uses it too, so
// both databases get their rows through the same code.

import { placeholder, type SeedConnection } from "./seed-connection";

export class BatchInsert {
  private rows: unknown[][] = [];

  /**
   * @param constants columns given as the same SQL expression in every row
   *   (e.g. `CURRENT_TIMESTAMP`), after the parameter columns.
   */
  constructor(
    private readonly connection: SeedConnection,
    private readonly table: string,
    private readonly columns: readonly string[],
    private readonly constants: Readonly<Record<string, string>> = {},
    private readonly batchRows = 1000,
  ) {}

  async add(row: unknown[]): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= this.batchRows) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    const names = [...this.columns, ...Object.keys(this.constants)].map((c) => `"${c}"`).join(", ");
    const extra = Object.values(this.constants);
    let index = 0;
    const tuples = rows.map(() => `(${[...this.columns.map(() => placeholder(this.connection.kind, index++)), ...extra].join(", ")})`);
    const sql = `INSERT INTO "${this.table}" (${names}) VALUES ${tuples.join(", ")}`;
    // Full batches share one statement text: prepare it once.
    const shape = rows.length === this.batchRows ? `bench-insert-${this.table}-${this.batchRows}` : undefined;
    await this.connection.run(sql, rows.flat(), shape);
  }
}
