import type { LocaleMessages } from './messages.js';

export const en: LocaleMessages = {
  issues: {
    required: ({ label }) => `"${label}" is required`,
    too_long: ({ label, count, limit, countMode }) =>
      `"${label}" is ${count - limit} ${en.countUnits[countMode]} over the limit (${count} / ${limit})`,
    too_many_choices: ({ label, selected, max }) => `"${label}" allows at most ${max}; ${selected} are marked`,
    missing_choice: ({ label, min, max, selected }) =>
      selected === 0
        ? `"${label}": choose ${min === max ? min : `${min} to ${max}`}`
        : `"${label}": choose at least ${min}; ${selected} marked`,
    invalid_choice: ({ label, received }) => `"${label}" has no option "${received}"`,
    invalid_format: ({ label, format, received, expected }) =>
      format === 'sequence'
        ? `"${label}" should be ${expected ?? ''}, found "${received}"`
        : `"${label}": "${received}" is not a valid ${en.formats[format]}`,
    name_mismatch: ({ label, received, expected }) =>
      `"${label}" names 《${received}》 but the solution is named 《${expected}》`,
    template_text_left: ({ label, received }) => `"${label}" still contains the form's guidance text: "${received}"`,
    quota_exceeded: ({ count, limit, label }) =>
      `Too many solutions: ${label} may recommend ${limit}, the table lists ${count}`,
    duplicate_applicant: ({ received, rows }) =>
      `"${received}" appears in rows ${rows.join(', ')}: each applicant may submit one solution`,
    not_a_declaration: ({ landmarks }) =>
      `This does not read as a declaration: only ${landmarks} of the form's labels or headings were found. Check that the whole form was pasted or opened`,
  },
  countModes: {
    word: 'Word count (字数)',
    chars: 'Characters without spaces',
    'chars-with-spaces': 'Characters with spaces',
    utf16: 'UTF-16 length (as maxlength)',
  },
  countUnits: { word: 'characters', chars: 'characters', 'chars-with-spaces': 'characters', utf16: 'code units' },
  formats: {
    date: 'date (e.g. 2014年6月, 2014-06)',
    phone: 'phone number (e.g. 010-88686123, 13800138000)',
    email: 'e-mail address',
    sequence: 'row number',
  },
};
