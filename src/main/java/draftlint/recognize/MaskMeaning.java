package draftlint.recognize;

import draftlint.text.HanCharacters;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads from the words around a mask what it stands for: {@code **%} is a percentage,
 * {@code **所} a figure, {@code **年*月**日} a date, {@code *市} a place, {@code **中学} and
 * {@code XXXX人民政府} (人 is a count's measure only when no 民, 大 or 社 follows) an organization, {@code _总书记} a person. The word that told is kept for the message.
 */
final class MaskMeaning {
    // The cues are simplified and read the words around the mask folded to simplified (**縣 as **县,
    // ××學校 as ××学校; HanCharacters.foldToSimplified, char for char); the cue is kept as written.
    /** What a mask stands for, and the text after it that said so ("" when nothing did). */
    record Reading(String stands, String cue) {
    }

    private record Cue(String stands, Pattern after) {
    }

    private static final String NUM = "[*＊Xx×\\d.．]";
    private static final List<Cue> AFTER = List.of(
            new Cue("percentage", Pattern.compile("^[%％]")),
            new Cue("date", Pattern.compile("^(?:年" + NUM + "*月(?:" + NUM + "*日)?|年度?|月" + NUM + "*日|月份|月|日|[—–-]" + NUM + "+年)")),
            new Cue("figure", Pattern.compile("^(?:余|多)?(?:个百分点|百分点|万人次|人次|万场次|场次|万课时"
                    + "|(?:万|亿|千|百)?(?:亿元|万元|元|人(?![民大社])|名|个|所|项|次|场|份|件|号|家|支|节|课时|学时|天|小时|分钟|岁|倍|户|亩|公里"
                    + "|千米|平方米|米|吨|台|辆|套|间|座|条|批|期|届|类|门|篇|部|册|本|位|例|起|处|栋|张|G|M|T|MW|kW|km))")),
            new Cue("figure", Pattern.compile("^(?:余|多)?(?:万|亿)")),
            new Cue("figure", Pattern.compile("^[+＋]")),
            new Cue("person", Pattern.compile("^(?:总书记|主席|书记|同志|市长|县长|省长|区长|局长"
                    + "|主任|部长|校长|院长|先生|女士|老师)")),
            new Cue("place", Pattern.compile("^(?:市|县|区|省|州|镇|乡|村|街道|新区|都市圈|地区)")),
            new Cue("organization", Pattern.compile("^[" + HanCharacters.HAN + "]{0,4}?(?:中学|小学|学校|大学|学院"
                    + "|高中|初中|幼儿园|医院|公司|集团|委员会|教育局|办公室|校区|校"
                    + "|人民政府|人民法院|人民检察院|人大常委会|人大|人社局|政府|党委)")));
    private static final Pattern PLUS_BEFORE = Pattern.compile("[+＋\\d]$");
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?:驻|在|全)$");

    private MaskMeaning() {
    }

    /** The rest of a range ({@code x—x人}): the first mask of it means what the whole range does. */
    private static final Pattern RANGE_REST = Pattern.compile("^[—～~–-]" + NUM + "++(?!年)");

    static Reading read(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 12));
        after = RANGE_REST.matcher(after).replaceFirst("");
        String folded = HanCharacters.foldToSimplified(after);
        for (Cue cue : AFTER) {
            Matcher m = cue.after.matcher(folded);
            if (m.find()) {
                return new Reading(cue.stands, after.substring(m.start(), m.end()));
            }
        }
        String before = HanCharacters.foldToSimplified(text.substring(Math.max(0, start - 2), start));
        if (PLUS_BEFORE.matcher(before).find()) {
            return new Reading("figure", "");
        }
        if (PLACE_BEFORE.matcher(before).find()) {
            return new Reading("place", "");
        }
        return new Reading("text", "");
    }
}
