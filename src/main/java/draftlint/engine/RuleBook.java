package draftlint.engine;

import draftlint.fact.Finding;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.drools.io.ByteArrayResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * All rules of one run, compiled once into one KieBase that every document's session shares.
 * Compiling DRL costs most of a cold start, so the compiled packages are cached on disk under a
 * key that covers the rule texts, draftlint's own classes and the Drools version; any change to
 * either makes a new key, and a cache that cannot be read is simply rebuilt.
 *
 * <p>The built-in rules alone, which most runs use, need neither: they were compiled when draftlint
 * was built ({@link CompiledRules}), and the DRL compiler is loaded only for a user's rules.
 *
 * <p>Building the rule network is still the longest part of a short run's start. Nothing before
 * the first session needs it (the rules' metadata comes from the packages), so it is built on a
 * thread of its own while the inputs are read and recognized.
 */
public final class RuleBook {
    private final CompletableFuture<KieBase> kieBase;
    /**
     * Sessions of the rule base, each used for one draft at a time. A session given back is emptied
     * (Drools' pool resets it) and kept for the next draft: a new session per draft builds its node
     * memories afresh, a sixth of the rules' time on 300 drafts of 1 KB.
     */
    private final CompletableFuture<KieSessionsPool> sessions;
    private final Map<String, RuleMeta> rules;
    /** Every rule's id and every family: what {@code --enable}, {@code --disable} and a configuration may name. */
    private final Set<String> names = new HashSet<>();

    private RuleBook(CompletableFuture<KieBase> kieBase, Map<String, RuleMeta> rules) {
        this.kieBase = kieBase;
        this.sessions = kieBase.thenApply(base -> base.newKieSessionsPool(0));
        this.rules = rules;
        for (RuleMeta r : rules.values()) {
            names.add(r.id());
            names.add(r.family());
        }
    }

    /**
     * The built-in rules alone come from the model compiled at build time ({@link CompiledRules});
     * any other set (a user's rules beside them), or the built-in ones without a model, is compiled
     * from its texts, or read from the cache of an earlier compilation.
     *
     * @param cacheDir where compiled rules are cached, or null to compile every time, the built-in
     *                 rules too ({@code --no-cache})
     */
    public static RuleBook load(List<RuleSource> sources, Path cacheDir) throws RuleLoadException {
        if (cacheDir != null) {
            Optional<CompiledRules> model = CompiledRules.of(sources);
            if (model.isPresent()) return fromModel(model.get());
        }
        Path cacheFile = cacheDir == null ? null : cacheDir.resolve(cacheKey(sources) + ".bin");
        Compiled compiled = cacheFile == null ? null : readCache(cacheFile);
        if (compiled == null) {
            compiled = compile(sources);
            if (cacheFile != null) writeCache(cacheFile, compiled);
        }
        Map<String, String> sourceOfRule = compiled.sourceOfRule;
        Map<String, RuleMeta> rules = new LinkedHashMap<>();
        List<Rule> all = new ArrayList<>();
        for (KiePackage p : compiled.packages) all.addAll(p.getRules());
        all.sort(Comparator.comparing(Rule::getName));
        for (Rule rule : all) {
            String source = sourceOfRule.getOrDefault(rule.getName(), rule.getPackageName());
            RuleMeta meta = RuleMeta.of(rule.getName(), rule.getMetaData(), source);
            rules.put(meta.id(), meta);
        }
        Collection<KiePackage> packages = compiled.packages;
        return new RuleBook(network(() -> {
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(packages);
            return base;
        }), rules);
    }

    private static RuleBook fromModel(CompiledRules model) throws RuleLoadException {
        List<org.drools.model.Rule> all = new ArrayList<>(model.rules());
        all.sort(Comparator.comparing(org.drools.model.Rule::getName));
        Map<String, RuleMeta> rules = new LinkedHashMap<>();
        for (org.drools.model.Rule rule : all) {
            RuleMeta meta = RuleMeta.of(rule.getName(), rule.getMetaData(), model.sourceOf(rule));
            rules.put(meta.id(), meta);
        }
        return new RuleBook(network(model::newKieBase), rules);
    }

    /** The rule network, being built on a daemon thread; its metadata has been read already. */
    private static CompletableFuture<KieBase> network(Supplier<KieBase> build) {
        CompletableFuture<KieBase> network = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                network.complete(build.get());
            } catch (Throwable e) {
                network.completeExceptionally(e);
            }
        }, "draftlint-rule-network");
        builder.setDaemon(true);
        builder.start();
        return network;
    }

    /** The shared rule base; waits for its network to be built. */
    public KieBase kieBase() {
        try {
            return kieBase.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }

    /** A session for one draft, to be disposed when the draft is done: that gives it back, emptied. */
    public KieSession newSession() {
        kieBase(); // the network's failure, as kieBase() reports it
        return sessions.join().newKieSession();
    }

    /** Every rule, sorted by id. */
    public Collection<RuleMeta> rules() {
        return rules.values();
    }

    /** Whether a rule or a family of rules is called this. */
    public boolean names(String ruleOrFamily) {
        return names.contains(ruleOrFamily);
    }

    public Optional<RuleMeta> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    private record Compiled(Collection<KiePackage> packages, Map<String, String> sourceOfRule) {
    }

    private static Compiled compile(List<RuleSource> sources) throws RuleLoadException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        Map<String, String> sourceOfRule = new LinkedHashMap<>();
        for (RuleSource source : sources) {
            List<String> before = ruleNames(builder);
            // The encoding named: without it Drools decodes the bytes with the platform's charset, which
            // is ASCII under a C locale and GBK on a Chinese Windows, and every Chinese literal is garbled.
            builder.add(new ByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8), "UTF-8")
                    .setSourcePath(source.name()), ResourceType.DRL);
            if (builder.hasErrors()) {
                KnowledgeBuilderError first = builder.getErrors().iterator().next();
                int[] lines = first.getLines();
                String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
                throw new RuleLoadException(source.name() + line + ": " + oneLine(first.getMessage()));
            }
            List<String> added = ruleNames(builder);
            for (String name : before) added.remove(name);
            for (String name : added) {
                String earlier = sourceOfRule.put(name, source.name());
                if (earlier != null) {
                    throw new RuleLoadException(source.name() + ": rule \"" + name + "\" is already defined in " + earlier);
                }
            }
            // Drools silently replaces a rule of the same package and name: count what was declared.
            if (added.size() < countRules(source.text())) {
                throw new RuleLoadException(source.name() + ": a rule in it has the same id as a rule loaded before it");
            }
        }
        return new Compiled(builder.getKnowledgePackages(), sourceOfRule);
    }

    /**
     * Rules declared in a DRL text, as Drools' own parser reads it: a rule inside a comment, or a line
     * of a string that starts {@code rule "}, is no declaration.
     */
    private static int countRules(String drl) {
        try {
            return new DrlParser().parse(false, drl).getRules().size();
        } catch (DroolsParserException e) {
            return 0; // the builder has already compiled this text without an error
        }
    }

    private static List<String> ruleNames(KnowledgeBuilder builder) {
        List<String> names = new ArrayList<>();
        for (KiePackage p : builder.getKnowledgePackages()) {
            for (Rule r : p.getRules()) names.add(r.getName());
        }
        return names;
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s+", " ").strip();
    }

    // --- the cache -------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Compiled readCache(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try (InputStream in = Files.newInputStream(file);
             ObjectInputStream objects = new DroolsObjectInputStream(in, RuleBook.class.getClassLoader())) {
            Map<String, String> sourceOfRule = (Map<String, String>) objects.readObject();
            return new Compiled((Collection<KiePackage>) objects.readObject(), sourceOfRule);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null; // a stale or damaged cache is rebuilt, never trusted
        }
    }

    private static void writeCache(Path file, Compiled compiled) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "rules", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp);
                 ObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeObject(new LinkedHashMap<>(compiled.sourceOfRule));
                objects.writeObject(new ArrayList<>(compiled.packages));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // A read-only or full cache folder costs speed, not correctness.
        }
    }

    private static String cacheKey(List<RuleSource> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // The Drools jars' own names carry their versions even where the manifests do not.
            digest.update(("drools " + KieBase.class.getProtectionDomain().getCodeSource().getLocation()
                    + " " + KnowledgeBuilder.class.getProtectionDomain().getCodeSource().getLocation())
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(codeFingerprint());
            RuleSource.update(digest, sources);
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of draftlint's own code (the jar, or the fact classes when run from a build folder). */
    private static byte[] codeFingerprint() {
        try {
            Path location = Path.of(Finding.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isRegularFile(location)) {
                digest.update(Files.readAllBytes(location));
            } else {
                try (Stream<Path> files = Files.walk(location.resolve("draftlint"))) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(f.toString().getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(f));
                    }
                }
            }
            return digest.digest();
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8); // no stable key: no reuse
        }
    }
}
