package draftlint.serve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which Host and Origin headers the server answers (the HTTP side is in ServeApiTest). */
class RequestGuardTest {
    private final RequestGuard loopback = new RequestGuard("127.0.0.1", 8017);

    @Test
    void theLoopbackServerAnswersItsOwnNamesWithItsPortOnly() {
        assertThat(loopback.hostAllowed("127.0.0.1:8017")).isTrue();
        assertThat(loopback.hostAllowed("localhost:8017")).isTrue();
        assertThat(loopback.hostAllowed("LOCALHOST:8017")).isTrue();
        assertThat(loopback.hostAllowed("[::1]:8017")).isTrue();
        assertThat(loopback.hostAllowed("127.0.0.1")).as("no port").isFalse();
        assertThat(loopback.hostAllowed("127.0.0.1:8018")).isFalse();
        assertThat(loopback.hostAllowed("attacker.example:8017")).as("DNS rebinding").isFalse();
        assertThat(loopback.hostAllowed("localhost.attacker.example:8017")).isFalse();
        assertThat(loopback.hostAllowed(null)).isFalse();
    }

    @Test
    void aPostFromAPageMustComeFromThisServer() {
        assertThat(loopback.originAllowed(null)).as("a tool, not a page").isTrue();
        assertThat(loopback.originAllowed("http://127.0.0.1:8017")).isTrue();
        assertThat(loopback.originAllowed("http://localhost:8017")).isTrue();
        assertThat(loopback.originAllowed("null")).as("a sandboxed frame or a local file").isFalse();
        assertThat(loopback.originAllowed("https://127.0.0.1:8017")).isFalse();
        assertThat(loopback.originAllowed("http://127.0.0.1:3000")).isFalse();
        assertThat(loopback.originAllowed("http://evil.example")).isFalse();
    }

    @Test
    void anotherAddressIsAnsweredUnderThatAddressAndLocalhostOnly() {
        RequestGuard lan = new RequestGuard("192.168.1.20", 8017);
        assertThat(lan.hostAllowed("192.168.1.20:8017")).isTrue();
        assertThat(lan.hostAllowed("localhost:8017")).isTrue();
        assertThat(lan.hostAllowed("127.0.0.1:8017")).as("not listened on").isFalse();
        RequestGuard v6 = new RequestGuard("::1", 8017);
        assertThat(v6.hostAllowed("[::1]:8017")).isTrue();
        assertThat(v6.originAllowed("http://[::1]:8017")).isTrue();
    }
}
