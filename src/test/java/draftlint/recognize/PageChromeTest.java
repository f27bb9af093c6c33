package draftlint.recognize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The shapes of page chrome, from short real snippets of web copies of 2026 government work reports. */
class PageChromeTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "殷勇同志作政府工作报告。本报记者 戴冰摄",
            "省长叶建春作政府工作报告。本报全媒体记者 林 君摄",
            "省长卢东亮在省十四届人大五次会议上作政府工作报告。本报记者阮洋摄",
            "1月27日，艾尔肯·吐尼亚孜代表自治区人民政府，向大会作政府工作报告。石榴云/新疆日报记者谢龙摄",
            "政府工作报告。 贵州日报天眼新闻记者 李森 摄",
            "张工作政府工作报告。",
            "省长赵刚作政府工作报告",
            "时间：2026-02-02",
            "2026-01-31 07:00:44",
            "2026-02-09 09:45:30",
            "阅读量：",
            "【字号：",
            "【字体：大 中 小】",
            "下载 打印 全屏 收藏 【字号：加大 还原 减小】",
            "扫一扫在手机打开当前页",
            "相关报道：",
            "当前位置：",
            "本文来源于网络，仅供参考。",
            "【打印】【关闭】",
            "[打印] [关闭窗口]",
            "【字体：A+ A A-】",
            "（责任编辑：张晓明）",
            "（新华社记者 李学仁 摄）",
            "省长王清宪在大会上作政府工作报告",
            "来源：北京日报 | 2026-02-02",
    })
    void isChromeOnItsOwn(String line) {
        assertThat(PageChrome.wholeParagraphKind(line)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "下载", "】", "【", ">", "分享:", "加大", "小", "来源：北京日报", "（来源：青海日报）", "编辑：何继红", "来源：", "首页", "政务信息", "2026-02-02", "2026年02月02日 09:20", "原标题：政府工作报告",
    })
    void isAnInterfaceLineThatNeedsContext(String line) {
        assertThat(PageChrome.wholeParagraphKind(line)).isNull();
        assertThat(PageChrome.interfaceKind(line)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026年北京市政府工作报告",
            "——2026年1月25日在北京市第十六届人民代表大会第四次会议上",
            "北京市市长 殷勇",
            "各位代表：",
            "一、2025年工作回顾",
            "政府工作报告",
            "陕西省2026年政府工作报告",
            "现在，我代表第十四届中央委员会向大会作报告。",
            "附件：",
            "抄送：市委各部门。",
            "2026年1月25日",
            "作者：市政府研究室调研组  时间：2024年5月",
            "时间：5月10日上午9:00",
            "——在全市经济工作会议上作工作报告",
            "在全市经济工作会议上作工作报告",
            "二〇二六年一月二十五日",
    })
    void isNoChromeAtAll(String line) {
        assertThat(PageChrome.wholeParagraphKind(line)).isNull();
        assertThat(PageChrome.interfaceKind(line)).isNull();
    }

    @Test
    void aToolbarSplitOverLinesIsOneRunAtTheTop() {
        String[] kinds = ChromeLines.kinds(lines("下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】",
                "2026年安徽省政府工作报告", "——2026年1月24日在安徽省第十四届人民代表大会第四次会议上", "来源：安徽日报", "时间：2026-02-11",
                "省长 王清宪", "各位代表：", "现在，我代表省人民政府，向大会报告工作，请予审议。", "相关报道："));
        assertThat(Arrays.copyOfRange(kinds, 0, 9)).doesNotContainNull();
        assertThat(kinds[9]).isNull();
        assertThat(kinds[10]).isNull();
        assertThat(kinds[11]).isEqualTo("byline");
        assertThat(kinds[12]).isEqualTo("byline");
        assertThat(kinds[13]).isNull();
        assertThat(kinds[14]).isNull();
        assertThat(kinds[15]).isNull();
        assertThat(kinds[16]).isEqualTo("navigation");
    }

    @Test
    void aSplitBreadcrumbStopsAtTheRepeatedTitle() {
        String[] kinds = ChromeLines.kinds(lines("陕西省2026年政府工作报告", "首页", ">", "政府信息公开", ">", "政府工作报告", ">", "省政府工作报告",
                "陕西省2026年政府工作报告", "2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚",
                "时间：", "2026-02-02 09:20", "来源：", "陕西省人民政府", "各位代表："));
        assertThat(kinds[0]).isNull();
        assertThat(Arrays.copyOfRange(kinds, 1, 8)).containsOnly("navigation");
        assertThat(kinds[8]).isNull();
        assertThat(kinds[9]).isNull();
        assertThat(Arrays.copyOfRange(kinds, 10, 14)).containsOnly("byline");
        assertThat(kinds[14]).isNull();
    }

    @Test
    void thePageHeadlineGoesWhenTheArticleCarriesItsOwnTitle() {
        String[] kinds = ChromeLines.kinds(lines("当前位置：", "首页", ">", "宁夏要闻", "2026年宁夏回族自治区政府工作报告", "发表时间：",
                "2026-02-09 09:45:30", "政府工作报告", "各位代表："));
        assertThat(Arrays.copyOfRange(kinds, 0, 7)).doesNotContainNull();
        assertThat(kinds[7]).isNull();
    }

    @Test
    void shortLinesOfADocumentStayWhenNoChromeIsNearThem() {
        String[] kinds = ChromeLines.kinds(lines("关于做好防汛工作的通知", "各区人民政府：", "一、会议安排", "时间：", "5月10日上午9:00",
                "请提前登录系统。", "下载", "各单位填写后报送。", "来源：市统计局", "全年城镇新增就业28.1万人。", "北京市人民政府", "2026年1月25日"));
        assertThat(kinds).containsOnlyNulls();
    }

    @Test
    void aBulletinNamedLikeASiteSectionKeepsItsName() {
        String[] kinds = ChromeLines.kinds(lines("政务信息", "第12期", "市人民政府办公室编", "2026年1月25日", "全市春节期间安全生产形势平稳。"));
        assertThat(kinds).containsOnlyNulls();
    }

    private static String[] lines(String... lines) {
        return lines;
    }
}
