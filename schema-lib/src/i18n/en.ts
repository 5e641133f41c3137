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
    name_mismatch: ({ label, received, expected, otherLabel }) =>
      `"${label}" names 《${received}》 but "${otherLabel}" is 《${expected}》`,
    template_text_left: ({ label, received }) => `"${label}" still contains the form's guidance text: "${received}"`,
    quota_exceeded: ({ count, limit, label }) =>
      `Too many solutions: ${label} may recommend ${limit}, the table lists ${count}`,
    duplicate_applicant: ({ received, rows }) =>
      `"${received}" appears in rows ${rows.join(', ')}: each applicant may submit one solution`,
    not_a_declaration: ({ landmarks, form }) =>
      `This does not read as a declaration: only ${landmarks} of the form's labels or headings were found. Check that the whole "${form}" form was pasted or opened`,
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
  inputProblems: {
    too_large: ({ size, limit, unit }) =>
      unit === 'bytes'
        ? `file too large: ${size === undefined ? 'over the limit' : `${mb(size)} MB`} (limit ${mb(limit)} MB). No declaration is that big: keep the text only (no images or attachments) and try again`
        : `input too large: ${mb(size ?? limit)} M characters (limit ${mb(limit)} M). Paste the declaration's text only`,
    too_large_unpacked: ({ format, entry, limit }) =>
      `${FORMAT_EN[format]} too large once unpacked (${entry} over ${mb(limit)} MB): refused. It may be damaged; save it again from Word or WPS`,
    unpack_too_slow: ({ format, seconds }) =>
      `${FORMAT_EN[format]} still unpacking after ${seconds} s: stopped. Save it again from Word or WPS`,
    foreign_file: ({ found, expected }) => `${expected ? `not a ${FORMAT_EN[expected]}: ` : ''}${FOREIGN_EN[found]}`,
    not_text: () =>
      'not text: the bytes are neither UTF-8, UTF-16 nor GB18030. Save it as UTF-8 text, or open the .docx',
    zip_unusual: ({ format, detail }) =>
      `not a readable ${FORMAT_EN[format]}: an unusual zip archive (${detail}). Save it as ${FORMAT_EN[format]} from Word or WPS`,
    zip_corrupt: ({ format, detail }) =>
      `not a readable ${FORMAT_EN[format]}: the zip archive is corrupt or truncated (${detail}). Download or save it again`,
    zip_duplicate_entry: ({ format, entry }) =>
      `not a normal ${FORMAT_EN[format]}: the zip archive holds ${entry} more than once. Save it again from Word or WPS`,
    part_missing: ({ format, part }) => `not a ${FORMAT_EN[format]}: the zip archive has no ${part}`,
    part_unreadable: ({ format, part, reason }) =>
      `not a readable ${FORMAT_EN[format]}: ${part} ${reason === 'not_utf8' ? 'is not UTF-8' : 'has no body'}. Save it again from Word or WPS`,
    doc_unreadable: ({ detail }) => `not a readable Word 97–2003 .doc: ${detail}. Save it as .docx from Word or WPS`,
    doc_encrypted: () => 'the .doc is password-protected: remove the password, or save it as .docx, in Word or WPS',
    not_a_draft_file: ({ extension }) =>
      `${extension ? `a .${extension} file` : 'a file without an extension'} is not a draft format (.docx, .doc, .wps, .odt, .rtf, .html, .txt, .md). If it is a draft, name it on its own`,
    nests_too_deep: ({ depth, limit }) =>
      depth !== undefined && limit !== undefined
        ? `the HTML nests ${depth.toLocaleString('en')} elements deep (limit ${limit.toLocaleString('en')}): not a declaration`
        : 'the document nests too deeply to be a declaration',
    no_summary_table: ({ template }) => `template ${template} has no summary table`,
    unreadable_file: ({ cause, detail }) =>
      cause === 'missing'
        ? 'no such file'
        : cause === 'folder'
          ? 'is a folder'
          : cause === 'denied'
            ? 'permission denied'
            : (detail ?? 'cannot be read'),
  },
};

const FORMAT_EN = { docx: '.docx', odt: '.odt', xlsx: '.xlsx' } as const;

const FOREIGN_EN = {
  ole: 'another Office 97–2003 file (such as .xls or .ppt), not a Word document: open the declaration’s .docx, .doc, .odt or .rtf',
  pdf: 'PDF is not supported: open the editable Word original (.docx, .doc, .odt) or paste the text',
  image: 'an image is not a declaration: paste the text or open the Word original (.docx, .doc, .odt)',
  spreadsheet: 'a spreadsheet (.xlsx, .ods), not a declaration: check a summary table (附件1) with `declcheck table`',
  binary: 'not a Word (.docx, .doc), OpenDocument (.odt), RTF, HTML or text file: open the original or paste the text',
} as const;

function mb(bytes: number): string {
  return (bytes / 1048576).toFixed(bytes % 1048576 === 0 ? 0 : 1);
}
