package draftlint.dist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import draftlint.testing.JsonRun;
import draftlint.testing.ServedDrafts;
import draftlint.testing.TestRules;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one download, {@code target/draftlint-<version>.zip}, as a writer gets it: unpacked into a
 * folder of its own and run with nothing but a Java runtime on the PATH. A failsafe test (an *IT),
 * because it needs what {@code package} builds and surefire's tests run before {@code package}.
 */
class DistributionZipIT {
    private static final Path SEED = TestRules.REPO.resolve("fixtures/seeds/000_76c963bfc8d7165d.txt");
    private static final Path DOC = TestRules.REPO.resolve("fixtures/word/numbered-report.doc");

    @TempDir
    static Path dir;
    private static Path home;
    private static final Map<String, Integer> modes = new TreeMap<>();

    @BeforeAll
    static void unpack() throws IOException {
        Path zip;
        try (Stream<Path> files = Files.list(TestRules.REPO.resolve("target"))) {
            zip = files.filter(f -> f.getFileName().toString().matches("draftlint-.*\\.zip")).findFirst()
                    .orElseThrow(() -> new AssertionError("no target/draftlint-<version>.zip: run mvn package first"));
        }
        // Where writers unzip it: a folder named in Chinese, with spaces. The launcher runs with an
        // empty environment below (no LANG: the C locale), where the JVM cannot read such a name unless
        // the launcher asks for UTF-8.
        Path into = dir.resolve("下载 的 文件");
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(file.getEntries())) {
                Path target = into.resolve(e.getName()).normalize();
                assertThat(target.startsWith(into)).as(e.getName()).isTrue();
                modes.put(e.getName().substring(e.getName().indexOf('/') + 1), e.getUnixMode());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(e)) {
                    Files.copy(in, target);
                }
                if ((e.getUnixMode() & 0100) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        try (Stream<Path> top = Files.list(into)) {
            List<Path> folders = top.toList();
            assertThat(folders).as("one top folder in the zip").hasSize(1);
            home = folders.get(0);
        }
    }

    /**
     * The zip's sh launcher with these arguments, in an empty environment whose PATH holds java and
     * nothing else (no Maven, no shell tools), each PATH a folder of its own.
     */
    private static ProcessBuilder launcher(String pathFolder, String... args) throws IOException {
        return launcher(home, pathFolder, args);
    }

