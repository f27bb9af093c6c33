package draftlint.fact;

import draftlint.draft.Span;

/**
 * One item of a list that spells out a fixed formulation next to it:
 * {@code 作业、手机、睡眠、读物、体质等“五项管理”}, {@code 四个自信（道路自信、理论自信、制度自信、文化自信）}.
 *
 * @param name    the formulation's canonical form
 * @param text    the item as written
 * @param belongs whether the item is one of the formulation's canonical members
 * @param members the canonical members, joined with {@code 、}, for messages
 */
public record FormulationMember(int paragraph, int start, int end, Span span, String name, String text,
                                boolean belongs, String members) implements Located {
}
