/**
 * Contact details in a mentee's first message to a mentor: email addresses, phone numbers and
 * web addresses. The request dialog flags them before sending, because contact details are
 * shared by the service only once the mentor accepts (the dialog's help says so).
 */
export type ContactDetailKind = 'email' | 'phone' | 'url';

export interface ContactDetail {
  kind: ContactDetailKind;
  /** The text as it appears in the message. */
  text: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>]+|\b[\p{L}\p{N}-]+\.(?:com|org|net|info|io|me|co|ca|uk|au|in|ua|br|fr|es|cn|ph|ng)(?:\/[^\s<>]*)?(?=[\s.,;:!?)]|$)/giu;
/** Digits with the usual separators; a phone number has at least 9 digits (years and dates have fewer). */
const PHONE = /\+?\(?\d[\d\s().\-\u2010-\u2015]{6,}\d/g;
const MIN_PHONE_DIGITS = 9;

/** The contact details found in `text`, in the order they appear. */
export function findContactDetails(text: string): ContactDetail[] {
  const found: Array<ContactDetail & { at: number }> = [];
  const taken: Array<[number, number]> = [];
  const add = (kind: ContactDetailKind, match: RegExpExecArray) => {
    const start = match.index;
    const end = start + match[0].length;
    if (taken.some(([a, b]) => start < b && end > a)) return;
    taken.push([start, end]);
    found.push({ kind, text: match[0].trim().replace(/[.,;:]+$/, ''), at: start });
  };
  for (const match of text.matchAll(EMAIL)) add('email', match);
  for (const match of text.matchAll(URL)) add('url', match);
  for (const match of text.matchAll(PHONE)) if (match[0].replace(/\D/g, '').length >= MIN_PHONE_DIGITS) add('phone', match);
  return found.sort((a, b) => a.at - b.at).map(({ kind, text: value }) => ({ kind, text: value }));
}
