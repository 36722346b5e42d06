package dev.atlasj.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonTest {

    @Test
    void casesThatFailForOneCauseShareAGroup() {
        Reason users = Reason.of("plan refused", "cannot drop table public.users yet");
        Reason orders = Reason.of("plan refused", "cannot drop table \"My Schema\".\"Orders\" yet");
        Reason unicode = Reason.of("plan refused", "cannot drop table public.表表 yet");

        assertThat(users.group()).isEqualTo("plan refused: cannot drop table … yet")
                .isEqualTo(orders.group()).isEqualTo(unicode.group());
        assertThat(users.text()).isEqualTo("plan refused: cannot drop table public.users yet");
    }

    @Test
    void theGistIsTheFirstSentenceWithLiteralsAndNumbersMasked() {
        assertThat(Reason.gist("value 'abc' is out of range 12 for type \"t\". Try another one."))
                .isEqualTo("value '…' is out of range N for type \"…\".");
        assertThat(Reason.gist("cannot remove values ('a', 'b') from it")).isEqualTo("cannot remove values ('…') from it");
    }

    @Test
    void namesInBackticksAreMaskedAsMySqlPrintsThem() {
        assertThat(Reason.gist("Can't DROP COLUMN `b`; check that it exists"))
                .isEqualTo(Reason.gist("Can't DROP COLUMN `other name`; check that it exists"));
        assertThat(Reason.gist("Can't create table `db`.`t` (errno: 150)")).isEqualTo("Can't create table … (errno: N)");
    }

    @Test
    void textIsOneShortLine() {
        assertThat(Reason.oneLine("CREATE TABLE t (\n  a int\n);")).isEqualTo("CREATE TABLE t ( a int );");
        assertThat(Reason.oneLine("x".repeat(1000))).hasSize(400).endsWith("…");
    }
}
