package draftlint.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlobTest {
    @Test
    void matchesAsGitignoreDoes() {
        assertThat(new Glob("*.draft.md").matches("a/b/x.draft.md")).isTrue();
        assertThat(new Glob("*.draft.md").matches("x.md")).isFalse();
        assertThat(new Glob("archive/").matches("archive/2019/a.txt")).isTrue();
        assertThat(new Glob("archive/**").matches("archive/a.txt")).isTrue();
        assertThat(new Glob("archive/**").matches("docs/archive/a.txt")).isFalse();
        assertThat(new Glob("old/**/*.txt").matches("old/a.txt")).isTrue();
        assertThat(new Glob("old/**/*.txt").matches("old/2020/q1/a.txt")).isTrue();
        assertThat(new Glob("old/**/*.txt").matches("old/a.md")).isFalse();
        assertThat(new Glob("**/草稿/*.md").matches("草稿/a.md")).isTrue();
        assertThat(new Glob("**/草稿/*.md").matches("x/草稿/a.md")).isTrue();
        assertThat(new Glob("/top.txt").matches("top.txt")).isTrue();
        assertThat(new Glob("docs/*.txt").matches("docs/sub/a.txt")).isFalse();
    }
}
