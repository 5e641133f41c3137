/**
 * Readable, pinyin-free path segments for labels a form commonly has (单位名称 → name, 电话 → phone); any other
 * label gets its kind and place (`field3`). A reviewer renames them before the template is published.
 */
const WORDS: readonly (readonly [RegExp, string])[] = [
  [/^(?:单位|申报单位|承担单位|申请单位)(?:名称)?$/, 'name'],
  [/^姓名$/, 'name'],
  [/名称$/, 'name'],
  [/电话|手机/, 'phone'],
  [/e-?mail|邮箱|电子邮件/i, 'email'],
  [/职务|职称/, 'title'],
  [/地址/, 'address'],
  [/成立时间|成立日期/, 'founded'],
  [/简介/, 'profile'],
  [/性质/, 'ownership'],
  [/规模/, 'size'],
  [/方向/, 'direction'],
  [/类型|类别/, 'type'],
  [/联系人/, 'contact'],
  [/负责人/, 'leader'],
  [/法定代表人/, 'legal'],
  [/传真/, 'fax'],
];

/** A segment for `label` not yet in `taken` (which it joins): its word, else `fallback`, numbered when needed. */
export function pathWord(label: string, taken: Set<string>, fallback: string): string {
  const word = WORDS.find(([pattern]) => pattern.test(label))?.[1] ?? fallback;
  let segment = word;
  for (let n = 2; taken.has(segment); n++) segment = `${word}${n}`;
  taken.add(segment);
  return segment;
}