    /** The sh launcher of the unpacked folder {@code unpacked}, as {@link #launcher(String, String...)} runs it. */
    private static ProcessBuilder launcher(Path unpacked, String pathFolder, String... args) throws IOException {
        Path path = Files.createDirectories(dir.resolve(pathFolder));
        if (!Files.exists(path.resolve("java"), LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(path.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        }
        List<String> command = new ArrayList<>(List.of(unpacked.resolve("bin/draftlint").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().put("PATH", path.toString());
        pb.environment().put("HOME", dir.toString());
        return pb;
    }

    private record Ran(int exit, byte[] out, String err) {
    }

    private static Ran run(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Ran(p.exitValue(), out, err);
    }

    @Test
    void aLangNamingALocaleTheMachineLacksStillReadsFoldersAndDraftsNamedInChinese() throws Exception {
        // Docker images and ssh sessions often pass a LANG whose locale is not installed: the C library
        // falls back to ASCII, and the JVM could not read the jar's folder nor a draft named in Chinese.
        Path draft = Files.copy(SEED, dir.resolve("讲话稿 初稿.txt"));
        ProcessBuilder pb = launcher("lang-path", "check", "--format", "json", draft.toString());
        pb.environment().put("LANG", "zz_ZZ.UTF-8"); // no machine has it
        Ran ran = run(pb);

        assertThat(ran.exit()).as(ran.err()).isEqualTo(1); // the seed has errors
        JsonNode report = new ObjectMapper().readTree(ran.out());
        assertThat(report.at("/files/0/error").isNull()).isTrue();
        assertThat(report.at("/files/0/findings").size()).isGreaterThan(10);
    }

    @Test
    void theShLauncherChecksASeedWithJavaAloneOnThePathAndFindsWhatTheCheckoutFinds() throws Exception {
        Ran ran = run(launcher("path", "check", "--format", "json", SEED.toString(), DOC.toString()));

        assertThat(ran.exit()).as(ran.err()).isEqualTo(1); // the seed has errors
        assertThat(ran.err()).isEmpty();
        JsonNode unpacked = new ObjectMapper().readTree(ran.out());
        JsonNode checkout = JsonRun.check(SEED.toString(), DOC.toString()).root();
        assertThat(unpacked.at("/files/0/findings").size()).isGreaterThan(10);
        // The .doc is read: poi-scratchpad is among the libraries.
        assertThat(unpacked.at("/files/1/error").isNull()).isTrue();
        assertThat(unpacked.at("/files/1/findings").size()).isGreaterThan(0);
        assertThat(unpacked.get("files")).isEqualTo(checkout.get("files"));
    }

    @Test
    void theFirstRunArchivesTheClassesForItsJavaAndTheNextRunsMapThemIn() throws Exception {
        // Java 17 archives no class of a jar whose path has a non-ASCII character (it archives the
        // JDK's own then): this copy of the unpacked folder has a plain path, as in CI.
        Path plain = dir.resolve("plain/draftlint");
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.toList()) {
                Path to = plain.resolve(home.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        // A home of its own: the first run here is this copy's first with this Java.
        Path own = Files.createDirectories(dir.resolve("archive-home"));
        Path cache = own.resolve(".cache/draftlint");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String named = dir.resolve("archive-path/java").toString();
        String version = Files.readAllLines(Path.of(System.getProperty("java.home"), "release")).stream()
                .filter(l -> l.startsWith("JAVA_VERSION=")).findFirst().orElseThrow();
        List<String> noted = List.of(plain.resolve("lib").toString(), java, named, version);
        Ran made = archiveRun(plain, own, null);

        assertThat(made.exit()).as(made.err()).isEqualTo(1); // the seed has errors
        assertThat(made.err()).as("the archive is made silently").isEmpty();
        Path archive = archiveIn(cache, 1);
        Path note = archive.resolveSibling(archive.getFileName() + ".txt");
        assertThat(Files.readAllLines(note)).isEqualTo(noted);

        // The next run maps the archive in, and makes none: its classes come from the archive.
        Object made1 = Files.readAttributes(archive, BasicFileAttributes.class).fileKey();
        FileTime madeAt = Files.getLastModifiedTime(archive);
        Path classes = dir.resolve("classes-loaded.txt");
        Ran mapped = archiveRun(plain, own, classes);

        assertThat(mapped.err()).isEmpty();
        assertThat(mapped.out()).isEqualTo(made.out());
        assertThat(Files.readAllLines(classes)).anyMatch(l -> l.contains("draftlint.cli.Main source: shared objects file (top)"));
        assertThat(Files.readAttributes(archive, BasicFileAttributes.class).fileKey()).isEqualTo(made1);
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(madeAt);

        // A jar that is not the one archived (here: another time, earlier, as an old copy would have):
        // the JVM maps none of the archive's classes, the run removes the note, the next makes it anew.
        Path codec;
        try (Stream<Path> jars = Files.list(plain.resolve("lib"))) {
            codec = jars.filter(j -> j.getFileName().toString().startsWith("commons-codec-")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(codec, FileTime.fromMillis(Files.getLastModifiedTime(codec).toMillis() - 86_400_000L));
        Ran changed = archiveRun(plain, own, null);

        assertThat(changed.err()).isEmpty();
        assertThat(changed.out()).isEqualTo(made.out());
        assertThat(note).doesNotExist();
        Ran remade = archiveRun(plain, own, classes);

        assertThat(remade.out()).isEqualTo(made.out());
        assertThat(Files.readAllLines(note)).isEqualTo(noted);
        // Made anew: a later time (not another inode: the file system may give the new file the old one's).
        assertThat(Files.getLastModifiedTime(archive)).isNotEqualTo(madeAt);

        // An archive made by a Java since replaced in place (its release file says another version, as
        // when an image's /opt/java is swapped): not used, and this Java makes its own beside it.
        Files.write(note, List.of(noted.get(0), noted.get(1), noted.get(2), "JAVA_VERSION=\"11.0.2\""));
        Ran replaced = archiveRun(plain, own, classes);

        assertThat(replaced.err()).isEmpty();
        assertThat(replaced.out()).isEqualTo(made.out());
        Path second = archiveIn(cache, 2);
        assertThat(Files.readAllLines(second.resolveSibling(second.getFileName() + ".txt"))).isEqualTo(noted);
        assertThat(Files.readAllLines(classes)).anyMatch(l -> l.contains("draftlint.cli.Main source: shared objects file (top)"));
    }

    /** Checks the seed with the launcher of {@code unpacked} and {@code user} as HOME, logging the classes loaded to {@code classes}. */
    private static Ran archiveRun(Path unpacked, Path user, Path classes) throws Exception {
        ProcessBuilder pb = launcher(unpacked, "archive-path", "check", "--format", "json", SEED.toString());
        pb.environment().put("HOME", user.toString());
        if (classes != null) pb.environment().put("DRAFTLINT_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes);
        return run(pb);
    }

    /** The archive of slot {@code n} in the cache folder. */
    private static Path archiveIn(Path cache, int n) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().matches("draftlint-.*-" + n + "\\.jsa")).findFirst().orElseThrow();
        }
    }

    @Test
    void theShLauncherServesThePageAndAnswersOneCheckWithJavaAloneOnThePath() throws Exception {
        // What draftlint-web.cmd starts on Windows, started here by the sh launcher: Jetty is among
        // the libraries, and one request gives what check gives.
        ProcessBuilder pb = launcher("serve-path", "serve", "--port", "0");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        try {
            String address = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(address).as("the first line serve prints").startsWith("http://127.0.0.1:");
            ServedDrafts client = new ServedDrafts(java.net.URI.create(address.strip()));
            assertThat(client.get("/").statusCode()).isEqualTo(200);
            java.net.http.HttpResponse<byte[]> answer = client.post("/api/check",
                    new ServedDrafts.Form().file(SEED.getFileName().toString(), Files.readAllBytes(SEED)));
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode served = new ObjectMapper().readTree(answer.body());
            JsonNode checkout = JsonRun.check("--no-config", SEED.toString()).root();
            assertThat(served.at("/files/0/findings")).isEqualTo(checkout.at("/files/0/findings"));
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("serve stops when asked").isTrue();
        }
    }

    @Test
    void theZipHoldsTheLaunchersTheNotesAndEveryRuntimeLibrary() throws IOException {
        assertThat(modes.get("bin/draftlint") & 0777).isEqualTo(0755);
        assertThat(modes).containsKeys("bin/draftlint.cmd", "draftlint-web.cmd", "使用说明.txt", "lib/draftlint-0.1.0.jar");
        List<String> runtime = new ArrayList<>();
        try (Stream<Path> libs = Files.list(TestRules.REPO.resolve("target/lib"))) {
            libs.forEach(l -> runtime.add("lib/" + l.getFileName()));
        }
        assertThat(runtime).isNotEmpty().contains("lib/poi-scratchpad-5.4.1.jar");
        assertThat(modes.keySet()).containsAll(runtime);
    }

    @Test
    void theLicencesNameEveryLibraryAndPicocliCompiledIntoOurJar() throws IOException {
        String thirdParty = Files.readString(home.resolve("licenses/THIRD-PARTY.txt"));
        // Each library as THIRD-PARTY.txt names it, (group:artifact:version - url), is the jar
        // artifact-version.jar, or artifact-version-classifier.jar.
        List<String> named = new ArrayList<>();
        Matcher m = Pattern.compile("\\(([^():\\s]+):([^():\\s]+):([^():\\s]+) - ").matcher(thirdParty);
        while (m.find()) named.add(m.group(2) + "-" + m.group(3));
        assertThat(named).hasSizeGreaterThan(40);
        assertThat(thirdParty).doesNotContain("Unknown license");
        List<String> unnamed = new ArrayList<>();
        try (Stream<Path> libs = Files.list(home.resolve("lib"))) {
            for (Path lib : libs.toList()) {
                String jar = lib.getFileName().toString();
                if (jar.startsWith("draftlint-")) continue;
                if (named.stream().noneMatch(n -> jar.equals(n + ".jar") || jar.startsWith(n + "-") && jar.endsWith(".jar"))) {
                    unnamed.add(jar);
                }
            }
        }
        assertThat(unnamed).as("libraries in lib/ that THIRD-PARTY.txt does not name").isEmpty();
        assertThat(Files.readString(home.resolve("licenses/README.txt"))).contains("picocli").contains("Apache-2.0.txt");
        assertThat(Files.readString(home.resolve("licenses/Apache-2.0.txt"))).contains("Apache License").contains("Version 2.0");
    }

    @Test
    void theCmdFilesHaveCrlfLineEndsAndTheLibClassPath() throws IOException {
        String cmd = Files.readString(home.resolve("bin/draftlint.cmd"));
        String web = Files.readString(home.resolve("draftlint-web.cmd"));
        for (String batch : List.of(cmd, web)) {
            assertThat(batch).endsWith("\r\n");
            assertThat(batch.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        }
        assertThat(cmd).contains("set \"LIB=%~dp0..\\lib\"").contains("-cp \"%LIB%\\*\" draftlint.cli.Main %*")
                .contains("LSS 17");
        assertThat(web).contains("call \"%~dp0bin\\draftlint.cmd\" serve --open");

        String sh = Files.readString(home.resolve("bin/draftlint"));
        assertThat(sh).startsWith("#!/bin/sh\n").doesNotContain("\r").contains("-cp \"$lib/*\" draftlint.cli.Main \"$@\"");
    }

    @Test
    void theNotesAreUtf8WithAByteOrderMarkForNotepad() throws IOException {
        byte[] notes = Files.readAllBytes(home.resolve("使用说明.txt"));
        assertThat(notes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(notes, StandardCharsets.UTF_8);
        assertThat(text).contains("Java 17").contains("draftlint-web.cmd").contains("不会上传").contains("\r\n");
    }
}
