import {
  type DerivedTemplate,
  deriveTemplate,
  type Finding,
  InputError,
  loadTemplate,
  MAX_INPUT_BYTES,
  readSource,
  TemplateError,
  type TemplateInput,
  undecidedQuestion,
} from '@declcheck/schema';
import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { type Note, ProblemsNote } from '../../utils/problems-note';
import { BuiltInIdError, importTemplate, templateName } from '../../utils/templates';
import { uiLocale } from '../../utils/ui-locale';

/**
 * 从申报模板生成规则: a blank form (附件2) dropped or opened here is read into a template, shown rule by rule beside the
 * text it came from and how sure the reading is (写明 / 推断 / 默认), mended where it is wrong, and saved as a template
 * the overlay, the checker and the drafts then use. Nothing is kept until the reviewer saves. (A file dropped on the
 * page is checked as a draft: a blank form is opened here.)
 */
export function DeriveReview() {
  const locale = uiLocale();
  const [derived, setDerived] = useState<{ name: string; result: DerivedTemplate }>();
  const [draft, setDraft] = useState<Mutable<TemplateInput>>();
  const [note, setNote] = useState<Note>();

  const read = async (file: File | undefined) => {
    if (!file) return;
    setNote(undefined);
    try {
      if (file.size > MAX_INPUT_BYTES) {
        throw new InputError({ code: 'too_large', size: file.size, limit: MAX_INPUT_BYTES, unit: 'bytes' });
      }
      const source = readSource(new Uint8Array(await file.arrayBuffer()), file.name);
      const result = deriveTemplate(source, { id: idFrom(file.name) });
      if (result.template.fields.length + result.template.sections.length === 0) {
        // A letter, a filled-in draft's text without headings, a notice without its 附件: no form to review.
        setDerived(undefined);
        setDraft(undefined);
        setNote({ text: t('deriveNothing', file.name) });
        return;
      }
      setDerived({ name: file.name, result });
      setDraft(structuredClone(result.template) as Mutable<TemplateInput>);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      setDerived(undefined);
      setDraft(undefined);
      setNote({ text: `${file.name}: ${error.messageIn(locale)}` });
    }
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
  const edit = (change: (template: Mutable<TemplateInput>) => void) => {
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
  const findings = derived?.result.findings ?? [];

  return (
    <section class="derive" data-role="derive">
      <h2>{t('deriveTitle')}</h2>
      <p class="hint">{t('deriveHint')}</p>
      <label class="open">
        {t('deriveOpen')}{' '}
        <input
          type="file"
          accept=".docx,.doc,.wps,.odt,.rtf,.txt,.md,.html,.htm"
          data-role="derive-file"
          onChange={(e) => {
            void read(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {draft && derived && (
        <form
          data-role="derive-review"
          data-name={derived.name}
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
                    d.title = both(e.currentTarget.value);
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
              {draft.fields.map((field, i) => (
                <RuleRow
                  key={field.path}
                  path={field.path}
                  findings={findings}
                  rule={field.kind === 'choice' ? 'max' : 'maxCount'}
                >
                  <td>
                    <input
                      data-role="label"
                      value={field.label['zh-CN']}
                      onInput={(e) => setField(i, { label: both(e.currentTarget.value) })}
                    />
                    {field.group ? <span class="why"> · {field.group}</span> : null}
                  </td>
                  <td>
                    {field.kind === 'choice' ? (
                      <>
                        {t('deriveMax')}{' '}
                        <Count
                          value={field.max}
                          onChange={(n) => n !== undefined && setField(i, { max: n })}
                          name="max"
                        />
                        <div class="why">{field.options.map((o) => o.label['zh-CN']).join(' / ')}</div>
                      </>
                    ) : (
                      <>
                        {t('deriveLimit')}{' '}
                        <Count value={field.maxCount} onChange={(n) => setField(i, { maxCount: n })} name="limit" />
                      </>
                    )}
                  </td>
                </RuleRow>
              ))}
              {draft.sections.flatMap((section, i) => [
                <RuleRow key={section.path} path={section.path} findings={findings} rule="maxCount">
                  <td>
                    {section.numbering}、
                    <input
                      data-role="label"
                      value={section.label['zh-CN']}
                      onInput={(e) => setSection(i, { label: both(e.currentTarget.value) })}
                    />
                  </td>
                  <td>
                    {t('deriveLimit')}{' '}
                    <Count value={section.maxCount} onChange={(n) => setSection(i, { maxCount: n })} name="limit" />
                  </td>
                </RuleRow>,
                ...section.subsections.map((sub) => (
                  <RuleRow key={sub.path} path={sub.path} findings={findings} rule="subsection">
                    <td class="sub">
                      {sub.numbering}
                      {sub.label['zh-CN']}
                    </td>
                    <td>{sub.guidance?.length ? t('deriveGuidance', String(sub.guidance.length)) : ''}</td>
                  </RuleRow>
                )),
              ])}
            </tbody>
          </table>
          {derived.result.undecided.length > 0 && (
            <div data-role="derive-undecided">
              <p>{t('deriveUndecided')}</p>
              <ul>
                {derived.result.undecided.map((u) => (
                  <li key={`${u.path}:${u.question}`} data-path={u.path} data-question={u.question}>
                    {u.path ? `${labelAt(draft, u.path)}：` : ''}
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

/** One rule's row: how sure the reading is, and the form's own text it was read from, beside the rule. */
function RuleRow({
  path,
  findings,
  rule,
  children,
}: {
  path: string;
  findings: readonly Finding[];
  rule: string;
  children: preact.ComponentChildren;
}) {
  const own = findings.filter((f) => f.path === path);
  const main = own.find((f) => f.rule === rule) ?? own[0];
  const sources = [...new Set(own.flatMap((f) => (f.text ? [f.text.trim()] : [])))];
  return (
    <tr data-path={path} data-confidence={main?.confidence ?? 'default'}>
      {children}
      <td class="source">
        <span class={`confidence ${main?.confidence ?? 'default'}`}>
          {t(CONFIDENCE[main?.confidence ?? 'default'])}
        </span>
        {sources.map((text) => (
          <q key={text}>
            <Marked text={text} value={main?.value} />
          </q>
        ))}
      </td>
    </tr>
  );
}

const CONFIDENCE = { stated: 'deriveStated', inferred: 'deriveInferred', default: 'deriveDefault' } as const;

/** The source text with the rule's own value marked in it (3000 in （不超过3000字）). */
function Marked({ text, value }: { text: string; value: Finding['value'] | undefined }) {
  const mark = typeof value === 'number' ? String(value) : undefined;
  const at = mark ? text.indexOf(mark) : -1;
  if (!mark || at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{mark}</mark>
      {text.slice(at + mark.length)}
    </>
  );
}

/** A number box for a limit; empty means none. */
function Count({
  value,
  onChange,
  name,
}: {
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  name: string;
}) {
  return (
    <input
      type="number"
      min={1}
      data-role={name}
      value={value ?? ''}
      onInput={(e) => {
        const n = Number(e.currentTarget.value);
        if (e.currentTarget.value === '') onChange(undefined);
        else if (Number.isInteger(n) && n > 0) onChange(n);
      }}
    />
  );
}

function labelAt(template: TemplateInput, path: string): string {
  return (
    template.fields.find((f) => f.path === path)?.label['zh-CN'] ??
    template.sections.find((s) => s.path === path)?.label['zh-CN'] ??
    path
  );
}

function both(text: string) {
  return { 'zh-CN': text, en: text };
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

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
