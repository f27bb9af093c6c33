package draftlint.engine;

import java.util.Set;

/**
 * Which rules run: each rule's own default ({@code @enabled}), then {@code --enable} and
 * {@code --disable}, each naming rule ids or whole families. Disabling wins over enabling.
 */
public record RuleSelection(Set<String> enabled, Set<String> disabled) {

    public static RuleSelection defaults() {
        return new RuleSelection(Set.of(), Set.of());
    }

    public boolean isOn(RuleMeta rule) {
        return decide(rule, rule.enabledByDefault());
    }

    /**
     * Whether a rule is on once this selection has its say over what the layers below it decided
     * ({@code before}): the one place where enabling and disabling are weighed.
     */
    public boolean decide(RuleMeta rule, boolean before) {
        if (disabled.contains(rule.id()) || disabled.contains(rule.family())) return false;
        return before || enabled.contains(rule.id()) || enabled.contains(rule.family());
    }
}
