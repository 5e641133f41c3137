import { COUNT_MODES, type CountMode, labelOf, messagesFor, type TemplateInput } from '@declcheck/schema';
import { useEffect, useRef, useState } from 'preact/hooks';
import { downloadFile } from '../../utils/download-file';
import { t } from '../../utils/i18n';
import { type CountModeSetting, readCountMode } from '../../utils/settings';
import { templateList, templateName, watchTemplates } from '../../utils/templates';
import { uiLocale } from '../../utils/ui-locale';
import { type CheckedInput, type CheckForms, checkFile, checkPaste } from './check-input';
import { crossCheck } from './cross-check';
import { DeriveReview } from './derive-review';
import { reportHtml, reportMarkdown, reportText } from './report';
import { structure } from './structure';
import { highlightedSegments } from './text-segments';
import { verdictOf } from './verdict';

/**
 * 申报书检查: a reviewer pastes a draft (the clipboard's HTML keeps tables and marks) or drops .docx/.doc/.odt/.rtf/.txt/.html
 * drafts and .csv/.xlsx summary tables, one or many. Everything runs here, offline; nothing is uploaded.
 */
export function Checker() {
  const locale = uiLocale();
  // Each result keeps how to check its input again, so a change of count mode re-checks everything shown.
  const [entries, setEntries] = useState<Entry[]>([]);
  const [mode, setMode] = useState<CountModeSetting>('template');
  // The forms known (built-ins and imported), and the one the reviewer set for every file (undefined: each picks).
  const [forms, setForms] = useState<CheckForms>({ templates: [] });
  // The forms as they are now: one saved below (从申报模板生成规则) or on the options page counts at once.
  const latestForms = useRef(knownForms);
  useEffect(() => {
    void readCountMode().then(setMode);
    void knownForms.then((templates) => setForms({ templates }));
    return watchTemplates(() => {
      latestForms.current = templateList();
      void latestForms.current.then((templates) => setForms((previous) => ({ ...previous, templates })));
    });
  }, []);
  const countMode = mode === 'template' ? undefined : mode;
  const results = entries.map((e) => e.result);
  const add = async (checks: Check[]) => {
    const fresh = await Promise.all(
      checks.map(async (again) => ({
        id: nextEntryId++,
        result: await again({ ...forms, templates: await latestForms.current }, countMode),
        again,
      })),
    );
    setEntries((previous) => [...fresh, ...previous]);
  };
  const remove = (id: number) => setEntries((previous) => previous.filter((e) => e.id !== id));
  const openFiles = (files: FileList | null | undefined) =>
    files?.length
      ? add([...files].map((file) => (f: CheckForms, m?: CountMode) => checkFile(file, f, locale, m)))
      : undefined;
  const checkAgain = async (nextForms: CheckForms, nextMode: CountMode | undefined) =>
    setEntries(await Promise.all(entries.map(async (e) => ({ ...e, result: await e.again(nextForms, nextMode) }))));
  const switchMode = async (next: CountModeSetting) => {
    setMode(next);
    await checkAgain(forms, next === 'template' ? undefined : next);
  };
  const switchForm = async (chosen: string | undefined) => {
    const next = { ...forms, chosen };
    setForms(next);
    await checkAgain(next, countMode);
  };

  return (
    <main
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void openFiles(e.dataTransfer?.files);
      }}
    >
      <h1>{t('checkerTitle')}</h1>
      <p class="hint">{t('checkerHint')}</p>
      <textarea
        class="paste"
        data-role="paste-target"
        placeholder={t('checkerPaste')}
        aria-label={t('checkerPaste')}
        value=""
        onPaste={(e) => {
          e.preventDefault(); // read the clipboard (its HTML keeps tables and marks), keep the box empty
          const html = e.clipboardData?.getData('text/html') ?? '';
          const text = e.clipboardData?.getData('text/plain') ?? '';
          void add([async (f: CheckForms, m?: CountMode) => checkPaste(html, text, f, locale, m)]);
        }}
      />
      <label class="open">
        {t('checkerOpen')}{' '}
        <input
          type="file"
          multiple
          accept=".docx,.doc,.wps,.odt,.rtf,.txt,.md,.html,.htm,.csv,.xlsx"
          data-role="open-files"
          onChange={(e) => openFiles(e.currentTarget.files)}
        />
      </label>
      <label class="mode">
        {t('optionsCountMode')}{' '}
        <select
          data-role="count-mode"
          value={mode}
          onChange={(e) => switchMode(e.currentTarget.value as CountModeSetting)}
        >
          {(['template', ...COUNT_MODES] as const).map((value) => (
            <option key={value} value={value}>
              {value === 'template' ? t('optionsCountModeTemplate') : messagesFor(locale).countModes[value]}
            </option>
          ))}
        </select>
      </label>
      {forms.templates.length > 1 && (
        <label class="mode">
          {t('templateForFiles')}{' '}
          <select
            data-role="template-choice"
            value={forms.chosen ?? ''}
            onChange={(e) => switchForm(e.currentTarget.value || undefined)}
          >
            <option value="">{t('templateAutoFiles')}</option>
            {forms.templates.map((template: TemplateInput) => (
              <option key={template.id} value={template.id}>
                {templateName(template, locale)}
              </option>
            ))}
          </select>
        </label>
      )}
      {results.length > 0 && <ReportActions results={results} clear={() => setEntries([])} />}
      {results.length > 1 && <Verdicts entries={entries} />}
      <CrossCheck results={results} />
      {entries.map(({ id, result }) => (
        <Result key={id} id={id} result={result} remove={() => remove(id)} />
      ))}
      <DeriveReview />
    </main>
  );
}

interface Entry {
  /** Stable while the page lives: the verdict table links each row to its result by it. */
  readonly id: number;
  readonly result: CheckedInput;
  readonly again: Check;
}

