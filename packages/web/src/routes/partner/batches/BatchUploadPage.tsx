import { useMutation, useQuery } from '@apollo/client/react';
import {
  batchCsvTemplate,
  LIMITS,
  LOCALES,
  MAX_BATCH_ROWS,
  mustIncludeDelegatedAdmin,
  parseBatchCsv,
  type BatchCsv,
  type BatchRowFields,
  type Locale,
} from '@partnerlink/shared';
import { useCallback, useMemo, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { evictFields } from '../../../apollo/cache.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { Field } from '../../../components/Field.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { ProviderField } from '../../../components/twoTier/ProviderField.js';
import { graphql } from '../../../gql/index.js';
import type { CreateRelationshipRequestBatchInput } from '../../../gql/graphql.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useViewer } from '../../../viewer/ViewerContext.js';
import { useBatchText } from './batchMessages.js';
import { datedName, downloadCsv, linksCsv } from './batchRows.js';
import { BatchNav, Counts, StatusChips, batchPath } from './BatchParts.js';
import { useBatchWords } from './useBatchWords.js';

// The row's own fields come from the file (by rowNumber): the dry run answers only the verdicts.
graphql(`
  fragment BatchPreviewRow on BatchRow {
    rowNumber
    reason
    message
    errorParams
  }
`);

export const BatchUploadCapabilitiesQuery = graphql(`
  query BatchUploadCapabilitiesQuery {
    serverCapabilities {
      emailSending
    }
  }
`);

/** The dry run: the counts and every refused row (the others would be created); the rows' fields come from the file. */
export const BatchPreviewMutation = graphql(`
  mutation BatchPreviewMutation($input: CreateRelationshipRequestBatchInput!) {
    createRelationshipRequestBatch(input: $input) {
      counts {
        total
        created
        blocked
        invalid
      }
      refusals {
        status
        ...BatchPreviewRow
      }
    }
  }
`);

/** Rows the preview lists per filter: enough to read, few enough for a phone (the counts cover all). */
const SHOWN_ROWS = 200;

export const BatchCreateMutation = graphql(`
  mutation BatchCreateMutation($input: CreateRelationshipRequestBatchInput!) {
    createRelationshipRequestBatch(input: $input) {
      id
      status
      send
      counts {
        total
        created
        blocked
        invalid
      }
      links {
        rowNumber
        requestId
        url
        recipientEmail
        recipientName
        expiresAt
      }
    }
  }
`);

const PREVIEW_STATUSES = ['CREATED', 'BLOCKED', 'INVALID'] as const;
type PreviewStatus = (typeof PREVIEW_STATUSES)[number];

interface Upload {
  readonly name: string;
  readonly csv: BatchCsv | null;
}

interface Preview {
  /** The input the dry run judged; creating submits exactly this, with dryRun false. */
  readonly input: CreateRelationshipRequestBatchInput;
  readonly counts: { total: number; created: number; blocked: number; invalid: number };
  readonly rows: { readonly [S in PreviewStatus]: { totalCount: number; nodes: readonly PreviewRow[] } };
}

/** A row of the preview: its verdict from the dry run, its fields from the file. */
interface PreviewRow extends BatchRowFields {
  readonly rowNumber: number;
  readonly status: PreviewStatus;
  readonly reason: string | null;
  readonly message: string | null;
  readonly errorParams: unknown;
}

const looksLikeCsv = (file: File) => /\.(csv|txt)$/i.test(file.name) || file.type.startsWith('text/') || file.type === 'application/vnd.ms-excel';

/** Upload a CSV, check every row (dry run), then create the requests once, and hand out their links. */
export function BatchUploadPage() {
  const { t, locale, problemText } = useI18n();
  const bt = useBatchText();
  useDocumentTitle(bt('batch.upload.title'));
  const viewer = useViewer();
  const navigate = useNavigate();
  const adminForced = mustIncludeDelegatedAdmin(viewer.tenant.cloud);
  const throughProvider = viewer.tenant.partnerType === 'INDIRECT_RESELLER';
  const { data: capabilities } = useQuery(BatchUploadCapabilitiesQuery);
  const emailSending = capabilities?.serverCapabilities.emailSending === true;

  const [upload, setUpload] = useState<Upload | null>(null);
  const [dragging, setDragging] = useState(false);
  const [emailLocale, setEmailLocale] = useState<Locale>(locale);
  const [admin, setAdmin] = useState(false);
  const [message, setMessage] = useState('');
  const [send, setSend] = useState(false);
  const [providerId, setProviderIdState] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [filter, setFilter] = useState<PreviewStatus | null>(null);
  const [downloaded, setDownloaded] = useState(false);
  // One key per preview: a double click or a retry of "Create" returns the same batch, never a second.
  const [idempotencyKey, setIdempotencyKey] = useState('');

  const [check, checking] = useMutation(BatchPreviewMutation, { fetchPolicy: 'no-cache' });
  const [create, creating] = useMutation(BatchCreateMutation, { update: evictFields('relationshipRequests', 'relationshipRequestBatches', 'activityLog') });

  const setProviderId = useCallback((id: string | null) => {
    setProviderIdState(id);
    setPreview(null);
  }, []);
  /** Any change to the file or the options makes the preview stale. */
  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPreview(null);
  };

  const read = async (file: File | undefined) => {
    if (!file) return;
    setPreview(null);
    setFilter(null);
    if (!looksLikeCsv(file)) {
      setUpload({ name: file.name, csv: null });
      return;
    }
    setUpload({ name: file.name, csv: parseBatchCsv(await file.text()) });
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void read(event.dataTransfer.files[0]);
  };

  const csv = upload?.csv ?? null;
  const usable = csv !== null && csv.problems.length === 0 && csv.rows.length > 0;
  const submitted = useMemo(() => (csv ? csv.rows.map((row) => row.fields) : []), [csv]);
  const lineOf = useCallback((rowNumber: number) => csv?.rows[rowNumber - 1]?.lineNumber ?? rowNumber, [csv]);
  const words = useBatchWords(lineOf);

  const onCheck = async (event: FormEvent) => {
    event.preventDefault();
    if (!usable || (throughProvider && !providerId)) return;
    const key = crypto.randomUUID();
    const input: CreateRelationshipRequestBatchInput = {
      rows: submitted.map((row) => ({ ...row })),
      locale: emailLocale,
      includeDelegatedAdmin: adminForced || admin,
      message: message.trim() || null,
      send: emailSending && send,
      idempotencyKey: key,
      ...(throughProvider ? { indirectProviderId: providerId } : {}),
    };
    const result = await check({ variables: { input: { ...input, dryRun: true } } }).catch(() => undefined);
    const batch = result?.data?.createRelationshipRequestBatch;
    if (!batch) return;
    const refused = new Map(batch.refusals?.map((refusal) => [refusal.rowNumber, refusal]) ?? []);
    const all = submitted.map((fields, index): PreviewRow => {
      const refusal = refused.get(index + 1);
      const status: PreviewStatus = refusal?.status === 'BLOCKED' || refusal?.status === 'INVALID' ? refusal.status : 'CREATED';
      return { ...fields, rowNumber: index + 1, status, reason: refusal?.reason ?? null, message: refusal?.message ?? null, errorParams: refusal?.errorParams };
    });
    const of = (status: PreviewStatus) => {
      const matching = all.filter((row) => row.status === status);
      return { totalCount: matching.length, nodes: matching.slice(0, SHOWN_ROWS) };
    };
    setIdempotencyKey(key);
    setFilter(null);
    setPreview({ input, counts: batch.counts, rows: { CREATED: of('CREATED'), BLOCKED: of('BLOCKED'), INVALID: of('INVALID') } });
  };

  // A second click before the first answer would only get the same batch back, without its links.
  const submitting = useRef(false);
  const onCreate = async () => {
    if (!preview || submitting.current) return;
    submitting.current = true;
    const result = await create({ variables: { input: { ...preview.input, idempotencyKey, dryRun: false } } }).catch(() => undefined);
    submitting.current = false;
    const batch = result?.data?.createRelationshipRequestBatch;
    if (batch?.id && batch.send) void navigate(batchPath(batch.id));
  };

  const created = creating.data?.createRelationshipRequestBatch ?? null;
  if (created?.id && !created.send) {
    const links = created.links;
    const onDownload = () => {
      if (!links) return;
      const headers = {
        row: bt('batch.csv.row'), company: bt('batch.csv.company'), domain: bt('batch.csv.domain'), recipientEmail: bt('batch.csv.recipientEmail'),
        recipientName: bt('batch.csv.recipientName'), link: bt('batch.csv.link'), expires: bt('batch.csv.expires'),
      };
      downloadCsv(datedName('request-links'), linksCsv(links, submitted, headers, locale));
      setDownloaded(true);
    };
    return (
      <>
        <BatchNav />
        <PageHeader title={created.counts.created === 1 ? bt('batch.created.titleOne') : bt('batch.created.title', { count: created.counts.created })} />
        <section className="card batch-links" aria-labelledby="batch-links-title">
          <h2 id="batch-links-title" className="visually-hidden">{bt('batch.created.download')}</h2>
          {links ? (
            <>
              <p className="notice notice--warning" role="alert"><strong>{bt('batch.created.links')}</strong></p>
              <div className="button-row">
                <button type="button" className="button button--primary" onClick={onDownload}>{bt('batch.created.download')}</button>
                <Link className="button" to={batchPath(created.id)}>{bt('batch.created.open')}</Link>
              </div>
              {downloaded ? <p className="notice notice--success batch-downloaded" role="status">{bt('batch.created.downloaded')}</p> : null}
            </>
          ) : (
            <>
              <p className="notice notice--info">{bt('batch.created.noLinks')}</p>
              <div className="button-row"><Link className="button button--primary" to={batchPath(created.id)}>{bt('batch.created.open')}</Link></div>
            </>
          )}
        </section>
      </>
    );
  }

  const template = () => downloadCsv(locale === 'de' ? 'vorlage-anfragen.csv' : 'requests-template.csv', batchCsvTemplate(locale));
  const shown = preview ? (filter ? preview.rows[filter].nodes : PREVIEW_STATUSES.flatMap((status) => preview.rows[status].nodes).sort((a, b) => a.rowNumber - b.rowNumber)) : [];
  const truncated = preview ? PREVIEW_STATUSES.filter((status) => (filter === null || filter === status) && preview.rows[status].totalCount > preview.rows[status].nodes.length) : [];
  const count = preview?.counts.created ?? 0;

  return (
    <>
      <BatchNav />
      <PageHeader title={bt('batch.upload.title')} lead={bt('batch.upload.lead')} />
      <form className="form card" onSubmit={(event) => void onCheck(event)} noValidate>
        <div
          className={dragging ? 'dropzone dropzone--active' : 'dropzone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="dropzone"
        >
          <p className="dropzone__text">
            {bt('batch.upload.drop')}{' '}
            <label htmlFor="batch-file" className="dropzone__choose">{bt('batch.upload.choose')}</label>
          </p>
          <input
            id="batch-file"
            className="visually-hidden"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-label={bt('batch.upload.file')}
            onChange={(event) => {
              void read(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          <p className="field__hint">{bt('batch.upload.hint', { max: MAX_BATCH_ROWS })}</p>
          <button type="button" className="link-button" onClick={template}>{bt('batch.upload.template')}</button>
        </div>
        {upload && !csv ? <div className="notice notice--danger" role="alert">{bt('batch.upload.notCsv')}</div> : null}
        {csv && csv.problems.length > 0 ? (
          <div className="notice notice--danger" role="alert" data-testid="file-problems">
            <p><strong>{bt('batch.upload.fileProblem')}</strong> ({upload?.name})</p>
            <ul>{csv.problems.map((problem) => <li key={problem.reason}>{problemText(problem)}</li>)}</ul>
          </div>
        ) : null}
        {usable ? (
          <p className="muted" role="status" data-testid="file-read">
            {bt('batch.upload.read', { file: upload?.name ?? '', count: csv.rows.length })}
            {csv.ignoredColumns.length > 0 ? ` ${bt('batch.upload.ignored', { columns: csv.ignoredColumns.join(', ') })}` : ''}
          </p>
        ) : null}

        <fieldset className="fieldset batch-options">
          <legend>{bt('batch.options')}</legend>
          <div className="form">
            {throughProvider ? <ProviderField value={providerId} onChange={setProviderId} /> : null}
            <Field label={bt('batch.options.locale')}>
              <select value={emailLocale} onChange={(e) => changed(setEmailLocale)(e.target.value === 'de' ? 'de' : 'en')}>
                {LOCALES.map((option) => <option key={option} value={option}>{t(`lang.${option}`)}</option>)}
              </select>
            </Field>
            <fieldset className="batch-radios">
              <legend>{bt('batch.options.admin')}</legend>
              {adminForced ? (
                <p className="muted">{bt('batch.options.adminForced')}</p>
              ) : (
                <>
                  <div className="checkbox-field">
                    <input id="batch-admin-none" type="radio" name="batch-admin" checked={!admin} onChange={() => changed(setAdmin)(false)} />
                    <label htmlFor="batch-admin-none">{bt('batch.options.adminNone')}</label>
                  </div>
                  <div className="checkbox-field">
                    <input id="batch-admin-standard" type="radio" name="batch-admin" checked={admin} onChange={() => changed(setAdmin)(true)} />
                    <label htmlFor="batch-admin-standard">{bt('batch.options.adminStandard')}</label>
                  </div>
                </>
              )}
            </fieldset>
            <Field label={bt('batch.options.message')} hint={t('request.messageHint', { count: message.length, max: LIMITS.message.max })}>
              <textarea rows={3} maxLength={LIMITS.message.max} value={message} onChange={(e) => changed(setMessage)(e.target.value)} />
            </Field>
            {emailSending ? (
              <div>
                <div className="checkbox-field">
                  <input id="batch-send" type="checkbox" checked={send} onChange={(e) => changed(setSend)(e.target.checked)} aria-describedby="batch-send-hint" />
                  <label htmlFor="batch-send">{bt('batch.options.send')}</label>
                </div>
                <p id="batch-send-hint" className="field__hint">{bt(send ? 'batch.options.sendHint' : 'batch.options.linksOnce')}</p>
              </div>
            ) : capabilities ? (
              <p className="notice notice--info">{bt('batch.options.noSend')}</p>
            ) : null}
          </div>
        </fieldset>
        {checking.error ? <ErrorNotice error={checking.error} /> : null}
        <div className="button-row">
          <button type="submit" className={preview ? 'button' : 'button button--primary'} disabled={!usable || checking.loading || (throughProvider && !providerId)}>
            {checking.loading ? bt('batch.preview.busy') : bt('batch.preview')}
          </button>
        </div>
      </form>

      {preview ? (
        <section className="batch-preview" aria-labelledby="batch-preview-title" data-testid="batch-preview">
          <h2 id="batch-preview-title">{bt('batch.preview.title')}</h2>
          <p className="muted">{bt('batch.preview.lead')}</p>
          <Counts
            items={[
              { label: bt('batch.count.total'), value: preview.counts.total },
              { label: bt('batch.count.created'), value: preview.counts.created, tone: 'success' },
              { label: bt('batch.count.blocked'), value: preview.counts.blocked, tone: 'warning' },
              { label: bt('batch.count.invalid'), value: preview.counts.invalid, tone: 'danger' },
            ]}
          />
          <StatusChips<PreviewStatus>
            value={filter}
            onChange={setFilter}
            all={bt('batch.filter.all', { count: preview.counts.total })}
            options={PREVIEW_STATUSES.map((status) => ({ value: status, label: bt('batch.filter.status', { status: words.status(status, true), count: preview.rows[status].totalCount }) }))}
          />
          <div className="table-wrap">
            <table className="table table--cards batch-table">
              <thead>
                <tr>
                  <th scope="col">{bt('batch.col.line')}</th>
                  <th scope="col">{bt('batch.col.customer')}</th>
                  <th scope="col">{bt('batch.col.recipient')}</th>
                  <th scope="col">{bt('batch.col.status')}</th>
                  <th scope="col">{bt('batch.col.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.rowNumber} data-testid="preview-row" data-status={row.status}>
                    <th scope="row" className="nowrap">{bt('batch.line', { line: lineOf(row.rowNumber) })}</th>
                    <td data-label={bt('batch.col.customer')}>
                      {row.domain ?? row.customerId ?? '—'}
                      {row.companyName ? <span className="muted batch-sub">{row.companyName}</span> : null}
                    </td>
                    <td data-label={bt('batch.col.recipient')}>
                      {row.recipientEmail || '—'}
                      {row.recipientName ? <span className="muted batch-sub">{row.recipientName}</span> : null}
                    </td>
                    <td data-label={bt('batch.col.status')}><span className={`badge badge--${row.status === 'CREATED' ? 'success' : row.status === 'BLOCKED' ? 'warning' : 'danger'}`}>{words.status(row.status, true)}</span></td>
                    <td data-label={bt('batch.col.reason')} data-testid="preview-reason">{words.reason(row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {truncated.length > 0 ? (
            <p className="muted">{bt('batch.shownFirst', { shown: SHOWN_ROWS, total: preview.counts.total })}</p>
          ) : null}
          {creating.error ? <ErrorNotice error={creating.error} /> : null}
          <div className="button-row batch-actions">
            <button type="button" className="button button--primary" disabled={count === 0 || creating.loading} onClick={() => void onCreate()}>
              {creating.loading ? bt('batch.create.busy') : count === 0 ? bt('batch.create.none') : count === 1 ? bt('batch.create.one') : bt('batch.create', { count })}
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
