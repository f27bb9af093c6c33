package draftlint.text;

import com.ibm.icu.text.Transliterator;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The simplified and traditional form of every BMP Han character, as ICU's Hant-Hans and Hans-Hant
 * transliterators give them, computed when the jar is built (see pom.xml) and read at start.
 * Building a transliterator compiles thousands of ICU rules: about a tenth of a second per
 * transliterator and thread, more than checking a 5 KB draft. Without the table (classes run
 * from an IDE), {@link HanCharacters} asks the transliterators as before.
 */
public final class HanFormTable { // public for the build, which runs main
    static final String RESOURCE = "han-forms.bin";
    /** Below this no character has another form: HanCharacters returns it as is. */
    static final char FIRST = 0x3400;

    private HanFormTable() {
    }

    /**
     * The two tables, or null when the jar was built without them: {@code [0][c]} is the simplified
     * form of c, {@code [1][c]} its traditional form, c itself where it has none.
     */
    static char[][] load() {
        try (InputStream in = HanFormTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return null;
            DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in));
            char[][] forms = {identity(), identity()};
            for (char[] table : forms) {
                int n = data.readInt();
                for (int i = 0; i < n; i++) table[data.readChar()] = data.readChar();
            }
            return forms;
        } catch (IOException e) {
            return null;
        }
    }

    private static char[] identity() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) table[c] = (char) c;
        return table;
    }

    /** Writes the table: {@code java draftlint.text.HanFormTable OUTPUT_FILE}, run by the build. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        try (OutputStream file = Files.newOutputStream(out);
             DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(file))) {
            write(data, Transliterator.getInstance("Hant-Hans"));
            write(data, Transliterator.getInstance("Hans-Hant"));
        }
    }

    /** The characters the transliterator maps to one other character, as (from, to) pairs. */
    private static void write(DataOutputStream data, Transliterator t) throws IOException {
        StringBuilder pairs = new StringBuilder();
        for (int c = FIRST; c <= Character.MAX_VALUE; c++) {
            String s = t.transliterate(String.valueOf((char) c));
            if (s.length() == 1 && s.charAt(0) != c) pairs.append((char) c).append(s.charAt(0));
        }
        data.writeInt(pairs.length() / 2);
        for (int i = 0; i < pairs.length(); i++) data.writeChar(pairs.charAt(i));
    }
}
