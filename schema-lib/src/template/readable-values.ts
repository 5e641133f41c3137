import type { Locale } from '../i18n/locale.js';
import type { DeclarationData } from './declaration.js';
import { getPath } from './path.js';
import { indexTemplate, labelOf } from './template-index.js';
import type { TemplateInput } from './types.js';

/** One filled field, section or subsection, as a person reads it. */
export interface ReadableValue {
  readonly path: string;
  /** 单位性质, 二、解决方案的基本情况, 二（一）背景需求 … */
  readonly label: string;
  /** The text as given; a choice as its options' labels (设备连接与管理、数据集成), not their ids. */
  readonly text: string;
}

/**
 * What a declaration holds, in the form's order, labelled: for showing people what was read or saved. Ids a
 * choice group does not know stay as they are, so nothing held is hidden.
 */
export function readableValues(template: TemplateInput, declaration: DeclarationData, locale: Locale): ReadableValue[] {
  const index = indexTemplate(template);
  const out: ReadableValue[] = [];
  for (const path of index.paths) {
    const value = getPath(declaration, path);
    if (typeof value === 'string') out.push({ path, label: labelOf(template, path, locale), text: value });
    else if (Array.isArray(value)) {
      const field = index.fields.get(path);
      const options = field?.kind === 'choice' ? field.options : [];
      const text = value
        .map((id) => options.find((option) => option.id === id)?.label[locale] ?? String(id))
        .join(locale === 'zh-CN' ? '、' : ', ');
      out.push({ path, label: labelOf(template, path, locale), text });
    }
  }
  return out;
}
