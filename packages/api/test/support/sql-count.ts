import type { Logger } from 'typeorm';

/** A TypeORM logger that counts the SQL statements it sees (for the N+1 test). */
export class StatementCounter implements Logger {
  count = 0;
  statements: string[] = [];
  private recording = false;

  start(): void {
    this.count = 0;
    this.statements = [];
    this.recording = true;
  }

  stop(): number {
    this.recording = false;
    return this.count;
  }

  logQuery(query: string): void {
    if (!this.recording) return;
    this.count += 1;
    this.statements.push(query);
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
