package draftlint.filter;

import draftlint.config.Config;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.RuleBook;
import draftlint.engine.RuleMeta;
import draftlint.engine.RuleSelection;
import draftlint.engine.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether each rule is on for a file, and at what severity. Settings apply in this order, each
 * over the one before: the rule's own declaration ({@code @enabled}, {@code @severity}); the
 * configuration's {@code rules}; each of its {@code overrides} that matches the file; then
 * {@code --enable} and {@code --disable} on the command line, which win (the command line is the
 * most deliberate say). Within one layer a family's setting applies first and a rule's own after it.
 * A severity given to a rule switches it on; given to a family it sets the severity of the family's
 * rules that are on, and leaves rules that are off by default off.
 */
public final class RulePolicy {
    /** A rule's state for one file. */
    public record Setting(boolean on, Severity severity) {
    }

    private final RuleBook book;
    private final RuleSelection commandLine;

    public RulePolicy(RuleBook book, Set<String> enable, Set<String> disable) {
        this.book = book;
        this.commandLine = new RuleSelection(Set.copyOf(enable), Set.copyOf(disable));
    }

    public Setting setting(RuleMeta rule, Config config, Path file) {
        boolean on = rule.enabledByDefault();
        Severity severity = rule.severity();
        for (Map<String, String> layer : config.ruleLayers(file)) {
            for (String key : List.of(rule.family(), rule.id())) {
                String value = layer.get(key);
                if (value == null) continue;
                switch (value) {
                    case "off" -> on = false;
                    case "on" -> on = true;
                    default -> {
                        // A severity switches a rule on when it names the rule; for a family it only
                        // regrades the rules that are on, so that "text: info" wakes no opt-in rule.
                        if (key.equals(rule.id())) on = true;
                        severity = Severity.parse(value);
                    }
                }
            }
        }
        return new Setting(commandLine.decide(rule, on), severity);
    }

    /** The report with the findings of rules that are off for the file dropped and severities set. */
    public FileReport apply(FileReport report, Config config, Path file) {
        if (report.failed()) return report;
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) {
            RuleMeta rule = book.rule(d.rule()).orElse(null);
            if (rule == null) {
                kept.add(d);
                continue;
            }
            Setting s = setting(rule, config, file);
            if (!s.on()) continue;
            kept.add(s.severity() == d.severity() ? d : d.withSeverity(s.severity()));
        }
        return report.withDiagnostics(kept);
    }

    /**
     * The rules the checker must run: every rule that some configuration in use (or the command
     * line) may switch on. What is off for a particular file is dropped by {@link #apply}.
     */
    public RuleSelection selection(Collection<Config> configs) {
        Set<String> on = new HashSet<>(commandLine.enabled());
        for (Config c : configs) {
            addSwitchedOn(c.rules(), on);
            for (Config.Override o : c.overrides()) addSwitchedOn(o.rules(), on);
        }
        return new RuleSelection(on, commandLine.disabled());
    }

    private void addSwitchedOn(Map<String, String> layer, Set<String> on) {
        layer.forEach((id, value) -> {
            boolean family = book.rule(id).isEmpty();
            if (value.equals("on") || (!family && !value.equals("off"))) on.add(id);
        });
    }
}
