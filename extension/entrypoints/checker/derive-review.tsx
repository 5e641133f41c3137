import {
  type DerivedTemplate,
  deriveTemplate,
  InputError,
  loadTemplate,
  MAX_INPUT_BYTES,
  readSource,
  type SourceDoc,
  TemplateError,
  type TemplateInput,
  undecidedQuestion,
} from '@declcheck/schema';
import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { type Note, ProblemsNote } from '../../utils/problems-note';
import { BuiltInIdError, importTemplate, templateName } from '../../utils/templates';
import { uiLocale } from '../../utils/ui-locale';
import { both, Count, NameBox, Required } from './derive-inputs';
import { RuleRow } from './derive-rule-row';
import { SummaryTableReview } from './derive-table-review';
import { type EditableTemplate, renameOption, renamePath } from './rename-path';

/**
 * 从申报模板生成规则: a blank form (附件2) dropped or opened here is read into a template, shown rule by rule beside the
 * text it came from and how sure the reading is (写明 / 推断 / 默认), mended where it is wrong (labels in both
 * languages, paths and option ids, what is required, limits), and saved as a template the overlay, the checker and
 * the drafts then use. The notice (or its 附件1) opened beside it adds the summary table and the quotas. Nothing is
 * kept until the reviewer saves. (A file dropped on the page is checked as a draft: a blank form is opened here.)
 */
