package draftlint.recognize;

import draftlint.text.HanCharacters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recognizer that reads the text folded to simplified (HanCharacters.foldToSimplified) can only
 * match literals the fold leaves alone: a pattern spelling 著 or 乾 never matches, since the fold
 * turns them into 着 and 干, and a traditional alternative (個 beside 个) is dead weight. Every
 * pattern and pattern piece and word list (static Pattern, String and List<String> fields) of these recognizers must be unchanged by the fold.
 */
class FoldedPatternsTest {
    @ParameterizedTest
    @ValueSource(classes = {DateRecognizer.class, AnniversaryRecognizer.class, DocumentRecognizer.class, DocumentEndRecognizer.class, MaskMeaning.class, PlaceholderRecognizer.class,
            FormulationRecognizer.class, ChangeRecognizer.class, BreakdownRecognizer.class, FigureRecognizer.class,
            ListClaimRecognizer.class, AnnouncementRecognizer.class, HeadingRecognizer.class, EnumerationRecognizer.class,
            RequiredPartRecognizer.class, OutlineBlocks.class})
    void patternLiteralsAreUnchangedByTheFold(Class<?> recognizer) throws Exception {
        List<String> changed = new ArrayList<>();
        for (Field field : recognizer.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) continue;
            field.setAccessible(true);
            Object value = field.get(null);
            List<String> literals = new ArrayList<>();
            collect(value, literals);
            for (String literal : literals) {
                for (int i = 0; i < literal.length(); i++) {
                    char c = literal.charAt(i);
                    char folded = HanCharacters.simplified(c);
                    if (folded != c) changed.add(field.getName() + ": " + c + "→" + folded);
                }
            }
        }
        assertThat(changed).as("pattern literals of %s the fold changes", recognizer.getSimpleName()).isEmpty();
    }

    /** The literals in a field's value: a pattern, a string, and those in a list or a record (a cue's pattern). */
    private static void collect(Object value, List<String> literals) throws Exception {
        if (value instanceof Pattern p) literals.add(p.pattern());
        else if (value instanceof String s) literals.add(s);
        else if (value instanceof Collection<?> list) {
            for (Object element : list) collect(element, literals);
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                collect(accessor.invoke(record), literals);
            }
        }
    }
}
