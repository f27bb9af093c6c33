package draftlint.engine;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Run by the build (pom.xml, after the classes are compiled): compiles the built-in rules into
 * Drools' executable model and writes its classes and {@link CompiledRules#INDEX} into the build
 * folder. The rules are first compiled the way a run compiles them (the DRL compiler, the checks of
 * {@link RuleBook} and {@link RuleMeta}), so a rule that a run would refuse fails the build with the
 * same message. Needs {@code drools-model-codegen}, which is on the build's class path only.
 */
public final class CompiledRulesWriter { // public for the build, which runs main
    /** The package the model's classes are generated in, apart from the rules' data files. */
    static final String PACKAGE = "draftlint.rulemodel";
    private static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^package\\s+draftlint\\.rules\\s*;");

    private CompiledRulesWriter() {
    }

    /** @param args the build's class folder */
    public static void main(String[] args) throws IOException, RuleLoadException {
        Path classes = Path.of(args[0]);
        List<RuleSource> sources = RuleSource.builtIn();
        RuleBook checked = RuleBook.load(sources, null); // compiled from the texts, as with --no-cache

        KieServices kie = KieServices.get();
        KieFileSystem files = kie.newKieFileSystem();
        for (RuleSource source : sources) {
            Matcher pkg = DRL_PACKAGE.matcher(source.text());
            if (!pkg.find()) throw new RuleLoadException(source.name() + ": a built-in rule file declares package draftlint.rules");
            String text = pkg.replaceFirst("package " + PACKAGE + ";");
            // Filed under the package's folder, as Drools advises (else a warning per file).
            String file = source.name().substring(source.name().lastIndexOf('/') + 1);
            files.write("src/main/resources/" + PACKAGE.replace('.', '/') + "/" + file,
                    kie.getResources().newByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "UTF-8").setSourcePath(source.name()));
        }
        KieBuilder builder = kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) throw new RuleLoadException("the executable model of the built-in rules: " + errors);

        Path out = classes.resolve(PACKAGE.replace('.', '/'));
        deleteTree(out); // the classes of an earlier build carry other names
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        String modelClass = null;
        for (String name : module.getFileNames()) {
            if (name.startsWith("META-INF/kie/") && name.endsWith("/drools-model")) {
                modelClass = new String(module.getBytes(name), StandardCharsets.UTF_8).lines()
                        .filter(line -> line.startsWith(PACKAGE + ".")).findFirst().orElse(null);
            }
            if (!name.startsWith(PACKAGE.replace('.', '/') + "/") || !name.endsWith(".class")) continue;
            Path target = classes.resolve(name);
            Files.createDirectories(target.getParent());
            Files.write(target, module.getBytes(name));
        }
        if (modelClass == null) throw new IOException("the executable model names no model class of " + PACKAGE);

        // Written by hand, sorted and without Properties.store's time stamp: the same rules give the
        // same jar. Every key and value is an ASCII id or path, which Properties.load reads as is.
        TreeMap<String, String> index = new TreeMap<>();
        index.put(CompiledRules.MODEL_CLASS, modelClass);
        index.put(CompiledRules.SOURCES_DIGEST, CompiledRules.digest(sources));
        for (RuleMeta rule : checked.rules()) index.put(CompiledRules.RULE_FILE + rule.id(), rule.source());
        Path indexFile = classes.resolve(CompiledRules.INDEX);
        Files.createDirectories(indexFile.getParent());
        try (Writer w = Files.newBufferedWriter(indexFile, StandardCharsets.UTF_8)) {
            w.write("# written by the build (CompiledRulesWriter): the built-in rules' executable model\n");
            for (Map.Entry<String, String> e : index.entrySet()) w.write(e.getKey() + "=" + e.getValue() + "\n");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
