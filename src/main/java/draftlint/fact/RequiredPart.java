package draftlint.fact;

import draftlint.draft.Span;

/**
 * A part that the document's kind requires (its kind file's {@code [part]} sections), and whether
 * the draft has it. One per required part of the document's kind; none when the kind is unknown.
 *
 * @param kind      the document kind that requires it ({@code notice})
 * @param part      the part's id in the kind file ({@code date})
 * @param labelZh   the part's name in Chinese, for messages ({@code 成文日期})
 * @param labelEn   the part's name in English
 * @param kindZh    the kind's name in Chinese ({@code 通知})
 * @param kindEn    the kind's name in English
 * @param severity  {@code error} for a required part, {@code warning} for one a draft may still lack
 *                  ({@code 发文字号}, assigned on issue)
 * @param state     {@code present}; {@code missing}; {@code malformed} (found, but not in the required
 *                  form); {@code undecided} (the draft has nothing to judge by: no headings
 *                  at all, or an excerpt such as 政府工作报告（摘要）)
 * @param paragraph where it was found, or -1
 * @param span      where it was found; the document start when it is missing or undecided
 * @param text      the text found, or ""
 * @param formZh    the required form in words, when the part has one, else ""
 * @param formEn    the same in English
 */
public record RequiredPart(String kind, String part, String labelZh, String labelEn, String kindZh, String kindEn,
                           String severity, String state, int paragraph, Span span, String text, String formZh,
                           String formEn) {
}
