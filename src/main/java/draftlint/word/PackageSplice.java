package draftlint.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Puts the parts of a .docx that were not meant to change back as they were. POI writes every XML
 * part it parsed anew (attributes reordered, empty elements dropped, {@code docProps/core.xml}
 * rewritten); a writer's styles, numbering and properties should reach the reviewed copy byte for
 * byte. The rewritten package decides which parts exist; the original supplies the bytes of each
 * part not named as changed.
 */
final class PackageSplice {
    private PackageSplice() {
    }

    /**
     * @param original  the package as the writer saved it (already opened by POI, so within its limits)
     * @param rewritten the package as POI wrote it
     * @param changed   zip entry names (no leading slash) whose rewritten bytes are wanted
     */
    static byte[] keepUnchanged(byte[] original, byte[] rewritten, Set<String> changed) throws IOException {
        Map<String, byte[]> before = entries(original);
        ByteArrayOutputStream out = new ByteArrayOutputStream(rewritten.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(rewritten));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                byte[] kept = before.get(e.getName());
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(kept != null && !changed.contains(e.getName()) ? kept : bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> entries(byte[] zipBytes) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
