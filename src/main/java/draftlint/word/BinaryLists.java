package draftlint.word;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.LFO;
import org.apache.poi.hwpf.model.LFOData;
import org.apache.poi.hwpf.model.ListData;
import org.apache.poi.hwpf.model.ListFormatOverrideLevel;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.model.ListTables;

import java.util.HashMap;
import java.util.Map;

/**
 * The lists of a Word 97-2003 file as {@link ListNumbering} counts them. A paragraph names a list
 * override (its 1-based {@code ilfo}); the override names a list ({@code lsid}) and may restart or
 * redefine some of its levels. Overrides of one list without such changes count together, as
 * {@code w:num} elements of one abstract definition do in a .docx (Word converts one into the other).
 */
final class BinaryLists {
    private BinaryLists() {
    }

    static ListNumbering of(HWPFDocument document) {
        ListTables tables = document.getListTables();
        Map<String, ListNumbering.NumberedList> lists = new HashMap<>();
        if (tables == null) return ListNumbering.of(lists);
        for (int ilfo = 1; ; ilfo++) {
            LFO lfo;
            LFOData data;
            try {
                lfo = tables.getLfo(ilfo);
                data = tables.getLfoData(ilfo);
            } catch (RuntimeException e) {
                break; // past the last override (POI says so with NoSuchElementException)
            }
            ListData list = tables.getListData(lfo.getLsid());
            if (list == null) continue;
            ListNumbering.Level[] levels = new ListNumbering.Level[ListNumbering.LEVELS];
            ListLevel[] defined = list.getLevels();
            for (int i = 0; i < levels.length && i < defined.length; i++) {
                if (defined[i] != null) levels[i] = level(defined[i], defined[i].getStartAt(), i);
            }
            boolean overridden = false;
            for (ListFormatOverrideLevel override : data == null ? new ListFormatOverrideLevel[0] : data.getRgLfoLvl()) {
                int i = override.getLevelNum();
                if (i < 0 || i >= levels.length) continue;
                if (override.isFormatting() && override.getLevel() != null) {
                    levels[i] = level(override.getLevel(), override.getLevel().getStartAt(), i);
                    overridden = true;
                }
                if (override.isStartAt() && levels[i] != null) {
                    ListNumbering.Level l = levels[i];
                    levels[i] = new ListNumbering.Level(override.getIStartAt(), l.numFmt(), l.text(), l.restartAfter(),
                            l.legal(), null);
                    overridden = true;
                }
            }
            String key = overridden ? "lfo:" + ilfo : "list:" + lfo.getLsid();
            lists.put(String.valueOf(ilfo), new ListNumbering.NumberedList(key, levels));
        }
        return ListNumbering.of(lists);
    }

    /** A level with its counters written as {@code %1}…{@code %9}, as a .docx writes them. */
    private static ListNumbering.Level level(ListLevel level, int start, int ilvl) {
        String text = level.getNumberText();
        StringBuilder shown = new StringBuilder();
        if (text != null) {
            for (char c : text.toCharArray()) {
                // The binary format stands a counter in as the char whose code is its 0-based level.
                if (c < ListNumbering.LEVELS) shown.append('%').append((char) ('1' + c));
                else shown.append(c);
            }
        }
        // Without "no restart" a level starts again after any higher one: after level ilvl, 1-based.
        int restart = level.getRestart();
        return new ListNumbering.Level(start, NumberFormat.ofNfc(level.getNumberFormat()), text == null ? null : shown.toString(),
                restart < 0 ? ilvl : restart, level.isLegalNumbering(), null);
    }
}
