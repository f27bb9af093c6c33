package draftlint.engine;

import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The built-in rules as compiled when draftlint was built ({@link CompiledRulesWriter}, run by the
 * build): Drools' executable model, Java classes that build the rule network without the DRL parser
 * or compiler, which are then never loaded. The {@code .drl} files stay the one source: the model is
 * used only for a run of the built-in rules alone, and, run from a build folder, only while their
 * texts are those it was compiled from (an edited rule is compiled from its text as before).
 */
final class CompiledRules {
    /** Written beside the generated classes: the model's class, the digest of its sources, each rule's file. */
    static final String INDEX = "draftlint/rules/compiled-rules.properties";
    static final String MODEL_CLASS = "model.class";
    static final String SOURCES_DIGEST = "sources.sha256";
    static final String RULE_FILE = "rule.";

    /**
     * Drools' {@code matches} of the model compiles its pattern at every evaluation unless this cache
     * is given a size (its default is none): {@code label matches "[Xx×Ｘ]+[万亿]?元"} was compiled
     * for each placeholder of each draft. Read once, when the model's operators are first used.
     */
    private static final String MATCHES_CACHE = "drools.matches.compiled.cache.count";

    static {
        if (System.getProperty(MATCHES_CACHE) == null) System.setProperty(MATCHES_CACHE, "64");
    }

    private final Model model;
    private final Properties index;

    private CompiledRules(Model model, Properties index) {
        this.model = model;
        this.index = index;
    }

    /** The compiled model of exactly these sources, if the build made one. */
    static Optional<CompiledRules> of(List<RuleSource> sources) {
        Properties index = new Properties();
        try (InputStream in = CompiledRules.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) return Optional.empty();
            index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (!sources.equals(RuleSource.builtIn())) return Optional.empty(); // a user's rules beside them
            // A jar holds the model and the texts of one build. A build folder may hold texts edited and
            // copied since the model was compiled (an IDE copies resources, it does not run the build's
            // CompiledRulesWriter): there the texts are compared with those the model was made from.
            if (!inJar() && !digest(sources).equals(index.getProperty(SOURCES_DIGEST))) return Optional.empty();
            Class<?> type = Class.forName(index.getProperty(MODEL_CLASS), true, CompiledRules.class.getClassLoader());
            return Optional.of(new CompiledRules((Model) type.getDeclaredConstructor().newInstance(), index));
        } catch (IOException | ReflectiveOperationException | URISyntaxException | RuleLoadException | RuntimeException | LinkageError e) {
            return Optional.empty(); // a partial or foreign build: the rule texts are compiled instead
        }
    }

    private static boolean inJar() throws URISyntaxException {
        return Files.isRegularFile(Path.of(CompiledRules.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }

    List<Rule> rules() {
        return model.getRules();
    }

    /** The file a rule was declared in, as the DRL path names it ({@code rules/figures.drl}). */
    String sourceOf(Rule rule) {
        return index.getProperty(RULE_FILE + rule.getName(), model.getPackageName());
    }

    KieBase newKieBase() {
        return KieBaseBuilder.createKieBaseFromModel(model);
    }

    /** Names and texts of the sources, in order: what the model must have been compiled from. */
    static String digest(List<RuleSource> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            RuleSource.update(digest, sources);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
