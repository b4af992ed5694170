import type { Logger } from 'typeorm';

/** A TypeORM logger that counts the SQL statements it sees while recording. */
export class StatementCounter implements Logger {
  private recording = false;
  statements: string[] = [];

  start(): void {
    this.statements = [];
    this.recording = true;
  }

  stop(): string[] {
    this.recording = false;
    return this.statements;
  }

  logQuery(query: string): void {
    if (this.recording) this.statements.push(query.replace(/\s+/g, ' ').trim());
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