export function DeriveReview() {
  const locale = uiLocale();
  const [form, setForm] = useState<Named>();
  const [notices, setNotices] = useState<readonly Named[]>([]);
  const [derived, setDerived] = useState<DerivedTemplate>();
  const [draft, setDraft] = useState<EditableTemplate>();
  const [note, setNote] = useState<Note>();

  /** Reads the form again with the notices, keeping what the reviewer changed in the form's part. */
  const derive = (nextForm: Named | undefined, nextNotices: readonly Named[], keep: EditableTemplate | undefined) => {
    setForm(nextForm);
    setNotices(nextNotices);
    if (!nextForm) return;
    const result = deriveTemplate(nextForm.source, {
      id: keep?.id ?? idFrom(nextForm.name),
      notice: nextNotices.map((n) => n.source),
    });
    if (result.template.fields.length + result.template.sections.length === 0) {
      // A letter, a filled-in draft's text without headings, a notice without its 附件: no form to review.
      setForm(undefined);
      setDerived(undefined);
      setDraft(undefined);
      setNote({ text: t('deriveNothing', nextForm.name) });
      return;
    }
    const fresh = structuredClone(result.template) as EditableTemplate;
    setDerived(result);
    if (!keep) return setDraft(fresh);
    // A notice opened after the form: its table and what it states of the call come in; the reviewer's edits stay.
    const next = structuredClone(keep);
    if (fresh.summaryTable) next.summaryTable = fresh.summaryTable;
    for (const f of result.findings) {
      if (f.from !== 'notice') continue;
      if (f.path === 'meta.issuer') next.meta.issuer = fresh.meta.issuer;
      if (f.path === 'meta.published') next.meta.published = fresh.meta.published;
      if (f.path === 'meta.deadline' && fresh.meta.deadline) next.meta.deadline = fresh.meta.deadline;
    }
    setDraft(next);
  };
  const readFile = async (file: File): Promise<Named | undefined> => {
    try {
      if (file.size > MAX_INPUT_BYTES) {
        throw new InputError({ code: 'too_large', size: file.size, limit: MAX_INPUT_BYTES, unit: 'bytes' });
      }
      return { name: file.name, source: readSource(new Uint8Array(await file.arrayBuffer()), file.name) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      setNote({ text: `${file.name}: ${error.messageIn(locale)}` });
      return undefined;
    }
  };
  const openForm = async (file: File | undefined) => {
    if (!file) return;
    setNote(undefined);
    const read = await readFile(file);
    if (!read) {
      setForm(undefined);
      setDerived(undefined);
      setDraft(undefined);
      return;
    }
    derive(read, notices, undefined);
  };
  const openNotices = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setNote(undefined);
    const read = (await Promise.all(files.map(readFile))).filter((n): n is Named => n !== undefined);
    derive(form, [...notices.filter((n) => !read.some((r) => r.name === n.name)), ...read], draft);
  };
  const save = async () => {
    if (!draft) return;
    try {
      const template = loadTemplate(JSON.stringify(draft));
      const done = await importTemplate(template);
      setNote({ text: t(done === 'added' ? 'deriveSaved' : 'deriveReplaced', templateName(template, locale)) });
    } catch (error) {
      if (error instanceof TemplateError) setNote({ text: t('deriveInvalid'), problems: error.problems });
      else if (error instanceof BuiltInIdError) setNote({ text: t('deriveBuiltInId', error.id) });
      else throw error;
    }
  };
  /** Changes the draft template in place and renders it again. */
  const edit = (change: (template: EditableTemplate) => void) => {
    if (!draft) return;
    const next = structuredClone(draft);
    change(next);
    setDraft(next);
  };
  /** A field or section as the reviewer mended it (a limit emptied is none: undefined keys go in the JSON round trip). */
  const setField = (i: number, patch: Record<string, unknown>) =>
    edit((d) => {
      d.fields[i] = { ...d.fields[i], ...patch } as (typeof d.fields)[number];
    });
  const setSection = (i: number, patch: Record<string, unknown>) =>
    edit((d) => {
      d.sections[i] = { ...d.sections[i], ...patch } as (typeof d.sections)[number];
    });
  const findings = derived?.findings ?? [];
  const origin = derived?.template;

  return (
    <section class="derive" data-role="derive">
      <h2>{t('deriveTitle')}</h2>
      <p class="hint">{t('deriveHint')}</p>
      <label class="open">
        {t('deriveOpen')}{' '}
        <input
          type="file"
          accept={ACCEPT}
          data-role="derive-file"
          onChange={(e) => {
            void openForm(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <label class="open">
        {t('deriveNotice')}{' '}
        <input
          type="file"
          multiple
          accept={ACCEPT}
          data-role="derive-notice"
          onChange={(e) => {
            void openNotices([...(e.currentTarget.files ?? [])]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {notices.length > 0 && (
        <p class="hint" data-role="derive-notices">
          {t('deriveNoticesRead', notices.map((n) => n.name).join('、'))}
        </p>
      )}
      {draft && derived && origin && form && (
        <form
          data-role="derive-review"
          data-name={form.name}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <fieldset class="meta">
            <label>
              {t('deriveId')}{' '}
              <input
                data-role="derive-id"
                value={draft.id}
                onInput={(e) =>
                  edit((d) => {
                    d.id = e.currentTarget.value;
                  })
                }
              />
            </label>
            <label>
              {t('deriveFormTitle')}{' '}
              <input
                data-role="derive-form-title"
                value={draft.title['zh-CN']}
                onInput={(e) =>
                  edit((d) => {
                    d.title = { ...d.title, 'zh-CN': e.currentTarget.value };
                  })
                }
              />
            </label>
            <label>
              {t('deriveIssuer')}{' '}
              <input
                data-role="derive-issuer"
                value={draft.meta.issuer['zh-CN']}
                onInput={(e) =>
                  edit((d) => {
                    d.meta.issuer = both(e.currentTarget.value);
                  })
                }
              />
            </label>
            <label>
              {t('derivePublished')}{' '}
              <input
                data-role="derive-published"
                value={draft.meta.published}
                onInput={(e) =>
                  edit((d) => {
                    d.meta.published = e.currentTarget.value;
                  })
                }
              />
            </label>
          </fieldset>
          <table class="rules" data-role="derive-rules">
            <thead>
              <tr>
                <th>{t('deriveColumnItem')}</th>
                <th>{t('deriveColumnRule')}</th>
                <th>{t('deriveColumnSource')}</th>
              </tr>
            </thead>
            <tbody>
              {draft.fields.map((field, i) => {
                const from = origin.fields[i]?.path ?? field.path;
                return (
                  <RuleRow
                    key={from}
                    path={from}
                    findings={findings}
                    rule={field.kind === 'choice' ? 'max' : 'maxCount'}
                  >
                    <td>
                      <Labels label={field.label} onChange={(label) => setField(i, { label })} group={field.group} />
                      <NameBox
                        value={field.path}
                        name="path"
                        onCommit={(to) => edit((d) => renamePath(d, field.path, to))}
                      />
                    </td>
                    <td>
                      {field.kind === 'choice' ? (
                        <>
                          {t('deriveMin')}{' '}
                          <Count
                            value={field.min}
                            least={0}
                            onChange={(n) => n !== undefined && setField(i, { min: n })}
                            name="min"
                          />{' '}
                          {t('deriveMax')}{' '}
                          <Count
                            value={field.max}
                            onChange={(n) => n !== undefined && setField(i, { max: n })}
                            name="max"
                          />
                          <ul class="options">
                            {field.options.map((o) => (
                              <li key={o.id}>
                                {o.label['zh-CN']}{' '}
                                <NameBox
                                  value={o.id}
                                  name="option-id"
                                  onCommit={(to) => edit((d) => renameOption(d, field.path, o.id, to))}
                                />
                              </li>
                            ))}
                          </ul>
                        </>
                      ) : (
                        <>
                          {t('deriveLimit')}{' '}
                          <Count value={field.maxCount} onChange={(n) => setField(i, { maxCount: n })} name="limit" />{' '}
                          <Required
                            checked={field.required === true}
                            onChange={(on) => setField(i, { required: on })}
                          />
                        </>
                      )}
                    </td>
                  </RuleRow>
                );
              })}
              {draft.sections.flatMap((section, i) => {
                const from = origin.sections[i];
                return [
                  <RuleRow
                    key={from?.path ?? section.path}
                    path={from?.path ?? section.path}
                    findings={findings}
                    rule="maxCount"
                  >
                    <td>
                      {section.numbering}、
                      <Labels label={section.label} onChange={(label) => setSection(i, { label })} />
                      <NameBox
                        value={section.path}
                        name="path"
                        onCommit={(to) => edit((d) => renamePath(d, section.path, to))}
                      />
                    </td>
                    <td>
                      {t('deriveLimit')}{' '}
                      <Count value={section.maxCount} onChange={(n) => setSection(i, { maxCount: n })} name="limit" />{' '}
                      {section.subsections.length === 0 && (
                        <Required
                          checked={section.required === true}
                          onChange={(on) => setSection(i, { required: on })}
                        />
                      )}
                    </td>
                  </RuleRow>,
                  ...section.subsections.map((sub, j) => {
                    const subFrom = from?.subsections[j]?.path ?? sub.path;
                    return (
                      <RuleRow key={subFrom} path={subFrom} findings={findings} rule="subsection">
                        <td class="sub">
                          {sub.numbering}
                          {sub.label['zh-CN']}
                        </td>
                        <td>
                          <Required
                            checked={sub.required === true}
                            onChange={(on) =>
                              edit((d) => {
                                const s = d.sections[i]?.subsections[j];
                                if (s) s.required = on;
                              })
                            }
                          />{' '}
                          {sub.guidance?.length ? t('deriveGuidance', String(sub.guidance.length)) : ''}
                        </td>
                      </RuleRow>
                    );
                  }),
                ];
              })}
            </tbody>
          </table>
          {draft.summaryTable && origin.summaryTable && (
            <SummaryTableReview
              table={draft.summaryTable}
              derived={origin.summaryTable}
              findings={findings}
              edit={(change) =>
                edit((d) => {
                  if (d.summaryTable) change(d.summaryTable);
                })
              }
            />
          )}
          {derived.undecided.length > 0 && (
            <div data-role="derive-undecided">
              <p>{t('deriveUndecided')}</p>
              <ul>
                {derived.undecided.map((u) => (
                  <li key={`${u.path}:${u.question}`} data-path={u.path} data-question={u.question}>
                    {u.path ? `${labelAt(origin, u.path)}：` : ''}
                    {undecidedQuestion(u.question, locale)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <button type="submit" data-action="derive-save">
            {t('deriveSave')}
          </button>
        </form>
      )}
      <ProblemsNote note={note} kind="derive-note" />
    </section>
  );
}

interface Named {
  readonly name: string;
  readonly source: SourceDoc;
}

const ACCEPT = '.docx,.doc,.wps,.odt,.rtf,.txt,.md,.html,.htm';

/** A label as the form prints it, and its English one (copied from the Chinese until the reviewer writes it). */
function Labels({
  label,
  onChange,
  group,
}: {
  label: { 'zh-CN': string; en: string };
  onChange: (label: { 'zh-CN': string; en: string }) => void;
  group?: string | undefined;
}) {
  return (
    <>
      <input
        data-role="label"
        value={label['zh-CN']}
        onInput={(e) => onChange({ ...label, 'zh-CN': e.currentTarget.value })}
      />
      {group ? <span class="why"> · {group}</span> : null}
      <input
        data-role="label-en"
        lang="en"
        placeholder="English"
        value={label.en === label['zh-CN'] ? '' : label.en}
        onInput={(e) => onChange({ ...label, en: e.currentTarget.value || label['zh-CN'] })}
      />
    </>
  );
}

function labelAt(template: TemplateInput, path: string): string {
  return (
    template.fields.find((f) => f.path === path)?.label['zh-CN'] ??
    template.sections.find((s) => s.path === path)?.label['zh-CN'] ??
    template.summaryTable?.recommenderTypes.find((r) => `summaryTable.recommenderTypes.${r.id}` === path)?.label[
      'zh-CN'
    ] ??
    path
  );
}

/** A kebab-case id from the file's name where it has Latin letters, else a dated one the reviewer renames. */
function idFrom(name: string): string {
  const slug = name
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /[a-z]/.test(slug) ? slug : `form-${new Date().toISOString().slice(0, 10)}`;
}
