import { count, labelOf, type TemplateInput } from '@declcheck/schema';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { downloadFile } from '../../utils/download-file';
import {
  type DraftRecord,
  type DraftsDb,
  latestVersion,
  saveVersion,
  type VersionRecord,
  versionsOf,
} from '../../utils/drafts-db';
import { exportDrafts, importDrafts } from '../../utils/drafts-file';
import { valuesOf } from '../../utils/drafts-vault';
import { t } from '../../utils/i18n';
import { templateIn, templateList, templateName } from '../../utils/templates';
import { savedTime, timeAgo } from '../../utils/time-ago';
import { uiLocale } from '../../utils/ui-locale';
import { bareTemplate, checkVersion, draftName, draftTitle, exportFileName, shownValues } from './draft-view';
import { Protection } from './protection';
import { versionDocx, versionText } from './version-export';

/** 草稿管理: every saved draft, its versions and their check, with delete, export and import. */
export function DraftsManager({ db }: { db: DraftsDb }) {
  const [rows, setRows] = useState<DraftRecord[]>([]);
  // The newest version's values of each draft: the list names each draft by them, and search looks in them.
  const [contents, setContents] = useState<Map<string, VersionRecord['values']> | undefined>();
  // The draft deleted last, kept in this page's memory until the next delete so that 撤销删除 can put it back.
  const [deleted, setDeleted] = useState<{ draft: DraftRecord; versions: VersionRecord[]; title: string }>();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<{ key: string; versionId?: number; compareId?: number } | undefined>();
  const [note, setNote] = useState('');
  const [storageLine, setStorageLine] = useState('');
  // Passphrase protection: whether it is on, and the key once unlocked (this page's memory only).
  const [protection, setProtection] = useState<{ on: boolean; privateKey: CryptoKey | undefined }>({
    on: false,
    privateKey: undefined,
  });
  const { privateKey } = protection;
  // The forms known now: each draft is shown, checked and exported by its own form's template.
  const [templates, setTemplates] = useState<TemplateInput[]>();
  useEffect(() => void templateList().then(setTemplates), []);
  const templateOf = (draft: DraftRecord, values: VersionRecord['values'] = {}): TemplateInput =>
    templateIn(templates ?? [], draft.template) ?? bareTemplate(draft.template, values);

  // Each draft's versions are read when it is opened: a list of many drafts does not hold all their history.
  const [versions, setVersions] = useState<VersionRecord[]>([]);
  const reload = async () => {
    setRows(await db.drafts.orderBy('updatedAt').reverse().toArray());
    setContents(undefined);
  };
  // A version as shown: its values opened with the key, or none while it is sealed and locked.
  const shown = async (v: VersionRecord): Promise<VersionRecord> => ({
    ...v,
    values: (await valuesOf(v, privateKey)) ?? {},
  });
  useEffect(() => {
    if (contents) return;
    void Promise.all(
      rows.map(async (d) => {
        const newest = await latestVersion(db, d.key);
        return [d.key, newest ? (await shown(newest)).values : {}] as const;
      }),
    ).then((entries) => setContents(new Map(entries)));
  }, [rows, contents, privateKey]);
  const locale = uiLocale();
  // A document draft's name is read by parsing it: once per load of the contents, not on every render and keystroke.
  const names = useMemo(
    () =>
      new Map(
        rows.map((draft) => {
          const values = contents?.get(draft.key) ?? {};
          return [draft.key, draftName(templateOf(draft, values), values)];
        }),
      ),
    [rows, contents, templates],
  );
  const nameOf = (draft: DraftRecord) => names.get(draft.key) ?? '';
  const titleOf = (draft: DraftRecord) => draftTitle(templateOf(draft), draft.origin, nameOf(draft), locale);
  useEffect(() => {
    const key = selected?.key;
    if (!key) return setVersions([]);
    void versionsOf(db, key)
      .then((list) => Promise.all(list.map(shown)))
      .then(setVersions);
  }, [selected?.key, rows, privateKey]);
  useEffect(() => {
    void reload();
    void describeStorage().then(setStorageLine);
    void db.vault.get('vault').then((vault) => setProtection({ on: vault !== undefined, privateKey: undefined }));
  }, []);

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return rows;
    return rows.filter((draft) =>
      [titleOf(draft), draft.origin, draft.path, ...Object.values(contents?.get(draft.key) ?? {}).flat()].some((text) =>
        String(text).toLowerCase().includes(q),
      ),
    );
  }, [rows, query, contents]);
  const found = rows.find((draft) => draft.key === selected?.key);
  const current = found && versions[0]?.key === found.key ? { draft: found, versions } : undefined;
  const version = current?.versions.find((v) => v.id === selected?.versionId) ?? current?.versions[0];
  // Compared with the version the user picks; at first, the one saved before.
  const other =
    current?.versions.find((v) => v.id === selected?.compareId) ??
    current?.versions.find((v) => version && v.savedAt < version.savedAt);

  const sealedAndLocked = version?.sealed !== undefined && !privateKey;
  const form = current && templateIn(templates ?? [], current.draft.template);
  // Kept from render to render (a removed form's stand-in too), so the check below runs when the version changes only.
  const template = useMemo(
    () => form ?? bareTemplate(current?.draft.template ?? '', version?.values ?? {}),
    [form, current?.draft.template, version],
  );
  // The open version's check and values, worked out when it changes (a document draft is parsed for them).
  const checked = useMemo(
    () =>
      version && {
        issues: form ? checkVersion(template, version.values, locale) : [],
        values: shownValues(template, version.values, locale, t('draftsDocumentText')),
      },
    [version, locale, template],
  );

  return (
    <main>
      <h1>{t('draftsTitle')}</h1>
      <p class="storage" data-role="storage">
        {storageLine}
      </p>
      <div class="toolbar">
        <input
          type="search"
          placeholder={t('draftsSearch')}
          value={query}
          data-role="search"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <button
          type="button"
          data-action="export-all"
          onClick={async () =>
            downloadFile('declcheck-drafts.json', JSON.stringify(await exportDrafts(db), null, 2), 'application/json')
          }
        >
          {t('draftsExportAll')}
        </button>
        <label class="import">
          {t('draftsImport')}
          <input
            type="file"
            accept=".json,application/json"
            data-role="import-file"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              const result = await importDrafts(db, await file.text());
              setNote(
                'error' in result
                  ? t('importFailed', result.error)
                  : t('draftsImported', String(result.drafts), String(result.versions)),
              );
              // A file of protected drafts brings its keys: protection is then on here too, and locked.
              const vault = await db.vault.get('vault');
              if (vault && !protection.on) setProtection({ on: true, privateKey: undefined });
              await reload();
            }}
          />
        </label>
      </div>
      {note && <p data-role="note">{note}</p>}
      {deleted && (
        <p data-role="deleted">
          {t('draftsDeleted', deleted.title, String(deleted.versions.length))}{' '}
          <button
            type="button"
            data-action="undo-delete"
            onClick={async () => {
              await db.transaction('rw', db.drafts, db.versions, async () => {
                await db.drafts.put(deleted.draft);
                await db.versions.bulkPut(deleted.versions);
              });
              setDeleted(undefined);
              setSelected({ key: deleted.draft.key });
              await reload();
            }}
          >
            {t('draftsUndoDelete')}
          </button>
        </p>
      )}
      <Protection
        db={db}
        on={protection.on}
        privateKey={privateKey}
        changed={(state) => {
          setProtection(state);
          void reload();
        }}
      />
      <table data-role="drafts">
        <thead>
          <tr>
            <th>{t('draftsColumnTitle')}</th>
            <th>{t('draftsColumnSite')}</th>
            <th>{t('draftsColumnUpdated')}</th>
            <th>{t('draftsColumnCount')}</th>
            <th>{t('draftsColumnErrors')}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((draft) => (
            <tr
              key={draft.key}
              data-key={draft.key}
              data-template={draft.template}
              class={draft.key === selected?.key ? 'selected' : ''}
              onClick={() => setSelected({ key: draft.key })}
            >
              <td data-role="title">{titleOf(draft)}</td>
              <td>{`${draft.origin}${draft.path}`}</td>
              <td data-role="updated" title={savedTime(draft.updatedAt, locale)}>
                {timeAgo(draft.updatedAt, Date.now(), locale, t('justNow'))}
              </td>
              <td data-role="count">{draft.latest?.count ?? 0}</td>
              <td data-role="errors">{draft.latest?.errors ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {current && version && (
        <section class="preview" data-role="preview">
          <h2>{titleOf(current.draft)}</h2>
          {templates && (
            <p class="hint" data-role="draft-template" data-template={current.draft.template}>
              {form ? t('templateOfDraft', templateName(form, locale)) : t('templateGone', current.draft.template)}
            </p>
          )}
          <label>
            {t('draftsVersion')}{' '}
            <select
              data-role="versions"
              value={String(version.id)}
              onChange={(e) =>
                setSelected({ ...selected, key: current.draft.key, versionId: Number(e.currentTarget.value) })
              }
            >
              {current.versions.map((v) => (
                <option key={v.id} value={String(v.id)}>
                  {versionLabel(v)}
                </option>
              ))}
            </select>
          </label>
          <div class="actions">
            {!sealedAndLocked && (
              <>
                <button
                  type="button"
                  data-action="export-txt"
                  onClick={() =>
                    downloadFile(
                      exportFileName(nameOf(current.draft), version.savedAt, 'txt'),
                      versionText(template, version),
                      'text/plain',
                    )
                  }
                >
                  {t('draftsExportText')}
                </button>
                <button
                  type="button"
                  data-action="export-docx"
                  onClick={() =>
                    downloadFile(
                      exportFileName(nameOf(current.draft), version.savedAt, 'docx'),
                      versionDocx(template, version, titleOf(current.draft)),
                      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                    )
                  }
                >
                  {t('draftsExportDocx')}
                </button>
              </>
            )}
            {version.id !== current.versions[0]?.id && (
              <button
                type="button"
                data-action="restore-version"
                onClick={async () => {
                  // Saved again as the newest (sealed ones as they are): the form's page offers it when reopened.
                  const { id: _id, ...copy } = (await db.versions.get(version.id as number)) as VersionRecord;
                  const now = Date.now();
                  await saveVersion(db, { ...current.draft, updatedAt: now }, { ...copy, savedAt: now });
                  setSelected({ key: current.draft.key });
                  setNote(t('draftsRestoredVersion'));
                  await reload();
                }}
              >
                {t('draftsRestoreVersion')}
              </button>
            )}
            <button
              type="button"
              class="danger"
              data-action="delete"
              onClick={async () => {
                const { key } = current.draft;
                const title = titleOf(current.draft);
                // Kept as stored (sealed ones sealed) for 撤销删除.
                const stored = await db.transaction('rw', db.drafts, db.versions, async () => {
                  const kept = await db.versions.where('key').equals(key).toArray();
                  await db.versions.where('key').equals(key).delete();
                  await db.drafts.delete(key);
                  return kept;
                });
                setDeleted({ draft: current.draft, versions: stored, title });
                setSelected(undefined);
                await reload();
              }}
            >
              {t('draftsDelete')}
            </button>
          </div>
          {sealedAndLocked ? (
            <p data-role="sealed">{t('draftsSealed')}</p>
          ) : (
            <>
              {current.versions.length > 1 && (
                <label>
                  {t('draftsCompareWith')}{' '}
                  <select
                    data-role="compare-with"
                    value={String(other?.id ?? '')}
                    onChange={(e) =>
                      setSelected({ ...selected, key: current.draft.key, compareId: Number(e.currentTarget.value) })
                    }
                  >
                    {current.versions
                      .filter((v) => v.id !== version.id)
                      .map((v) => (
                        <option key={v.id} value={String(v.id)}>
                          {versionLabel(v)}
                        </option>
                      ))}
                  </select>
                </label>
              )}
              {other && <Compare a={other} b={version} template={template} />}
              <h3>{t('draftsIssues')}</h3>
              <ul data-role="issues">
                {checked?.issues.map((issue, at) => (
                  <li
                    key={`${at}:${issue.path}:${issue.code}`}
                    data-path={issue.path}
                    data-code={issue.code}
                    data-severity={issue.severity}
                  >
                    {issue.message}
                  </li>
                ))}
              </ul>
              <dl data-role="values">
                {checked?.values.map(({ path, label, text }) => (
                  <div key={path} data-path={path}>
                    <dt>{label}</dt>
                    <dd>{text}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
        </section>
      )}
    </main>
  );
}

/** A version as the lists name it: its time to the second, how long ago, and the whole form's count. */
function versionLabel(version: VersionRecord): string {
  const locale = uiLocale();
  return t(
    'draftsVersionOption',
    savedTime(version.savedAt, locale),
    timeAgo(version.savedAt, Date.now(), locale, t('justNow')),
    String(version.summary.count),
  );
}

/** What differs between two versions: each field whose value changed, with its 字数 in each. */
function Compare({ a, b, template }: { a: VersionRecord; b: VersionRecord; template: TemplateInput }) {
  const changed = Object.keys({ ...a.values, ...b.values }).filter(
    (path) => JSON.stringify(a.values[path]) !== JSON.stringify(b.values[path]),
  );
  const size = (value: string | readonly string[] | undefined) =>
    typeof value === 'string' ? count(value) : undefined;
  return (
    <div data-role="compare">
      <p>{t('draftsChanged', changed.length === 0 ? '—' : String(changed.length))}</p>
      <ul>
        {changed.map((path) => (
          <li key={path} data-path={path}>
            {labelOf(template, path, uiLocale())}
            {size(a.values[path]) !== undefined || size(b.values[path]) !== undefined
              ? ` ${size(a.values[path]) ?? 0} → ${size(b.values[path]) ?? 0}`
              : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Storage used, and whether the browser agreed to keep the data when space runs low. */
async function describeStorage(): Promise<string> {
  const persisted = (await navigator.storage?.persist?.().catch(() => false)) ?? false;
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  const used = estimate?.usage === undefined ? '?' : `${(estimate.usage / 1024).toFixed(0)} KB`;
  return t('draftsStorage', used, persisted ? t('draftsPersisted') : t('draftsNotPersisted'));
}
