import { isTag } from '../dom-kinds';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Autofill field names (the HTML standard's `autocomplete` tokens) of credentials, one-time codes and payment
 * cards. Browsers read the attribute case-insensitively, after an optional `section-*` and `shipping`/`billing`.
 */
const SENSITIVE_AUTOFILL = /^(?:current-password|new-password|one-time-code|cc-[a-z-]+)$/;

/** Names and ids portals give such boxes (smsCode, captcha, verify_code, idCard, bankCardNo, pwd …). */
const SENSITIVE_NAME =
  /captcha|sms_?code|verif(?:y|ication)_?code|check_?code|auth_?code|otp(?:code)?$|passw(?:or)?d|pwd|id_?card|id_?no\b|sfzh?(?:m|hm)?$|bank_?card|card_?no|验证码|密码|口令/i;

/** What an ID, bank, login or code box is called on a Chinese portal. */
const SENSITIVE_LABEL = /身份证|证件号|银行卡|银行账号|账号|卡号|密码|口令|验证码|校验码|动态码/;

/**
 * Whether a control takes what is never read or kept: a password, a one-time or SMS code, a captcha, a card, bank
 * account or ID number. Told as browsers tell it (`type`, the `autocomplete` tokens, a box masked with
 * `-webkit-text-security`), by its name or id, and by what names it: its nearest label (`candidates[0]`, from
 * `labelCandidates`) and its own placeholder, title and aria-label. Applies to every box, a mapped one too.
 */
export function isSensitiveControl(control: Control, candidates: readonly string[]): boolean {
  if (isTag(control, 'input') && control.type === 'password') return true;
  const tokens = (control.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  if (tokens.some((token) => SENSITIVE_AUTOFILL.test(token))) return true;
  if (SENSITIVE_NAME.test(control.getAttribute('name') ?? '') || SENSITIVE_NAME.test(control.id)) return true;
  const named = [
    candidates[0],
    control.getAttribute('placeholder'),
    control.getAttribute('title'),
    control.getAttribute('aria-label'),
  ];
  if (named.some((text) => text && SENSITIVE_LABEL.test(text))) return true;
  // Asked last, of the few controls that name a field: reading a computed style is the dearest check here.
  const masking = getComputedStyle(control).getPropertyValue('-webkit-text-security');
  return masking !== '' && masking !== 'none';
}