/** How an input is checked, again when the reviewer sets another form or count mode. */
type Check = (forms: CheckForms, mode?: CountMode) => Promise<CheckedInput>;

/** The forms known, read once per page: a file dropped at once waits for them rather than meeting none. */
const knownForms = templateList();

let nextEntryId = 1;

const resultAnchor = (id: number) => `result-${id}`;

/** Save every result as one Markdown or HTML report, print them (to paper or PDF), or clear the page. */
function ReportActions({ results, clear }: { results: readonly CheckedInput[]; clear: () => void }) {
  const locale = uiLocale();
  return (
    <div class="report-actions">
      <button
        type="button"
        data-action="save-markdown"
        onClick={() => downloadFile('申报书检查结果.md', reportMarkdown(results, locale), 'text/markdown')}
      >
        {t('checkerSaveMarkdown')}
      </button>
      <button
        type="button"
        data-action="save-html"
        onClick={() => downloadFile('申报书检查结果.html', reportHtml(results, locale), 'text/html')}
      >
        {t('checkerSaveHtml')}
      </button>
      <button type="button" data-action="print" onClick={() => window.print()}>
        {t('checkerPrint')}
      </button>
      <button type="button" class="clear" data-action="clear-all" onClick={clear}>
        {t('checkerClearAll')}
      </button>
    </div>
  );
}

function CrossCheck({ results }: { results: readonly CheckedInput[] }) {
  const findings = crossCheck(results, uiLocale());
  if (findings.length === 0) return null;
  return (
    <section class="cross-check" data-role="cross-check">
      <h2>{t('checkerCrossCheck')}</h2>
      <ul>
        {findings.map((f) => (
          <li key={f.message} data-kind={f.kind}>
            {f.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every file's verdict, a row each, its name a link to its result below. */
function Verdicts({ entries }: { entries: readonly Entry[] }) {
  return (
    <table class="verdicts" data-role="verdicts">
      <thead>
        <tr>
          <th>{t('checkerFile')}</th>
          <th>{t('checkerApplicant')}</th>
          <th>{t('checkerSolution')}</th>
          <th>{t('checkerVerdict')}</th>
          <th>{t('draftsColumnErrors')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(({ id, result }) => {
          const verdict = verdictOf(result);
          return (
            <tr key={id} data-name={verdict.name} data-verdict={verdict.passed ? 'pass' : 'fail'}>
              <td>
                <a href={`#${resultAnchor(id)}`} data-action="jump">
                  {verdict.name}
                </a>
              </td>
              <td data-role="applicant">{verdict.applicant || '—'}</td>
              <td data-role="solution">{verdict.solution || '—'}</td>
              <td>{verdict.passed ? t('checkerPass') : t('checkerFail')}</td>
              <td>{verdict.errors}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Result({ id, result, remove }: { id: number; result: CheckedInput; remove: () => void }) {
  const locale = uiLocale();
  const [report, setReport] = useState('');
  const heading = (
    <h2>
      {result.name}{' '}
      <button type="button" class="remove" data-action="remove" onClick={remove}>
        {t('checkerRemove')}
      </button>
    </h2>
  );
  if (result.kind === 'error') {
    return (
      <section id={resultAnchor(id)} class="result" data-role="result" data-name={result.name} data-kind="error">
        {heading}
        <p class="error">{result.reason}</p>
      </section>
    );
  }
  const copy = async () => {
    const text = reportText(result, locale);
    setReport(text);
    await navigator.clipboard?.writeText(text).catch(() => undefined);
  };
  return (
    <section id={resultAnchor(id)} class="result" data-role="result" data-name={result.name} data-kind={result.kind}>
      {heading}
      <p
        class="hint"
        data-role="template"
        data-template={result.template.id}
        data-matched={String(result.kind === 'table' || result.matched)}
      >
        {t('templateOfFile', templateName(result.template, locale))}
        {result.kind === 'draft' && !result.matched ? t('templateNoneMatched') : ''}
      </p>
      {result.kind === 'table' ? (
        <p>{t('checkerTable', result.recommender || '—', String(result.rows))}</p>
      ) : (
        <table class="counts" data-role="counts">
          <tbody>
            {result.counts.map((m) => (
              <tr key={m.path} data-path={m.path} class={m.limit !== undefined && m.count > m.limit ? 'over' : ''}>
                <td>{labelOf(result.template, m.path, locale)}</td>
                <td data-role="count">{m.count}</td>
                <td>
                  / {m.limit} {messagesFor(locale).countUnits[m.countMode]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ol class="issues" data-role="issues">
        {result.issues.map((issue) => (
          <li
            key={`${issue.path}:${issue.code}:${issue.range?.start ?? ''}`}
            class={issue.severity}
            data-path={issue.path}
            data-code={issue.code}
          >
            {issue.message}
          </li>
        ))}
      </ol>
      <button type="button" data-action="copy-report" onClick={copy}>
        {t('checkerCopyReport')}
      </button>
      {report && <pre data-role="report">{report}</pre>}
      {result.kind === 'draft' && (
        <details data-role="structure">
          <summary>{t('checkerStructure')}</summary>
          <dl>
            {structure(result.template, result.parsed.declaration, locale).map(({ path, label, text }) => (
              <div key={path} data-path={path}>
                <dt>{label}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {result.kind === 'draft' && (
        <details>
          <summary>{t('checkerText')}</summary>
          <pre class="text" data-role="text">
            {highlightedSegments(result.parsed.text, result.issues).map((segment) =>
              segment.code ? (
                <mark key={segment.start} data-code={segment.code}>
                  {segment.text}
                </mark>
              ) : (
                segment.text
              ),
            )}
          </pre>
        </details>
      )}
    </section>
  );
}
